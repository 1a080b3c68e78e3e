/**
 * Every regular expression in core passes a ReDoS checker (redos-detector).
 *
 * Three ways in, so that none is missed:
 * - the source: each regex literal and each `new RegExp(…)`/`RegExp(…)` in `src/**\/*.ts`,
 *   read from the TypeScript AST (a pattern built from a variable cannot be read there);
 * - construction: while core's modules load and parse a few texts, `RegExp` is wrapped so that
 *   every pattern core builds at run time (compiled lexicons) is seen with its real source;
 * - exports: every RegExp that a module exports, alone, in an array or in an object.
 *
 * A pattern is safe when the checker proves a bounded number of back-tracks for any input.
 * A pattern that it reports unsafe, or cannot analyse, fails here unless it is listed in
 * `reviewed` below with the reason it stays linear; a listed pattern that no longer exists is
 * named in the output, so that the list stays true.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {join, relative} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {isSafePattern} from 'redos-detector'
import ts from 'typescript'
import {describe, expect, it} from 'vitest'

const coreDir = fileURLToPath(new URL('../../', import.meta.url))
const srcDir = join(coreDir, 'src')

interface Found {
  /** `src/…:line`, or where it was seen at run time. */
  where: string
  /** The pattern, or null when the source builds it from a variable. */
  source: string | null
  flags: string
}

/**
 * Patterns the checker does not prove safe, each with why it cannot blow up here. Key:
 * `/source/flags`. Keep each reason honest: a bounded input (a file name, a single token, a
 * slice of a few characters) or an anchor the checker does not know about.
 */
const reviewed: Record<string, string> = {
  // A quantified run that cannot hold the character the pattern starts with is scanned from
  // one start only, so the whole text is read a bounded number of times: linear.
  '/,\\s*$/': 'starts at a comma; the run of white space after it holds no comma: linear',
  '/["“”]|,\\s+(?:adding|saying)\\b/': 'starts at a comma; the white space after it holds no comma: linear',
  '/(?:^|[\\s(])(?:\\p{Lu}\\.){2,}$/u': 'each repetition reads exactly "X." (one way only) and holds no space or parenthesis, where a match starts: linear',
  '/\\bsince\\s+(?:(?:early|late|mid-?)\\s*)?$/i': 'starts only at the word "since", which the white space after it cannot hold: linear',
  '/\\b(?:in|since|during|of|by|until|through|throughout|from|early|late|mid-?)\\s+((?:1[89]|20)\\d{2})\\b/gi':
    'starts only at a word, which the white space run cannot hold; the year is four digits: linear',
  '/^(?:for|within|over|during)\\b|^in\\s+(?:(?:about|approximately|around|some|nearly|almost|roughly)\\s+)?(?:\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|a few)\\s+(?:minute|hour|day|week|month|year)s?$/i':
    'anchored at the start (one attempt); white space, words and digits alternate without overlap: linear',
  // A pattern compiled from a lexicon changes with the lexicon: reviewed by where it is built.
  'built at run time in src/language/event-grammar.ts':
    'the trigger lexicon compiled as a trie of literal words; its only unbounded quantifier is \\s+ between the words of a multi-word trigger, and a match starts only at a letter, which the white space cannot hold: linear',
  '/(?:said|says|added|adds|told|noted|continued)\\s*[^,]{0,60},$/i':
    'starts only at a reporting verb; white space and [^,] overlap, but the {0,60} bound caps the retries at 60 per character: linear'
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : []
  )
}

/** Regex literals and `RegExp` constructions in one file, from the TypeScript AST. */
function fromSource(file: string): Found[] {
  const text = readFileSync(file, 'utf8')
  const tree = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
  const found: Found[] = []
  const where = (node: ts.Node) =>
    `${relative(coreDir, file)}:${tree.getLineAndCharacterOfPosition(node.getStart(tree)).line + 1}`
  const literalText = (node: ts.Node | undefined) =>
    node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : null

  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) {
      const slash = node.text.lastIndexOf('/')
      // The literal's own text; RegExp#source would print the same pattern.
      found.push({where: where(node), source: new RegExp(node.text.slice(1, slash)).source, flags: node.text.slice(slash + 1)})
    } else if (
      (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'RegExp'
    ) {
      const [pattern, flags] = node.arguments ?? []
      let source = literalText(pattern)
      let template = false
      if (source === null && pattern && ts.isTemplateExpression(pattern)) {
        // Each substitution taken as what core puts there: escaped literal words, one alternation.
        source = pattern.head.text + pattern.templateSpans.map((span) => '(?:lit|literal)' + span.literal.text).join('')
        template = true
      }
      let regex: RegExp | null = null
      try {
        regex = source === null ? null : new RegExp(source, literalText(flags) ?? '')
      } catch {
        regex = null
      }
      found.push({
        where: where(node) + (template ? ' (template)' : ''),
        source: regex ? regex.source : null,
        flags: literalText(flags) ?? ''
      })
    }
    ts.forEachChild(node, visit)
  }
  visit(tree)
  return found
}

