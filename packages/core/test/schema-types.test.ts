import {readFileSync} from 'node:fs'
import {expect, it} from 'vitest'
import {globalRegistry, toJSONSchema} from 'zod/mini'
import * as core from '../src/index.js'
// @ts-expect-error: a plain ES module without types
import {documentedTypes} from '../scripts/documented-types.mjs'

it('the committed src/schema/types.ts is written from the schemas (run `pnpm --filter @onrecord/core schema` to update)', () => {
  const committed = readFileSync(new URL('../src/schema/types.ts', import.meta.url), 'utf8')
  expect(committed).toBe(documentedTypes(core))
})

it('every field of the record carries a description, in the schema and in the JSON Schema', () => {
  const missing: string[] = []
  function visit(node: unknown, path: string): void {
    if (!node || typeof node !== 'object') return
    const schema = node as {type?: string | string[]; properties?: Record<string, unknown>; items?: unknown; anyOf?: unknown[]}
    for (const [key, value] of Object.entries(schema.properties ?? {})) {
      const field = value as {description?: string}
      if (!field.description) missing.push(`${path}.${key}`)
      visit(value, `${path}.${key}`)
    }
    if (schema.items) visit(schema.items, `${path}[]`)
    for (const option of schema.anyOf ?? []) visit(option, path)
  }
  visit(toJSONSchema(core.ArticleSchema, {target: 'draft-2020-12'}), 'article')
  expect(missing).toEqual([])
  expect(globalRegistry.get(core.ArticleSchema.shape.published)?.description).toMatch(/publication date/)
})

it('a description documents one field: the shared Span schema stays undescribed', () => {
  expect(globalRegistry.get(core.SpanSchema)).toBeUndefined()
  const title = toJSONSchema(core.ArticleSchema, {target: 'draft-2020-12'}).properties?.title as {description?: string}
  expect(title.description).toMatch(/headline/)
})

it('the documented interface shows the field documentation that hover reads', () => {
  const text = documentedTypes(core) as string
  const dateValue = text.slice(text.indexOf('export interface DateValue'))
  expect(dateValue.slice(0, dateValue.indexOf('\n}'))).toMatch(/\/\*\* The finest unit the value states\. \*\/\n {2}precision: DatePrecision/)
})
