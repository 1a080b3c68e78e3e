/**
 * Run the scorers over directories: gold files, texts, and records parsed on the fly or read
 * from a JSON Lines file.
 */
import {readdir, readFile} from 'node:fs/promises'
import {basename, extname, join} from 'node:path'
import {parseArticle, type Article} from '@onrecord/core'
import {parseBrat} from './brat.js'
import {
  accuracy,
  addAccuracy,
  addCounts,
  counts,
  percent,
  prf,
  rate,
  type Accuracy,
  type Counts
} from './metrics.js'
import {scoreBrat, bratFigures, speechKinds, type BratFigures, type BratScore} from './score-brat.js'
import {readGoldSeed} from './seed-gold.js'
import {inSplit, type Split} from './split.js'
import {scoreSeed, type PublishedVerdict, type SeedScore, type Verdict} from './score-seed.js'

/** Where records come from: parsed from the texts, or read from a JSON Lines file. */
export interface RecordSource {
  /** A JSON Lines file of records (`onrecord parse` output); parse the texts when absent. */
  records?: string | null
}

/** Figures by name (`claims.f1`), as percentages; null when nothing was judged. */
export type Figures = Record<string, number | null>

/** The result of scoring the seed format. */
export interface SeedReport {
  /** `seed`. */
  format: 'seed'
  /** One score per gold file, in file order. */
  articles: SeedScore[]
  /** All articles added up. */
  total: SeedTotal
  /** The headline figures of `total`. */
  figures: Figures
}

/** Seed scores added up over articles. */
export interface SeedTotal {
  /** Articles scored. */
  articles: number
  /** Articles with no record. */
  failed: number
  /** Claim counts. */
  claims: SeedScore['claims']
  /** Event counts. */
  events: SeedScore['events']
  /** Speaker counts. */
  speakers: Counts
  /** Author counts. */
  authors: Counts
  /** Credit counts. */
  credits: Counts
  /** Outlet verdicts. */
  outlet: Record<Verdict, number>
  /** Title verdicts. */
  title: Record<Verdict, number>
  /** Dateline verdicts. */
  dateline: Record<Verdict, number>
  /** Publication date verdicts. */
  published: Record<PublishedVerdict, number>
}

/** The result of scoring brat attributions. */
export interface BratReport {
  /** `brat`. */
  format: 'brat'
  /** One score per text, in file order. */
  articles: BratScore[]
  /** All articles added up. */
  total: {articles: number; failed: number; all: BratFigures; speech: BratFigures}
  /** The headline figures of `total`. */
  figures: Figures
  /** Annotation files left out (a second annotator of a text, or no text). */
  skipped: string[]
  /** The directories scored, and how many of their texts the split kept. */
  sets: BratSet[]
}

/** One directory of brat attributions and the texts of it that were scored. */
export interface BratSet {
  /** The annotations' directory. */
  gold: string
  /** The texts' directory. */
  text: string
  /** The split applied. */
  split: Split
  /** Annotated texts scored. */
  texts: number
  /** Annotated texts in the directory. */
  of: number
}

/** Options of brat scoring. */
export interface BratOptions extends RecordSource {
  /** Score the development part, the held-out quarter (see `isHeldOut`) or all texts (default). */
  split?: Split
}

/** A record store: records by id, or a parser. */
export type Records = (name: string, text: string) => {record: Article | null; error: string | null}

/** Where scorers get a record for a text: parsed on the fly, or read from `source.records`. */
export async function recordsFrom(source: RecordSource): Promise<Records> {
  if (!source.records) {
    return (name, text) => {
      try {
        return {record: parseArticle(text, {name}), error: null}
      } catch (error) {
        return {record: null, error: `parse failed: ${String(error)}`}
      }
    }
  }
  const byName = new Map<string, Article | null>()
  const lines = (await readFile(source.records, 'utf8')).split(/\r?\n/)
  for (const line of lines) {
    if (line.trim() === '') continue
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch {
      continue
    }
    if (!value || typeof value !== 'object') continue
    const object = value as {id?: unknown; source?: {name?: unknown}; error?: unknown}
    const record = object.error === undefined ? completeRecord(value as Partial<Article>) : null
    const keys = [object.id, object.source?.name].filter((key): key is string => typeof key === 'string')
    for (const key of keys) byName.set(stem(key), record)
  }
  return (name) => {
    const record = byName.get(stem(name))
    return record ? {record, error: null} : {record: null, error: `no record for ${name}`}
  }
}

/**
 * A record read from a file with the arrays the scorers walk, so that a record of an older
 * shape or one trimmed by hand scores what it has instead of failing.
 */
