import type {Article, ErrorRecord} from '@onrecord/core'
import type {BlockContent, Paragraph, PhrasingContent, Root, RootContent} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkStringify from 'remark-stringify'
import {unified} from 'unified'
import YAML from 'yaml'

let processor: ReturnType<typeof createProcessor> | undefined

function createProcessor() {
  return unified().use(remarkStringify, {bullet: '-', emphasis: '_', strong: '*'}).use(remarkFrontmatter, ['yaml'])
}

/**
 * Render a record as a Markdown document: YAML front matter with the metadata, the body,
 * the claims as attributed block quotes and the events as a list.
 *
 * @param article The record.
 * @param text The input string the record's spans point into.
 */
export function articleToMarkdown(article: Article, text: string): string {
  const slice = (span: {start: number; end: number}) => lines(text.slice(span.start, span.end))
  const metadata = {
    id: article.id,
    title: article.title?.text ?? null,
    outlet: article.outlet?.name ?? null,
    published: article.published?.value ?? null,
    authors: article.authors.map((author) => author.name),
    credits: article.credits.map((credit) => ({name: credit.name, role: credit.role})),
    dateline: article.dateline ? slice(article.dateline.span) : null
  }
  const children: RootContent[] = [{type: 'yaml', value: YAML.stringify(metadata).trimEnd()}]

  for (const block of article.body) {
    // The title is in the front matter already.
    if (block.kind === 'title') continue
    const value = slice(block.span)
    if (block.kind === 'heading') children.push({type: 'heading', depth: 2, children: [{type: 'text', value}]})
    else if (block.kind === 'quote') children.push({type: 'blockquote', children: [paragraph([{type: 'text', value}])]})
    else if (block.kind === 'standfirst') children.push(paragraph([{type: 'strong', children: [{type: 'text', value}]}]))
    else if (block.kind === 'caption') children.push(paragraph([{type: 'emphasis', children: [{type: 'text', value}]}]))
    else children.push(paragraph([{type: 'text', value}]))
  }

  if (article.claims.length > 0) {
    children.push({type: 'heading', depth: 2, children: [{type: 'text', value: 'Claims'}]})
    const speakers = new Map(article.speakers.map((speaker) => [speaker.id, speaker.name]))
    for (const claim of article.claims) {
      const speaker = (claim.speaker === null ? undefined : speakers.get(claim.speaker)) ?? 'unattributed'
      const attribution = `— ${speaker}${claim.cue ? ', ' + lines(claim.cue.text) : ''}`
      children.push({
        type: 'blockquote',
        children: [paragraph([{type: 'text', value: lines(claim.content.text)}]), paragraph([{type: 'text', value: attribution}])]
      })
    }
  }

  if (article.events.length > 0) {
    children.push({type: 'heading', depth: 2, children: [{type: 'text', value: 'Events'}]})
    children.push({
      type: 'list',
      ordered: false,
      spread: false,
      children: article.events.map((event) => {
        const parts: string[] = []
        const actors = event.actors.map((actor) => lines(actor.name)).join(', ')
        const targets = event.targets.map((target) => lines(target.name)).join(', ')
        if (actors || targets) parts.push(`${actors || '?'}${targets ? ' → ' + targets : ''}`)
        if (event.location) parts.push(`in ${lines(event.location.name)}`)
        if (event.date) parts.push(event.date.value)
        const content: PhrasingContent[] = [
          {type: 'strong', children: [{type: 'text', value: event.type}]},
          {
            type: 'text',
            value: ` ${lines(event.trigger.text)}${event.modality === 'asserted' ? '' : ` (${event.modality})`}${parts.length > 0 ? ' — ' + parts.join('; ') : ''}`
          }
        ]
        return {type: 'listItem', spread: false, children: [paragraph(content)]}
      })
    })
  }

  return stringify({type: 'root', children})
}

/** Render an error record as a Markdown document of front matter alone. */
export function errorToMarkdown(record: ErrorRecord): string {
  return stringify({type: 'root', children: [{type: 'yaml', value: YAML.stringify(record).trimEnd()}]})
}

function stringify(tree: Root): string {
  processor ??= createProcessor()
  return processor.stringify(tree)
}

function paragraph(children: PhrasingContent[]): Paragraph & BlockContent {
  return {type: 'paragraph', children}
}

/** One line end for every kind, so that a lone CR does not end up in Markdown. */
function lines(value: string): string {
  return value.replace(/\r\n?/g, '\n')
}
