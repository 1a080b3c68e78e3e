import {describe, expect, it} from 'vitest'
import {tagAndParse} from '../../src/index.js'
import {lemmatize, parseSentence} from '../../src/language/syntax/index.js'
import {expectTree} from './helpers.js'

/** Parse a sentence given as space-separated tokens; `arc('x', 'y')` is y's relation to x's word. */
function parse(sentence: string) {
  const words = sentence.split(' ')
  const result = tagAndParse(words)
  expectTree(result.heads)
  const at = (word: string): number => {
    const index = words.indexOf(word)
    if (index === -1) throw new Error(`no ${word} in ${sentence}`)
    return index
  }
  return {
    words,
    ...result,
    tag: (word: string) => result.upos[at(word)],
    /** The head word and relation of `word`. */
    arc: (word: string) => {
      const head = result.heads[at(word)]!
      return [head === 0 ? 'ROOT' : words[head - 1], result.relations[at(word)]]
    }
  }
}

describe('tagAndParse', () => {
  it('reads a clause complement of a reporting verb', () => {
    const p = parse('The minister said that the talks had failed .')
    expect(p.arc('said')).toEqual(['ROOT', 'root'])
    expect(p.arc('minister')).toEqual(['said', 'nsubj'])
    expect(p.arc('failed')).toEqual(['said', 'ccomp'])
    expect(p.arc('talks')).toEqual(['failed', 'nsubj'])
    expect(p.arc('that')).toEqual(['failed', 'mark'])
  })

  it('reads a noun-phrase object', () => {
    const p = parse('The company announced a new plan on Monday .')
    expect(p.arc('plan')).toEqual(['announced', 'obj'])
    expect(p.arc('company')).toEqual(['announced', 'nsubj'])
    expect(p.arc('Monday')).toEqual(['announced', 'obl'])
    expect(p.tag('announced')).toBe('VERB')
  })

  it('reads a fronted adverbial', () => {
    const p = parse('On Tuesday , police arrested two men in the capital .')
    expect(p.arc('Tuesday')).toEqual(['arrested', 'obl'])
    expect(p.arc('police')).toEqual(['arrested', 'nsubj'])
    expect(p.arc('men')).toEqual(['arrested', 'obj'])
  })

  // The shipped model attaches the verb to the appositive ("economist … resigned" as a
  // relative clause) and reads the reduced relative as the main verb: greedy parsing's classic
  // garden paths. These assert the right parse and are expected to fail until a model reads them.
  it.fails('reads an appositive subject', () => {
    const p = parse('Maria Lopes , the bank \'s chief economist , resigned on Friday .')
    expect(p.arc('Maria')).toEqual(['resigned', 'nsubj'])
    expect(p.arc('economist')).toEqual(['Maria', 'appos'])
    expect(p.tag('Maria')).toBe('PROPN')
  })

  it('reads a passive with an agent', () => {
    const p = parse('The bill was approved by the committee .')
    expect(p.arc('bill')).toEqual(['approved', 'nsubj:pass'])
    expect(p.arc('was')).toEqual(['approved', 'aux:pass'])
    expect(p.arc('committee')).toEqual(['approved', 'obl:agent'])
  })

  it('reads coordinated verbs sharing a subject', () => {
    const p = parse('Protesters marched through the city and burned tyres .')
    expect(p.arc('Protesters')).toEqual(['marched', 'nsubj'])
    expect(p.arc('burned')).toEqual(['marched', 'conj'])
    expect(p.arc('and')).toEqual(['burned', 'cc'])
    expect(p.arc('tyres')).toEqual(['burned', 'obj'])
  })

  it.fails('reads a reduced relative clause', () => {
    const p = parse('The man arrested yesterday was released without charge .')
    expect(p.arc('arrested')).toEqual(['man', 'acl'])
    expect(p.arc('man')).toEqual(['released', 'nsubj:pass'])
  })

  it('returns one tag, head and relation per word', () => {
    const words = ['Prices', 'rose', 'sharply', '.']
    const result = tagAndParse(words)
    expect(result.upos).toEqual(['NOUN', 'VERB', 'ADV', 'PUNCT'])
    expect(result.heads).toEqual([2, 0, 2, 2])
    expect(result.relations).toEqual(['nsubj', 'root', 'advmod', 'punct'])
  })
})

describe('lemmas', () => {
  it('lemmatises verbs and nouns, irregular ones included', () => {
    expect(lemmatize('went', 'VERB')).toBe('go')
    expect(lemmatize('children', 'NOUN')).toBe('child')
    expect(lemmatize('studies', 'VERB')).toBe('study')
    expect(lemmatize('studies', 'NOUN')).toBe('study')
    expect(lemmatize('announced', 'VERB')).toBe('announce')
    expect(lemmatize('was', 'AUX')).toBe('be')
    expect(lemmatize('Reuters', 'PROPN')).toBe('Reuters')
  })

  it('gives a lemma per word in a parse', () => {
    const result = parseSentence(['Officials', 'have', 'approved', 'new', 'rules', '.'])
    expect(result.upos).toEqual(['NOUN', 'AUX', 'VERB', 'ADJ', 'NOUN', 'PUNCT'])
    expect(result.lemmas).toEqual(['official', 'have', 'approve', 'new', 'rule', '.'])
  })
})
