import {f1, f2, f3, f4} from './hash.js'
import type {WordBasis} from './words.js'
import type {CellTable, WeightTable} from './weights.js'

/**
 * A greedy arc-hybrid dependency parser: a stack, a buffer of the words still to read, and
 * three moves chosen by an averaged perceptron; a second perceptron names each arc as it is
 * made. Each word is pushed once and popped once, so a sentence of n words takes 2n moves.
 *
 * > | Officials said the talks failed .
 *     stack: ROOT said      buffer: failed .
 *     LEFT   makes `talks ← failed`, RIGHT makes `said → failed`, SHIFT pushes `failed`.
 */

/** Push the buffer's first word. */
export const SHIFT = 0
/** Attach the stack's top to the buffer's first word, and pop it. */
export const LEFT = 1
/** Attach the stack's top to the word below it, and pop it. */
export const RIGHT = 2

/** Most features one parser state has. */
export const PARSER_FEATURES = 96
/** Most features one arc has for its label. */
export const LABEL_FEATURES = 32

const NONE = 0x1f1f1f1f
const ROOT_WORD = 0x2e2e2e2e
const ROOT_TAG = 200
const NONE_TAG = 201
const NO_LABEL = 300

/** The words, tags and arcs of one sentence being parsed; words are numbered from 1, ROOT is 0. */
export class ParseState {
  /** Number of words. */
  readonly length: number
  /** The stack (ROOT at the bottom) and its depth. */
  readonly stack: Int32Array
  depth = 1
  /** The first word of the buffer; `length + 1` once the buffer is empty. */
  front = 1
  /** Head of each word (-1 until attached) and the class of its relation. */
  readonly heads: Int32Array
  readonly labels: Int32Array
  /** Leftmost, second leftmost, rightmost and second rightmost dependents (0: none), and counts. */
  readonly left1: Int32Array
  readonly left2: Int32Array
  readonly right1: Int32Array
  readonly right2: Int32Array
  readonly leftCount: Int32Array
  readonly rightCount: Int32Array
  /** Lower-cased word hashes and tags, by word number (0: ROOT). */
  readonly words: Int32Array
  readonly tags: Int32Array

  constructor(basis: WordBasis, tags: ArrayLike<number>) {
    const n = basis.length
    this.length = n
    this.stack = new Int32Array(n + 2)
    this.heads = new Int32Array(n + 1).fill(-1)
    this.labels = new Int32Array(n + 1).fill(NO_LABEL)
    this.left1 = new Int32Array(n + 1)
    this.left2 = new Int32Array(n + 1)
    this.right1 = new Int32Array(n + 1)
    this.right2 = new Int32Array(n + 1)
    this.leftCount = new Int32Array(n + 1)
    this.rightCount = new Int32Array(n + 1)
    this.words = new Int32Array(n + 1)
    this.tags = new Int32Array(n + 1)
    this.words[0] = ROOT_WORD
    this.tags[0] = ROOT_TAG
    for (let i = 1; i <= n; i++) {
      this.words[i] = basis.lower[i + 1]!
      this.tags[i] = tags[i - 1]!
    }
  }

  /** Whether every word has its head. */
  get done(): boolean {
    return this.front > this.length && this.depth === 1
  }

  /** Whether `move` can apply. ROOT takes one dependent, the last word left. */
  valid(move: number): boolean {
    if (move === SHIFT) return this.front <= this.length
    if (this.depth < 2) return false
    if (move === LEFT) return this.front <= this.length
    return this.depth > 2 || this.front > this.length
  }

  /** The dependent and head `move` would join: [head, dependent]. */
  arc(move: number): [number, number] {
    const top = this.stack[this.depth - 1]!
    return move === LEFT ? [this.front, top] : [this.stack[this.depth - 2]!, top]
  }

  /** Apply a valid move; `label` names the arc it makes. */
  apply(move: number, label: number): void {
    if (move === SHIFT) {
      this.stack[this.depth++] = this.front++
      return
    }
    const [head, dependent] = this.arc(move)
    this.depth--
    this.heads[dependent] = head
    this.labels[dependent] = label
    if (dependent < head) {
      this.leftCount[head]!++
      const first = this.left1[head]!
      if (first === 0 || dependent < first) {
        this.left2[head] = first
        this.left1[head] = dependent
      } else if (this.left2[head] === 0 || dependent < this.left2[head]!) this.left2[head] = dependent
    } else {
      this.rightCount[head]!++
      const first = this.right1[head]!
      if (first === 0 || dependent > first) {
        this.right2[head] = first
        this.right1[head] = dependent
      } else if (this.right2[head] === 0 || dependent > this.right2[head]!) this.right2[head] = dependent
    }
  }
}

