import {readFileSync} from 'node:fs'
import {expect, it} from 'vitest'
import {toJSONSchema} from 'zod/mini'
import {ArticleSchema} from '../src/index.js'

it('the committed article.schema.json matches the zod schema (run `pnpm --filter @onrecord/core schema` to update)', () => {
  const committed = JSON.parse(readFileSync(new URL('../article.schema.json', import.meta.url), 'utf8'))
  const {$id, title, ...rest} = committed
  expect(rest).toEqual(toJSONSchema(ArticleSchema, {target: 'draft-2020-12'}))
  expect($id).toMatch(/article-1\.json$/)
  expect(title).toBeTruthy()
})
