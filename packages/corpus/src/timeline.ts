/**
 * Order a corpus by date.
 *
 * > | 2021   2021-07   2021-07-05   2021-07-05T14:43   XXXX-02-05
 *       ^^^^   ^^^^^^^   ^^^^^^^^^^   ^^^^^^^^^^^^^^^^   ^^^^^^^^^^
 *       first  then      then         then               undated: no year
 */
import type {Article, DateValue} from '@onrecord/core'
import type {CorpusSpeaker, TimelineItem, TimelineKind} from './types.ts'

const edtfDate = /^(\d{4})(?:-([\dX]{2})(?:-([\dX]{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?)?)?/

/**
 * The key an EDTF date sorts by, or null when it states no year (`XXXX-02-05`, `..`).
 *
 * A date sorts at the start of the period it names, and a coarser date before the finer dates
 * inside it: `2021` < `2021-07` < `2021-07-01` < `2021-07-01T00:00`. Unknown month or day
 * digits (`2021-XX`) count as unstated, qualifiers (`?`, `~`, `%`) and time zones are ignored,
 * an interval sorts by its start, or by its end when the start is open (`../2020`). Keys of
 * different dates compare as plain strings.
 *
 * @example
 * dateSortKey('2022-01-27') // '2022-01-27T00:00:00.2'
 * dateSortKey('2014-09/..') // '2014-09-00T00:00:00.1'
 * dateSortKey('XXXX-02-05') // null
 */
export function dateSortKey(value: string): string | null {
  const [start = '', end = ''] = value.replace(/[?~%]/g, '').split('/')
  const side = start === '' || start === '..' ? end : start
  const match = edtfDate.exec(side.trim())
  if (!match) return null
  const year = match[1]!
  const month = known(match[2], 12)
  const day = month ? known(match[3], 31) : undefined
  const [hour, minute, second] = day ? [match[4], match[5], match[6]] : []
  const rank = second ? 4 : minute ? 3 : day ? 2 : month ? 1 : 0
  return `${year}-${month ?? '00'}-${day ?? '00'}T${hour ?? '00'}:${minute ?? '00'}:${second ?? '00'}.${rank}`
}

/** A month or day as two digits, or undefined when unstated, unspecified (`XX`) or out of range (EDTF seasons). */
function known(digits: string | undefined, max: number): string | undefined {
  if (digits === undefined || digits.includes('X')) return undefined
  const number = Number(digits)
  return number >= 1 && number <= max ? digits : undefined
}

const kindOrder: Record<TimelineKind, number> = {published: 0, claim: 1, event: 2}

/**
 * Put the publications, claims and events of several articles on one timeline.
 *
 * A claim or event without a date of its own takes its article's publication date, and says so
 * (`dateOf: 'article'`). Items whose date has a year are ordered by `dateSortKey`, then
 * publications before claims before events, then by article and place in the text; the others
 * go to `undated`, in corpus order.
 *
 * @param speakers The merged speakers, so that a claim names its corpus speaker.
 * @param texts The articles' texts by id, for each event's clause; without them an event reads as its trigger.
 */
export function buildTimeline(
  articles: readonly Article[],
  speakers: readonly CorpusSpeaker[] = [],
  texts: Readonly<Record<string, string>> = {}
): {timeline: TimelineItem[]; undated: TimelineItem[]} {
  const speakerOf = new Map<string, string>()
  for (const speaker of speakers) {
    for (const ref of speaker.refs) speakerOf.set(`${ref.article}\u0000${ref.speaker}`, speaker.id)
  }

  const items: Array<{item: TimelineItem; article: number; position: number}> = []
  articles.forEach((article, index) => {
    const published = article.published
    const dated = (own: DateValue | null) => {
      const date = own ?? published
      return {
        date,
        dateOf: own ? ('item' as const) : published ? ('article' as const) : null,
        sortKey: date ? dateSortKey(date.value) : null
      }
    }
    items.push({
      item: {kind: 'published', article: article.id, id: null, ...dated(published), text: article.title?.text ?? null, speaker: null, type: null},
      article: index,
      position: -1
    })
    for (const claim of article.claims) {
      items.push({
        item: {
          kind: 'claim',
          article: article.id,
          id: claim.id,
          ...dated(claim.date),
          text: claim.content.text,
          speaker: claim.speaker === null ? null : (speakerOf.get(`${article.id}\u0000${claim.speaker}`) ?? null),
          type: null
        },
        article: index,
        position: claim.span.start
      })
    }
    for (const event of article.events) {
      const text = texts[article.id]
      items.push({
        item: {
          kind: 'event',
          article: article.id,
          id: event.id,
          ...dated(event.date),
          text: text === undefined ? event.trigger.text : text.slice(event.span.start, event.span.end),
          speaker: null,
          type: event.type
        },
        article: index,
        position: event.span.start
      })
    }
  })

  const timeline = items
    .filter(({item}) => item.sortKey !== null)
    .sort(
      (a, b) =>
        compare(a.item.sortKey!, b.item.sortKey!) ||
        kindOrder[a.item.kind] - kindOrder[b.item.kind] ||
        a.article - b.article ||
        a.position - b.position
    )
    .map(({item}) => item)
  const undated = items.filter(({item}) => item.sortKey === null).map(({item}) => item)
  return {timeline, undated}
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
