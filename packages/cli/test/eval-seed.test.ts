import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {assign} from '../src/eval/assign.js'
import {prf} from '../src/eval/metrics.js'
import {namesAgree} from '../src/eval/names.js'
import {judgePublished, scoreSeed} from '../src/eval/score-seed.js'
import {locate, readGoldSeed, type GoldSeed} from '../src/eval/seed-gold.js'
import {makeArticle, type ArticleSketch} from './fixtures/eval/make-article.js'

const fixtures = fileURLToPath(new URL('fixtures/eval/seed/', import.meta.url))
const text = readFileSync(`${fixtures}text/ministers.txt`, 'utf8')
const gold = readGoldSeed(readFileSync(`${fixtures}gold/ministers.json`, 'utf8'), 'ministers.json')

/** A record that says exactly what the gold says (required and optional items alike). */
const perfect: ArticleSketch = {
  title: 'Ministers Meet In Geneva',
  outlet: 'Daily Ledger',
  authors: ['Ann Reyes'],
  credits: ['Reuters'],
  published: '2021-03-03',
  place: 'GENEVA',
  speakers: [{name: 'Maria Lopez', aliases: ['Lopez']}, {name: 'Tomas Grant'}],
  claims: [
    {speaker: 'Maria Lopez', kind: 'indirect', cue: 'said', content: 'the talks had made real progress toward a ceasefire', date: '2021-03-02'},
    {speaker: 'Maria Lopez', kind: 'direct', cue: 'told', content: 'We are closer than ever to an agreement,'},
    {speaker: 'Maria Lopez', kind: 'direct', cue: 'added', content: 'Nobody expected this,'},
    {speaker: 'Tomas Grant', kind: 'indirect', cue: 'called for', content: 'new elections within six months'}
  ],
  events: [
    {type: 'CONSULT', trigger: 'talks'},
    {type: 'ASSAULT', trigger: 'attacked', date: '2021-03-01'}
  ]
}

