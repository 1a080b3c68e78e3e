import {describe, expect, it} from 'vitest'
import * as functionWords from '../../src/lexicon/function-words.js'
import {fromRoot, parseSource, sourceFiles, sourceRoot, ts} from './source.js'

/**
 * Function words are defined once, in `lexicon/function-words.ts`; a rule builds its set from
 * those lists (`new Set([...prepositions, 'told'])`, or `subsetOf(prepositions, [...])` and
 * `except(prepositions, [...])` for a part of one). So this fails on an array or Set literal,
 * outside `lexicon/`, of four or more lower-case words that all belong to one shared list: a
 * copy of that list, which would drift. The words handed to `subsetOf` and `except` are
 * checked against their list when the module loads, and are no copy.
 */
const lists = Object.entries(functionWords).map(([name, words]) => ({name, words: new Set(words)}))
const lowerWord = /^'?[a-z][a-z'’-]*$/

function copyProblems(path: string, code?: string): string[] {
  const source = parseSource(path, code)
  const problems: string[] = []
  const visit = (node: ts.Node) => {
    if (ts.isArrayLiteralExpression(node) && !isSubsetArgument(node)) {
      const words = node.elements.filter(ts.isStringLiteral).map((element) => element.text)
      if (words.length >= 4 && words.every((word) => lowerWord.test(word))) {
        const list = lists.find(({words: members}) => words.every((word) => members.has(word)))
        if (list) {
          const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1
          problems.push(`${fromRoot(path)}:${line} copies words of \`${list.name}\` (${words.slice(0, 4).join(', ')}, …)`)
        }
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return problems
}

function isSubsetArgument(node: ts.ArrayLiteralExpression): boolean {
  const call = node.parent
  return ts.isCallExpression(call) && ts.isIdentifier(call.expression) && ['subsetOf', 'except'].includes(call.expression.text) && call.arguments[1] === node
}

describe('function words', () => {
  const files = sourceFiles(sourceRoot).filter((path) => !fromRoot(path).startsWith('lexicon/'))

  it('finds the modules', () => {
    expect(files.length).toBeGreaterThan(40)
  })

  it('no core module outside lexicon/ copies a shared function-word list', () => {
    expect(files.flatMap((path) => copyProblems(path))).toEqual([])
  })

  it('reports a copied list, and allows a built or a checked subset', () => {
    const path = `${sourceRoot}/stages/example.ts`
    expect(copyProblems(path, "const stops = new Set(['in', 'at', 'on', 'during'])")).toEqual([
      'stages/example.ts:1 copies words of `prepositions` (in, at, on, during, …)'
    ])
    expect(copyProblems(path, "const days = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday']")).toEqual([
      'stages/example.ts:1 copies words of `weekdays` (monday, tuesday, wednesday, thursday, …)'
    ])
    expect(copyProblems(path, "const openers = new Set([...prepositions, 'told', 'tell'])")).toEqual([])
    expect(copyProblems(path, "const places = subsetOf(prepositions, ['in', 'at', 'near', 'outside'])")).toEqual([])
    expect(copyProblems(path, "const finite = except(beForms, ['be', 'been', 'being', 'am'])")).toEqual([])
    expect(copyProblems(path, "const stops = new Set(['in', 'at', 'said', 'told'])")).toEqual([])
    expect(copyProblems(path, "const few = new Set(['in', 'at', 'on'])")).toEqual([])
  })
})
