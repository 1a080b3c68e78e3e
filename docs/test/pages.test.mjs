// The pages at a desktop width (1400 px) and a phone width (420 px): article marks (focus
// lights a trigger's arguments with their roles and a claim's speaker; a toggle per kind),
// the timeline (readable text, no sideways scrolling of the page, an axis to scale, filters),
// Try it (tables, a shareable link, a JSON download) and the API reference's table of fields.
import assert from 'node:assert/strict'
import {mkdirSync} from 'node:fs'
import {join} from 'node:path'
import {after, before, describe, test} from 'node:test'
import {marksFromArticle, parseArticle} from '@onrecord/core'
import {launchChromium, resultsRoot, serveDist, siteCorpus} from './helpers.mjs'

let server
let browser
let corpus

before(async () => {
  corpus = await siteCorpus()
  server = await serveDist()
  browser = await launchChromium()
  mkdirSync(resultsRoot, {recursive: true})
})

after(async () => {
  await browser?.close()
  await server?.close()
})

async function open(path, width) {
  const page = await browser.context.newPage()
  await page.setViewportSize({width, height: 900})
  const problems = []
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  await page.goto(server.url + path, {waitUntil: 'load'})
  return {page, problems}
}

/** How far the page scrolls sideways (0 when it fits). */
const overflow = (page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)

/** The article with the most events that have arguments marked. */
function richest() {
  return [...corpus.articles].sort((a, b) => b.events.length + b.claims.length - (a.events.length + a.claims.length))[0]
}