/**
 * Load every module of `src` with `RegExp` wrapped, parse a few texts, and collect what core
 * built at run time and what it exports.
 */
async function fromRuntime(files: string[]): Promise<{built: Found[]; exported: Found[]}> {
  const built: Found[] = []
  const exported: Found[] = []
  const original = globalThis.RegExp
  const record = (args: unknown[]) => {
    const caller = (new Error().stack ?? '').split('\n').slice(2).find((line) => !line.includes('redos.test'))
    const at = caller?.match(/(\/packages\/core\/src\/[^:)]+):(\d+)/)
    if (!at) return // built by a dependency, not by core
    const [pattern, flags] = args
    const regex = pattern instanceof original ? pattern : new original(String(pattern ?? ''), typeof flags === 'string' ? flags : undefined)
    built.push({where: `${at[1]!.slice('/packages/core/'.length)}:${at[2]} (built at run time)`, source: regex.source, flags: typeof flags === 'string' ? flags : regex.flags})
  }
  globalThis.RegExp = new Proxy(original, {
    construct(target, args, newTarget) {
      record(args)
      return Reflect.construct(target, args, newTarget === globalThis.RegExp ? target : newTarget)
    },
    apply(target, self, args) {
      record(args)
      return Reflect.apply(target, self, args)
    }
  })
  try {
    const modules: Array<[string, Record<string, unknown>]> = []
    for (const file of files) modules.push([relative(coreDir, file), (await import(pathToFileURL(file).href)) as Record<string, unknown>])
    const index = modules.find(([name]) => name === 'src/index.ts')?.[1] as {parseArticle?: (text: string) => unknown}
    const seeds = fileURLToPath(new URL('../../../../seeds/', import.meta.url))
    for (const name of readdirSync(seeds).filter((n) => n.endsWith('.txt'))) {
      index.parseArticle?.(readFileSync(join(seeds, name), 'utf8'))
    }
    index.parseArticle?.('LONDON (Reuters) - "We will not leave," the minister said on Monday, Jan. 5, 2004.\n\nBy Jane Doe\n')

    for (const [name, module] of modules) {
      const seen = new Set<unknown>()
      const walk = (value: unknown, path: string, depth: number): void => {
        if (value === null || typeof value !== 'object' || seen.has(value) || depth > 3) return
        seen.add(value)
        if (value instanceof original) {
          exported.push({where: `${name} export ${path}`, source: value.source, flags: value.flags})
          return
        }
        if (Array.isArray(value)) value.slice(0, 5000).forEach((item, i) => walk(item, `${path}[${i}]`, depth + 1))
        else if (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null) {
          for (const [key, item] of Object.entries(value)) walk(item, `${path}.${key}`, depth + 1)
        }
      }
      for (const [key, value] of Object.entries(module)) walk(value, key, 0)
    }
  } finally {
    globalThis.RegExp = original
  }
  return {built, exported}
}

type Verdict = {safe: true; how: string} | {safe: false; why: string}

/**
 * Whether `source` has a quantifier without an upper bound (`*`, `+`, `{n,}`), read with a
 * small scanner over the pattern (escapes and character classes skipped). Without one, every
 * match attempt takes at most a number of steps fixed by the pattern, so matching is linear in
 * the input whatever the checker can or cannot prove.
 */
export function hasUnboundedQuantifier(source: string): boolean {
  let inClass = false
  for (let i = 0; i < source.length; i++) {
    const char = source[i]
    if (char === '\\') {
      i++
      continue
    }
    if (inClass) {
      if (char === ']') inClass = false
      continue
    }
    if (char === '[') inClass = true
    else if (char === '*' || char === '+') return true
    else if (char === '{') {
      const close = source.indexOf('}', i)
      const body = close === -1 ? '' : source.slice(i + 1, close)
      const comma = body.indexOf(',')
      const digits = (value: string) => value.length > 0 && [...value].every((c) => c >= '0' && c <= '9')
      if (comma !== -1 && digits(body.slice(0, comma)) && body.slice(comma + 1) === '') return true
    }
  }
  return false
}