function completeRecord(value: Partial<Article>): Article {
  const list = <T>(items: T[] | undefined): T[] => (Array.isArray(items) ? items : [])
  return {
    ...value,
    title: value.title ?? null,
    outlet: value.outlet ?? null,
    published: value.published ?? null,
    dateline: value.dateline ?? null,
    authors: list(value.authors),
    credits: list(value.credits),
    speakers: list(value.speakers).map((speaker) => ({
      ...speaker,
      aliases: list(speaker.aliases),
      mentions: list(speaker.mentions)
    })),
    claims: list(value.claims),
    events: list(value.events)
  } as Article
}

function stem(name: string): string {
  const base = basename(name)
  return base.slice(0, base.length - extname(base).length)
}

/** Score every `*.json` gold file of `goldDir` against the texts of `textDir`. */
export async function evaluateSeeds(goldDir: string, textDir: string, source: RecordSource = {}): Promise<SeedReport> {
  const records = await recordsFrom(source)
  const files = (await readdir(goldDir)).filter((file) => file.endsWith('.json')).sort()
  const articles: SeedScore[] = []
  for (const file of files) {
    const gold = readGoldSeed(await readFile(join(goldDir, file), 'utf8'), file)
    const text = await readFile(join(textDir, gold.file), 'utf8')
    const {record, error} = records(gold.file, text)
    let score: SeedScore
    try {
      score = scoreSeed(gold, text, record)
      if (error) score.misses.unshift(error)
    } catch (problem) {
      // A record too broken to walk counts as no record.
      score = scoreSeed(gold, text, null)
      score.misses.unshift(`unreadable record: ${String(problem)}`)
    }
    articles.push(score)
  }
  const total = addSeedScores(articles)
  return {format: 'seed', articles, total, figures: seedFigures(total)}
}

function verdicts<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>
}

const verdictKeys = ['right', 'wrong', 'missing'] as const
const publishedKeys = ['exact', 'consistent', 'wrong', 'missing', 'invented'] as const

/** Add up seed scores. */
export function addSeedScores(articles: readonly SeedScore[]): SeedTotal {
  const total: SeedTotal = {
    articles: articles.length,
    failed: 0,
    claims: {detected: counts(), attributed: counts(), kind: accuracy(), cue: accuracy(), date: accuracy()},
    events: {detected: counts(), typed: counts(), date: accuracy()},
    speakers: counts(),
    authors: counts(),
    credits: counts(),
    outlet: verdicts(verdictKeys),
    title: verdicts(verdictKeys),
    dateline: verdicts(verdictKeys),
    published: verdicts(publishedKeys)
  }
  for (const article of articles) {
    if (article.failed) total.failed++
    addCounts(total.claims.detected, article.claims.detected)
    addCounts(total.claims.attributed, article.claims.attributed)
    addAccuracy(total.claims.kind, article.claims.kind)
    addAccuracy(total.claims.cue, article.claims.cue)
    addAccuracy(total.claims.date, article.claims.date)
    addCounts(total.events.detected, article.events.detected)
    addCounts(total.events.typed, article.events.typed)
    addAccuracy(total.events.date, article.events.date)
    addCounts(total.speakers, article.speakers)
    addCounts(total.authors, article.authors)
    addCounts(total.credits, article.credits)
    total.outlet[article.outlet]++
    total.title[article.title]++
    total.dateline[article.dateline]++
    total.published[article.published]++
  }
  return total
}

function share(tally: Record<string, number>, good: readonly string[]): Accuracy {
  const all = Object.values(tally).reduce((a, b) => a + b, 0)
  return accuracy(
    good.reduce((sum, key) => sum + (tally[key] ?? 0), 0),
    all
  )
}

/** The headline figures of seed totals, as percentages. */
export function seedFigures(total: SeedTotal): Figures {
  const claims = prf(total.claims.detected)
  const attributed = prf(total.claims.attributed)
  const events = prf(total.events.detected)
  const typed = prf(total.events.typed)
  return {
    'claims.p': percent(claims.p),
    'claims.r': percent(claims.r),
    'claims.f1': percent(claims.f1),
    'claims.attributed.p': percent(attributed.p),
    'claims.attributed.r': percent(attributed.r),
    'claims.attributed.f1': percent(attributed.f1),
    'claims.kind': percent(rate(total.claims.kind)),
    'claims.cue': percent(rate(total.claims.cue)),
    'claims.date': percent(rate(total.claims.date)),
    'events.p': percent(events.p),
    'events.r': percent(events.r),
    'events.f1': percent(events.f1),
    'events.typed.f1': percent(typed.f1),
    'events.date': percent(rate(total.events.date)),
    'speakers.f1': percent(prf(total.speakers).f1),
    'outlet': percent(rate(share(total.outlet, ['right']))),
    'title': percent(rate(share(total.title, ['right']))),
    'authors.f1': percent(prf(total.authors).f1),
    'credits.f1': percent(prf(total.credits).f1),
    'published': percent(rate(share(total.published, ['exact', 'consistent']))),
    'dateline': percent(rate(share(total.dateline, ['right'])))
  }
}