describe('scoreSeed', () => {
  it('scores a perfect record 100 everywhere', () => {
    const score = scoreSeed(gold, text, makeArticle(text, perfect))
    expect(score.goldProblems).toEqual([])
    expect(prf(score.claims.detected).f1).toBe(1)
    expect(prf(score.claims.attributed).f1).toBe(1)
    expect(score.claims.kind).toEqual({right: 4, total: 4})
    expect(score.claims.cue).toEqual({right: 4, total: 4})
    expect(score.claims.date).toEqual({right: 1, total: 1})
    expect(prf(score.events.detected).f1).toBe(1)
    expect(prf(score.events.typed).f1).toBe(1)
    expect(score.events.date).toEqual({right: 1, total: 1})
    expect(prf(score.speakers).f1).toBe(1)
    expect(prf(score.authors).f1).toBe(1)
    expect(prf(score.credits).f1).toBe(1)
    expect([score.outlet, score.title, score.published, score.dateline]).toEqual(['right', 'right', 'exact', 'right'])
    expect(score.misses).toEqual([])
  })

  it('scores an empty record 0, with missing values', () => {
    const score = scoreSeed(gold, text, makeArticle(text))
    expect(score.claims.detected).toEqual({tp: 0, pred: 0, gold: 4})
    expect(prf(score.claims.detected)).toEqual({p: 0, r: 0, f1: 0})
    expect(prf(score.events.detected).f1).toBe(0)
    expect(prf(score.speakers).f1).toBe(0)
    expect([score.outlet, score.title, score.published, score.dateline]).toEqual([
      'missing',
      'missing',
      'missing',
      'missing'
    ])
  })

  it('counts a missing record as all wrong, not as absent', () => {
    const score = scoreSeed(gold, text, null)
    expect(score.failed).toBe(true)
    // Four required claims missed and four wrong answers in their place.
    expect(score.claims.detected).toEqual({tp: 0, pred: 4, gold: 4})
    expect(score.events.detected).toEqual({tp: 0, pred: 2, gold: 2})
    expect([score.outlet, score.title, score.published, score.dateline]).toEqual(['wrong', 'wrong', 'wrong', 'wrong'])
  })

  it('lowers attribution, not detection, for a wrong speaker', () => {
    const claims = perfect.claims!.map((claim) =>
      claim.speaker === 'Tomas Grant' ? {...claim, speaker: 'Maria Lopez'} : claim
    )
    // One more prediction that matches nothing: the headline.
    claims.push({speaker: 'Maria Lopez', content: 'Ministers Meet In Geneva'})
    const score = scoreSeed(gold, text, makeArticle(text, {...perfect, claims}))
    expect(score.claims.detected).toEqual({tp: 4, pred: 5, gold: 4})
    expect(score.claims.attributed).toEqual({tp: 3, pred: 5, gold: 4})
    // P = 3/5, R = 3/4, F1 = 2 × 0.6 × 0.75 / 1.35 = 2/3.
    const {p, r, f1} = prf(score.claims.attributed)
    expect(p).toBeCloseTo(0.6, 10)
    expect(r).toBeCloseTo(0.75, 10)
    expect(f1).toBeCloseTo(2 / 3, 10)
    expect(prf(score.claims.detected).f1).toBeCloseTo((2 * 0.8 * 1) / 1.8, 10)
  })

  it('neither rewards nor penalises optional items', () => {
    const without = scoreSeed(gold, text, makeArticle(text, perfect))
    const withOptional = scoreSeed(
      gold,
      text,
      makeArticle(text, {
        ...perfect,
        speakers: [...perfect.speakers!, {name: 'the army'}],
        claims: [...perfect.claims!, {speaker: 'the army', content: 'Rebels attacked a convoy near the border on Monday'}],
        events: [...perfect.events!, {type: 'REQUEST', trigger: 'called for'}]
      })
    )
    expect(withOptional.claims).toEqual(without.claims)
    expect(withOptional.events).toEqual(without.events)
    expect(withOptional.speakers).toEqual(without.speakers)
  })

  it('matches claims that share at least half the words of the longer span', () => {
    const score = (content: string) =>
      scoreSeed(gold, text, makeArticle(text, {claims: [{content}]})).claims.detected.tp
    // 5 of the 9 words of the gold content.
    expect(score('the talks had made real')).toBe(1)
    // 4 of 9.
    expect(score('the talks had made')).toBe(0)
    // 9 shared words of a span of 18 is half; of 19, less.
    const sentence = 'Foreign Minister Maria Lopez said on Tuesday that the talks had made real progress toward a ceasefire.'
    expect(score(sentence + '\n"We')).toBe(1)
    expect(score(sentence + '\n"We are')).toBe(0)
    // Quotation marks and the attribution around a content: 8 shared words of 11.
    expect(score('"We are closer than ever to an agreement," Lopez told reporters.')).toBe(1)
  })

  it('matches event triggers that overlap and are not much wider', () => {
    const tp = (trigger: string) =>
      scoreSeed(gold, text, makeArticle(text, {events: [{type: 'ASSAULT', trigger}]})).events.detected.tp
    expect(tp('attacked')).toBe(1)
    // 16 code units for a gold trigger of 8: at most 2 × 8 + 4 = 20.
    expect(tp('Rebels attacked')).toBe(1)
    // 24 code units: a clause, not a trigger.
    expect(tp('Rebels attacked a convoy')).toBe(0)
    expect(tp('convoy')).toBe(0)
  })

  it('types events and dates them', () => {
    const score = scoreSeed(
      gold,
      text,
      makeArticle(text, {events: [{type: 'CONSULT', trigger: 'talks'}, {type: 'COERCE', trigger: 'attacked', date: '2021-03-02'}]})
    )
    expect(score.events.detected).toEqual({tp: 2, pred: 2, gold: 2})
    expect(score.events.typed).toEqual({tp: 1, pred: 2, gold: 2})
    expect(score.events.date).toEqual({right: 0, total: 1})
  })

  it('attributes through aliases on either side', () => {
    const sketch = (speaker: {name: string; aliases?: string[]}): ArticleSketch => ({
      speakers: [speaker],
      claims: [{speaker: speaker.name, content: 'new elections within six months'}]
    })
    const right = (speaker: {name: string; aliases?: string[]}) =>
      scoreSeed(gold, text, makeArticle(text, sketch(speaker))).claims.attributed.tp
    expect(right({name: 'Grant'})).toBe(1)
    expect(right({name: 'Tomas Grant'})).toBe(1)
    expect(right({name: 'Opposition leader', aliases: ['Grant']})).toBe(1)
    expect(right({name: 'Ulysses Grant'})).toBe(0)
    expect(right({name: 'Tomas'})).toBe(0)
  })

  it('reports gold strings that are not in the text', () => {
    const broken: GoldSeed = {...gold, claims: [{speaker: null, content: 'not in this text'}], events: []}
    expect(scoreSeed(broken, text, makeArticle(text)).goldProblems).toEqual(['claim content not found: not in this text'])
  })
})

