// The guides' runnable examples work with the current API.
import assert from 'node:assert/strict'
import {test} from 'node:test'
import {parseArticle, verifySpans} from '@onrecord/core'
import {confidentClaims, gazette, parseCustom, reportingBy} from '../src/examples/custom-stages.ts'

const text = 'Talks resume in Geneva\n\nDelegates met on Monday.\n\n(Reporting by Jane Roe; Editing by John Doe)\n'

test('a parser stage added after the defaults contributes its authors with spans', () => {
  const article = parseCustom(text)
  const author = article.authors.find((item) => item.name === 'Jane Roe')
  assert.ok(author, 'the sign-off reporter is an author')
  assert.equal(text.slice(author.span.start, author.span.end), 'Jane Roe')
  assert.ok(article.diagnostics.some((item) => item.ruleId === 'reporting-by/found'))
  assert.deepEqual(verifySpans(article, text), [])
})

test('without the stage there is no such author', () => {
  const article = parseArticle(text)
  assert.equal(article.authors.some((item) => item.name === 'Jane Roe'), false)
})

test('the refiner keeps only confident claims', () => {
  const sample = '"We will stay," the minister said on Monday. Officials said the talks may fail.\n'
  const all = parseArticle(sample)
  const kept = parseArticle(sample, {stages: (defaults) => [...defaults, confidentClaims]})
  assert.deepEqual(
    kept.claims.map((claim) => claim.content.text),
    all.claims.filter((claim) => claim.confidence >= 0.5).map((claim) => claim.content.text)
  )
})

test('an added outlet is in the registry: an option names it by alias', () => {
  const article = parseArticle(text, {outlets: [gazette], outlet: 'Example Gazette'})
  assert.equal(article.outlet?.id, 'example-gazette')
  assert.equal(article.outlet?.domain, 'gazette.example')
  assert.equal(reportingBy.name, 'reporting-by')
})

test('the getting-started example runs, and its spans all round-trip', async () => {
  const {readFileSync} = await import('node:fs')
  const {runExample} = await import('../src/lib/run-example.ts')
  const source = readFileSync(new URL('../src/examples/getting-started.ts', import.meta.url), 'utf8')
  const lines = (await runExample(source)).split('\n')
  assert.equal(lines.at(-1), '[]', 'verifySpans finds no problem')
  const article = parseArticle(`"We find ways to work with the Russians," the coordinator said on Thursday.`, {published: '2022-01-27'})
  assert.equal(lines.length, article.claims.length + 1, 'one line per claim, then the span check')
})