for (const width of [1400, 420]) {
  describe(`at ${width} px`, () => {
    test('every article page draws every mark of its record, one piece each', async () => {
      const kinds = new Set()
      for (const article of corpus.articles) {
        const text = corpus.texts.get(article.id)
        const {page, problems} = await open(`/articles/${article.id}/`, width)
        const expected = {}
        for (const mark of marksFromArticle(article, text)) expected[mark.kind] = (expected[mark.kind] ?? 0) + 1
        const drawn = await page.locator('[data-marked-text] .om[data-part="first"]').evaluateAll((nodes) => {
          const count = {}
          for (const node of nodes) count[node.dataset.kind] = (count[node.dataset.kind] ?? 0) + 1
          return count
        })
        assert.deepEqual(drawn, expected, article.id)
        for (const kind of Object.keys(drawn)) kinds.add(kind)
        assert.equal(await overflow(page), 0, `${article.id}: the page does not scroll sideways`)
        if (article === richest()) await page.screenshot({path: join(resultsRoot, `article-${width}.png`)})
        assert.deepEqual(problems, [])
        await page.close()
      }
      // Across the corpus, the evidence beyond claims is marked too.
      for (const kind of ['date', 'title', 'byline', 'dateline', 'actor', 'target', 'place']) assert.ok(kinds.has(kind), `${kind} marked somewhere`)
    })

    test("focusing a trigger lights its arguments with their roles and draws an arc to each", async () => {
      const article = richest()
      const event = article.events.find((item) => item.actors.length + item.targets.length + (item.location ? 1 : 0) > 0)
      assert.ok(event, 'an event with arguments')
      const {page} = await open(`/articles/${article.id}/`, width)
      await page.locator(`mark.om-trigger[data-event="${event.id}"][data-part="first"]`).focus()
      const lit = await page.locator('[data-marked-text] .om-lit[data-part="first"]').evaluateAll((nodes) =>
        nodes.map((node) => ({kind: node.dataset.kind, role: node.dataset.role, of: node.dataset.of, text: node.textContent}))
      )
      for (const item of lit) assert.ok(item.of.split(' ').includes(event.id), `${item.text} belongs to ${event.id}`)
      const roles = {actor: 'actor', target: 'target', place: 'where', date: 'when'}
      for (const item of lit) assert.equal(item.role, roles[item.kind])
      for (const actor of event.actors) assert.ok(lit.some((item) => item.kind === 'actor' && item.text.startsWith(actor.name.slice(0, 3))), actor.name)
      if (event.location) assert.ok(lit.some((item) => item.kind === 'place'))
      const aside = await page.locator('.om-aside').textContent()
      assert.match(aside, new RegExp(`^Event ${event.id}:`))
      if (event.actors.length > 0) assert.match(aside, /actor: /)
      // The role label is drawn (generated content) and an arc goes to each argument.
      const label = await page.locator('[data-marked-text] .om-lit[data-role]').first().evaluate((node) => getComputedStyle(node, '::before').content)
      assert.match(label, /actor|target|where|when/)
      assert.equal(await page.locator('.om-arcs path').count(), lit.length)
      await page.screenshot({path: join(resultsRoot, `article-trigger-focus-${width}.png`)})
      // Moving on clears them.
      await page.locator('.om-skip a').focus()
      assert.equal(await page.locator('[data-marked-text] .om-lit').count(), 0)
      await page.close()
    })

    test("focusing a claim lights every mention of its speaker", async () => {
      const article = richest()
      const claim = article.claims.find((item) => item.speaker && article.speakers.find((speaker) => speaker.id === item.speaker).mentions.length > 1)
      assert.ok(claim, 'a claim whose speaker is mentioned twice')
      const speaker = article.speakers.find((item) => item.id === claim.speaker)
      const {page} = await open(`/articles/${article.id}/`, width)
      await page.locator(`mark.om-content[data-claim="${claim.id}"][data-part="first"]`).focus()
      const mentions = page.locator(`[data-marked-text] mark.om-speaker[data-speaker="${speaker.id}"]`)
      const lit = await mentions.evaluateAll((nodes) => nodes.map((node) => node.classList.contains('om-lit')))
      assert.ok(lit.length >= 2)
      assert.deepEqual(lit, lit.map(() => true))
      assert.equal(await page.locator('[data-marked-text] mark.om-speaker.om-lit').count(), lit.length, 'no other speaker lit')
      await page.close()
    })

    test('a toggle hides a kind of mark and takes it out of the tab order', async () => {
      const article = richest()
      const {page} = await open(`/articles/${article.id}/`, width)
      const trigger = page.locator('[data-marked-text] mark.om-trigger[data-part="first"]').first()
      const style = () => trigger.evaluate((node) => ({border: getComputedStyle(node).borderBottomWidth, label: getComputedStyle(node, '::before').content, tab: node.tabIndex}))
      const shown = await style()
      assert.notEqual(shown.border, '0px')
      assert.equal(shown.tab, 0)
      await page.locator('[data-mark-toggles] input[value="trigger"]').uncheck()
      const hidden = await style()
      assert.equal(hidden.border, '0px')
      assert.equal(hidden.label, 'none')
      assert.equal(hidden.tab, -1)
      // Other kinds stay.
      const cue = page.locator('[data-marked-text] mark.om-cue[data-part="first"]').first()
      assert.equal(await cue.evaluate((node) => node.tabIndex), 0)
      await page.locator('[data-mark-toggles] input[value="trigger"]').check()
      assert.deepEqual(await style(), shown)
      await page.close()
    })

    test('an article page links its speakers to the speakers page and offers its record as JSON', async () => {
      const article = richest()
      const {page} = await open(`/articles/${article.id}/`, width)
      const links = await page.locator('a[data-speaker-link]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href')))
      assert.ok(links.length > 0)
      const anchors = await (await open('/speakers/', width)).page.evaluate(() => [...document.querySelectorAll('[id]')].map((node) => node.id))
      for (const href of links) {
        assert.match(href, /^\/speakers\/#/)
        assert.ok(anchors.includes(decodeURIComponent(href.slice('/speakers/#'.length))), href)
      }
      const download = page.locator('a[data-download="record"]')
      assert.equal(await download.getAttribute('download'), `${article.id}.json`)
      const record = await page.evaluate(async (href) => (await fetch(href)).json(), await download.getAttribute('href'))
      assert.deepEqual(record, JSON.parse(JSON.stringify(article)))
      await page.close()
    })

    test('the timeline is readable: no text under 12 px, no sideways page, an axis to scale', async () => {
      const {page, problems} = await open('/timeline/', width)
      const smallest = await page.evaluate(() => {
        let min = Infinity
        let where = ''
        const walker = document.createTreeWalker(document.querySelector('.om-timeline-page'), NodeFilter.SHOW_TEXT)
        while (walker.nextNode()) {
          const node = walker.currentNode
          if (!node.textContent.trim()) continue
          const element = node.parentElement
          if (element.closest('.om-visually-hidden') || !element.checkVisibility()) continue
          const size = parseFloat(getComputedStyle(element).fontSize)
          if (size < min) [min, where] = [size, node.textContent.trim().slice(0, 40)]
        }
        return {min, where}
      })
      assert.ok(smallest.min >= 12, `smallest text ${smallest.min}px: ${smallest.where}`)
      assert.equal(await overflow(page), 0, 'the page does not scroll sideways')
      // Years are evenly spaced: the axis is to scale.
      const years = await page.locator('.om-tl-tick.major').evaluateAll((nodes) => nodes.map((node) => node.getBoundingClientRect().left))
      assert.ok(years.length >= 2)
      const gaps = years.slice(1).map((left, index) => left - years[index])
      for (const gap of gaps) assert.ok(Math.abs(gap - gaps[0]) < 1.5, `even year gaps: ${gaps.join(', ')}`)
      assert.ok(gaps[0] >= 40, `a year is ${gaps[0]}px wide`)
      await page.screenshot({path: join(resultsRoot, `timeline-${width}.png`), fullPage: true})
      assert.deepEqual(problems, [])
      await page.close()
    })

    test('the timeline filters by kind and by outlet', async () => {
      const {page} = await open('/timeline/', width)
      const visible = () => page.locator('.om-timeline-list [data-tl-item]:visible').count()
      const total = await visible()
      assert.equal(total, corpus.timeline.length + corpus.undated.length)
      const outlet = await page.locator('[data-tl-filters] input[name="outlet"]').first().getAttribute('value')
      const ofOutlet = await page.locator(`.om-timeline-list [data-tl-item][data-outlet="${outlet}"]`).count()
      await page.locator(`[data-tl-filters] input[name="outlet"][value="${outlet}"]`).uncheck()
      assert.equal(await visible(), total - ofOutlet)
      assert.equal(await page.locator(`.om-tl-chart [data-tl-item][data-outlet="${outlet}"]:visible`).count(), 0)
      assert.match(await page.locator('[data-tl-count]').textContent(), new RegExp(`Showing ${total - ofOutlet} of ${total}`))
      await page.locator(`[data-tl-filters] input[name="outlet"][value="${outlet}"]`).check()
      await page.locator('[data-tl-filters] input[name="class"][value="claim"]').uncheck()
      const claims = await page.locator('.om-timeline-list [data-tl-item][data-class="claim"]').count()
      assert.ok(claims > 0)
      assert.equal(await visible(), total - claims)
      await page.close()
    })

    test('Try it fills tables of claims, speakers and events, a shareable link and a JSON download', async () => {
      const text = 'GENEVA, Jan 27 (Reuters) - Rebel fighters attacked the town of Goma on Monday, the army said.\n"We will not leave," the minister said.\n'
      const expected = parseArticle(text, {name: 'pasted.txt'})
      const {page, problems} = await open('/try/', width)
      await page.locator('#try-input').fill(text)
      await page.locator('#try-parse').click()
      await page.waitForFunction((length) => document.getElementById('try-output').dataset.length === String(length), text.length)
      const rows = (id) => page.locator(`#${id} tbody tr`).evaluateAll((nodes) => nodes.map((node) => [...node.cells].map((cell) => cell.textContent)))
      const claims = await rows('try-claims')
      assert.deepEqual(claims.map((row) => row[0]), expected.claims.map((claim) => claim.id))
      assert.deepEqual(claims.map((row) => row[4]), expected.claims.map((claim) => claim.content.text))
      assert.deepEqual((await rows('try-speakers')).map((row) => row[1]), expected.speakers.map((speaker) => speaker.name))
      assert.deepEqual((await rows('try-events')).map((row) => row[1]), expected.events.map((event) => event.type))
      // The address now carries the text; opening it elsewhere parses the same text.
      const url = page.url()
      assert.match(url, /#text=/)
      const shared = await open(url.slice(server.url.length), width)
      await shared.page.waitForFunction((length) => document.getElementById('try-output').dataset.length === String(length), text.length)
      assert.equal(await shared.page.locator('#try-input').inputValue(), text)
      assert.deepEqual(await shared.page.locator('#try-claims tbody tr').count(), expected.claims.length)
      await shared.page.close()
      const record = await page.evaluate(async () => (await fetch(document.getElementById('try-download').href)).json())
      assert.equal(record.claims.length, expected.claims.length)
      assert.equal(record.events.length, expected.events.length)
      assert.equal(await overflow(page), 0, 'the page does not scroll sideways')
      // Hypothetical events show only when asked for, and the link keeps the choice.
      const possible = 'The rebels could attack the town. Police arrested two men.\n'
      const events = async (target) => {
        await target.waitForFunction((length) => document.getElementById('try-output').dataset.length === String(length), possible.length)
        return target.locator('#try-events tbody tr').evaluateAll((nodes) => nodes.map((node) => node.cells[7]?.textContent))
      }
      await page.locator('#try-input').fill(possible)
      await page.locator('#try-parse').click()
      assert.deepEqual(await events(page), ['asserted'])
      await page.locator('#try-hypothetical').check()
      await page.locator('#try-parse').click()
      await page.waitForFunction(() => document.querySelectorAll('#try-events tbody tr').length === 2)
      assert.deepEqual(await events(page), ['hypothetical', 'asserted'])
      assert.match(page.url(), /hypothetical=1/)
      const kept = await open(page.url().slice(server.url.length), width)
      assert.deepEqual(await events(kept.page), ['hypothetical', 'asserted'])
      assert.equal(await kept.page.locator('#try-hypothetical').isChecked(), true)
      await kept.page.close()
      await page.screenshot({path: join(resultsRoot, `try-${width}.png`), fullPage: true})
      assert.deepEqual(problems, [])
      await page.close()
    })
  })
}

test("the API reference's Article page links to the record guide and lists every field", async () => {
  let found = null
  for (const path of ['/api/type-aliases/article/', '/api/interfaces/article/']) {
    const {page} = await open(path, 1400)
    if ((await page.locator('h1', {hasText: /^Article$/}).count()) > 0) found = page
    else await page.close()
    if (found) break
  }
  assert.ok(found, 'an Article page in the API reference')
  assert.ok((await found.locator('a[href="/guides/article-record/"]').count()) > 0)
  const fields = await found.locator('table tbody tr td:first-child code').allTextContents()
  for (const path of ['id', 'published', 'published.precision', 'claims[].cue', 'events[].actors[].code']) assert.ok(fields.includes(path), path)
  await found.close()
})
