// Write generated/ from the seeds: `node scripts/build-data.ts [--out DIR]`. Run by `build`
// before tsup, which bundles generated/corpus.ts and copies generated/files/ into dist/.
import {mkdirSync, rmSync, writeFileSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {generate} from './generate.ts'

const flag = process.argv.indexOf('--out')
const out = flag === -1 ? fileURLToPath(new URL('../generated/', import.meta.url)) : resolve(process.argv[flag + 1]!)

rmSync(out, {recursive: true, force: true})
const files = generate()
for (const [path, content] of Object.entries(files)) {
  const target = join(out, path)
  mkdirSync(dirname(target), {recursive: true})
  writeFileSync(target, content)
}
console.log(`corpus: wrote ${Object.keys(files).length} files to ${out}`)
