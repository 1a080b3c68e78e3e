import {describe, expect, it} from 'vitest'
import {eventTokens} from '../../src/language/event-grammar.js'
import {tokenize} from '../../src/language/tokens.js'

const cut = (text: string) => eventTokens(tokenize(text, 0, text.length))

describe('event tokens', () => {
  it('are the language layer’s tokens, with the same spans', () => {
    const text = 'Sen. Ann Roe met 400,000 voters in the U.S. on Monday.'
    const tokens = tokenize(text, 0, text.length)
    expect(cut(text).map((token) => [token.start, token.end])).toEqual(tokens.map((token) => [token.start, token.end]))
    expect(cut(text).map((token) => token.text)).toEqual(['Sen.', 'Ann', 'Roe', 'met', '400,000', 'voters', 'in', 'the', 'U.S.', 'on', 'Monday', '.'])
  })

  it('drop a possessive ending from the form, and say that it was there', () => {
    const [russia, invasion] = cut('Russia’s invasion')
    expect(russia).toMatchObject({text: 'Russia’s', norm: 'russia', possessive: true, cap: true})
    expect(invasion).toMatchObject({norm: 'invasion', possessive: false, cap: false})
  })

  it('join a plural’s possessive apostrophe to its word', () => {
    const tokens = cut("the protesters' leaders")
    expect(tokens.map((token) => token.text)).toEqual(['the', "protesters'", 'leaders'])
    expect(tokens[1]).toMatchObject({norm: 'protesters', possessive: true, start: 4, end: 15})
  })

  it('leave a closing quotation mark after another word alone', () => {
    expect(cut("'the plan' failed").map((token) => token.text)).toEqual(["'", 'the', 'plan', "'", 'failed'])
  })
})
