import {expect} from 'vitest'
import {
  attribution,
  claimDates,
  mergeSpeakerAliases,
  parseArticle,
  quotes,
  speakers,
  type Article,
  type Claim,
  type Speaker
} from '../../src/index.js'
import {blocks} from '../../src/stages/blocks.js'

/** The attribution stages alone, over plain paragraphs (no headline or furniture guessing). */
export function attribute(text: string, published: string | null = null): Article {
  return parseArticle(text, {
    published,
    stages: [blocks, quotes, attribution, mergeSpeakerAliases, speakers, claimDates]
  })
}

/** What a test expects of one claim; omitted fields are not checked. */
export interface ExpectedClaim {
  content: string
  kind?: Claim['kind']
  cue?: string | null
  speaker?: string | null
  date?: string | null
}

/**
 * chrono-style single case: parse `text`, expect exactly one claim (or the one at `index`),
 * and check its content, kind, cue and speaker name, and that every span round-trips.
 */
export function testSingleCase(text: string, expected: ExpectedClaim, options: {published?: string; count?: number; index?: number} = {}): Article {
  const article = attribute(text, options.published ?? null)
  if (options.count !== undefined) expect(article.claims).toHaveLength(options.count)
  else if (options.index === undefined) expect(article.claims).toHaveLength(1)
  const claim = article.claims[options.index ?? 0]!
  expect(claim, `no claim in ${JSON.stringify(text)}`).toBeDefined()
  checkClaim(article, text, claim, expected)
  return article
}

/** Check one claim against what is expected, spans included. */
export function checkClaim(article: Article, text: string, claim: Claim, expected: ExpectedClaim): void {
  expect(claim.content.text).toBe(expected.content)
  expect(text.slice(claim.content.span.start, claim.content.span.end)).toBe(claim.content.text)
  expect(claim.span.start).toBeLessThanOrEqual(claim.content.span.start)
  expect(claim.span.end).toBeGreaterThanOrEqual(claim.content.span.end)
  if (expected.kind !== undefined) expect(claim.kind).toBe(expected.kind)
  if (expected.cue !== undefined) {
    if (expected.cue === null) expect(claim.cue).toBeNull()
    else {
      expect(claim.cue?.text).toBe(expected.cue)
      expect(text.slice(claim.cue!.span.start, claim.cue!.span.end)).toBe(expected.cue)
    }
  }
  if (expected.speaker !== undefined) {
    if (expected.speaker === null) expect(claim.speaker).toBeNull()
    else expect(speakerOf(article, claim)?.name).toBe(expected.speaker)
  }
  if (expected.date !== undefined) expect(claim.date?.value ?? null).toBe(expected.date)
}

/** The speaker a claim is attributed to. */
export function speakerOf(article: Article, claim: Claim): Speaker | undefined {
  return article.speakers.find((speaker) => speaker.id === claim.speaker)
}

/** Expect `text` to yield no claim at all. */
export function testNoClaim(text: string): void {
  const article = attribute(text)
  expect(article.claims.map((claim) => claim.content.text)).toEqual([])
}
