// Write the JSON Schema of the Article record (from the zod schema) next to the build output
// and into the package's committed copy, so that non-TypeScript users can validate records.
import {readFileSync, writeFileSync} from 'node:fs'
import {toJSONSchema} from 'zod/mini'
import {ArticleSchema} from '../dist/index.js'

export function articleJsonSchema() {
  return JSON.stringify(
    {
      ...toJSONSchema(ArticleSchema, {target: 'draft-2020-12'}),
      $id: 'https://onrecord.dev/schema/article-1.json',
      title: 'onrecord Article record'
    },
    null,
    2
  ) + '\n'
}

const json = articleJsonSchema()
writeFileSync(new URL('../dist/article.schema.json', import.meta.url), json)
const committed = new URL('../article.schema.json', import.meta.url)
let previous = null
try {
  previous = readFileSync(committed, 'utf8')
} catch {}
if (previous !== json && process.argv.includes('--write')) writeFileSync(committed, json)
