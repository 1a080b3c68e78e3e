/**
 * The texts the benchmark reads: the BBC news corpus beside the repository (third-party, never
 * copied into it) and the seed articles.
 */
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {join} from 'node:path'

/** The repository root. */
export const root = fileURLToPath(new URL('../../', import.meta.url))

/** Where the BBC corpus is expected: `../shared/corpora/bbc` relative to the repository root. */
export const bbcPath = join(root, '..', 'shared', 'corpora', 'bbc')

/** Every `.txt` file under `dir`, sorted by path. */
export function textFiles(dir) {
  const found = []
  const walk = (path) => {
    for (const name of readdirSync(path).sort()) {
      const full = join(path, name)
      if (statSync(full).isDirectory()) walk(full)
      else if (name.endsWith('.txt')) found.push(full)
    }
  }
  walk(dir)
  return found
}

/** The BBC corpus as `{name, files, texts}`, or null when it is absent. */
export function loadBbc() {
  if (!existsSync(bbcPath)) return null
  const files = textFiles(bbcPath)
  return {name: 'bbc', files, texts: files.map((file) => readFileSync(file, 'utf8'))}
}

/** The seed articles as `{name, files, texts}`. */
export function loadSeeds() {
  const files = textFiles(join(root, 'seeds'))
  return {name: 'seeds', files, texts: files.map((file) => readFileSync(file, 'utf8'))}
}

/**
 * Article text repeated until it is `bytes` long (UTF-16 length, ASCII text), cut at a line
 * boundary where possible so that each copy stays a well-formed run of paragraphs.
 */
export function repeatedText(texts, bytes) {
  const unit = texts.join('\n\n') + '\n\n'
  let text = unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes)
  const cut = text.lastIndexOf('\n')
  if (cut > bytes * 0.9) text = text.slice(0, cut + 1)
  return text
}
