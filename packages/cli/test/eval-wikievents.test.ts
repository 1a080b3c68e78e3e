import {existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Article, Event} from '@onrecord/core'
import {describe, expect, it} from 'vitest'
import {runEvalCaptured as run} from './eval-helpers.js'
import {
  evaluateWikiEvents,
  scoreWikiEvents,
  wikiEventsFigures,
  type WikiEventsReport
} from '../src/eval/score-wikievents.js'
import {ploverOf, readWikiEvents, rebuildText, type WikiDocument} from '../src/eval/wikievents.js'
import {makeArticle, spanOf, type EventSketch} from './fixtures/eval/make-article.js'

const fixture = fileURLToPath(new URL('fixtures/eval/wikievents/', import.meta.url))
const sampleFile = `${fixture}sample.jsonl`
const sample = readFileSync(sampleFile, 'utf8')
const [raid, talks] = readWikiEvents(sample, 'sample.jsonl') as [WikiDocument, WikiDocument]

/** Every token of every document, with its offsets, as the JSON Lines give them. */
function tokensOf(jsonl: string): Array<{doc: string; token: string; start: number; end: number}> {
  return jsonl
    .split('\n')
    .filter((line) => line.trim() !== '')
    .flatMap((line) => {
      const doc = JSON.parse(line) as {doc_id: string; sentences: Array<[Array<[string, number, number]>, string]>}
      return doc.sentences.flatMap(([tokens]) =>
        tokens.map(([token, start, end]) => ({doc: doc.doc_id, token, start, end}))
      )
    })
}

/** A record with events whose participants are named by strings of the text. */
function record(
  doc: WikiDocument,
  events: Array<EventSketch & {actors?: string[]; targets?: string[]; location?: string}>
): Article {
  const article = makeArticle(doc.text, {events})
  article.events = article.events.map((event, index): Event => {
    const sketch = events[index]!
    const participant = (name: string) => ({name, span: spanOf(doc.text, name), speaker: null, code: null, refersTo: null})
    return {
      ...event,
      actors: (sketch.actors ?? []).map(participant),
      targets: (sketch.targets ?? []).map(participant),
      location: sketch.location ? {name: sketch.location, span: spanOf(doc.text, sketch.location)} : null
    }
  })
  return article
}

describe('readWikiEvents', () => {
  it('rebuilds each article so that every token stands at its offsets', () => {
    const byId = new Map([raid, talks].map((doc) => [doc.id, doc.text]))
    const tokens = tokensOf(sample)
    expect(tokens.length).toBeGreaterThan(30)
    for (const {doc, token, start, end} of tokens) expect(byId.get(doc)!.slice(start, end)).toBe(token)
  })

  it('writes the lost gap before a sentence as a newline padded with spaces', () => {
    expect(raid.text).toBe(
      'Rebels attacked a police post in Dunmore on Monday.\nPolice arrested two men after the raid.\n  Three guards died.'
    )
    expect(talks.text.startsWith('\n Leaders')).toBe(true)
    expect(rebuildText([[[['A', 0, 1]], 'A.']])).toBe('A.')
  })

  it('maps KAIROS types and roles to PLOVER types and record roles', () => {
    expect(raid.events.map((event) => [event.type, event.triggerText])).toEqual([
      ['ASSAULT', 'attacked'],
      ['COERCE', 'arrested'],
      [null, 'died']
    ])
    expect(raid.events[0]!.arguments.map((arg) => [arg.role, arg.text])).toEqual([
      ['actor', 'Rebels'],
      ['target', 'post'],
      ['place', 'Dunmore']
    ])
    // `Topic` is not a participant: kept, but not scored.
    expect(talks.events[1]!.arguments.map((arg) => arg.role)).toEqual(['actor', 'target', null])
    expect(ploverOf('Conflict.Attack.DetonateExplode')?.plover).toBe('ASSAULT')
    expect(ploverOf('Conflict.Attacker')).toBeUndefined()
    expect(ploverOf('Contact.Contact.Broadcast')).toBeUndefined()
  })

  it('says which line is wrong', () => {
    expect(() => readWikiEvents('{"doc_id": "x"', 'bad.jsonl')).toThrow('bad.jsonl:1: not a JSON line')
    const noTrigger = JSON.stringify({doc_id: 'x', sentences: [[[['A', 0, 1]], 'A']], event_mentions: [{event_type: 'Conflict.Attack'}]})
    expect(() => readWikiEvents(`\n${noTrigger}\n`, 'bad.jsonl')).toThrow(/bad\.jsonl:2 \(x\): expected event mentions/)
    const farToken = JSON.stringify({
      doc_id: 'x',
      sentences: [[[['A', 0, 1]], 'A']],
      entity_mentions: [{id: 'x-T1', start: 3, end: 4}]
    })
    expect(() => readWikiEvents(farToken, 'bad.jsonl')).toThrow(/tokens 3-4 are not in the document/)
  })
})

