// The first example of the "Getting started" guide, run by the docs tests.
import {parseArticle, verifySpans} from '@onrecord/core'

const text = `"We find ways to work with the Russians," the coordinator said on Thursday.`
const article = parseArticle(text, {name: 'example.txt', published: '2022-01-27'})

for (const claim of article.claims) {
  const speaker = article.speakers.find((s) => s.id === claim.speaker)
  console.log(speaker?.name ?? 'no source', '|', claim.cue?.text, '|', claim.content.text)
}

// Every span points into the exact input: no problems.
console.log(verifySpans(article, text))
