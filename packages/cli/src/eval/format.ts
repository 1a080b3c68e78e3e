/**
 * Render reports as plain-text tables.
 */
import type {BratReport, SeedReport} from './evaluate.js'
import {percent, prf, rate, type Accuracy, type Counts} from './metrics.js'
import {speechKinds, type BratFigures} from './score-brat.js'
import type {SeedScore} from './score-seed.js'

/** Align rows of cells into columns; the first column is left-aligned, the rest right-aligned. */
export function table(rows: readonly string[][]): string {
  const widths: number[] = []
  for (const row of rows) row.forEach((cell, index) => (widths[index] = Math.max(widths[index] ?? 0, cell.length)))
  return rows
    .map((row) =>
      row
        .map((cell, index) => (index === 0 ? cell.padEnd(widths[index]!) : cell.padStart(widths[index]!)))
        .join('  ')
        .trimEnd()
    )
    .join('\n')
}

/** A fraction as `42.9`, or `–` when undefined. */
function pct(value: number | null): string {
  const p = percent(value)
  return p === null ? '–' : p.toFixed(1)
}

function f1(c: Counts): string {
  return pct(prf(c).f1)
}

function acc(a: Accuracy): string {
  return pct(rate(a))
}

function prfLine(label: string, c: Counts): string[] {
  const {p, r, f1: f} = prf(c)
  return [label, pct(p), pct(r), pct(f), `tp ${c.tp}  pred ${c.pred}  gold ${c.gold}`]
}

function accLine(label: string, a: Accuracy): string[] {
  return [label, '', '', acc(a), `${a.right}/${a.total}`]
}

/** The seed report: a row per article, the totals, and misses when `verbose`. */
export function formatSeedReport(report: SeedReport, verbose = false): string {
  const head = ['article', 'claim F1', 'attr F1', 'kind', 'event F1', 'typed F1', 'spk F1']
  head.push('outlet', 'title', 'published', 'dateline')
  const row = (name: string, s: Pick<SeedScore, 'claims' | 'events' | 'speakers'>, rest: string[]): string[] => [
    name,
    f1(s.claims.detected),
    f1(s.claims.attributed),
    acc(s.claims.kind),
    f1(s.events.detected),
    f1(s.events.typed),
    f1(s.speakers),
    ...rest
  ]
  const rows = [head]
  for (const a of report.articles) {
    rows.push(row(a.failed ? `${a.file} (no record)` : a.file, a, [a.outlet, a.title, a.published, a.dateline]))
  }
  const t = report.total
  const tally = (record: Record<string, number>) =>
    Object.entries(record)
      .filter(([, n]) => n > 0)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')
  const ofArticles = (right: number) => pct(rate({right, total: t.articles}))
  rows.push(
    row('overall', t, [
      ofArticles(t.outlet.right),
      ofArticles(t.title.right),
      ofArticles(t.published.exact + t.published.consistent),
      ofArticles(t.dateline.right)
    ])
  )

  const totals = table([
    ['overall', 'P', 'R', 'F1', ''],
    prfLine('claims', t.claims.detected),
    prfLine('claims + speaker', t.claims.attributed),
    accLine('claim kind', t.claims.kind),
    accLine('claim cue', t.claims.cue),
    accLine('claim date', t.claims.date),
    prfLine('events', t.events.detected),
    prfLine('events + type', t.events.typed),
    accLine('event date', t.events.date),
    prfLine('speakers', t.speakers),
    prfLine('authors', t.authors),
    prfLine('credits', t.credits)
  ])
  const lines = [
    table(rows),
    '',
    totals,
    '',
    `outlet: ${tally(t.outlet)}; title: ${tally(t.title)}; dateline: ${tally(t.dateline)}`,
    `published: ${tally(t.published)}`,
    `articles: ${t.articles}, without a record: ${t.failed}`
  ]
  for (const a of report.articles) {
    for (const problem of a.goldProblems) lines.push(`gold problem in ${a.file}: ${problem}`)
  }
  if (verbose) {
    for (const a of report.articles) {
      if (a.misses.length === 0) continue
      lines.push('', `${a.file}:`, ...a.misses.map((miss) => `  ${miss}`))
    }
  }
  return lines.join('\n') + '\n'
}

const splitNames = {
  all: 'all',
  dev: 'development part: the texts not held out',
  heldout: 'held-out quarter: sha256 of the file name begins with 0-3'
} as const

/** The brat report: a row per article and the totals for all and for speech attributions. */
export function formatBratReport(report: BratReport, verbose = false): string {
  const rows = [['article', 'content F1', 'exact F1', 'cue F1', 'source', 'speech F1', 'speech source']]
  for (const a of report.articles) {
    rows.push([
      a.failed ? `${a.file} (no record)` : a.file,
      f1(a.all.content),
      f1(a.all.exact),
      f1(a.all.cue),
      acc(a.all.source),
      f1(a.speech.content),
      acc(a.speech.source)
    ])
  }
  const group = (label: string, f: BratFigures): string[][] => [
    prfLine(`${label} content`, f.content),
    prfLine(`${label} exact content`, f.exact),
    prfLine(`${label} cue`, f.cue),
    accLine(`${label} source`, f.source)
  ]
  const kindRows = (label: string, f: BratFigures): string[][] =>
    speechKinds.map((kind) => [
      `${label} ${kind}`,
      '',
      acc(f.kinds[kind].content),
      '',
      `${f.kinds[kind].content.right}/${f.kinds[kind].content.total}, exact span ${acc(f.kinds[kind].exact)}`
    ])
  const t = report.total
  const totals = table([
    ['overall', 'P', 'R', 'F1', ''],
    ...group('all', t.all),
    ...group('speech', t.speech),
    ['recall by kind', '', 'R', '', ''],
    ...kindRows('speech', t.speech)
  ])
  const lines = [
    table(rows),
    '',
    totals,
    '',
    'kind: direct when every word of the content stands inside quotation marks, mixed when some do, indirect when none do',
    `articles: ${t.articles}, without a record: ${t.failed}; annotation files left out: ${report.skipped.length}`,
    ...report.sets.map(
      (set) => `${set.gold}: ${set.texts} of ${set.of} annotated texts (${splitNames[set.split]})`
    )
  ]
  if (verbose) {
    for (const a of report.articles) {
      if (a.misses.length === 0) continue
      lines.push('', `${a.file} (${a.annotation}):`, ...a.misses.map((miss) => `  ${miss}`))
    }
  }
  return lines.join('\n') + '\n'
}
