// Every internal link of the built site leads to a page (or an anchor on it) that exists.
import assert from 'node:assert/strict'
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs'
import {join, relative} from 'node:path'
import {test} from 'node:test'
import {distRoot} from './helpers.mjs'

function pages(directory) {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name)
    if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : pages(path)
    return name.endsWith('.html') ? [path] : []
  })
}

function target(path) {
  const file = join(distRoot, decodeURIComponent(path))
  if (existsSync(file) && statSync(file).isFile()) return file
  if (existsSync(join(file, 'index.html'))) return join(file, 'index.html')
  return null
}

test('internal links resolve, anchors included', () => {
  const broken = []
  const ids = new Map()
  const idsOf = (file) => {
    if (!ids.has(file)) ids.set(file, new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((match) => match[1])))
    return ids.get(file)
  }
  for (const file of pages(distRoot)) {
    const html = readFileSync(file, 'utf8')
    for (const [, href] of html.matchAll(/\shref="([^"]+)"/g)) {
      if (!href.startsWith('/') || href.startsWith('//')) continue
      const [path, hash] = href.replaceAll('&amp;', '&').split('#')
      const page = target(path)
      if (!page) broken.push(`${relative(distRoot, file)} → ${href}`)
      else if (hash && !idsOf(page).has(decodeURIComponent(hash))) broken.push(`${relative(distRoot, file)} → ${href} (no anchor)`)
    }
  }
  assert.deepEqual(broken, [])
})
