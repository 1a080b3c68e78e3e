import {readFileSync, readdirSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/pipeline/parse-article.js'

// The seed articles and their gold events work as a conformance suite: the figures are printed
// and must stay above the bar the project set for events (typed F1 0.8, date accuracy 0.9).
const root = join(dirname(fileURLToPath(import.meta.url)), '../../../..')
const files = readdirSync(join(root, 'seeds')).filter((file) => file.endsWith('.txt')).sort()

interface GoldEvent {
  type: string
  trigger: string
  context: string
  occurrence?: number
  date?: string
  optional?: boolean
}

const plain = (value: string) => value.replace(/\u00a0/g, ' ')

function locate(text: string, needle: string, occurrence = 1, from = 0): {start: number; end: number} | null {
  let at = from - 1
  for (let k = 0; k < occurrence; k++) {
    at = plain(text).indexOf(plain(needle), at + 1)
    if (at < 0) return null
  }
  return {start: at, end: at + needle.length}
}

describe('seed events', () => {
  it('find the gold events with their types and dates', () => {
    let matched = 0
    let typed = 0
    let predicted = 0
    let required = 0
    let dated = 0
    let rightDates = 0
    for (const file of files) {
      const text = readFileSync(join(root, 'seeds', file), 'utf8')
      const gold = JSON.parse(readFileSync(join(root, 'gold/seeds', file.replace(/\.txt$/, '.json')), 'utf8')) as {events: GoldEvent[]}
      const spans = gold.events.map((event) => {
        const context = locate(text, event.context, event.occurrence ?? 1)
        return context ? locate(text, event.trigger, 1, context.start) : null
      })
      const record = parseArticle(text, {name: file})
      const used = new Set<number>()
      required += gold.events.filter((event) => !event.optional).length
      for (const event of record.events) {
        const {start, end} = event.trigger.span
        const index = spans.findIndex((span, k) => span && !used.has(k) && span.start < end && start < span.end && end - start <= 2 * (span.end - span.start) + 4)
        if (index < 0) {
          predicted++
          continue
        }
        used.add(index)
        const goldEvent = gold.events[index]!
        if (goldEvent.optional) continue
        predicted++
        matched++
        if (goldEvent.type === event.type) typed++
        if (goldEvent.date) {
          dated++
          if (event.date?.value === goldEvent.date) rightDates++
        }
      }
    }
    const precision = typed / predicted
    const recall = typed / required
    const f1 = (2 * precision * recall) / (precision + recall)
    console.log(`seed events: matched ${matched}, typed ${typed}, predicted ${predicted}, gold ${required}, typed F1 ${f1.toFixed(3)}, dates ${rightDates}/${dated}`)
    expect(f1).toBeGreaterThanOrEqual(0.8)
    expect(rightDates / dated).toBeGreaterThanOrEqual(0.9)
  })
})
