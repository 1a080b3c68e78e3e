/**
 * The fields of a JSON Schema as a flat table: one row per property, nested ones by dotted path
 * (`published.precision`, `claims[].cue.lemma`), each with its type and its `description`. The
 * API reference's Article page shows this table for `@onrecord/core/article.schema.json`, so the
 * words come from the schema, written once beside each field.
 *
 * Erasable TypeScript only: TypeDoc loads it through a plugin under Node's type stripping.
 */

/** The parts of a JSON Schema node read here. */
export interface SchemaNode {
  $ref?: string
  $defs?: Record<string, SchemaNode>
  definitions?: Record<string, SchemaNode>
  type?: string | string[]
  const?: unknown
  enum?: unknown[]
  anyOf?: SchemaNode[]
  oneOf?: SchemaNode[]
  items?: SchemaNode
  properties?: Record<string, SchemaNode>
  required?: string[]
  description?: string
}

/** One row of the table. */
export interface FieldRow {
  /** Dotted path; `[]` marks the items of an array. */
  path: string
  /** The type in short: `string`, `string \| null`, `'day' \| 'month'`, `object[]`. */
  type: string
  /** Whether the property is required in its object. */
  required: boolean
  /** The schema's description, or null when the field has none. */
  description: string | null
}

/** Every property of `schema`, depth first, in the schema's order. */
export function schemaFields(schema: SchemaNode, maxDepth = 6): FieldRow[] {
  const defs = {...schema.definitions, ...schema.$defs}
  const resolve = (node: SchemaNode): SchemaNode => {
    const seen = new Set<string>()
    while (node.$ref && !seen.has(node.$ref)) {
      seen.add(node.$ref)
      const name = /^#\/(?:\$defs|definitions)\/(.+)$/.exec(node.$ref)?.[1]
      const target = name ? defs[decodeURIComponent(name)] : undefined
      if (!target) break
      // A description beside a $ref describes this use of the definition: it wins.
      node = {...target, ...(node.description ? {description: node.description} : {})}
    }
    return node
  }
  const rows: FieldRow[] = []

  const walk = (node: SchemaNode, prefix: string, depth: number, stack: SchemaNode[]) => {
    const object = objectOf(resolve(node), resolve)
    if (!object?.properties || depth > maxDepth || stack.includes(object)) return
    for (const [name, raw] of Object.entries(object.properties)) {
      const field = resolve(raw)
      const path = `${prefix}${name}`
      const inner = arrayItems(field, resolve)
      // A span is the same everywhere: shown as its shape, not as two more rows each time.
      const span = isSpan(objectOf(inner ?? field, resolve))
      rows.push({
        path,
        type: span ? typeOf(field, resolve).replace('object', '{start, end}') : typeOf(field, resolve),
        required: object.required?.includes(name) ?? false,
        description: descriptionOf(field, resolve)
      })
      if (!span) walk(inner ?? field, inner ? `${path}[].` : `${path}.`, depth + 1, [...stack, object])
    }
  }
  walk(schema, '', 0, [])
  return rows
}

function isSpan(node: SchemaNode | null): boolean {
  const keys = Object.keys(node?.properties ?? {})
  return keys.length === 2 && keys.includes('start') && keys.includes('end')
}

/** The object a node stands for: itself, the non-null branch of a nullable, else null. */
function objectOf(node: SchemaNode, resolve: (node: SchemaNode) => SchemaNode): SchemaNode | null {
  if (node.properties) return node
  for (const branch of node.anyOf ?? node.oneOf ?? []) {
    const found = objectOf(resolve(branch), resolve)
    if (found) return found
  }
  return null
}

function arrayItems(node: SchemaNode, resolve: (node: SchemaNode) => SchemaNode): SchemaNode | null {
  if (node.items) return resolve(node.items)
  for (const branch of node.anyOf ?? node.oneOf ?? []) {
    const found = arrayItems(resolve(branch), resolve)
    if (found) return found
  }
  return null
}

function descriptionOf(node: SchemaNode, resolve: (node: SchemaNode) => SchemaNode): string | null {
  if (typeof node.description === 'string' && node.description.trim() !== '') return node.description.trim()
  // zod puts the description of a nullable field on the field or on its non-null branch.
  for (const branch of node.anyOf ?? node.oneOf ?? []) {
    const found = descriptionOf(resolve(branch), resolve)
    if (found) return found
  }
  return null
}

/** A short type: `string`, `integer`, `'a' \| 'b'`, `object \| null`, `string[]`. */
export function typeOf(node: SchemaNode, resolve: (node: SchemaNode) => SchemaNode = (item) => item): string {
  if ('const' in node) return JSON.stringify(node.const)
  if (node.enum) return node.enum.map((value) => JSON.stringify(value)).join(' | ')
  const branches = node.anyOf ?? node.oneOf
  if (branches) return [...new Set(branches.map((branch) => typeOf(resolve(branch), resolve)))].join(' | ')
  const types = Array.isArray(node.type) ? node.type : node.type ? [node.type] : []
  if (types.length === 0) return node.properties ? 'object' : 'any'
  return types.map((type) => (type === 'array' ? `${node.items ? typeOf(resolve(node.items), resolve) : 'any'}[]` : type)).join(' | ')
}

function cell(value: string): string {
  return value.replace(/\s+/g, ' ').replaceAll('\\', '\\\\').replaceAll('|', '\\|').replaceAll('<', '&lt;')
}

/**
 * The rows as a Markdown table. A field without a description is listed all the same, its
 * description cell saying so.
 */
export function fieldsTable(rows: readonly FieldRow[]): string {
  const lines = ['| field | type | description |', '| --- | --- | --- |']
  for (const row of rows) {
    const type = `\`${row.type.replaceAll('|', '\\|').replaceAll('`', "'")}\`${row.required ? '' : ' (optional)'}`
    lines.push(`| \`${cell(row.path)}\` | ${type} | ${row.description ? cell(row.description) : '*(no description yet)*'} |`)
  }
  return lines.join('\n')
}
