import {ArticleSchema, SCHEMA_VERSION, type Article} from '../schema/article.js'
import type {Diagnostic} from '../schema/diagnostic.js'
import {createAnalysis, type SyntaxParser} from '../language/analysis.js'
import {sha256Hex} from './sha256.js'
import {diagnostic, type Draft, type PipelineContext, type ResolvedOptions, type Stage} from '../stage.js'

const single = new Set<keyof Draft>(['title', 'outlet', 'published', 'dateline'])

/** Options of {@link runPipeline}. */
export interface RunOptions extends ResolvedOptions {
  /** The record id; derived from `name`, else from the text's hash. */
  id: string | null
  /** Validate the record with the zod schema (default true). */
  validate: boolean
  /** The parser behind each sentence's `syntax`, or null. */
  syntax?: SyntaxParser | null
}

/**
 * Run `stages` in order over `text` and build the Article record.
 *
 * Stages only return candidates; the runner merges them into the draft (see {@link Stage}),
 * then sorts claims and events into text order, numbers them, derives body and boilerplate
 * from the blocks, and validates the record. A stage that throws is a bug: its output is
 * dropped, an `error` diagnostic says which stage failed, and the run goes on, so that a
 * caller always gets a record.
 */
export function runPipeline(text: string, stages: readonly Stage[], options: RunOptions): Article {
  const draft: Draft = {
    blocks: [],
    title: null,
    outlet: options.outlet,
    authors: [],
    credits: [],
    published: options.published,
    dateline: null,
    speakers: [],
    claims: [],
    events: [],
    diagnostics: [],
    speakerNotes: []
  }
  const context: PipelineContext = {text, options, draft, language: createAnalysis(text, draft, {syntax: options.syntax ?? null, headlines: options.headlines ?? null})}

  for (const stage of stages) {
    let output
    try {
      output = stage.run(context)
    } catch (error) {
      draft.diagnostics.push(
        diagnostic(`${stage.name}/crash`, `Stage \`${stage.name}\` failed: ${String(error)}`, 'error')
      )
      continue
    }
    if (!output) continue
    for (const key of Object.keys(output) as Array<keyof Draft>) {
      const value = output[key]
      if (value === undefined) continue
      if (stage.kind === 'refiner' && key !== 'diagnostics') {
        ;(draft as unknown as Record<string, unknown>)[key] = value
      } else if (single.has(key)) {
        if (draft[key] === null) (draft as unknown as Record<string, unknown>)[key] = value
      } else {
        // A loop, not push(...value): spreading 100k+ items overflows the call stack.
        const target = draft[key] as unknown[]
        for (const item of value as unknown[]) target.push(item)
      }
    }
  }

  const article = build(text, draft, options)
  if (options.validate) {
    const result = ArticleSchema.safeParse(article)
    if (!result.success) {
      article.diagnostics.push(
        diagnostic('pipeline/invalid-record', `The record does not validate: ${result.error.message}`, 'error')
      )
    }
  }
  return article
}

function build(text: string, draft: Draft, options: RunOptions): Article {
  const sha256 = sha256Hex(text)
  const byStart = <T extends {span: {start: number; end: number}}>(a: T, b: T) =>
    a.span.start - b.span.start || a.span.end - b.span.end

  const claims = [...draft.claims].sort(byStart)
  const claimIds = new Map<string, string>()
  const numberedClaims = claims.map((claim, index) => {
    const id = `c${index + 1}`
    claimIds.set(claim.id, id)
    return {...claim, id}
  })
  const events = [...draft.events].sort(byStart).map((event, index) => ({
    ...event,
    id: `e${index + 1}`,
    claim: event.claim === null ? null : (claimIds.get(event.claim) ?? null)
  }))

  const blocks = [...draft.blocks].sort(byStart)
  const diagnostics: Diagnostic[] = [...draft.diagnostics].sort(
    (a, b) => (a.span?.start ?? -1) - (b.span?.start ?? -1)
  )

  return {
    schemaVersion: SCHEMA_VERSION,
    id: options.id ?? idFromName(options.name) ?? sha256.slice(0, 16),
    source: {name: options.name, sha256, length: text.length},
    title: draft.title,
    outlet: draft.outlet,
    authors: draft.authors,
    credits: draft.credits,
    published: draft.published,
    dateline: draft.dateline,
    body: blocks.filter((block) => block.kind !== 'boilerplate').map((block) => ({kind: block.kind as Exclude<typeof block.kind, 'boilerplate'>, span: block.span})),
    boilerplate: blocks
      .filter((block) => block.kind === 'boilerplate')
      .map((block) => ({reason: block.reason ?? 'boilerplate', span: block.span})),
    speakers: draft.speakers,
    claims: numberedClaims,
    events,
    diagnostics
  }
}

/** The base name of a path without its extension: `seeds/000_abc.txt` → `000_abc`. */
export function idFromName(name: string | null): string | null {
  if (!name) return null
  const base = name.split(/[\\/]/).pop() ?? ''
  // lastIndexOf rather than /\.[^.]*$/: the same result without a pattern that can back-track.
  const dot = base.lastIndexOf('.')
  const id = dot === -1 ? base : base.slice(0, dot)
  return id || null
}
