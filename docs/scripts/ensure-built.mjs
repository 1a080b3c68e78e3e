// Build the site when dist/ is missing or older than what it is made from, so that `test`
// always runs against a current site: the docs' own sources and the built core and corpus.
import {spawnSync} from 'node:child_process'
import {existsSync, readdirSync, statSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('../', import.meta.url))
const built = join(root, 'dist', 'index.html')
const inputs = [
  'src',
  'astro.config.mjs',
  'typedoc-record-fields.mjs',
  '../packages/core/article.schema.json',
  'package.json',
  '../packages/core/dist',
  '../packages/core/src',
  '../packages/corpus/dist',
  '../seeds'
]

function newest(path) {
  if (!existsSync(path)) return 0
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  let latest = stat.mtimeMs
  for (const name of readdirSync(path)) {
    // The API pages are generated into src/ by the build itself.
    if (join(path, name) === join(root, 'src/content/docs/api')) continue
    latest = Math.max(latest, newest(join(path, name)))
  }
  return latest
}

const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0
const sourceAt = Math.max(...inputs.map((path) => newest(join(root, path))))
if (builtAt >= sourceAt) {
  console.log('docs: dist/ is current')
} else {
  console.log(builtAt === 0 ? 'docs: no dist/, building the site' : 'docs: dist/ is stale, rebuilding the site')
  const astro = spawnSync(join(root, 'node_modules/.bin/astro'), ['build'], {
    cwd: root,
    stdio: 'inherit',
    env: {...process.env, ASTRO_TELEMETRY_DISABLED: '1'}
  })
  if (astro.status !== 0) process.exit(astro.status ?? 1)
}
