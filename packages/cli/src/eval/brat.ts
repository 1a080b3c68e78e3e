/**
 * Brat standoff attributions (PolNeAR): text-bound annotations and the relations that tie a
 * content, a cue and a source into one attribution.
 *
 * > | T3	Content 115 290;300 340	that Hillary Clinton’s team avoided …
 *        ^^^^^^^ ^^^^^^^^^^^^^^^  fragments: a quotation broken by "he said" comes in pieces
 * > | E1	Attribution:T4 Content:T3 Cue:T2 Source:T1
 *        ^^^^^^^^^^^ the attribution; `Content2:T9`-style roles add pieces
 */
import type {Span} from '@onrecord/core'

/** A text-bound annotation. */
export interface BratEntity {
  /** `T12`. */
  id: string
  /** `Source`, `Cue`, `Content`, `Attribution`, `Discuss`… */
  label: string
  /** Its fragments, in UTF-16 offsets of the text. */
  spans: Span[]
  /** The text brat stored for it (fragments joined by a space). */
  text: string
}

/** One attribution: content pieces, cue and source. */
export interface BratAttribution {
  /** The relation id: `E3`. */
  id: string
  /** Content fragments in text order: one or more pieces of what was said. */
  content: Span[]
  /** Cue fragments in text order (empty when none was annotated). */
  cue: Span[]
  /** The cue as written, fragments joined by a space. */
  cueText: string
  /** Source fragments in text order, or null for an attribution with no source. */
  source: Span[] | null
  /** The source as written, or null. */
  sourceText: string | null
}

/** A parsed `.ann` file. */
export interface BratDocument {
  /** Text-bound annotations by id. */
  entities: Map<string, BratEntity>
  /** Attributions in file order. */
  attributions: BratAttribution[]
  /** Lines that could not be read. */
  problems: string[]
}

/**
 * Parse a brat `.ann` file. Offsets in brat count code points; pass `text` so that they are
 * turned into UTF-16 offsets when the text holds characters outside the BMP.
 */
export function parseBrat(ann: string, text?: string): BratDocument {
  const toUtf16 = text === undefined ? (offset: number) => offset : utf16Offsets(text)
  const entities = new Map<string, BratEntity>()
  const relations: Array<{id: string; args: Array<[string, string]>}> = []
  const problems: string[] = []

  for (const [index, line] of ann.split(/\r?\n/).entries()) {
    if (line.trim() === '' || line.startsWith('#')) continue
    const fields = line.split('\t')
    const id = fields[0] ?? ''
    if (id.startsWith('T')) {
      const head = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)$/.exec(fields[1] ?? '')
      if (!head) {
        problems.push(`line ${index + 1}: unreadable text-bound annotation`)
        continue
      }
      const spans = head[2]!.split(';').map((pair) => {
        const [start, end] = pair.split(' ').map(Number)
        return {start: toUtf16(start!), end: toUtf16(end!)}
      })
      entities.set(id, {id, label: head[1]!, spans, text: fields[2] ?? ''})
    } else if (id.startsWith('E') || id.startsWith('R')) {
      const args = (fields[1] ?? '')
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .map((arg): [string, string] => {
          const colon = arg.lastIndexOf(':')
          return [arg.slice(0, colon), arg.slice(colon + 1)]
        })
      relations.push({id, args})
    }
  }

  const attributions: BratAttribution[] = []
  for (const relation of relations) {
    const [trigger] = relation.args
    if (!trigger || !/^Attribution/.test(trigger[0])) continue
    const content: Span[] = []
    const cue: Span[] = []
    const cueTexts: string[] = []
    const source: Span[] = []
    const sourceTexts: string[] = []
    for (const [role, ref] of relation.args.slice(1)) {
      const entity = entities.get(ref)
      if (!entity) {
        problems.push(`${relation.id}: no annotation ${ref}`)
        continue
      }
      const kind = role.replace(/\d+$/, '')
      if (kind === 'Content') content.push(...entity.spans)
      else if (kind === 'Cue') {
        cue.push(...entity.spans)
        cueTexts.push(entity.text)
      } else if (kind === 'Source') {
        source.push(...entity.spans)
        sourceTexts.push(entity.text)
      }
    }
    if (content.length === 0) continue
    const byStart = (a: Span, b: Span) => a.start - b.start || a.end - b.end
    attributions.push({
      id: relation.id,
      content: content.sort(byStart),
      cue: cue.sort(byStart),
      cueText: cueTexts.join(' '),
      source: source.length > 0 ? source.sort(byStart) : null,
      sourceText: source.length > 0 ? sourceTexts.join(' ') : null
    })
  }
  return {entities, attributions, problems}
}

