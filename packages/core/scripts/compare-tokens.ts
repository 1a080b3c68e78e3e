/**
 * How often onrecord's own tokenizer (`tokenize`, used on raw text) cuts a sentence differently
 * from Universal Dependencies, on the `# text =` lines of the EWT and GUM test files: the share
 * of UD words whose exact character span is no onrecord token, and the share of sentences with
 * any difference. Prints the commonest differences.
 *
 *     pnpm --filter @onrecord/core run compare:tokens
 */
import {existsSync, readFileSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {tokenize} from '../src/language/tokens.js'

const here = dirname(fileURLToPath(import.meta.url))
const core = existsSync(join(here, '../src')) ? resolve(here, '..') : resolve(here, '../../..')
const corpora = resolve(core, '../../../shared/corpora/ud-english')

for (const name of ['ewt', 'gum']) {
  const file = join(corpora, name, 'test.conllu')
  if (!existsSync(file)) {
    process.stderr.write(`missing ${file}\n`)
    continue
  }
  let words = 0
  let matched = 0
  let sentences = 0
  let differing = 0
  let unaligned = 0
  const misses = new Map<string, number>()
  for (const block of readFileSync(file, 'utf8').split(/\n\s*\n/)) {
    const text = /^# text = (.*)$/m.exec(block)?.[1]
    if (!text) continue
    const forms: string[] = []
    let skipUntil = 0
    for (const line of block.split('\n')) {
      const columns = line.split('\t')
      if (columns.length < 10) continue
      const range = /^(\d+)-(\d+)$/.exec(columns[0]!)
      if (range) {
        // A multiword token: its words are split from one surface form, so UD's surface is the unit.
        forms.push(columns[1]!)
        skipUntil = Number(range[2])
        continue
      }
      if (!/^\d+$/.test(columns[0]!)) continue
      if (Number(columns[0]) <= skipUntil) continue
      forms.push(columns[1]!)
    }
    // Locate UD's forms in the raw text, in order.
    const spans: Array<[number, number]> = []
    let cursor = 0
    let aligned = true
    for (const form of forms) {
      const at = text.indexOf(form, cursor)
      if (at === -1) {
        aligned = false
        break
      }
      spans.push([at, at + form.length])
      cursor = at + form.length
    }
    if (!aligned) {
      unaligned++
      continue
    }
    sentences++
    const ours = new Set(tokenize(text, 0, text.length).map((token) => `${token.start}:${token.end}`))
    let same = true
    spans.forEach(([start, end], index) => {
      words++
      if (ours.has(`${start}:${end}`)) matched++
      else {
        same = false
        const form = forms[index]!
        const key = /^\p{L}+$/u.test(form) && form.length > 3 ? '(word)' : form
        misses.set(key, (misses.get(key) ?? 0) + 1)
      }
    })
    if (!same) differing++
  }
  const top = [...misses].sort((a, b) => b[1] - a[1]).slice(0, 15)
  process.stdout.write(
    `${name} test: ${words} UD tokens in ${sentences} sentences (${unaligned} not alignable to their text line)\n` +
      `  tokens that onrecord cuts differently: ${(100 - (100 * matched) / words).toFixed(2)}%\n` +
      `  sentences with any difference: ${((100 * differing) / sentences).toFixed(2)}%\n` +
      `  commonest UD tokens missed: ${top.map(([form, count]) => `${form} ${count}`).join(', ')}\n`
  )
}
