import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {parseBrat, speechLemma} from '../src/eval/brat.js'
import {evaluateBrat} from '../src/eval/evaluate.js'
import {prf} from '../src/eval/metrics.js'
import {scoreBrat, trimContent} from '../src/eval/score-brat.js'
import {makeArticle, spanOf, type ArticleSketch} from './fixtures/eval/make-article.js'

const fixtures = fileURLToPath(new URL('fixtures/eval/brat/', import.meta.url))
const text = readFileSync(`${fixtures}text/rally.txt`, 'utf8')
const gold = parseBrat(readFileSync(`${fixtures}attributions/rally_4b22.ann`, 'utf8'), text)

const score = (sketch: ArticleSketch) =>
  scoreBrat('rally.txt', 'rally_4b22.ann', text, gold.attributions, makeArticle(text, sketch))

describe('parseBrat', () => {
  it('reads fragments, cues and sources', () => {
    expect(gold.problems).toEqual([])
    expect(gold.attributions).toHaveLength(3)
    const [first] = gold.attributions
    expect(first!.content.map((span) => text.slice(span.start, span.end))).toEqual([
      'We will win this state,',
      'and we will win it big.'
    ])
    expect(first!.cueText).toBe('said')
    expect(first!.sourceText).toBe('Smith')
  })

  it('adds `Content2` pieces and reads attributions with no source', () => {
    const ann = [
      'T1\tContent 0 5\tHello',
      'T2\tContent 12 17\tthere',
      'T3\tCue 6 11\tsaid,',
      'T4\tAttribution 6 11\tsaid,',
      'E1\tAttribution-no-source:T4 Cue:T3 Content:T1 Content2:T2'
    ].join('\n')
    const [attribution] = parseBrat(ann).attributions
    expect(attribution!.content).toEqual([
      {start: 0, end: 5},
      {start: 12, end: 17}
    ])
    expect(attribution!.source).toBeNull()
  })

  it('turns code-point offsets into UTF-16 offsets', () => {
    const emoji = '🎉 Fans said "yes".'
    const [attribution] = parseBrat('T1\tContent 13 16\tyes\nE1\tAttribution:T1 Content:T1', emoji).attributions
    const span = attribution!.content[0]!
    expect(emoji.slice(span.start, span.end)).toBe('yes')
  })
})