describe('scoreWikiEvents', () => {
  it('scores a record that finds everything as perfect, and leaves unmapped gold out', () => {
    const score = scoreWikiEvents(
      raid,
      record(raid, [
        {trigger: 'attacked', type: 'ASSAULT', actors: ['Rebels'], targets: ['a police post'], location: 'Dunmore'},
        {trigger: 'arrested', type: 'COERCE', actors: ['Police'], targets: ['two men']}
      ])
    )
    expect(score.types.ASSAULT!.triggers).toEqual({tp: 1, pred: 1, gold: 1})
    expect(score.types.COERCE!.triggers).toEqual({tp: 1, pred: 1, gold: 1})
    // `a police post` overlaps the gold `post`.
    expect(score.types.ASSAULT!.arguments).toEqual({
      actor: {tp: 1, pred: 1, gold: 1},
      target: {tp: 1, pred: 1, gold: 1},
      place: {tp: 1, pred: 1, gold: 1}
    })
    expect(score.identified).toEqual({tp: 2, pred: 2, gold: 2})
    expect(score.misses).toEqual([])
  })

  it('matches overlapping triggers of the same type one to one', () => {
    const score = scoreWikiEvents(
      raid,
      record(raid, [
        {trigger: 'attacked a police post', type: 'ASSAULT'},
        {trigger: 'attacked', type: 'ASSAULT'},
        {trigger: 'arrested', type: 'ASSAULT'}
      ])
    )
    expect(score.types.ASSAULT!.triggers).toEqual({tp: 1, pred: 3, gold: 1})
    expect(score.types.COERCE!.triggers).toEqual({tp: 0, pred: 0, gold: 1})
    // With the type ignored, `arrested` is found.
    expect(score.identified).toEqual({tp: 2, pred: 3, gold: 2})
  })

  it('counts arguments on matched events only, and extra participants as wrong', () => {
    const score = scoreWikiEvents(
      raid,
      record(raid, [
        {trigger: 'attacked', type: 'ASSAULT', actors: ['Rebels', 'Monday'], targets: [], location: 'police'},
        {trigger: 'arrested', type: 'PROTEST', actors: ['Police']}
      ])
    )
    expect(score.types.ASSAULT!.arguments).toEqual({
      actor: {tp: 1, pred: 2, gold: 1},
      target: {tp: 0, pred: 0, gold: 1},
      place: {tp: 0, pred: 1, gold: 1}
    })
    expect(score.types.COERCE!.arguments.actor).toEqual({tp: 0, pred: 0, gold: 0})
    expect(score.types.PROTEST!.arguments.actor).toEqual({tp: 0, pred: 0, gold: 0})
    expect(score.misses).toContain('ASSAULT attacked: actor extra: Monday')
    expect(score.misses).toContain('ASSAULT attacked: target missed: post')
  })

  it('counts the targets of a meeting as its participants', () => {
    const score = scoreWikiEvents(
      talks,
      record(talks, [{trigger: 'met', type: 'CONSULT', targets: ['Leaders of both towns'], location: 'Carrow'}])
    )
    expect(score.types.CONSULT!.arguments.actor).toEqual({tp: 1, pred: 1, gold: 1})
    expect(score.types.CONSULT!.arguments.target).toEqual({tp: 0, pred: 0, gold: 0})
    expect(score.types.REQUEST!.triggers).toEqual({tp: 0, pred: 0, gold: 1})
  })

  it('tallies wrong predictions on unmapped gold and leaves unannotated types out', () => {
    const score = scoreWikiEvents(
      raid,
      record(raid, [
        {trigger: 'died', type: 'ASSAULT'},
        {trigger: 'raid', type: 'AGREE'}
      ])
    )
    expect(score.types.ASSAULT!.triggers).toEqual({tp: 0, pred: 1, gold: 1})
    expect(score.onUnmappedGold).toEqual({'Life.Die': 1})
    expect(score.unscored).toEqual({AGREE: 1})
    expect(score.identified.pred).toBe(1)
  })

  it('counts an article with no record as all missed', () => {
    const score = scoreWikiEvents(talks, null)
    expect(score.failed).toBe(true)
    expect(score.types.CONSULT!.triggers).toEqual({tp: 0, pred: 0, gold: 1})
    const figures = wikiEventsFigures(score)
    expect(figures['triggers.r']).toBe(0)
    expect(figures['ASSAULT.triggers.f1']).toBeUndefined()
  })
})