/**
 * Score brat attributions: every `.ann` file of `annDir` against its text in `textDir`
 * (`name_xxxx.ann` annotates `name.txt`; `xxxx` names the annotator). When several annotators
 * annotated a text, the first file in name order is used, so figures are stable and each text
 * counts once.
 */
export async function evaluateBrat(annDir: string, textDir: string, source: BratOptions = {}): Promise<BratReport> {
  const split = source.split ?? 'all'
  const records = await recordsFrom(source)
  const annFiles = (await readdir(annDir)).filter((file) => file.endsWith('.ann')).sort()
  const texts = new Set((await readdir(textDir)).filter((file) => file.endsWith('.txt')))
  const chosen = new Map<string, string>()
  const skipped: string[] = []
  for (const ann of annFiles) {
    const base = ann.slice(0, -'.ann'.length)
    const unsuffixed = base.replace(/_[0-9a-f]{4}$/, '')
    const textFile = [`${base}.txt`, `${unsuffixed}.txt`].find((name) => texts.has(name))
    if (!textFile) {
      skipped.push(`${ann}: no text`)
      continue
    }
    if (chosen.has(textFile)) {
      skipped.push(`${ann}: another annotator of ${textFile}`)
      continue
    }
    chosen.set(textFile, ann)
  }

  const articles: BratScore[] = []
  const annotated = [...chosen].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const kept = annotated.filter(([textFile]) => inSplit(textFile, split))
  for (const [textFile, ann] of kept) {
    const text = await readFile(join(textDir, textFile), 'utf8')
    const gold = parseBrat(await readFile(join(annDir, ann), 'utf8'), text)
    const {record} = records(textFile, text)
    try {
      articles.push(scoreBrat(textFile, ann, text, gold.attributions, record))
    } catch (problem) {
      // A record too broken to walk counts as no record.
      const score = scoreBrat(textFile, ann, text, gold.attributions, null)
      score.misses.unshift(`unreadable record: ${String(problem)}`)
      articles.push(score)
    }
  }
  const set = {gold: annDir, text: textDir, split, texts: kept.length, of: annotated.length}
  return bratReport(articles, skipped, [set])
}

function bratReport(articles: BratScore[], skipped: string[], sets: BratSet[]): BratReport {
  const total = {articles: articles.length, failed: 0, all: bratFigures(), speech: bratFigures()}
  for (const article of articles) {
    if (article.failed) total.failed++
    addBratFigures(total.all, article.all)
    addBratFigures(total.speech, article.speech)
  }
  return {format: 'brat', articles, total, figures: bratFiguresOf(total), skipped, sets}
}

/**
 * Score PolNeAR from the directory `root` that holds `polnear-dev/` and `polnear-train/`
 * (each with `attributions/` and `text/`): `dev` scores all of polnear-dev and the three
 * quarters of polnear-train that are not held out, `heldout` the held-out quarter of
 * polnear-train alone, `all` both directories whole.
 */
export async function evaluatePolnear(root: string, source: BratOptions = {}): Promise<BratReport> {
  const split = source.split ?? 'dev'
  const reports: BratReport[] = []
  const part = (name: string) => [join(root, name, 'attributions'), join(root, name, 'text')] as const
  if (split !== 'heldout') reports.push(await evaluateBrat(...part('polnear-dev'), {...source, split: 'all'}))
  reports.push(await evaluateBrat(...part('polnear-train'), {...source, split}))
  return bratReport(
    reports.flatMap((report) => report.articles),
    reports.flatMap((report) => report.skipped),
    reports.flatMap((report) => report.sets)
  )
}

function addBratFigures(a: BratFigures, b: BratFigures): void {
  addCounts(a.content, b.content)
  addCounts(a.exact, b.exact)
  addCounts(a.cue, b.cue)
  addAccuracy(a.source, b.source)
  for (const kind of speechKinds) {
    addAccuracy(a.kinds[kind].content, b.kinds[kind].content)
    addAccuracy(a.kinds[kind].exact, b.kinds[kind].exact)
  }
}

function bratFiguresOf(total: BratReport['total']): Figures {
  const figures: Figures = {}
  for (const group of ['all', 'speech'] as const) {
    const f = total[group]
    const content = prf(f.content)
    figures[`${group}.content.p`] = percent(content.p)
    figures[`${group}.content.r`] = percent(content.r)
    figures[`${group}.content.f1`] = percent(content.f1)
    figures[`${group}.exact.f1`] = percent(prf(f.exact).f1)
    figures[`${group}.cue.f1`] = percent(prf(f.cue).f1)
    figures[`${group}.source`] = percent(rate(f.source))
    for (const kind of speechKinds) figures[`${group}.${kind}.r`] = percent(rate(f.kinds[kind].content))
  }
  return figures
}
