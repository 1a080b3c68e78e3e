/**
 * Hostile inputs for `parseArticle`, as fast-check arbitraries, and the one check every record
 * must pass whatever the input.
 */
import {readdirSync, readFileSync} from 'node:fs'
import fc from 'fast-check'
import {ArticleSchema, parseArticle, verifySpans, type Article, type ParseOptions} from '../../src/index.js'

const seedDir = new URL('../../../../seeds/', import.meta.url)

/** The seed articles' texts. */
export const seedTexts: string[] = readdirSync(seedDir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(new URL(name, seedDir), 'utf8'))

/**
 * Parse `text` and return what is wrong with the record: it throws, does not validate, has a
 * span out of range or not round-tripping, or a stage crashed (the runner turns a throwing
 * stage into an error diagnostic, which hides the throw from the caller but is still a bug).
 */
export function problems(text: string, options: ParseOptions = {}): string[] {
  let article: Article
  try {
    article = parseArticle(text, options)
  } catch (error) {
    return [`parseArticle threw: ${String(error)}`]
  }
  const found: string[] = []
  const result = ArticleSchema.safeParse(article)
  if (!result.success) found.push(`invalid record: ${result.error.message.slice(0, 500)}`)
  for (const problem of verifySpans(article, text)) found.push(`span ${problem.path}: ${problem.message}`)
  for (const d of article.diagnostics) {
    if (d.severity === 'error') found.push(`error diagnostic ${d.ruleId}: ${d.message.slice(0, 300)}`)
  }
  if (article.source.length !== text.length) found.push(`source.length ${article.source.length} ≠ ${text.length}`)
  for (const [path, span] of spans(article)) {
    if (splitsPair(text, span.start) || splitsPair(text, span.end)) found.push(`span ${path} cuts a surrogate pair`)
  }
  return found
}

/** Whether `offset` falls between the two halves of a surrogate pair. */
function splitsPair(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1)
  const after = text.charCodeAt(offset)
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff
}

/** Every `{start, end}` in the record, with its path. */
function spans(value: unknown, path = ''): Array<[string, {start: number; end: number}]> {
  if (value === null || typeof value !== 'object') return []
  const record = value as Record<string, unknown>
  if (typeof record.start === 'number' && typeof record.end === 'number' && Object.keys(record).length === 2) {
    return [[path, record as {start: number; end: number}]]
  }
  return Object.entries(record).flatMap(([key, item]) => spans(item, Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key))
}

const range = (min: number, max: number) => fc.integer({min, max}).map((code) => String.fromCharCode(code))
const codePoint = (min: number, max: number) => fc.integer({min, max}).map((code) => String.fromCodePoint(code))

/** One unit of hostile Unicode: one of the classes that break naive text code. */
export const hostileUnit: fc.Arbitrary<string> = fc.oneof(
  {weight: 6, arbitrary: fc.constantFrom('the', 'said', 'Mr.', 'U.S.', 'President', 'Smith', 'on Monday', '2024', 'told', 'according to', 'By', '(Reuters)', '-', '—', '.', ',', ' ', ' ', '\n', '\n\n')},
  {weight: 2, arbitrary: fc.constantFrom('"', '“', '”', '‘', '’', "'", '«', '»', '„', '‹', '›', '「', '」')},
  {weight: 1, arbitrary: codePoint(0x10000, 0x10ffff)}, // astral: surrogate pairs
  {weight: 1, arbitrary: range(0x0300, 0x036f)}, // combining marks
  {weight: 1, arbitrary: range(0x0590, 0x06ff)}, // Hebrew and Arabic (right to left)
  {weight: 1, arbitrary: fc.constantFrom('\u200f', '\u200e', '\u202e', '\u202d', '\u2066', '\u2069', '\u200b', '\u200d', '\ufeff')}, // bidi controls, zero-width
  {weight: 1, arbitrary: range(0xd800, 0xdfff)}, // a lone surrogate
  {weight: 1, arbitrary: fc.constantFrom('\0', '\r', '\r\n', '\u2028', '\u2029', '\u0085', '\t', '\v', '\f', '\u00a0', '\u3000')},
  {weight: 1, arbitrary: range(0, 0xffff)}
)

