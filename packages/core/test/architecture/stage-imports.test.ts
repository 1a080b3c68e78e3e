import {dirname, resolve} from 'node:path'
import {describe, expect, it} from 'vitest'
import {fromRoot, parseSource, sourceFiles, sourceRoot, ts} from './source.js'

/**
 * A stage reads the stage contract, the language layer, the lexicons and the schemas, and
 * nothing else: never another stage, never the pipeline that runs it. A stage split over a
 * folder of its own (`stages/attribution/`) may import the files of that folder.
 */
function importProblems(path: string, code?: string): string[] {
  const source = parseSource(path, code)
  const problems: string[] = []
  const check = (specifier: string) => {
    if (!specifier.startsWith('.')) {
      problems.push(`${fromRoot(path)} imports the package \`${specifier}\``)
      return
    }
    const target = fromRoot(resolve(dirname(path), specifier))
    const family = fromRoot(dirname(path))
    const allowed =
      target === 'stage.js' ||
      /^(?:language|lexicon|schema)\//.test(target) ||
      (family !== 'stages' && target.startsWith(family + '/'))
    if (!allowed) problems.push(`${fromRoot(path)} imports ${target}`)
  }
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      check(node.moduleSpecifier.text)
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      check(node.arguments[0].text)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return problems
}

describe('stage imports', () => {
  const stages = sourceFiles(resolve(sourceRoot, 'stages'))

  it('finds the stages', () => {
    expect(stages.length).toBeGreaterThan(15)
  })

  it('stages import only the contract, language/, lexicon/ and schema/', () => {
    expect(stages.flatMap((path) => importProblems(path))).toEqual([])
  })

  it('reports a stage that imports another stage or the pipeline', () => {
    const path = resolve(sourceRoot, 'stages/example.ts')
    expect(importProblems(path, "import {quotes} from './quotes.js'")).toEqual(['stages/example.ts imports stages/quotes.js'])
    expect(importProblems(path, "import type {Stage} from '../pipeline/run.js'")).toEqual(['stages/example.ts imports pipeline/run.js'])
    expect(importProblems(path, "export {x} from '../stages/title.js'")).toEqual(['stages/example.ts imports stages/title.js'])
    expect(importProblems(path, "import type {Stage} from '../stage.js'\nimport {cues} from '../lexicon/cues.js'")).toEqual([])
  })

  it('lets the files of a stage folder import each other, and no other stage', () => {
    const path = resolve(sourceRoot, 'stages/attribution/colon.ts')
    expect(importProblems(path, "import {claimDraft} from './claim-draft.js'")).toEqual([])
    expect(importProblems(path, "import {quotes} from '../quotes.js'")).toEqual(['stages/attribution/colon.ts imports stages/quotes.js'])
  })
})
