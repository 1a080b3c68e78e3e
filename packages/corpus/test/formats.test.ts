import {describe, expect, it} from 'vitest'
import {claimsTable, toCsv, toJsonLines} from '../src/formats.ts'
import {mergeSpeakers} from '../src/speakers.ts'
import {article, claim, speaker} from './helpers.ts'
import {parseCsv} from './csv.ts'

describe('toCsv', () => {
  it('quotes by RFC 4180', () => {
    const csv = toCsv([
      ['a', 'b', 'c'],
      ['plain', 'with, comma', 'with "quotes"'],
      ['line\nbreak', null, 3]
    ])
    expect(csv).toBe('a,b,c\r\nplain,"with, comma","with ""quotes"""\r\n"line\nbreak",,3\r\n')
    expect(parseCsv(csv)).toEqual([
      ['a', 'b', 'c'],
      ['plain', 'with, comma', 'with "quotes"'],
      ['line\nbreak', '', '3']
    ])
  })

  it('writes nothing for no rows', () => {
    expect(toCsv([])).toBe('')
  })
})

describe('claimsTable', () => {
  it('names the corpus speaker of each claim', () => {
    const articles = [
      article('a', {speakers: [speaker('s1', 'Sergei Lavrov')], claims: [claim('c1', 's1', 'Yes, "no".')]}),
      article('b', {speakers: [speaker('s3', 'Sergey Lavrov')], claims: [claim('c1', 's3', 'Maybe.'), claim('c2', null, 'Who?')]})
    ]
    const rows = parseCsv(toCsv(claimsTable(articles, mergeSpeakers(articles))))
    const header = rows[0]!
    const column = (name: string) => rows.slice(1).map((row) => row[header.indexOf(name)])
    expect(column('speaker')).toEqual(['sergei-lavrov', 'sergei-lavrov', ''])
    expect(column('content')).toEqual(['Yes, "no".', 'Maybe.', 'Who?'])
  })
})

describe('toJsonLines', () => {
  it('writes one record per line', () => {
    expect(toJsonLines([{a: 1}, {b: 'x\ny'}])).toBe('{"a":1}\n{"b":"x\\ny"}\n')
  })
})
