import {describe, expect, it} from 'vitest'
import {parseArticle, sentenceWords, tagAndParse, type Stage, type Syntax} from '../../src/index.js'
import {parseArticle as parseLite} from '../../src/lite.js'

/** A stage that reads the parse of the first sentence of every block, twice. */
function probe(found: Array<Syntax | null>): Stage {
  return {
    name: 'probe',
    kind: 'refiner',
    run({draft, language}) {
      draft.blocks.forEach((block, index) => {
        if (block.kind === 'boilerplate') return
        const [first] = language.sentences(index)
        found.push(first?.syntax ?? null, first?.syntax ?? null)
      })
    }
  }
}

const text = 'The minister said the talks failed. Rebels attacked the town.\n\nTroops were sent by the army.'

describe('the analysis serves the parse to stages', () => {
  it('parses a sentence once, and only the sentences a stage asks about', () => {
    const asked: string[][] = []
    const parser = (words: readonly string[]) => {
      asked.push([...words])
      return {upos: words.map(() => 'X'), heads: words.map((_, index) => index), relations: words.map((_, index) => (index === 0 ? 'root' : 'dep'))}
    }
    const found: Array<Syntax | null> = []
    parseArticle(text, {syntax: parser, stages: (defaults) => [...defaults, probe(found)]})
    // Attribution and events ask about the prose sentences with a cue or a trigger, and events
    // about the first line, the headline, read whole as told in prose; the probe about the first
    // sentence of each block.
    expect(asked.map((words) => words.join(' ')).sort()).toEqual(['The minister said the talks failed .', 'The minister said the talks failed . Rebels attacked the town .', 'Troops were sent by the army .'])
    expect(found[0]).toBe(found[1])
    // CoNLL-U heads (1-based, 0 the root) become 0-based indices with -1 for the root.
    expect(found[0]?.heads.slice(0, 3)).toEqual([-1, 0, 1])
  })

  it('with the trained model, the subject of "said" is "minister"', () => {
    const found: Array<Syntax | null> = []
    parseArticle(text, {syntax: tagAndParse, stages: (defaults) => [...defaults, probe(found)]})
    const syntax = found[0]!
    const said = syntax.upos.indexOf('VERB')
    expect(syntax.heads[1]).toBe(said)
    expect(syntax.relations[1]).toBe('nsubj')
    expect(syntax.heads[said]).toBe(-1)
  })

  it('with syntax: null, or from the lite entry without a parser, syntax is null', () => {
    const found: Array<Syntax | null> = []
    parseArticle(text, {syntax: null, stages: (defaults) => [...defaults, probe(found)]})
    parseLite(text, {stages: (defaults) => [...defaults, probe(found)]})
    expect(found).toHaveLength(8)
    expect(found.every((syntax) => syntax === null)).toBe(true)
  })

  it('by default, parseArticle reads the shipped model, lemmas included', () => {
    const found: Array<Syntax | null> = []
    parseArticle(text, {stages: (defaults) => [...defaults, probe(found)]})
    expect(found[0]?.lemmas[2]).toBe('say')
    expect(found[0]?.relations[1]).toBe('nsubj')
  })

  it('a parser without lemmas gets the lower-cased words as lemmas', () => {
    const found: Array<Syntax | null> = []
    parseLite(text, {syntax: tagAndParse, stages: (defaults) => [...defaults, probe(found)]})
    expect(found[0]?.lemmas.slice(0, 3)).toEqual(['the', 'minister', 'said'])
  })
})

describe('clitics are split for the parser and folded back', () => {
  it('"Russia’s army didn’t stop": one analysis per token, the possessor a noun', () => {
    const asked: string[][] = []
    const found: Array<Syntax | null> = []
    const parser = (words: readonly string[]) => {
      asked.push([...words])
      return tagAndParse(words)
    }
    parseArticle('Russia’s army didn’t stop.', {syntax: parser, stages: (defaults) => [...defaults, probe(found)]})
    expect(asked[0]).toEqual(['Russia', '’s', 'army', 'did', 'n’t', 'stop', '.'])
    const syntax = found[0]!
    expect(syntax.upos).toHaveLength(5)
    expect(syntax.upos[0]).toBe('PROPN')
    expect(syntax.relations[0]).toBe('nmod:poss')
    expect(syntax.heads[0]).toBe(1)
    // Every head is a token of the sentence or the root, and exactly one word is the root.
    expect(syntax.heads.every((head) => head >= -1 && head < 5)).toBe(true)
    expect(syntax.heads.filter((head) => head === -1)).toHaveLength(1)
  })
})

