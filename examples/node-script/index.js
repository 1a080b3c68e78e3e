// Parse one article with @onrecord/core and print its claims with their evidence, then read
// the prebuilt corpus: speakers merged across articles and one timeline.
// Usage: node index.js [article.txt]   (default: the first seed article)
// Plain JavaScript, so that it runs on every Node the packages support (20 and later);
// `tsc` checks it against the packages' types all the same (see tsconfig.json).
import {readFileSync} from 'node:fs'
import {basename} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArticle, verifySpans} from '@onrecord/core'
import {articles, speakers, timeline} from '@onrecord/corpus'

const file = process.argv[2] ?? fileURLToPath(new URL('../../seeds/000_7ef0ae0930d540bf.txt', import.meta.url))
const text = readFileSync(file, 'utf8')
const article = parseArticle(text, {name: basename(file)})

console.log(`# ${article.id}: ${article.title?.text ?? '(no title)'}`)
console.log(`outlet: ${article.outlet?.name ?? 'unknown'}; published: ${article.published?.value ?? 'unknown'}`)
console.log(`${article.claims.length} claims`)
for (const claim of article.claims) {
  const speaker = article.speakers.find((candidate) => candidate.id === claim.speaker)
  console.log(`- ${speaker?.name ?? '(unattributed)'} ${claim.cue?.lemma ?? '—'}: ${JSON.stringify(claim.content.text)} [${claim.content.span.start}-${claim.content.span.end}]`)
}
console.log(`span problems: ${verifySpans(article, text).length}`)

console.log(`\n# corpus: ${articles.length} articles, ${speakers.length} speakers, ${timeline.length} dated items`)
for (const speaker of speakers.filter((candidate) => candidate.articles.length > 1)) {
  console.log(`- ${speaker.name} (also ${speaker.aliases.join(', ') || 'no other name'}) in ${speaker.articles.length} articles`)
}
for (const item of timeline.slice(0, 5)) {
  console.log(`${item.date?.value} ${item.kind} ${item.article}: ${item.text ?? ''}`.slice(0, 120))
}
