// The built site in Chromium: article pages show the corpus records' claims, search finds a
// speaker, Try it parses in the browser, and hostile text stays text.
import assert from 'node:assert/strict'
import {mkdirSync} from 'node:fs'
import {join} from 'node:path'
import {after, before, test} from 'node:test'
import {parseArticle} from '@onrecord/core'
import {renderMarkedText} from '../src/lib/marks.ts'
import {record} from './fixtures/record.mjs'
import {launchChromium, resultsRoot, serveDist, siteCorpus} from './helpers.mjs'

let server
let browser
let corpus

before(async () => {
  corpus = await siteCorpus()
  server = await serveDist()
  browser = await launchChromium()
})

after(async () => {
  await browser?.close()
  await server?.close()
})

/** A fresh page that fails the test on any dialog or page error. */
async function open(path) {
  const page = await browser.context.newPage()
  const problems = []
  page.on('dialog', async (dialog) => {
    problems.push(`dialog: ${dialog.message()}`)
    await dialog.dismiss()
  })
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  if (path) await page.goto(server.url + path, {waitUntil: 'load'})
  return {page, problems}
}

test('every article page shows its text and each claim of its corpus record', async () => {
  assert.ok(corpus.articles.length > 0, 'the corpus has articles')
  for (const article of corpus.articles) {
    const {page, problems} = await open(`/articles/${article.id}/`)
    const text = await page.locator('[data-marked-text]').evaluate((node) => node.textContent)
    assert.equal(text, corpus.texts.get(article.id), `${article.id}: the marked text is the input, unchanged`)

    const contents = await page.locator('[data-marked-text] mark.om-content').evaluateAll((nodes) => {
      const byClaim = {}
      for (const node of nodes) byClaim[node.dataset.claim] = (byClaim[node.dataset.claim] ?? '') + node.textContent
      return byClaim
    })
    const drawable = article.claims.filter((claim) => claim.content.span.end > claim.content.span.start)
    assert.equal(Object.keys(contents).length, drawable.length, `${article.id}: one content mark per claim`)
    for (const claim of drawable) assert.equal(contents[claim.id], claim.content.text, `${article.id} ${claim.id}`)

    assert.equal(await page.locator('[data-claim-id]').count(), article.claims.length, `${article.id}: claims listed`)
    assert.equal(await page.locator('[data-event-id]').count(), article.events.length, `${article.id}: events listed`)
    assert.equal(await page.locator('[data-marked-text] mark.om-trigger[data-part="first"]').count(), article.events.length)
    assert.deepEqual(problems, [])
    await page.close()
  }
})

test('a focused mark says what it is in the aside', async (t) => {
  const article = corpus.articles.find((item) => item.claims.length > 0)
  if (!article) return t.skip('no article has a claim yet')
  const {page} = await open(`/articles/${article.id}/`)
  const mark = page.locator('[data-marked-text] mark.om-content[data-part="first"]').first()
  await mark.focus()
  const tip = await mark.getAttribute('data-tip')
  assert.match(tip, /^Claim c\d+/)
  // The tip first, then what focus lit up (the speaker's mentions, the claim's date).
  assert.ok((await page.locator('.om-aside').textContent()).startsWith(tip))
  await page.close()
})

test('an article page screenshot is kept', async () => {
  const article = [...corpus.articles].sort((a, b) => b.claims.length + b.events.length - (a.claims.length + a.events.length))[0]
  const {page} = await open(`/articles/${article.id}/`)
  mkdirSync(resultsRoot, {recursive: true})
  const path = join(resultsRoot, 'article.png')
  await page.screenshot({path, fullPage: true})
  await page.close()
})

/** Type `query` into the site search; resolve to the result links. */
async function search(query) {
  const {page} = await open('/')
  await page.locator('button[data-open-modal]').first().click()
  await page.locator('site-search input[type="search"], .pagefind-ui__search-input').first().fill(query)
  const links = page.locator('.pagefind-ui__result-link')
  await links.first().waitFor({timeout: 15_000})
  const hrefs = await links.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href')))
  await page.close()
  return hrefs
}

test('search finds an article by its title', async () => {
  const article = corpus.articles.find((item) => item.title)
  const hrefs = await search(article.title.text)
  assert.ok(hrefs.some((href) => href.startsWith(`/articles/${article.id}/`)), hrefs.join(', '))
})

