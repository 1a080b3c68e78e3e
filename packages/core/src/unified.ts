import type {Article} from './schema/article.js'
import {articleToHast, type HastElement, type HastText} from './html/hast.js'
import {pointFinder} from './pipeline/diagnostics.js'
import type {ParseOptions} from './pipeline/parse-article.js'
import {parseArticle} from './pipeline/parse-with-syntax.js'

/** The parts of a vfile the plugin uses (structural, so core needs no dependency on vfile). */
interface FileLike {
  path?: string
  data: Record<string, unknown>
  message(
    reason: string,
    options: {place?: {start: PointLike; end: PointLike}; ruleId?: string; source?: string}
  ): {fatal?: boolean | null | undefined}
}

interface PointLike {
  line: number
  column: number
  offset?: number
}

/** The parts of a unified processor the plugin uses. */
interface ProcessorLike {
  parser?: unknown
  compiler?: unknown
}

/**
 * The syntax tree the plugin's parser yields: a hast root holding the article's text with its
 * evidence marked (see `articleToHast`), whose `data.article` is the record.
 */
export interface ArticleRoot {
  type: 'root'
  children: Array<HastElement | HastText>
  data: {article: Article}
}

/**
 * The parse pipeline as a unified plugin: `unified().use(onrecord).process(text)` parses the
 * text, puts the record in `file.data.article`, reports the diagnostics as `file.messages`
 * (with line/column positions, `ruleId` and `source: 'onrecord'`) and compiles to the
 * record's JSON.
 *
 * The tree is hast: the text with a `<mark>` per piece of evidence, so `rehype-stringify` (or
 * any rehype plugin) after it renders the marked article as HTML.
 *
 * @example
 * import {unified} from 'unified'
 * import rehypeStringify from 'rehype-stringify'
 * import {onrecord} from '@onrecord/core'
 *
 * const file = await unified().use(onrecord).process('"We will stay," the minister said.')
 * file.data.article.claims.length // 1
 *
 * const html = String(await unified().use(onrecord).use(rehypeStringify).process('"We will stay," the minister said.'))
 * // '<div class="onrecord" data-article="…">"<mark class="om om-content" …>We will stay,</mark>" …'
 */
export function onrecord(this: ProcessorLike, options: ParseOptions = {}): void {
  this.parser = (document: string, file: FileLike): ArticleRoot => {
    const article = parseArticle(String(document), {...options, name: options.name ?? file.path ?? null})
    file.data.article = article
    const point = pointFinder(String(document))
    for (const d of article.diagnostics) {
      const place = d.span ? {start: point(d.span.start), end: point(d.span.end)} : undefined
      const message = file.message(d.message, {place, ruleId: d.ruleId, source: 'onrecord'})
      // vfile: fatal true is an error, false a warning, undefined information.
      message.fatal = d.severity === 'error' ? true : d.severity === 'warning' ? false : undefined
    }
    const tree = articleToHast(article, String(document))
    return {type: 'root', children: tree.children, data: {article}}
  }
  this.compiler = (tree: ArticleRoot): string => JSON.stringify(tree.data.article)
}
