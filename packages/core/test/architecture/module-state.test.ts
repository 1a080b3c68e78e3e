import {describe, expect, it} from 'vitest'
import {fromRoot, parseSource, sourceFiles, sourceRoot, ts} from './source.js'

/**
 * No module of core keeps state between parses: what belongs to a parse lives in the parse.
 * A module may build tables once from its immutable inputs (the lexicons) when it is
 * imported, and may memoise what it derives from an input object in a WeakMap keyed on it.
 * So this fails on a top-level `let` or `var`, and on a top-level Map, Set, array or object
 * that a function fills or changes after import.
 */
const mutators = new Set(['set', 'add', 'delete', 'clear', 'push', 'pop', 'shift', 'unshift', 'splice', 'sort', 'reverse', 'fill', 'copyWithin'])

function stateProblems(path: string, code?: string): string[] {
  const source = parseSource(path, code)
  const where = (node: ts.Node) => `${fromRoot(path)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`
  const problems: string[] = []
  const tables = new Set<string>()

  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue
    const list = statement.declarationList
    if (!(list.flags & ts.NodeFlags.Const)) {
      problems.push(`${where(statement)} declares mutable top-level state (${list.flags & ts.NodeFlags.Let ? 'let' : 'var'})`)
      continue
    }
    for (const declaration of list.declarations) {
      if (!ts.isIdentifier(declaration.name) || !declaration.initializer) continue
      if (isTable(declaration.initializer)) tables.add(declaration.name.text)
    }
  }

  // Changes to a table from inside a function: the table is filled after import.
  const visit = (node: ts.Node, inFunction: boolean) => {
    const nested = inFunction || ts.isFunctionLike(node)
    if (nested && tables.size > 0) {
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && ts.isIdentifier(node.expression.expression)) {
        const name = node.expression.expression.text
        if (tables.has(name) && mutators.has(node.expression.name.text)) {
          problems.push(`${where(node)} changes the module-level \`${name}\` after import (${node.expression.name.text})`)
        }
      }
      if (ts.isBinaryExpression(node) && isAssignment(node.operatorToken.kind)) {
        const target = node.left
        if ((ts.isPropertyAccessExpression(target) || ts.isElementAccessExpression(target)) && ts.isIdentifier(target.expression) && tables.has(target.expression.text)) {
          problems.push(`${where(node)} changes the module-level \`${target.expression.text}\` after import (assignment)`)
        }
      }
    }
    ts.forEachChild(node, (child) => visit(child, nested))
  }
  visit(source, false)
  return problems
}

function isTable(node: ts.Expression): boolean {
  while (ts.isAsExpression(node) || ts.isParenthesizedExpression(node) || ts.isSatisfiesExpression(node)) node = node.expression
  if (ts.isArrayLiteralExpression(node) || ts.isObjectLiteralExpression(node)) return true
  return ts.isNewExpression(node) && ts.isIdentifier(node.expression) && ['Map', 'Set', 'Array', 'Object'].includes(node.expression.text)
}

function isAssignment(kind: ts.SyntaxKind): boolean {
  return kind >= ts.SyntaxKind.FirstAssignment && kind <= ts.SyntaxKind.LastAssignment
}

describe('module-level state', () => {
  const files = sourceFiles(sourceRoot)

  it('finds the modules', () => {
    expect(files.length).toBeGreaterThan(40)
  })

  it('no core module keeps mutable state between parses', () => {
    expect(files.flatMap((path) => stateProblems(path))).toEqual([])
  })

  it('reports a top-level let, and a table filled after import', () => {
    const path = `${sourceRoot}/stages/example.ts`
    expect(stateProblems(path, 'let last = ""')).toEqual(['stages/example.ts:1 declares mutable top-level state (let)'])
    expect(stateProblems(path, 'const cache = new Map<string, number>()\nexport function f(k: string) {\n  cache.set(k, 1)\n}')).toEqual([
      'stages/example.ts:3 changes the module-level `cache` after import (set)'
    ])
    expect(stateProblems(path, 'const seen: string[] = []\nexport const f = (k: string) => {\n  seen.push(k)\n}')).toEqual([
      'stages/example.ts:3 changes the module-level `seen` after import (push)'
    ])
    expect(stateProblems(path, 'const last = {text: ""}\nexport function f(k: string) {\n  last.text = k\n}')).toEqual([
      'stages/example.ts:3 changes the module-level `last` after import (assignment)'
    ])
  })

  it('allows tables built once at import, and WeakMap memos keyed on inputs', () => {
    const path = `${sourceRoot}/language/example.ts`
    expect(stateProblems(path, "const words = new Set<string>()\nfor (const word of ['a', 'b']) words.add(word)\nexport const has = (w: string) => words.has(w)")).toEqual([])
    expect(stateProblems(path, 'const memo = new WeakMap<object, number>()\nexport function f(k: object) {\n  memo.set(k, 1)\n}')).toEqual([])
  })
})
