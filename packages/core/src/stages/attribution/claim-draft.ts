import type {FirstNameGender} from '../../language/gender.js'
import type {CueEntry} from '../../lexicon/cues.js'
import type {SpeakerNote} from '../../stage.js'
import type {Analysis} from '../../language/analysis.js'
import type {Claim, ClaimKind} from '../../schema/claim.js'
import type {Span} from '../../schema/span.js'
import type {Speaker} from '../../schema/speaker.js'
import type {Quotation} from '../../language/quotations.js'
import {describeSpeaker, isIntroducedBody, type PhraseMatch, type SpeakerDescription} from '../../language/speaker-phrase.js'
import type {Token} from '../../language/tokens.js'

/**
 * What the attribution patterns share: the scope of a sentence they read, the claim draft they
 * build, and the raw speakers they add.
 */

/** A claim being built, with what later patterns need. */
export interface Draft {
  claim: Claim
  /** Index of the raw speaker in the block's output, or -1 for no speaker. */
  speaker: number
  /** Token range of the speaker phrase, cue and content together (inclusive). */
  outer: {from: number; to: number}
  /** Content token range (inclusive), or null for a quotation content. */
  content: {from: number; to: number} | null
  /** Whether the content runs after the cue (and may be cut by a later claim). */
  after: boolean
  /** The depth-0 quotations used. */
  quotations: Quotation[]
  /** For a cue that ends its paragraph with a colon: its speaker, added once the content is found. */
  pending?: {scope: Scope; speaker: {phrase: PhraseMatch; description: SpeakerDescription}}
}

/** Everything a sentence's patterns read. */
export interface Scope {
  text: string
  /** The analysis of the parse. */
  language: Analysis
  /** Index of the block in the draft; `tokens` are its tokens. */
  block: number
  tokens: readonly Token[]
  /** Index of the depth-0 quotation whose content holds the token, else -1. */
  inQuote: Int32Array
  /** Index of the depth-0 quotation the token opens (+1) or closes (-1 - index), else 0. */
  markOf: Int32Array
  quotations: Quotation[]
  from: number
  to: number
  /** Whether the block is in title case (a headline), where cue verbs are capitalised too. */
  titleCase: boolean
  /** Whether the block is the article's title or a heading. */
  heading?: boolean
  /** The first-name table the parse was given, which tells a surname that is also a word ("Sarah Green"). */
  firstNames?: FirstNameGender | null
}

export interface CueHit {
  /** First token of the cue, auxiliary included. */
  from: number
  /** Last token of the cue. */
  to: number
  /** First token of the verb itself. */
  verb: number
  entry: CueEntry
  form: string
  /** Whether the form's first word ends in "ing". */
  participle: boolean
}

export interface CueResult {
  speaker: {phrase: PhraseMatch; description: SpeakerDescription} | null
  sameSpeakerAs: Draft | null
  content: {from: number; to: number}
  quotation: Quotation | null
  after: boolean
  that: boolean
  outer: {from: number; to: number}
  /** Token where this claim's own material starts, for cutting an earlier content. */
  cutAt: number
  /** Whether the cue ends its paragraph with a colon: the next paragraph holds the content. */
  next?: boolean
}

export function describe(scope: Scope, phrase: PhraseMatch): SpeakerDescription | null {
  // A speaker phrase never lies inside a quotation.
  for (let i = phrase.outer.from; i <= phrase.outer.to; i++) if (scope.inQuote[i] !== -1 || scope.markOf[i] !== 0) return null
  return describeSpeaker(scope.text, scope.tokens, phrase.from, phrase.to, phrase.apposition, scope.firstNames ?? null)
}

export function addSpeaker(scope: Scope, speaker: {phrase: PhraseMatch; description: SpeakerDescription}, speakers: Speaker[], notes: SpeakerNote[]): number {
  const d = speaker.description
  const id = `r${speakers.length + 1}`
  speakers.push({
    id,
    name: d.name,
    kind: isIntroducedBody(scope.language.introducedBodies(), d) ? 'organization' : d.kind,
    titles: d.titles,
    affiliation: d.affiliation,
    aliases: [],
    mentions: [d.phraseSpan]
  })
  const article = scope.tokens[speaker.phrase.from]!.lower
  notes.push({
    speaker: id,
    pronoun: d.pronoun,
    titleOnly: d.titleOnly,
    role: d.role,
    span: d.phraseSpan,
    indefinite: article === 'a' || article === 'an' || article === 'another',
    // Only the possessor of a noun cue ends in a possessive: every other path drops such a phrase.
    embedded: /'s?$/.test(scope.tokens[speaker.phrase.to]!.lower)
  })
  return speakers.length - 1
}

/** What a pattern knows when it starts a claim draft; see {@link claimDraft}. */
export interface ClaimDraftInit {
  /** The claim id; empty until the stage numbers the claims. */
  id?: string
  /** The speaker id, when the speaker is already added. */
  speakerId?: string | null
  kind: ClaimKind
  cue: Claim['cue']
  /** The content; empty until the pattern sets it. */
  contentText?: Claim['content']
  /** The claim's span; empty until the pattern sets it. */
  span?: Span
  confidence: number
  /** Index of the raw speaker, or -1 for none yet. */
  speaker: number
  outer: {from: number; to: number}
  after?: boolean
  quotations?: Quotation[]
}

/**
 * Start a claim draft: the one place that gives a claim its shape, so that every pattern
 * builds the same record fields in the same order.
 */
export function claimDraft(init: ClaimDraftInit): Draft {
  return {
    claim: {
      id: init.id ?? '',
      speaker: init.speakerId ?? null,
      kind: init.kind,
      cue: init.cue,
      content: init.contentText ?? {text: '', span: {start: 0, end: 0}},
      span: init.span ?? {start: 0, end: 0},
      date: null,
      confidence: init.confidence
    },
    speaker: init.speaker,
    outer: init.outer,
    content: null,
    after: init.after ?? false,
    quotations: init.quotations ?? []
  }
}
