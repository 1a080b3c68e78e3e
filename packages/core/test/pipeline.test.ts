import {describe, expect, it} from 'vitest'
import {diagnostic, parseArticle, type Stage} from '../src/index.js'

const noted = (name: string, kind: Stage['kind']): Stage => ({
  name,
  kind,
  run: () => ({diagnostics: [diagnostic(`${name}/noted`, `${name} noticed something`, 'info')]})
})

describe('runPipeline', () => {
  it('keeps every stage’s diagnostics: a refiner adds to them and does not replace them', () => {
    const article = parseArticle('Some text.', {stages: [noted('first', 'parser'), noted('second', 'refiner'), noted('third', 'refiner')]})
    expect(article.diagnostics.map((d) => d.ruleId)).toEqual(['first/noted', 'second/noted', 'third/noted'])
  })

  it('lets a refiner replace other fields, and a parser only fill a single value once', () => {
    const stages: Stage[] = [
      {name: 'a', run: () => ({title: {text: 'Some', span: {start: 0, end: 4}}})},
      {name: 'b', run: () => ({title: {text: 'text', span: {start: 5, end: 9}}})},
      {name: 'c', kind: 'refiner', run: () => ({authors: [{name: 'text', span: {start: 5, end: 9}}]})},
      {name: 'd', kind: 'refiner', run: () => ({authors: []})}
    ]
    const article = parseArticle('Some text.', {stages})
    expect(article.title?.text).toBe('Some')
    expect(article.authors).toEqual([])
  })

  it('turns a stage that throws into an error diagnostic and goes on', () => {
    const article = parseArticle('Some text.', {
      stages: [{name: 'broken', run: () => { throw new Error('boom') }}, noted('after', 'parser')]
    })
    expect(article.diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([['broken/crash', 'error'], ['after/noted', 'info']])
  })
})
