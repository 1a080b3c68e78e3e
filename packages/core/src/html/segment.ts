import {markKinds, type Mark, type MarkKind} from './marks.js'

/** A piece of the marked text: plain text, or a mark holding pieces. */
export type Segment =
  | {type: 'text'; text: string}
  | {type: 'mark'; mark: Mark; first: boolean; children: Segment[]}

const rank = new Map<MarkKind, number>(markKinds.map((kind, index) => [kind, index]))

interface Piece {
  mark: Mark
  start: number
  end: number
  first: boolean
}

interface Node {
  piece: Piece | null
  start: number
  end: number
  children: Node[]
}

function compare(a: Piece, b: Piece): number {
  return a.start - b.start || b.end - a.end || (rank.get(a.mark.kind) ?? 99) - (rank.get(b.mark.kind) ?? 99)
}

/**
 * Cut `text` into a tree of segments from `marks`. Spans nest and may cross (a trigger inside a
 * content, an actor that runs past the claim it starts in): marks nest by span, outer first,
 * then by kind; a mark that crosses the end of the mark it starts in is clipped there and its
 * rest continues as a second piece (`first: false`). The text of the tree is `text`, unchanged.
 */
export function segment(text: string, marks: readonly Mark[]): Segment[] {
  const queue: Piece[] = marks
    .filter((mark) => mark.start >= 0 && mark.end <= text.length && mark.start < mark.end)
    .map((mark) => ({mark, start: mark.start, end: mark.end, first: true}))
    .sort(compare)
  const root: Node = {piece: null, start: 0, end: text.length, children: []}
  const stack: Node[] = []

  for (let index = 0; index < queue.length; index++) {
    const piece = queue[index]!
    while (stack.length > 0 && stack[stack.length - 1]!.end <= piece.start) stack.pop()
    const parent = stack[stack.length - 1] ?? root
    if (piece.end > parent.end) {
      // Crossing: keep the part inside the parent, queue the rest where it sorts.
      const rest: Piece = {mark: piece.mark, start: parent.end, end: piece.end, first: false}
      piece.end = parent.end
      let at = index + 1
      while (at < queue.length && compare(queue[at]!, rest) <= 0) at++
      queue.splice(at, 0, rest)
    }
    const node: Node = {piece, start: piece.start, end: piece.end, children: []}
    parent.children.push(node)
    stack.push(node)
  }

  return fill(text, root)
}

function fill(text: string, node: Node): Segment[] {
  const out: Segment[] = []
  let at = node.start
  for (const child of node.children) {
    if (child.start > at) out.push({type: 'text', text: text.slice(at, child.start)})
    const piece = child.piece!
    out.push({type: 'mark', mark: piece.mark, first: piece.first, children: fill(text, child)})
    at = child.end
  }
  if (node.end > at) out.push({type: 'text', text: text.slice(at, node.end)})
  return out
}