function distance(a: number, b: number): number {
  if (a < 0 || b < 0) return 0
  const d = b - a
  return d <= 4 ? d : d <= 6 ? 5 : d <= 9 ? 6 : 7
}

/** Write the features of the parser's state into `out` and return their number. */
export function parserFeatures(state: ParseState, out: Int32Array): number {
  const {stack, depth, front, length, words, tags, labels, left1, left2, right1, right2, leftCount, rightCount} = state
  const s0 = stack[depth - 1]!
  const s1 = depth >= 2 ? stack[depth - 2]! : -1
  const s2 = depth >= 3 ? stack[depth - 3]! : -1
  const b0 = front <= length ? front : -1
  const b1 = front + 1 <= length ? front + 1 : -1
  const b2 = front + 2 <= length ? front + 2 : -1
  const s0L = s0 > 0 && left1[s0]! > 0 ? left1[s0]! : -1
  const s0L2 = s0 > 0 && left2[s0]! > 0 ? left2[s0]! : -1
  const s0R = s0 > 0 && right1[s0]! > 0 ? right1[s0]! : -1
  const s0R2 = s0 > 0 && right2[s0]! > 0 ? right2[s0]! : -1
  const s1L = s1 > 0 && left1[s1]! > 0 ? left1[s1]! : -1
  const s1R = s1 > 0 && right1[s1]! > 0 ? right1[s1]! : -1
  const b0L = b0 > 0 && left1[b0]! > 0 ? left1[b0]! : -1
  const b0L2 = b0 > 0 && left2[b0]! > 0 ? left2[b0]! : -1

  const s0w = s0 >= 0 ? words[s0]! : NONE
  const s0t = s0 >= 0 ? tags[s0]! : NONE_TAG
  const s1w = s1 >= 0 ? words[s1]! : NONE
  const s1t = s1 >= 0 ? tags[s1]! : NONE_TAG
  const s2t = s2 >= 0 ? tags[s2]! : NONE_TAG
  const b0w = b0 >= 0 ? words[b0]! : NONE
  const b0t = b0 >= 0 ? tags[b0]! : NONE_TAG
  const b1w = b1 >= 0 ? words[b1]! : NONE
  const b1t = b1 >= 0 ? tags[b1]! : NONE_TAG
  const b2w = b2 >= 0 ? words[b2]! : NONE
  const b2t = b2 >= 0 ? tags[b2]! : NONE_TAG
  const s0Lw = s0L >= 0 ? words[s0L]! : NONE
  const s0Lt = s0L >= 0 ? tags[s0L]! : NONE_TAG
  const s0Ll = s0L >= 0 ? labels[s0L]! : NO_LABEL
  const s0L2t = s0L2 >= 0 ? tags[s0L2]! : NONE_TAG
  const s0L2l = s0L2 >= 0 ? labels[s0L2]! : NO_LABEL
  const s0Rw = s0R >= 0 ? words[s0R]! : NONE
  const s0Rt = s0R >= 0 ? tags[s0R]! : NONE_TAG
  const s0Rl = s0R >= 0 ? labels[s0R]! : NO_LABEL
  const s0R2t = s0R2 >= 0 ? tags[s0R2]! : NONE_TAG
  const s0R2l = s0R2 >= 0 ? labels[s0R2]! : NO_LABEL
  const s1Lt = s1L >= 0 ? tags[s1L]! : NONE_TAG
  const s1Ll = s1L >= 0 ? labels[s1L]! : NO_LABEL
  const s1Rt = s1R >= 0 ? tags[s1R]! : NONE_TAG
  const s1Rl = s1R >= 0 ? labels[s1R]! : NO_LABEL
  const b0Lw = b0L >= 0 ? words[b0L]! : NONE
  const b0Lt = b0L >= 0 ? tags[b0L]! : NONE_TAG
  const b0Ll = b0L >= 0 ? labels[b0L]! : NO_LABEL
  const b0L2t = b0L2 >= 0 ? tags[b0L2]! : NONE_TAG
  const b0L2l = b0L2 >= 0 ? labels[b0L2]! : NO_LABEL
  const d = distance(s0, b0)
  const d1 = distance(s1, s0)
  const s0vl = s0 > 0 ? leftCount[s0]! : 0
  const s0vr = s0 > 0 ? rightCount[s0]! : 0
  const b0vl = b0 > 0 ? leftCount[b0]! : 0

  let n = 0
  out[n++] = f1(100, 0)
  out[n++] = f1(101, s0w)
  out[n++] = f1(102, s0t)
  out[n++] = f2(103, s0w, s0t)
  out[n++] = f1(104, s1w)
  out[n++] = f1(105, s1t)
  out[n++] = f2(106, s1w, s1t)
  out[n++] = f1(107, b0w)
  out[n++] = f1(108, b0t)
  out[n++] = f2(109, b0w, b0t)
  out[n++] = f1(110, b1w)
  out[n++] = f1(111, b1t)
  out[n++] = f2(112, b1w, b1t)
  out[n++] = f1(113, b2w)
  out[n++] = f1(114, b2t)
  out[n++] = f1(115, s2t)

  out[n++] = f4(120, s0w, s0t, b0w, b0t)
  out[n++] = f3(121, s0w, s0t, b0w)
  out[n++] = f3(122, s0w, b0w, b0t)
  out[n++] = f3(123, s0w, s0t, b0t)
  out[n++] = f3(124, s0t, b0w, b0t)
  out[n++] = f2(125, s0w, b0w)
  out[n++] = f2(126, s0t, b0t)
  out[n++] = f2(127, b0t, b1t)
  out[n++] = f2(128, s1t, s0t)
  out[n++] = f2(129, s1w, s0w)
  out[n++] = f2(130, s1t, b0t)
  out[n++] = f2(131, s1w, b0w)
  out[n++] = f4(132, s1w, s1t, s0w, s0t)
  out[n++] = f3(133, s1t, s0w, s0t)
  out[n++] = f3(134, s1w, s1t, s0t)
  out[n++] = f3(135, s1t, s0t, b0w)
  out[n++] = f3(136, s1w, s0t, b0t)

  out[n++] = f3(140, b0t, b1t, b2t)
  out[n++] = f3(141, s0t, b0t, b1t)
  out[n++] = f3(142, s1t, s0t, b0t)
  out[n++] = f3(143, s0t, s0Lt, b0t)
  out[n++] = f3(144, s0t, s0Rt, b0t)
  out[n++] = f3(145, s0t, b0t, b0Lt)
  out[n++] = f3(146, s2t, s1t, s0t)
  out[n++] = f3(147, s1t, s1Rt, s0t)
  out[n++] = f3(148, s1t, s0t, s0Lt)
  out[n++] = f3(149, s1t, s0t, s0Rt)
  out[n++] = f3(150, s0w, b0t, b1t)
  out[n++] = f3(151, s0t, b0w, b1t)
  out[n++] = f4(152, s1t, s0t, b0t, b1t)

  out[n++] = f2(160, s0w, d)
  out[n++] = f2(161, s0t, d)
  out[n++] = f2(162, b0w, d)
  out[n++] = f2(163, b0t, d)
  out[n++] = f3(164, s0t, b0t, d)
  out[n++] = f3(165, s0w, b0w, d)
  out[n++] = f3(166, s1t, s0t, d1)
  out[n++] = f3(167, s1w, s0w, d1)

  out[n++] = f2(170, s0w, s0vr)
  out[n++] = f2(171, s0t, s0vr)
  out[n++] = f2(172, s0w, s0vl)
  out[n++] = f2(173, s0t, s0vl)
  out[n++] = f2(174, b0w, b0vl)
  out[n++] = f2(175, b0t, b0vl)

  out[n++] = f1(180, s0Lw)
  out[n++] = f1(181, s0Lt)
  out[n++] = f1(182, s0Ll)
  out[n++] = f1(183, s0Rw)
  out[n++] = f1(184, s0Rt)
  out[n++] = f1(185, s0Rl)
  out[n++] = f2(186, s0L2t, s0L2l)
  out[n++] = f2(187, s0R2t, s0R2l)
  out[n++] = f1(188, b0Lw)
  out[n++] = f1(189, b0Lt)
  out[n++] = f1(190, b0Ll)
  out[n++] = f2(191, b0L2t, b0L2l)
  out[n++] = f2(192, s1Rt, s1Rl)
  out[n++] = f2(193, s1Lt, s1Ll)
  out[n++] = f3(194, s0t, s0Ll, s0L2l)
  out[n++] = f3(195, s0t, s0Rl, s0R2l)
  out[n++] = f3(196, b0t, b0Ll, b0L2l)
  out[n++] = f3(197, s0w, s0Rl, s0Ll)
  out[n++] = f3(198, s1t, s1Rl, s0t)
  return n
}

