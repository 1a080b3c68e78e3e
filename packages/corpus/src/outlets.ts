import type {Article} from '@onrecord/core'
import {slug} from './names.ts'
import type {CorpusOutlet} from './types.ts'

/**
 * The outlets of several articles, one per registry id (else per name), first met first,
 * each with its articles. Articles whose outlet is unknown are left out.
 */
export function collectOutlets(articles: readonly Article[]): CorpusOutlet[] {
  const outlets = new Map<string, CorpusOutlet>()
  for (const article of articles) {
    const outlet = article.outlet
    if (!outlet) continue
    const key = outlet.id ?? slug(outlet.name)
    const known = outlets.get(key)
    if (known) {
      if (!known.articles.includes(article.id)) known.articles.push(article.id)
    } else {
      outlets.set(key, {key, id: outlet.id, name: outlet.name, domain: outlet.domain, articles: [article.id]})
    }
  }
  return [...outlets.values()]
}