describe('scoreBrat', () => {
  const speakers = [{name: 'John Smith', aliases: ['Smith']}, {name: 'Jones'}]

  it('matches one piece of a broken quotation and ignores the further piece', () => {
    const both = score({
      speakers,
      claims: [
        {speaker: 'John Smith', content: 'We will win this state,'},
        {speaker: 'John Smith', content: 'and we will win it big.'}
      ]
    })
    expect(both.all.content).toEqual({tp: 1, pred: 1, gold: 3})
    const second = score({speakers, claims: [{speaker: 'John Smith', content: 'and we will win it big.'}]})
    expect(second.all.content).toEqual({tp: 1, pred: 1, gold: 3})
  })

  it('counts a duplicate of a single-piece content as wrong', () => {
    const result = score({
      claims: [
        {content: 'the rally drew 5,000 people'},
        {content: 'the rally drew 5,000'}
      ]
    })
    expect(result.all.content).toEqual({tp: 1, pred: 2, gold: 3})
  })

  it('compares exact spans without quotation marks and a leading "that"', () => {
    const result = score({claims: [{content: 'the rally drew 5,000 people'}]})
    expect(result.all.exact.tp).toBe(1)
    const shorter = score({claims: [{content: 'the rally drew 5,000'}]})
    expect(shorter.all.content.tp).toBe(1)
    expect(shorter.all.exact.tp).toBe(0)
    const quoted = '"that it works."'
    expect(trimContent(quoted, {start: 0, end: quoted.length})).toEqual({start: 6, end: 14})
  })

  it('judges the source by name or by a mention on the source span', () => {
    const content = {content: 'We will win this state,', cue: 'said'}
    const byName = score({speakers, claims: [{...content, speaker: 'John Smith'}]})
    expect(byName.all.source).toEqual({right: 1, total: 1})
    const wrongName = score({speakers, claims: [{...content, speaker: 'Jones'}]})
    expect(wrongName.all.source).toEqual({right: 0, total: 1})
    const byMention = score({
      speakers: [{name: 'the candidate', mentions: ['Smith said']}],
      claims: [{...content, speaker: 'the candidate'}]
    })
    expect(byMention.all.source).toEqual({right: 1, total: 1})
  })

  it('reads the name before an apposition or a relative clause of the source', () => {
    const source = 'Sen. Bernie Sanders (Vt.), who lost the primaries, said'
    const ann = [
      'T1\tSource 0 49\tSen. Bernie Sanders (Vt.), who lost the primaries',
      'T2\tCue 51 55\tsaid',
      'T3\tContent 56 60\tnope',
      'E1\tAttribution:T2 Cue:T2 Source:T1 Content:T3'
    ].join('\n')
    const sample = source + ' nope'
    const [attribution] = parseBrat(ann, sample).attributions
    const result = (name: string) =>
      scoreBrat('x.txt', 'x.ann', sample, [attribution!], makeArticle(sample, {speakers: [{name}], claims: [{content: 'nope', speaker: name}]}))
        .all.source
    expect(result('Bernie Sanders')).toEqual({right: 1, total: 1})
    expect(result('Sanders')).toEqual({right: 1, total: 1})
    expect(result('Hillary Clinton')).toEqual({right: 0, total: 1})
  })

  it('reads the name before the complement of the source: "Sen. Ann Roe of Ohio", not "a spokesman for Roe"', () => {
    const sample = 'Sen. Ann Roe of Ohio said nope'
    const ann = (source: string) =>
      [`T1\tSource 0 ${source.length}\t${source}`, 'T2\tCue 21 25\tsaid', 'T3\tContent 26 30\tnope', 'E1\tAttribution:T2 Cue:T2 Source:T1 Content:T3'].join('\n')
    const result = (text: string, source: string, name: string) => {
      const [attribution] = parseBrat(ann(source), text).attributions
      return scoreBrat('x.txt', 'x.ann', text, [attribution!], makeArticle(text, {speakers: [{name}], claims: [{content: 'nope', speaker: name}]})).all.source
    }
    expect(result(sample, 'Sen. Ann Roe of Ohio', 'Ann Roe')).toEqual({right: 1, total: 1})
    expect(result(sample, 'Sen. Ann Roe of Ohio', 'Ohio')).toEqual({right: 0, total: 1})
    const spokesman = 'A spokesman for Roe said nope'
    expect(result(spokesman, 'A spokesman for Roe', 'Roe')).toEqual({right: 0, total: 1})
  })

  it('does not credit the person a spokesman speaks for', () => {
    const result = score({speakers, claims: [{content: 'the rally drew 5,000 people', speaker: 'John Smith'}]})
    expect(result.all.source).toEqual({right: 0, total: 1})
  })

  it('scores cues one to one by overlap', () => {
    const result = score({claims: [{content: 'We will win this state,', cue: 'said'}, {content: 'the polls are wrong', cue: 'believes'}]})
    expect(result.all.cue).toEqual({tp: 2, pred: 2, gold: 3})
  })

  it('keeps speech attributions apart from thoughts and stances', () => {
    const result = score({
      claims: [
        {content: 'We will win this state,', cue: 'said'},
        {content: 'the polls are wrong', cue: 'believes'}
      ]
    })
    expect(result.all.content).toEqual({tp: 2, pred: 2, gold: 3})
    // "believes" is neither required nor counted among speech attributions.
    expect(result.speech.content).toEqual({tp: 1, pred: 1, gold: 2})
  })

  it('scores a missing record as all wrong', () => {
    const result = scoreBrat('rally.txt', 'rally_4b22.ann', text, gold.attributions, null)
    expect(result.all.content).toEqual({tp: 0, pred: 3, gold: 3})
    expect(prf(result.all.content).f1).toBe(0)
  })

  it('reads the spans it is given', () => {
    expect(spanOf(text, 'Smith', 2)).toEqual({start: 80, end: 85})
  })
})

describe('speechLemma', () => {
  it('finds verbs of saying in a cue', () => {
    expect(speechLemma('said')).toBe('say')
    expect(speechLemma('told reporters')).toBe('tell')
    expect(speechLemma('has said')).toBe('say')
    expect(speechLemma('According to')).toBe('according to')
    expect(speechLemma('added:')).toBe('add')
    expect(speechLemma(':')).toBe(':')
  })

  it('leaves thoughts and stances out', () => {
    expect(speechLemma('believes')).toBeNull()
    expect(speechLemma('backs')).toBeNull()
    expect(speechLemma('found')).toBeNull()
  })
})

describe('evaluateBrat', () => {
  it('scores the first annotator of a text and skips the others', async () => {
    const report = await evaluateBrat(`${fixtures}attributions`, `${fixtures}text`)
    expect(report.articles.map((article) => article.annotation)).toEqual(['rally_4b22.ann'])
    expect(report.skipped).toEqual(['rally_9f00.ann: another annotator of rally.txt'])
  })
})
