/**
 * A stand-in for `@onrecord/corpus` while that package is not built: the seed articles
 * parsed with `@onrecord/core`, in the corpus package's shape (`articles`, `texts`).
 */
import {readdirSync, readFileSync} from 'node:fs'
import {resolve} from 'node:path'
import {parseArticle} from '@onrecord/core'

/** Parse `seeds/*.txt`. */
export function seedCorpus(): Record<string, unknown> {
  // Builds and tests run from docs/.
  const directory = resolve(process.cwd(), '../seeds') + '/'
  const texts: Record<string, string> = {}
  const articles = readdirSync(directory)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const text = readFileSync(directory + name, 'utf8')
      const article = parseArticle(text, {name})
      texts[article.id] = text
      return article
    })
  return {articles, texts}
}
