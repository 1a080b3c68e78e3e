// Write src/schema/types.ts, the record's documented interfaces, from the built schemas; with
// --write it replaces the committed file, else it fails when that file is out of date.
import {readFileSync, writeFileSync} from 'node:fs'
import * as core from '../dist/index.js'
import {documentedTypes} from './documented-types.mjs'

const file = new URL('../src/schema/types.ts', import.meta.url)
const text = documentedTypes(core)
let previous = null
try {
  previous = readFileSync(file, 'utf8')
} catch {}
if (previous !== text) {
  if (process.argv.includes('--write')) writeFileSync(file, text)
  else {
    console.error('src/schema/types.ts is out of date: run `pnpm --filter @onrecord/core schema`')
    process.exit(1)
  }
}
