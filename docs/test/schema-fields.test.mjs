// The API reference's table of fields, from the JSON Schema's descriptions.
import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {test} from 'node:test'
import {fieldsTable, schemaFields} from '../src/lib/schema-fields.ts'

const schema = {
  type: 'object',
  $defs: {Date: {type: 'object', description: 'A date.', properties: {value: {type: 'string', description: 'EDTF.'}, precision: {enum: ['year', 'day']}}, required: ['value', 'precision']}},
  properties: {
    published: {anyOf: [{$ref: '#/$defs/Date'}, {type: 'null'}], description: 'When | where.'},
    tags: {type: 'array', items: {type: 'object', properties: {name: {type: 'string', description: 'The tag.'}, span: {type: 'object', properties: {start: {type: 'integer'}, end: {type: 'integer'}}}}}},
    note: {type: ['string', 'null']}
  },
  required: ['published', 'tags']
}

test('nested fields get dotted paths, array items [], types and descriptions', () => {
  const rows = schemaFields(schema)
  assert.deepEqual(
    rows.map((row) => [row.path, row.type, row.required, row.description]),
    [
      ['published', 'object | null', true, 'When | where.'],
      ['published.value', 'string', true, 'EDTF.'],
      ['published.precision', '"year" | "day"', true, null],
      ['tags', 'object[]', true, null],
      ['tags[].name', 'string', false, 'The tag.'],
      ['tags[].span', '{start, end}', false, null],
      ['note', 'string | null', false, null]
    ]
  )
})

test('the table lists a field without a description and escapes pipes', () => {
  const table = fieldsTable(schemaFields(schema))
  assert.match(table, /^\| `published\.precision` \| `"year" \\\| "day"` \| \*\(no description yet\)\* \|$/m)
  assert.match(table, /When \\\| where\./)
  assert.equal(table.split('\n').length, 2 + 7)
})

test("the record's schema: every top-level property and published.precision are rows", () => {
  const real = JSON.parse(readFileSync(new URL('../../packages/core/article.schema.json', import.meta.url), 'utf8'))
  const paths = schemaFields(real).map((row) => row.path)
  for (const name of Object.keys(real.properties)) assert.ok(paths.includes(name), name)
  assert.ok(paths.includes('published.precision'))
  assert.ok(paths.includes('claims[].cue.lemma'))
})