/** What redos-detector says of one pattern, with the flags mapped to its options. */
function check(source: string, flags: string): Verdict {
  if (flags.includes('v') && !flags.includes('i')) return {safe: false, why: 'the v flag (Unicode sets) is outside what the checker reads'}
  // A sticky pattern only matches at lastIndex: the same as anchoring it at the start.
  let pattern = flags.includes('y') ? `^(?:${source})` : source
  // The checker reads `i` or `u` but not both: with both, the pattern is read case-insensitive
  // without `u`, each Unicode property class (\p{L}, \p{N}…) standing as \w, which overlaps
  // the letters the way the property does.
  const both = flags.includes('i') && (flags.includes('u') || flags.includes('v'))
  if (both) pattern = pattern.replace(/\\[pP]\{[^}]*\}/g, '\\w')
  // Without an unbounded quantifier a pattern is linear by construction (see above); the
  // checker still reads it, on a smaller step budget, and a pattern it proves is reported so.
  const bounded = !hasUnboundedQuantifier(source)
  let result
  try {
    result = isSafePattern(pattern, {
      caseInsensitive: flags.includes('i'),
      unicode: flags.includes('u') && !both,
      dotAll: flags.includes('s'),
      multiLine: flags.includes('m'),
      // A step budget, not a time limit, so that the verdict is the same on any machine.
      maxSteps: bounded ? 300 : 2000
    })
  } catch (error) {
    if (bounded) return {safe: true, how: `no unbounded quantifier, so linear (the checker cannot read it: ${String(error)})`}
    return {safe: false, why: `the checker cannot analyse it: ${String(error)}`}
  }
  if (result.safe) return {safe: true, how: 'the checker proves it'}
  if (bounded) {
    return {safe: true, how: `no unbounded quantifier, so linear (the checker: ${result.error ?? 'unsafe'})`}
  }
  if (result.error === 'hitMaxSteps' || result.error === 'timedOut') {
    return {safe: false, why: `the checker cannot finish its analysis within its step budget (${result.error})`}
  }
  return {safe: false, why: `back-tracks without bound (score ${result.score.infinite ? 'infinite' : result.score.value})`}
}

const files = sourceFiles(srcDir).sort()
const statics = files.flatMap(fromSource)
const {built, exported} = await fromRuntime(files)
const all = [...statics, ...built, ...exported]
const byPattern = new Map<string, Found[]>()
const perSite = new Map<string, number>()
for (const found of all) {
  if (found.source === null) continue
  const key = `/${found.source}/${found.flags}`
  if (!byPattern.has(key) && found.where.endsWith('(built at run time)')) {
    // A site that builds a pattern per name (speakers, event arguments) builds the same shape
    // around other words: three of them stand for the rest.
    const site = found.where
    perSite.set(site, (perSite.get(site) ?? 0) + 1)
    if (perSite.get(site)! > 3) continue
  }
  byPattern.set(key, [...(byPattern.get(key) ?? []), found])
}

// Not a failure: a pattern rewritten in a stage should not fail this file; the note says which
// entries to drop.
const sites = new Set(built.map((found) => `built at run time in ${found.where.split(':')[0]}`))
const gone = Object.keys(reviewed).filter((key) => !byPattern.has(key) && !sites.has(key))
if (gone.length > 0) console.warn(`redos: reviewed patterns no longer in core, drop them:\n${gone.join('\n')}`)

describe('every regular expression in core passes a ReDoS checker', () => {
  it('finds the patterns (the scan itself works)', () => {
    expect(statics.length).toBeGreaterThan(5)
    expect(statics.some((found) => found.where.startsWith('src/language/sentences.ts'))).toBe(true)
  })

  it('reads every pattern: from the source, from a template, or as core builds it', () => {
    // A `new RegExp(variable)` cannot be read from the source; its pattern must show up when
    // core builds it (while loading or parsing), or this lists where it hides.
    const dynamic = statics.filter((found) => found.source === null)
    const builtFiles = new Set(built.map((found) => found.where.split(':')[0]))
    expect(dynamic.filter((found) => !builtFiles.has(found.where.split(':')[0])).map((found) => found.where)).toEqual([])
  })

  for (const [key, places] of byPattern) {
    const [first, ...rest] = places
    const name = `${key.length > 120 ? key.slice(0, 117) + '…' : key} (${first!.where}${rest.length ? ` +${rest.length}` : ''})`
    it(name, () => {
      const verdict = check(first!.source!, first!.flags)
      if (verdict.safe) return
      const site = `built at run time in ${first!.where.split(':')[0]}`
      const reason = reviewed[key] ?? (first!.where.endsWith('(built at run time)') ? reviewed[site] : undefined)
      expect(reason, `${places.map((p) => p.where).join(', ')}: ${key} ${verdict.why}`).toBeDefined()
    }, 30_000)
  }

})