describe('namesAgree', () => {
  it('matches a surname alone to a full name', () => {
    expect(namesAgree('McGurk', 'Brett McGurk')).toBe(true)
    expect(namesAgree('Brett McGurk', 'mcgurk')).toBe(true)
    expect(namesAgree('Mr. McGurk', 'Brett McGurk')).toBe(true)
  })

  it('needs two full names to agree on the first name', () => {
    expect(namesAgree('George W. Bush', 'George Bush')).toBe(true)
    expect(namesAgree('Laura Bush', 'George Bush')).toBe(false)
    expect(namesAgree('Brett', 'Brett McGurk')).toBe(false)
  })

  it('ignores case, accents and punctuation', () => {
    expect(namesAgree('Sergueï Lavrov', 'serguei LAVROV')).toBe(true)
    expect(namesAgree('José Ramos-Horta', 'Jose Ramos Horta')).toBe(true)
  })
})

describe('judgePublished', () => {
  it('tells exact, consistent, wrong and missing apart', () => {
    const gold = {value: '2016-07-14', accept: ['2016-07', '2016']}
    expect(judgePublished(gold, '2016-07-14')).toBe('exact')
    expect(judgePublished(gold, '2016-07')).toBe('consistent')
    expect(judgePublished(gold, '2015-07-14')).toBe('wrong')
    expect(judgePublished(gold, null)).toBe('missing')
    expect(judgePublished(gold, undefined)).toBe('wrong')
  })

  it('detects an invented year', () => {
    const noYear = {value: null, accept: ['XXXX-02-05'], note: 'no year is printed anywhere'}
    expect(judgePublished(noYear, '2022-02-05')).toBe('invented')
    expect(judgePublished(noYear, 'XXXX-02-05')).toBe('consistent')
    expect(judgePublished(noYear, 'XXXX-02-06')).toBe('wrong')
    expect(judgePublished(noYear, null)).toBe('exact')
    expect(judgePublished({value: 'XXXX-02-05'}, '2021-02-05')).toBe('invented')
    // Gold knows the year from elsewhere but the text prints none: another year is invented.
    expect(judgePublished({value: '2016-07-14', yearPrinted: false}, '2017-07-14')).toBe('invented')
    expect(judgePublished({value: '2016-07-14'}, '2017-07-14')).toBe('wrong')
  })
})

describe('assign', () => {
  it('finds the matching a greedy matcher misses', () => {
    // Greedy takes pred 0 with gold 0 (1.0) and leaves pred 1 alone; two pairs are better.
    const weights = [
      [1, 0.6],
      [0.8, null]
    ]
    const pairs = assign(2, 2, (p, g) => weights[p]![g] ?? null)
    expect(pairs.map((pair) => [pair.pred, pair.gold])).toEqual([
      [0, 1],
      [1, 0]
    ])
  })

  it('prefers the larger overlap among equal numbers of pairs', () => {
    const weights = [[0.5, 0.9]]
    expect(assign(1, 2, (p, g) => weights[p]![g] ?? null)).toEqual([{pred: 0, gold: 1, weight: 0.9}])
  })
})

describe('locate', () => {
  it('reads NBSP as a space and picks the nth occurrence', () => {
    const nbsp = 'said\u00A0it. He said it.'
    expect(locate(nbsp, 'said it', 1)).toEqual({start: 0, end: 7})
    expect(locate(nbsp, 'said it', 2)).toEqual({start: 12, end: 19})
    expect(locate(nbsp, 'said it', 3)).toBeNull()
  })
})