describe('sentenceWords', () => {
  it('gives the words of each sentence, line by line, ready for tagAndParse', () => {
    const words = sentenceWords('The talks failed. Rebels attacked the town.\n\n"We stay," she said.')
    expect(words).toEqual([
      ['The', 'talks', 'failed', '.'],
      ['Rebels', 'attacked', 'the', 'town', '.'],
      ['"', 'We', 'stay', ',', '"', 'she', 'said', '.']
    ])
    expect(tagAndParse(words[0]!).heads).toHaveLength(4)
  })
})

describe('a run-on "sentence" is not parsed', () => {
  it('over 250 tokens, syntax is null and the parser is not called', () => {
    const asked: number[] = []
    const parser = (words: readonly string[]) => {
      asked.push(words.length)
      return tagAndParse(words)
    }
    const found: Array<Syntax | null> = []
    const long = 'He said she said they told reporters on Monday that '.repeat(40) + 'it rained.'
    parseArticle(long, {syntax: parser, stages: (defaults) => [...defaults, probe(found)]})
    expect(found[0]).toBeNull()
    expect(asked.every((length) => length <= 250)).toBe(true)
  })
})

describe('tags before the parse', () => {
  /** A parser whose `tag` and `parse` count their calls; every word a noun but the verbs given. */
  function countingParser(verbs: ReadonlySet<string>) {
    const calls = {tag: 0, parse: 0, whole: 0}
    const upos = (words: readonly string[]) => words.map((word) => (verbs.has(word) ? 'VERB' : /^\p{P}$/u.test(word) ? 'PUNCT' : 'NOUN'))
    const parse = (words: readonly string[]) => ({upos: upos(words), heads: words.map((_, index) => index), relations: words.map((_, index) => (index === 0 ? 'root' : 'dep'))})
    const parser = Object.assign(
      (words: readonly string[]) => {
        calls.whole++
        return parse(words)
      },
      {
        tag: (words: readonly string[]) => {
          calls.tag++
          return {
            upos: upos(words),
            parse: () => {
              calls.parse++
              return parse(words)
            }
          }
        }
      }
    )
    return {parser, calls}
  }

  /** A stage that reads the tags of each block's first sentence, then, when `parse`, its parse. */
  function tagProbe(found: Array<readonly string[] | null>, parse: boolean): Stage {
    return {
      name: 'tag-probe',
      kind: 'refiner',
      run({draft, language}) {
        draft.blocks.forEach((block, index) => {
          if (block.kind === 'boilerplate') return
          const [first] = language.sentences(index)
          found.push(first?.tags ?? null)
          if (parse) found.push(first?.syntax?.upos ?? null)
        })
      }
    }
  }

  it('a stage that reads only the tags leaves the sentence unparsed', () => {
    const {parser, calls} = countingParser(new Set(['grew']))
    const found: Array<readonly string[] | null> = []
    parseLite('Trade grew slowly.', {syntax: parser, stages: (defaults) => [...defaults.filter((stage) => stage.name !== 'events'), tagProbe(found, false)]})
    expect(found[0]).toEqual(['NOUN', 'VERB', 'NOUN', 'PUNCT'])
    expect(calls).toEqual({tag: 1, parse: 0, whole: 0})
  })

  it('the parse after the tags finishes the same tagging: tagged once, parsed once, the same tags', () => {
    const {parser, calls} = countingParser(new Set(['grew']))
    const found: Array<readonly string[] | null> = []
    parseLite('Trade grew slowly.', {syntax: parser, stages: (defaults) => [...defaults.filter((stage) => stage.name !== 'events'), tagProbe(found, true)]})
    expect(found[1]).toEqual(found[0])
    expect(calls).toEqual({tag: 1, parse: 1, whole: 0})
  })

  it('the shipped model gives the same tags either way', () => {
    const found: Array<readonly string[] | null> = []
    parseArticle('Russia’s army didn’t stop the convoy.', {stages: (defaults) => [...defaults, tagProbe(found, true)]})
    expect(found[0]).toHaveLength(7)
    expect(found[0]).toEqual(found[1])
  })

  it('a cue that the tags read as a noun is not parsed for its report', () => {
    // A subject the token patterns cannot read leaves the report to the parse. Tagged a noun,
    // "said" cannot govern a clause, so no parse is asked for.
    const text = 'All the experts I interviewed said her proposals were more detailed than his.'
    const stages = (defaults: readonly Stage[]) => defaults.filter((stage) => stage.name !== 'events')
    const noun = countingParser(new Set())
    parseLite(text, {syntax: noun.parser, stages})
    expect(noun.calls.tag).toBe(1)
    expect(noun.calls.parse + noun.calls.whole).toBe(0)
    // Tagged a verb, it is.
    const verb = countingParser(new Set(['interviewed', 'said']))
    parseLite(text, {syntax: verb.parser, stages})
    expect(verb.calls).toEqual({tag: 1, parse: 1, whole: 0})
  })
})