test('search finds a speaker', async (t) => {
  const speaker = corpus.speakers[0]
  if (!speaker) return t.skip('the corpus has no speakers yet')
  const hrefs = await search(speaker.name)
  const pages = ['/speakers/', ...speaker.appearances.map((item) => `/articles/${item.article}/`)]
  assert.ok(
    hrefs.some((href) => pages.some((path) => href.startsWith(path))),
    `a result for ${speaker.name} points at the speakers page or an article quoting them: ${hrefs.join(', ')}`
  )
})

/** Wait until Try it shows the parse of `text` (the page parses its sample on load). */
async function parsed(page, text) {
  await page.waitForFunction((length) => {
    const output = document.getElementById('try-output')
    return !output.hidden && output.dataset.length === String(length)
  }, text.length)
}

test('Try it parses pasted text in the browser and shows the same marks', async () => {
  const article = [...corpus.articles].sort((a, b) => b.claims.length - a.claims.length)[0]
  const text = corpus.texts.get(article.id)
  const expected = parseArticle(text, {name: 'pasted.txt'})
  const {page, problems} = await open('/try/')
  await page.locator('#try-input').fill(text)
  await page.locator('#try-parse').click()
  await parsed(page, text)
  assert.equal(await page.locator('#try-text').evaluate((node) => node.textContent), text)
  assert.equal(await page.locator('#try-output').getAttribute('data-claims'), String(expected.claims.length))
  const html = await page.locator('#try-text').evaluate((node) => node.innerHTML)
  assert.equal(html.match(/<mark /g)?.length ?? 0, renderMarkedText(expected, text).match(/<mark /g)?.length ?? 0)
  mkdirSync(resultsRoot, {recursive: true})
  await page.screenshot({path: join(resultsRoot, 'try.png'), fullPage: true})
  assert.deepEqual(problems, [])
  await page.close()
})

test('Try it passes a known publication date to the parser, and says when it is not a date', async () => {
  const text = '"We will stay," the minister said on Thursday.\n'
  const {page, problems} = await open('/try/')
  await page.locator('#try-input').fill(text)
  await page.locator('#try-published').fill('2022-01-27')
  await page.locator('#try-parse').click()
  await parsed(page, text)
  const record = JSON.parse(await page.locator('#try-json').textContent())
  assert.equal(record.published?.value, '2022-01-27')
  assert.equal(record.published?.via, 'option')
  await page.locator('#try-published').fill('next week')
  await page.locator('#try-parse').click()
  assert.match(await page.locator('#try-status').textContent(), /published/)
  assert.deepEqual(problems, [])
  await page.close()
})

test('Try it shows pasted HTML as inert text', async () => {
  const text = '<script>window.__injected = 1</script><img src=x onerror="window.__injected = 2"><b>bold</b>\n"We will stay," the minister said on Monday.\n'
  const {page, problems} = await open('/try/')
  await page.locator('#try-input').fill(text)
  await page.locator('#try-parse').click()
  await parsed(page, text)
  const target = page.locator('#try-text')
  assert.equal(await target.evaluate((node) => node.textContent), text)
  assert.equal(await target.locator('script, img, b').count(), 0, 'no element injected')
  assert.equal(await page.evaluate(() => window.__injected), undefined)
  assert.ok(await target.getByText('<script>window.__injected').isVisible(), 'the markup is visible as text')
  assert.deepEqual(problems, [])
  await page.close()
})

test('the shared renderer keeps a hand-made hostile record inert in the browser', async () => {
  const {page, problems} = await open('/try/')
  const html = renderMarkedText(record, record.text)
  await page.evaluate((markup) => {
    const target = document.getElementById('try-text')
    target.innerHTML = markup
    document.getElementById('try-output').hidden = false
  }, html)
  const target = page.locator('#try-text')
  assert.equal(await target.evaluate((node) => node.textContent), record.text)
  assert.equal(await target.locator('script, img, b, i').count(), 0)
  assert.equal(await target.locator('mark').count(), 4)
  assert.equal(await page.evaluate(() => window.__injected), undefined)
  assert.deepEqual(problems, [])
  await page.close()
})

test('the timeline charts dated items that link to articles, and lists every item', async () => {
  const {page, problems} = await open('/timeline/')
  if (corpus.timeline.length > 0) {
    const links = await page.locator('.om-tl-chart a').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href')))
    assert.ok(links.length > 0)
    for (const href of links) assert.match(href, /^\/articles\/[^/]+\/(#(claim|event)-\w+)?$/)
  }
  assert.equal(await page.locator('.om-timeline-list li').count(), corpus.timeline.length + corpus.undated.length)
  assert.deepEqual(problems, [])
  await page.close()
})
