import {describe, expect, it} from 'vitest'
import {except, subsetOf} from '../../src/language/word-sets.js'

const list = ['in', 'at', 'on', 'near']

describe('subsetOf', () => {
  it('gives the words named, each of the list', () => {
    expect(subsetOf(list, ['in', 'near'])).toEqual(['in', 'near'])
  })

  it('throws on a word that is not in the list', () => {
    expect(() => subsetOf(list, ['in', 'told'])).toThrow('Expected a word of the list (in, at, on, …), got `told`')
  })
})

describe('except', () => {
  it('gives the list less the words named, in the order of the list', () => {
    expect(except(list, ['at'])).toEqual(['in', 'on', 'near'])
  })

  it('throws on a word that is not in the list', () => {
    expect(() => except(list, ['by'])).toThrow('Expected a word of the list (in, at, on, …), got `by`')
  })
})