/** Random strings of any UTF-16 code units, lone surrogates included. */
export const anyString = fc.string({unit: range(0, 0xffff), maxLength: 400, size: 'large'})

/** Strings made of hostile units: words of news, quotation marks and the Unicode classes above. */
export const hostileText = fc.array(hostileUnit, {maxLength: 300, size: 'large'}).map((units) => units.join(''))

/** A mutation of a seed article's lines. */
type Mutation =
  | {kind: 'drop'; at: number}
  | {kind: 'duplicate'; at: number}
  | {kind: 'swap'; at: number; with: number}
  | {kind: 'insert-quote'; at: number; mark: string}
  | {kind: 'remove-quotes'; at: number}
  | {kind: 'cut'; at: number}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({kind: fc.constant('drop' as const), at: fc.nat()}),
  fc.record({kind: fc.constant('duplicate' as const), at: fc.nat()}),
  fc.record({kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat()}),
  fc.record({kind: fc.constant('insert-quote' as const), at: fc.nat(), mark: fc.constantFrom('"', '“', '”', '‘', '’', "'")}),
  fc.record({kind: fc.constant('remove-quotes' as const), at: fc.nat()}),
  fc.record({kind: fc.constant('cut' as const), at: fc.nat()})
)

function mutate(text: string, mutations: Mutation[]): string {
  let lines = text.split('\n')
  for (const m of mutations) {
    if (lines.length === 0) break
    const i = m.at % lines.length
    if (m.kind === 'drop') lines.splice(i, 1)
    else if (m.kind === 'duplicate') lines.splice(i, 0, lines[i]!)
    else if (m.kind === 'swap') {
      const j = m.with % lines.length
      ;[lines[i], lines[j]] = [lines[j]!, lines[i]!]
    } else if (m.kind === 'insert-quote') {
      const line = lines[i]!
      const at = line.length === 0 ? 0 : m.at % (line.length + 1)
      lines[i] = line.slice(0, at) + m.mark + line.slice(at)
    } else if (m.kind === 'remove-quotes') lines[i] = lines[i]!.replace(/["“”‘’']/g, '')
    else {
      const joined = lines.join('\n')
      lines = joined.slice(0, m.at % (joined.length + 1)).split('\n')
    }
  }
  return lines.join('\n')
}

/** A seed article with its lines dropped, duplicated, shuffled, quotation marks inserted or removed. */
export const mutatedSeed = fc
  .tuple(fc.constantFrom(...seedTexts), fc.array(mutation, {minLength: 1, maxLength: 12}))
  .map(([text, mutations]) => mutate(text, mutations))

const tag = fc.constantFrom(
  '<p>', '</p>', '<div class="article-body">', '</div>', '<br>', '<br/>', '<a href="https://example.com/a?b=1&c=2">', '</a>',
  '<script>var s = "said \\"no\\"";</script>', '<style>p{quotes:"“" "”"}</style>', '<!-- comment -->', '<![CDATA[ x ]]>',
  '&amp;', '&quot;', '&#8220;', '&#8221;', '&nbsp;', '&lt;', '<h1>', '</h1>', '<meta property="article:published_time" content="2020-01-02T03:04:05Z">',
  '<title>Story | Outlet</title>', '<blockquote>', '</blockquote>', '<', '>', '<p', '">'
)

/** HTML-like text: tags, entities and comments around sentences of the seeds. */
export const htmlLike = fc
  .array(fc.oneof(tag, fc.constantFrom(...seedTexts.flatMap((text) => text.split('\n').filter(Boolean).slice(0, 8)))), {maxLength: 60})
  .map((parts) => parts.join(''))
