// Open the built page in headless Chromium, paste a seed article, press Parse, and compare
// what the page shows with what @onrecord/core gives in Node for the same text.
import assert from 'node:assert/strict'
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {createServer} from 'node:http'
import {extname, join} from 'node:path'
import {after, before, test} from 'node:test'
import {fileURLToPath} from 'node:url'
import {parseArticle} from '@onrecord/core'
import {chromium} from 'playwright-core'

const dist = fileURLToPath(new URL('../dist/', import.meta.url))
const seeds = new URL('../../../seeds/', import.meta.url)
const executablePath = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path))
// Locally a missing Chromium skips the test with a message; in CI (.ci/run installs it) it fails.
const skip = !executablePath && !process.env.CI ? 'no Chromium found (apt-get install chromium, or set CHROMIUM_PATH)' : false

const types = {'.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css'}
let server
let origin
let browser

before(async () => {
  if (skip) return
  // A static server on the loopback address only, for the built dist/.
  server = createServer((request, response) => {
    const path = new URL(request.url, 'http://localhost').pathname
    const file = join(dist, path === '/' ? 'index.html' : path)
    if (!file.startsWith(dist) || !existsSync(file)) {
      response.writeHead(404).end()
      return
    }
    response.writeHead(200, {'content-type': types[extname(file)] ?? 'application/octet-stream'}).end(readFileSync(file))
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${server.address().port}`
  // Playwright gives the browser a fresh profile of its own.
  browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic']
  })
})

after(async () => {
  await browser?.close()
  server?.close()
})

test('the page parses a pasted article in the browser exactly as core does in Node', {skip, timeout: 60_000}, async () => {
  const name = readdirSync(seeds).filter((file) => file.endsWith('.txt')).sort()[0]
  const text = readFileSync(new URL(name, seeds), 'utf8')
  const page = await browser.newPage({viewport: {width: 1100, height: 1400}})
  const errors = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(origin)
  await page.fill('#text', text)
  await page.fill('#published', '')
  await page.click('#parse')
  await page.waitForSelector('#result[data-state="done"]')

  const shown = JSON.parse(await page.textContent('#json'))
  assert.deepEqual(shown, JSON.parse(JSON.stringify(parseArticle(text))))
  const claimCount = await page.textContent('#summary dd:nth-of-type(5)')
  assert.equal(claimCount, String(shown.claims.length))
  assert.equal(await page.locator('mark.content').count(), shown.claims.length)
  assert.deepEqual(errors, [])
  if (process.env.SCREENSHOT) await page.screenshot({path: process.env.SCREENSHOT, fullPage: false})
})

test('a malformed date is reported on the page, not thrown', {skip, timeout: 60_000}, async () => {
  const page = await browser.newPage()
  await page.goto(origin)
  await page.fill('#published', 'next week')
  await page.click('#parse')
  await page.waitForSelector('#result[data-state="error"]')
  assert.match(await page.textContent('#result'), /published/)
})
