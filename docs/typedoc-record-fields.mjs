// A TypeDoc plugin for the API reference: the Article page opens with a link to the record
// guide and a table of every field of the record, read from the JSON Schema that core
// generates from its zod schema (descriptions included), so the reference cannot drift from it.
import {readFileSync} from 'node:fs'
import {Application} from 'typedoc'
import {fieldsTable, schemaFields} from './src/lib/schema-fields.ts'

const schemaPath = new URL('../packages/core/article.schema.json', import.meta.url)

/** @param {import('typedoc').Application} app */
export function load(app) {
  // typedoc-plugin-markdown loads after this plugin: its hooks exist once bootstrap is over.
  app.on(Application.EVENT_BOOTSTRAP_END, () => {
    app.renderer.markdownHooks.on('content.begin', (context) => {
      if (context.page.model?.name !== 'Article') return ''
      const schema = JSON.parse(readFileSync(schemaPath, 'utf8'))
      return [
        'What each field means, with examples from the corpus: [the Article record](/guides/article-record/).',
        '',
        '## Fields',
        '',
        'Every field of the record, from `@onrecord/core/article.schema.json`; `[]` marks the items of an array.',
        '',
        fieldsTable(schemaFields(schema)),
        ''
      ].join('\n')
    })
  })
}
