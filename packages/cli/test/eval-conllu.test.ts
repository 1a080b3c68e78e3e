import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {runEvalCaptured as run} from './eval-helpers.js'
import {readConllu, scoreConllu} from '../src/eval/conllu.js'

const gold = fileURLToPath(new URL('fixtures/conllu/two.conllu', import.meta.url))

describe('onrecord eval --format conllu', () => {
  it('reads words, skipping multiword tokens and comments', () => {
    const sentences = readConllu('# text = x\n1-2\tdon\'t\t_\t_\t_\t_\t_\t_\t_\t_\n1\tdo\tdo\tAUX\tVBP\t_\t2\taux\t_\t_\n2\tn\'t\tnot\tPART\tRB\t_\t0\troot\t_\t_\n')
    expect(sentences).toEqual([{words: ['do', "n't"], upos: ['AUX', 'PART'], heads: [2, 0], relations: ['aux', 'root']}])
  })

  it('scores a parse against the gold, full relations beside universal ones', () => {
    const perfect = scoreConllu([{words: ['Prices', 'rose', '.'], upos: ['NOUN', 'VERB', 'PUNCT'], heads: [2, 0, 2], relations: ['nsubj', 'root', 'punct']}])
    expect(perfect.figures).toEqual({upos: 100, uas: 100, las: 100, lasFull: 100})
    // A gold subtype the parser cannot give: LAS on universal relations keeps it, full LAS does not.
    const subtype = scoreConllu([{words: ['Prices', 'rose', '.'], upos: ['NOUN', 'VERB', 'PUNCT'], heads: [2, 0, 2], relations: ['nsubj:odd', 'root', 'punct']}])
    expect(subtype.figures.las).toBe(100)
    expect(subtype.figures.lasFull).toBeCloseTo(66.67, 2)
    const wrong = scoreConllu([{words: ['Prices', 'rose', '.'], upos: ['VERB', 'NOUN', 'SYM'], heads: [0, 1, 1], relations: ['root', 'obj', 'punct']}])
    expect(wrong.figures).toEqual({upos: 0, uas: 0, las: 0, lasFull: 0})
  })

  it('prints a table, and JSON with --json', async () => {
    const table = await run(['--format', 'conllu', '--gold', gold])
    expect(table.code).toBe(0)
    expect(table.stdout).toMatch(/2 sentences, 9 tokens/)
    expect(table.stdout).toMatch(/^UAS\s+\d+\.\d\d$/m)
    expect(table.stdout).toMatch(/^LAS \(full relations\)\s+\d+\.\d\d$/m)
    const json = await run(['--format=conllu', '--gold', gold, '--json'])
    const report = JSON.parse(json.stdout)
    expect(report).toMatchObject({format: 'conllu', sentences: 2, tokens: 9})
    expect(report.figures.upos).toBeGreaterThanOrEqual(0)
    expect(report.figures.upos).toBeLessThanOrEqual(100)
  })

  it('says what is wrong with a missing or malformed file', async () => {
    expect((await run(['--format', 'conllu'])).code).toBe(2)
    const missing = await run(['--format', 'conllu', '--gold', '/nonexistent/file.conllu'])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toMatch(/nonexistent/)
    const dir = mkdtempSync(join(tmpdir(), 'onrecord-conllu-'))
    writeFileSync(join(dir, 'bad.conllu'), '1\tonly\tthree\n')
    const bad = await run(['--format', 'conllu', '--gold', join(dir, 'bad.conllu')])
    expect(bad.code).toBe(1)
    expect(bad.stderr).toMatch(/line 1: expected 10 tab-separated columns/)
  })
})