/** Write the features for naming the arc `head → dependent` into `out`; return their number. */
export function labelFeatures(state: ParseState, head: number, dependent: number, out: Int32Array): number {
  const {words, tags, labels, left1, right1, length} = state
  const hw = words[head]!
  const ht = tags[head]!
  const dw = words[dependent]!
  const dt = tags[dependent]!
  const dir = dependent < head ? 1 : 2
  const dist = dir === 1 ? distance(dependent, head) : distance(head, dependent)
  const dL = left1[dependent]!
  const dR = right1[dependent]!
  const dLl = dL > 0 ? labels[dL]! : NO_LABEL
  const dRl = dR > 0 ? labels[dR]! : NO_LABEL
  const dLw = dL > 0 ? words[dL]! : NONE
  const dLt = dL > 0 ? tags[dL]! : NONE_TAG
  const hSide = dir === 1 ? left1[head]! : right1[head]!
  const hSidel = hSide > 0 ? labels[hSide]! : NO_LABEL
  const before = dependent > 1 ? tags[dependent - 1]! : NONE_TAG
  const after = dependent < length ? tags[dependent + 1]! : NONE_TAG
  let n = 0
  out[n++] = f1(300, dir)
  out[n++] = f2(301, dt, dir)
  out[n++] = f2(302, dw, dir)
  out[n++] = f2(303, ht, dir)
  out[n++] = f2(304, hw, dir)
  out[n++] = f3(305, ht, dt, dir)
  out[n++] = f4(306, hw, dt, dir, 0)
  out[n++] = f3(307, ht, dw, dir)
  out[n++] = f3(308, hw, dw, dir)
  out[n++] = f4(309, ht, dt, dir, dist)
  out[n++] = f3(310, dt, dLl, dRl)
  out[n++] = f4(311, dt, ht, dir, dLw)
  out[n++] = f3(312, dt, dLw, dir)
  out[n++] = f4(313, dt, ht, dir, dLt)
  out[n++] = f4(314, ht, dt, dir, hSidel)
  out[n++] = f4(315, dt, before, after, dir)
  out[n++] = f3(316, dw, ht, dt)
  out[n++] = f2(317, dt, dLl)
  out[n++] = f2(318, dt, dRl)
  out[n++] = f3(319, hw, ht, dt)
  out[n++] = f3(320, head === 0 ? 1 : 0, dt, dir)
  return n
}

