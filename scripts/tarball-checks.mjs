// What a packed tarball must not carry, as pure functions over its files, so that the pack
// test can run them on the real tarballs and show on made-up ones that they do fail.
import {posix} from 'node:path'

const dependencyFields = ['dependencies', 'peerDependencies', 'optionalDependencies', 'devDependencies']

/**
 * The `workspace:` ranges left in a packed package.json, as `field name@range`. pnpm replaces
 * them when it packs or publishes; npm does not, and an install of such a tarball fails.
 *
 * @param {Record<string, unknown>} manifest The package.json inside the tarball.
 * @returns {string[]}
 */
export function workspaceRanges(manifest) {
  const found = []
  for (const field of dependencyFields) {
    for (const [name, range] of Object.entries(manifest[field] ?? {})) {
      if (typeof range === 'string' && range.startsWith('workspace:')) found.push(`${field} ${name}@${range}`)
    }
  }
  return found
}

/**
 * Source maps that point at files the tarball does not ship: a `sourceMappingURL` comment
 * naming a missing map, or a map whose `sources` are not in the tarball (a map that embeds
 * every source in `sourcesContent` still names paths a reader cannot open).
 *
 * @param {Map<string, string>} files The tarball's text files by path (`dist/index.js`), contents as strings.
 * @returns {string[]} One line per problem.
 */
export function strayMaps(files) {
  const problems = []
  for (const [path, content] of files) {
    if (/\.[cm]?js$/.test(path)) {
      for (const [, url] of content.matchAll(/^\/\/[#@] sourceMappingURL=(\S+)\s*$/gm)) {
        if (url.startsWith('data:')) {
          const base64 = /^data:application\/json;(?:charset=utf-8;)?base64,(.*)$/i.exec(url)
          problems.push(...mapSources(`${path} (inline map)`, path, base64 ? Buffer.from(base64[1], 'base64').toString('utf8') : '', files))
          continue
        }
        const target = posix.join(posix.dirname(path), url)
        if (!files.has(target)) problems.push(`${path}: sourceMappingURL ${url} is not in the tarball`)
      }
    }
    if (path.endsWith('.map')) problems.push(...mapSources(path, path, content, files))
  }
  return problems
}

/** The sources of one map that the tarball does not ship. */
function mapSources(label, path, json, files) {
  let map
  try {
    map = JSON.parse(json)
  } catch {
    return [`${label}: not a JSON source map`]
  }
  const problems = []
  for (const source of map.sources ?? []) {
    const target = posix.join(posix.dirname(path), map.sourceRoot ?? '', source)
    if (!files.has(target)) problems.push(`${label}: source ${source} is not in the tarball`)
  }
  return problems
}
