import {existsSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {runEval} from '../src/eval/command.js'
import {evaluateGum, readGum, scoreGum, type GumReport} from '../src/eval/gum-coref.js'
import {makeArticle} from './fixtures/eval/make-article.js'

const fixture = fileURLToPath(new URL('fixtures/eval/gum/', import.meta.url))
const [ferry] = readGum(readFileSync(`${fixture}ferry.conllu`, 'utf8'))

describe('readGum', () => {
  it('rebuilds the text from the tokens and reads the entity mentions', () => {
    expect(ferry!.id).toBe('GUM_news_ferry')
    expect(ferry!.text).toBe('Captain Ana Reyes said the ferry would sail.\n\n"We\'re ready," she added.')
    expect(ferry!.mentions.map((m) => [m.entity, m.text])).toEqual([
      ['1', 'Captain Ana Reyes'],
      ['2', 'the ferry'],
      ['3', "We're"],
      ['1', 'she']
    ])
  })
})

describe('scoreGum', () => {
  const text = ferry!.text
  it('judges a pronoun among a speaker’s mentions by GUM’s entity', () => {
    const right = makeArticle(text, {speakers: [{name: 'Ana Reyes', mentions: ['Ana Reyes', 'she']}]})
    expect(scoreGum(ferry!, right)).toMatchObject({accuracy: {right: 1, total: 1}, coverage: {right: 1, total: 1}})
    const wrong = makeArticle(text, {speakers: [{name: 'The Ferry', mentions: ['ferry', 'she']}]})
    const score = scoreGum(ferry!, wrong)
    expect(score.accuracy).toEqual({right: 0, total: 1})
    expect(score.misses).toEqual([`she at ${text.indexOf('she')} resolved to The Ferry; GUM: Captain Ana Reyes`])
  })

  it('judges an event’s pronoun participant by the name it refers to', () => {
    const at = (part: string) => ({start: text.indexOf(part), end: text.indexOf(part) + part.length})
    const withActor = (name: string) => {
      const record = makeArticle(text, {events: [{trigger: 'added', type: 'AGREE'}]})
      record.events[0]!.actors = [{name: 'she', span: at('she'), speaker: null, code: null, refersTo: {text: name, span: at(name)}}]
      return record
    }
    expect(scoreGum(ferry!, withActor('Ana Reyes'))).toMatchObject({events: {right: 1, total: 1}, accuracy: {total: 0}, coverage: {right: 1, total: 1}})
    const score = scoreGum(ferry!, withActor('ferry'))
    expect(score.events).toEqual({right: 0, total: 1})
    expect(score.misses).toEqual([`she at ${text.indexOf('she')} (an event's actor) resolved to ferry; GUM: Captain Ana Reyes`])
  })

  it('counts GUM’s pronouns the record leaves alone in the coverage only', () => {
    const none = makeArticle(text, {speakers: [{name: 'Ana Reyes', mentions: ['Ana Reyes']}]})
    expect(scoreGum(ferry!, none)).toMatchObject({accuracy: {right: 0, total: 0}, coverage: {right: 0, total: 1}})
    expect(scoreGum(ferry!, null).failed).toBe(true)
  })
})

describe('onrecord eval --format gum-coref', () => {
  it('parses the rebuilt documents and prints accuracy and coverage', async () => {
    let stdout = ''
    const code = await runEval(['--format', 'gum-coref', '--gold', fixture, '--json'], {
      stdout: {write: (t: string) => (stdout += t)},
      stderr: {write: () => true}
    })
    expect(code).toBe(0)
    const report = JSON.parse(stdout) as GumReport
    expect(report.total.coverage.total).toBe(1)
    expect(report.total.accuracy.right).toBeLessThanOrEqual(report.total.accuracy.total)
  })
})

const gum = fileURLToPath(new URL('../../../../shared/corpora/ud-english/gum/', import.meta.url))
const hasGum = existsSync(`${gum}dev.conllu`)
describe('GUM', () => {
  it.skipIf(!hasGum)('rebuilds every document so that each mention’s text stands at its span', async () => {
    for (const file of ['dev.conllu', 'test.conllu']) {
      for (const doc of readGum(readFileSync(`${gum}${file}`, 'utf8'))) {
        expect(doc.mentions.length).toBeGreaterThan(0)
        for (const m of doc.mentions) expect(doc.text.slice(m.span.start, m.span.end)).toBe(m.text)
      }
    }
    const report = await evaluateGum(`${gum}dev.conllu`)
    expect(report.total.failed).toBe(0)
    expect(report.total.coverage.total).toBeGreaterThan(100)
  })
  if (!hasGum) it.skip(`GUM not found at ${gum}: its coreference is not scored`, () => {})
})
