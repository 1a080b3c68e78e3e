import {describe, expect, it} from 'vitest'
import {articleSpeakers, claimsTable, csvColumns, eventsTable, parseArticle, speakersTable, toCsv} from '../src/index.js'

const text = [
  'Talks resume in Geneva',
  '',
  'GENEVA (Reuters) - "We will not leave, and we say so plainly," Foreign Minister Ana Ruiz said on Monday.',
  'Ruiz said the delegations met in Geneva. Rebels attacked a convoy near the border, the army said.'
].join('\n')
const article = parseArticle(text, {name: 'talks.txt', published: '2022-01-27'})

/** Rows as objects by column. */
const objects = (rows: ReadonlyArray<readonly unknown[]>) => rows.slice(1).map((row) => Object.fromEntries(rows[0]!.map((name, index) => [name, row[index]])))

describe('toCsv', () => {
  it('quotes a field by RFC 4180 only when it holds a comma, a quote, CR or LF', () => {
    expect(toCsv([['a', 'b,c', 'say "no"', 'cr\rhere', 'lf\nhere', null, undefined, 0.8]])).toBe('a,"b,c","say ""no""","cr\rhere","lf\nhere",,,0.8\r\n')
    expect(toCsv([])).toBe('')
  })
})

describe('the tables', () => {
  it('start with their header', () => {
    expect(claimsTable([article])[0]).toEqual(csvColumns.claims)
    expect(eventsTable([article])[0]).toEqual(csvColumns.events)
    expect(speakersTable(articleSpeakers(article))[0]).toEqual(csvColumns.speakers)
  })

  it('claims: one row per claim, offsets that find the content, the article speaker by default or as the caller names it', () => {
    expect(article.claims.length).toBeGreaterThan(1)
    const rows = objects(claimsTable([article]))
    expect(rows).toHaveLength(article.claims.length)
    for (const [index, claim] of article.claims.entries()) {
      const row = rows[index]!
      expect(text.slice(row.content_start as number, row.content_end as number)).toBe(row.content)
      expect(row).toMatchObject({article: article.id, claim: claim.id, speaker: claim.speaker, published: '2022-01-27', confidence: claim.confidence})
    }
    const named = objects(claimsTable([article], (_, speaker) => `corpus-${speaker.name}`))
    expect(named.map((row) => row.speaker)).toEqual(rows.map((row) => (row.speaker ? `corpus-${row.speaker_name}` : null)))
  })

  it('events: the clause from the text when it is given, empty when not', () => {
    expect(article.events.length).toBeGreaterThan(0)
    const rows = objects(eventsTable([article], {[article.id]: text}))
    for (const [index, event] of article.events.entries()) {
      expect(rows[index]!.text).toBe(text.slice(event.span.start, event.span.end))
      expect(rows[index]!.trigger).toBe(event.trigger.text)
    }
    expect(objects(eventsTable([article])).map((row) => row.text)).toEqual(article.events.map(() => undefined))
    // An id that is only inherited from Object.prototype is no text.
    expect(objects(eventsTable([{...article, id: 'toString'}])).every((row) => row.text === undefined)).toBe(true)
  })

  it('speakers: an article speaker per row with its claims counted, lists joined by "; "', () => {
    const speakers = articleSpeakers(article)
    expect(speakers.map((speaker) => speaker.id)).toEqual(article.speakers.map((speaker) => speaker.id))
    const rows = objects(speakersTable(speakers))
    for (const [index, speaker] of article.speakers.entries()) {
      expect(rows[index]).toMatchObject({name: speaker.name, articles: article.id, titles: speaker.titles.join('; '), aliases: speaker.aliases.join('; ')})
      expect(rows[index]!.claims).toBe(article.claims.filter((claim) => claim.speaker === speaker.id).length)
    }
    expect(rows.reduce((sum, row) => sum + (row.claims as number), 0)).toBe(article.claims.filter((claim) => claim.speaker !== null).length)
  })
})
