import {parseArticle, type Article, type ParseOptions} from '../../src/index.js'
import {defaultPipeline} from '../../src/pipeline/default-pipeline.js'

/** The stages of article anatomy, in their default order. */
export const anatomyNames = [
  'blocks',
  'boilerplate',
  'title',
  'captions',
  'standfirst',
  'repeated-lead',
  'byline',
  'headings',
  'dateline',
  'outlet',
  'credits',
  'published-date'
]

/** Parse `text` with the anatomy stages only (fast, and blind to the stages after them). */
export function anatomy(text: string, options: Omit<ParseOptions, 'stages'> = {}): Article {
  return parseArticle(text, {...options, stages: defaultPipeline.filter((stage) => anatomyNames.includes(stage.name))})
}

/** The text a span points at. */
export function at(text: string, span: {start: number; end: number} | null | undefined): string | null {
  return span ? text.slice(span.start, span.end) : null
}

/** Each block as `kind: text` (`boilerplate/reason: text` for furniture), in text order. */
export function layout(article: Article, text: string): string[] {
  return [
    ...article.body.map((block) => [block.span.start, `${block.kind}: ${at(text, block.span)}`] as const),
    ...article.boilerplate.map((block) => [block.span.start, `boilerplate/${block.reason}: ${at(text, block.span)}`] as const)
  ]
    .sort((a, b) => a[0] - b[0])
    .map(([, line]) => line)
}
