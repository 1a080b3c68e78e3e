/**
 * Cues added to the lexicon, each in a short sentence of its own that needs it.
 */
import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'

/** The single claim of `text`: its cue lemma and content, its spans checked. */
function claimOf(text: string): {cue: string | null; content: string; speaker: string | null} {
  const article = parseArticle(text)
  expect(article.claims).toHaveLength(1)
  const claim = article.claims[0]!
  expect(text.slice(claim.content.span.start, claim.content.span.end)).toBe(claim.content.text)
  if (claim.cue) expect(text.slice(claim.cue.span.start, claim.cue.span.end)).toBe(claim.cue.text)
  const speaker = article.speakers.find((s) => s.id === claim.speaker)?.name ?? null
  return {cue: claim.cue?.lemma ?? null, content: claim.content.text.trim(), speaker}
}

describe('added cues', () => {
  it.each([
    ['confess', 'The harbour master Ana Reyes confessed that the inspections had been skipped for years.', 'the inspections had been skipped for years'],
    ['scold', '"You have wasted a whole summer," Councillor Tom Abbott scolded.', 'You have wasted a whole summer,'],
    ['blurt out', 'The trainer Lena Okafor blurted out that the team had already been sold.', 'the team had already been sold'],
    ['signal', 'The central bank governor Piet Vos signalled that rates would rise again in spring.', 'rates would rise again in spring'],
    ['muse', '"Perhaps the river will decide for us," the mayor Joan Farrow mused.', 'Perhaps the river will decide for us,'],
    ['interject', 'The chairman Omar Haddad interjected: "That figure is wrong."', 'That figure is wrong.']
  ])('%s', (lemma, text, content) => {
    const claim = claimOf(text)
    expect(claim.cue).toBe(lemma)
    expect(claim.content.replace(/^that /, '')).toBe(content)
  })
})