/** Parse a tagged sentence; returns heads (0: ROOT) and relation classes, by word number - 1. */
export function parseWords(
  basis: WordBasis,
  tags: ArrayLike<number>,
  transitions: WeightTable | CellTable,
  labeller: WeightTable,
  rootLabel: number
): {heads: Int32Array; labels: Int32Array} {
  const state = new ParseState(basis, tags)
  const features = new Int32Array(PARSER_FEATURES)
  const scores = new Float64Array(3)
  const labelScores = new Float64Array(labeller.classes)
  while (!state.done) {
    const count = parserFeatures(state, features)
    scores.fill(0)
    transitions.score(features, count, scores)
    let best = -1
    for (let move = 0; move < 3; move++) {
      if (state.valid(move) && (best === -1 || scores[move]! > scores[best]!)) best = move
    }
    let label = 0
    if (best !== SHIFT) {
      const [head, dependent] = state.arc(best)
      if (head === 0) label = rootLabel
      else {
        const n = labelFeatures(state, head, dependent, features)
        labelScores.fill(0)
        labeller.score(features, n, labelScores)
        label = 0
        for (let c = 1; c < labelScores.length; c++) if (c !== rootLabel && (label === rootLabel || labelScores[c]! > labelScores[label]!)) label = c
      }
    }
    state.apply(best, label)
  }
  return {heads: state.heads.subarray(1), labels: state.labels.subarray(1)}
}
