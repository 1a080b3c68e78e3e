import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {runEvalCaptured as run} from './eval-helpers.js'
import {makeArticle} from './fixtures/eval/make-article.js'

const seed = fileURLToPath(new URL('fixtures/eval/seed/', import.meta.url))
const brat = fileURLToPath(new URL('fixtures/eval/brat/', import.meta.url))

describe('runEval', () => {
  it('scores the records of a JSON Lines file and prints JSON', async () => {
    const text = readFileSync(`${seed}text/ministers.txt`, 'utf8')
    const record = makeArticle(text, {
      outlet: 'Daily Ledger',
      speakers: [{name: 'Tomas Grant'}],
      claims: [{speaker: 'Tomas Grant', content: 'new elections within six months', kind: 'indirect'}]
    })
    // An alias of the gold outlet.
    record.outlet = {...record.outlet!, name: 'The Daily Ledger'}
    const dir = mkdtempSync(join(tmpdir(), 'onrecord-eval-'))
    const records = join(dir, 'records.jsonl')
    writeFileSync(records, JSON.stringify({...record, id: 'ministers'}) + '\n')
    const {code, stdout} = await run(['--gold', `${seed}gold`, '--text', `${seed}text`, '--records', records, '--json'])
    expect(code).toBe(0)
    const report = JSON.parse(stdout)
    expect(report.articles[0].claims.detected).toEqual({tp: 1, pred: 1, gold: 4})
    expect(report.articles[0].outlet).toBe('right')
    expect(report.figures['claims.p']).toBe(100)
    expect(report.figures['claims.r']).toBe(25)
    expect(report.figures['claims.f1']).toBe(40)
  })

  it('counts an article with no record as all wrong', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'onrecord-eval-'))
    const records = join(dir, 'records.jsonl')
    writeFileSync(records, JSON.stringify({source: {name: 'ministers.txt'}, error: {code: 'binary', message: 'no'}}) + '\n')
    const {stdout} = await run(['--gold', `${seed}gold`, '--text', `${seed}text`, '--records', records])
    expect(stdout).toMatch(/ministers\.txt \(no record\)/)
    expect(stdout).toMatch(/without a record: 1/)
  })

  it('counts a record too broken to walk as no record', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'onrecord-eval-'))
    const records = join(dir, 'records.jsonl')
    writeFileSync(records, JSON.stringify({id: 'ministers', claims: [{id: 'c1'}]}) + '\n')
    const {stdout} = await run(['--gold', `${seed}gold`, '--text', `${seed}text`, '--records', records, '--json'])
    const [article] = JSON.parse(stdout).articles
    expect(article.failed).toBe(true)
    expect(article.misses[0]).toMatch(/^unreadable record/)
  })

  it('prints a table for brat attributions and writes a baseline', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'onrecord-eval-'))
    const baseline = join(dir, 'baseline.json')
    writeFileSync(baseline, JSON.stringify({seed: {'claims.f1': 12}}))
    const {code, stdout} = await run([
      '--format=brat',
      '--gold',
      `${brat}attributions`,
      '--text',
      `${brat}text`,
      '--write-baseline',
      baseline
    ])
    expect(code).toBe(0)
    expect(stdout).toMatch(/speech content/)
    const written = JSON.parse(readFileSync(baseline, 'utf8'))
    expect(written.seed).toEqual({'claims.f1': 12})
    expect(Object.keys(written.brat)).toContain('all.content.f1')
  })

  it('fails with usage on bad arguments', async () => {
    expect((await run([])).code).toBe(2)
    expect((await run(['--gold', 'x', '--text', 'y', '--format', 'xml'])).stderr).toMatch(/unknown format: xml/)
    expect((await run(['--gold', 'nowhere', '--text', 'nowhere'])).code).toBe(1)
  })
})