/** A function from code-point offsets to UTF-16 offsets of `text` (identity for BMP text). */
export function utf16Offsets(text: string): (offset: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (offset) => offset
  const table: number[] = []
  let unit = 0
  for (const char of text) {
    table.push(unit)
    unit += char.length
  }
  table.push(unit)
  return (offset) => table[Math.min(offset, table.length - 1)] ?? offset
}

/**
 * Verb forms that report speech or another speech act, by lemma (`say`, `urge`, `call`,
 * `accuse`). PolNeAR also annotates thoughts, perceptions and stances (`believes`, `wants`,
 * `found`, `shows`, `backs`), which these leave out.
 */
const speechVerbs: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  write: ['write', 'writes', 'wrote', 'written', 'writing'],
  reply: ['reply', 'replies', 'replied', 'replying'],
  deny: ['deny', 'denies', 'denied', 'denying'],
  testify: ['testify', 'testifies', 'testified', 'testifying'],
  quote: ['quote', 'quotes', 'quoted', 'quoting'],
  admit: ['admit', 'admits', 'admitted', 'admitting'],
  speak: ['speak', 'speaks', 'spoke', 'spoken', 'speaking'],
  echo: ['echo', 'echoes', 'echoed', 'echoing'],
  ...regular([
    'add',
    'report',
    'announce',
    'state',
    'claim',
    'ask',
    'explain',
    'note',
    'insist',
    'declare',
    'respond',
    'comment',
    'remark',
    'repeat',
    'warn',
    'urge',
    'confirm',
    'acknowledge',
    'allege',
    'tweet',
    'mention',
    'recall',
    'argue',
    'complain',
    'answer',
    'shout',
    'joke',
    'boast',
    'vow',
    'promise',
    'predict',
    'stress',
    'emphasize',
    'emphasise',
    'call',
    'cite',
    'suggest',
    'describe',
    'criticize',
    'criticise',
    'blast',
    'condemn',
    'demand',
    'propose',
    'pledge',
    'chant',
    'accuse',
    'blame',
    'question',
    'charge',
    'praise',
    'denounce',
    'disclose',
    'reveal',
    'mock'
  ])
}

/** Regular verb forms: `add adds added adding`, `state states stated stating`. */
function regular(lemmas: readonly string[]): Record<string, string[]> {
  const forms: Record<string, string[]> = {}
  for (const lemma of lemmas) {
    const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma
    const s = /(s|sh|ch|x|z)$/.test(lemma) ? lemma + 'es' : lemma + 's'
    forms[lemma] = [lemma, s, stem + 'ed', stem + 'ing']
  }
  return forms
}

const speechForms = new Map<string, string>()
for (const [lemma, forms] of Object.entries(speechVerbs)) for (const form of forms) speechForms.set(form, lemma)

/**
 * The speech lemma of a cue (`said in a statement` → `say`, `according to` → `according to`,
 * a bare `:` or `―` → itself), or null when the cue reports a thought or a stance (`believes`,
 * `backs`).
 */
export function speechLemma(cue: string): string | null {
  const lower = cue.toLowerCase().replaceAll('’', "'")
  if (/\baccording to\b/.test(lower)) return 'according to'
  if (/\bput it\b/.test(lower)) return 'put'
  // A colon or a dash that introduces a quotation stands for a verb of saying.
  if (/^[\s\p{P}]+$/u.test(lower) && lower.trim() !== '') return lower.trim()
  for (const word of lower.split(/[^a-z']+/)) {
    const lemma = speechForms.get(word)
    if (lemma) return lemma
  }
  return null
}
