// Shared by the browser tests: a tiny static server for dist/ and a Chromium launcher.
import {createReadStream, existsSync, mkdtempSync, rmSync, statSync} from 'node:fs'
import {createServer} from 'node:http'
import {tmpdir} from 'node:os'
import {extname, join, normalize, resolve, sep} from 'node:path'
import {fileURLToPath} from 'node:url'
import {chromium} from 'playwright-core'

export const docsRoot = fileURLToPath(new URL('../', import.meta.url))
export const distRoot = join(docsRoot, 'dist')
export const resultsRoot = join(docsRoot, 'test-results')

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8'
}

/** Serve `dist/` on 127.0.0.1 at a free port. Resolves to `{url, close}`. */
export async function serveDist() {
  if (!existsSync(join(distRoot, 'index.html'))) throw new Error('docs/dist is missing: run `pnpm --filter ./docs run build`')
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
    let file = resolve(distRoot, '.' + normalize(path))
    if (file !== distRoot && !file.startsWith(distRoot + sep)) file = join(distRoot, '404.html')
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html')
    if (!existsSync(file)) {
      response.writeHead(404, {'content-type': types['.html']})
      createReadStream(join(distRoot, '404.html')).pipe(response)
      return
    }
    response.writeHead(200, {'content-type': types[extname(file)] ?? 'application/octet-stream'})
    createReadStream(file).pipe(response)
  })
  await new Promise((done) => server.listen(0, '127.0.0.1', done))
  const {port} = server.address()
  return {url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(done))}
}

/** Launch Debian's Chromium with a fresh profile and no network chatter. */
export async function launchChromium() {
  const userDataDir = mkdtempSync(join(tmpdir(), 'onrecord-docs-chromium-'))
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: {width: 1400, height: 1000},
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic'
    ]
  })
  return {
    context,
    async close() {
      await context.close()
      rmSync(userDataDir, {recursive: true, force: true})
    }
  }
}

/** The corpus as the site reads it (the same adapter the pages use). */
export async function siteCorpus() {
  const {loadCorpus} = await import('../src/lib/corpus.ts')
  return loadCorpus()
}