describe('onrecord eval --format wikievents', () => {
  it('parses the rebuilt articles and prints JSON', async () => {
    const {code, stdout} = await run(['--format', 'wikievents', '--gold', fixture, '--json'])
    expect(code).toBe(0)
    const report = JSON.parse(stdout) as WikiEventsReport
    expect(report.articles.map((article) => article.doc)).toEqual(['harbour_raid', 'town_talks'])
    expect(report.total.failed).toBe(0)
    const gold = Object.fromEntries(Object.entries(report.total.types).map(([type, c]) => [type, c.triggers.gold]))
    expect(gold).toEqual({ASSAULT: 1, PROTEST: 0, COERCE: 1, CONSULT: 1, REQUEST: 1, THREATEN: 0, ACCUSE: 0})
    for (const c of Object.values(report.total.types)) expect(c.triggers.tp).toBeLessThanOrEqual(c.triggers.pred)
    expect(report.figures['triggers.f1']).toBeTypeOf('number')
  })

  it('scores records read from a file by document id and prints a table per type', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'onrecord-wikievents-'))
    const records = join(dir, 'records.jsonl')
    const lines = [
      {...record(raid, [{trigger: 'attacked', type: 'ASSAULT', actors: ['Rebels']}]), id: 'harbour_raid'},
      {...record(talks, [{trigger: 'demanded', type: 'REQUEST'}]), id: 'town_talks'}
    ]
    writeFileSync(records, lines.map((line) => JSON.stringify(line)).join('\n') + '\n')
    const {code, stdout} = await run(['--format', 'wikievents', '--gold', sampleFile, '--records', records])
    expect(code).toBe(0)
    expect(stdout).toMatch(/^ASSAULT +100\.0 +100\.0 +100\.0 +tp 1 {2}pred 1 {2}gold 1 +100\.0 +0\.0 +0\.0$/m)
    expect(stdout).toMatch(/^overall +100\.0 +50\.0 +66\.7 +tp 2 {2}pred 2 {2}gold 4/m)
    expect(stdout).toMatch(/articles: 2, without a record: 0/)
  })

  it('says what is wrong with the gold', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'onrecord-wikievents-'))
    writeFileSync(join(dir, 'dev.jsonl'), '{"doc_id": 3}\n')
    const bad = await run(['--format', 'wikievents', '--gold', dir])
    expect(bad.code).toBe(1)
    expect(bad.stderr).toMatch(/dev\.jsonl:1: expected a doc_id/)
    const empty = mkdtempSync(join(tmpdir(), 'onrecord-wikievents-'))
    expect((await run(['--format', 'wikievents', '--gold', empty])).stderr).toMatch(/no \.jsonl files/)
    expect((await run(['--format', 'events', '--gold', empty])).stderr).toMatch(/expected seed, brat, wikievents/)
  })
})

const corpus = fileURLToPath(new URL('../../../../shared/corpora/wikievents/', import.meta.url))
const hasCorpus = existsSync(`${corpus}dev.jsonl`)

describe('WikiEvents', () => {
  it.skipIf(!hasCorpus)('rebuilds every article of the corpus so that all tokens hold, and scores it', async () => {
    const files = ['dev.jsonl', 'test.jsonl']
    let tokens = 0
    let mapped = 0
    for (const file of files) {
      const jsonl = readFileSync(`${corpus}${file}`, 'utf8')
      const docs = new Map(readWikiEvents(jsonl, file).map((doc) => [doc.id, doc]))
      for (const {doc, token, start, end} of tokensOf(jsonl)) {
        expect(docs.get(doc)!.text.slice(start, end)).toBe(token)
        tokens++
      }
      for (const doc of docs.values()) {
        for (const event of doc.events) {
          expect(doc.text.slice(event.trigger.start, event.trigger.end)).toBe(event.triggerText)
          if (event.type) mapped++
        }
      }
    }
    expect(tokens).toBeGreaterThan(20000)
    const report = await evaluateWikiEvents(corpus)
    expect(report.total.failed).toBe(0)
    expect(Object.values(report.total.types).reduce((sum, c) => sum + c.triggers.gold, 0)).toBe(mapped)
  })
  if (!hasCorpus) {
    it.skip(`WikiEvents not found at ${corpus}: the corpus is not rebuilt or scored`, () => {})
  }
})
