import {describe, expect, it} from 'vitest'
import {collectOutlets} from '../src/outlets.ts'
import {article} from './helpers.ts'

const outlet = (name: string, id: string | null) => ({name, id, domain: id ? `${id}.com` : null, via: 'text' as const, confidence: 1, span: null})

describe('collectOutlets', () => {
  it('lists each outlet once with its articles, and leaves out unknown outlets', () => {
    const outlets = collectOutlets([
      article('a', {outlet: outlet('Reuters', 'reuters')}),
      article('b', {outlet: null}),
      article('c', {outlet: outlet('Thomson Reuters', 'reuters')}),
      article('d', {outlet: outlet('The Daily Example', null)})
    ])
    expect(outlets).toEqual([
      {key: 'reuters', id: 'reuters', name: 'Reuters', domain: 'reuters.com', articles: ['a', 'c']},
      {key: 'the-daily-example', id: null, name: 'The Daily Example', domain: null, articles: ['d']}
    ])
  })

  it('returns nothing when no article names its outlet', () => {
    expect(collectOutlets([article('a')])).toEqual([])
  })
})
