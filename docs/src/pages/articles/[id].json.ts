/** Each article's record as a JSON file beside its page, for the page's download link. */
import type {APIRoute, GetStaticPaths} from 'astro'
import {loadCorpus} from '../../lib/corpus.ts'

export const getStaticPaths = (async () => {
  const {articles} = await loadCorpus()
  return articles.map((article) => ({params: {id: article.id}, props: {article}}))
}) satisfies GetStaticPaths

export const GET: APIRoute = ({props}) =>
  new Response(`${JSON.stringify(props.article, null, 2)}\n`, {headers: {'content-type': 'application/json; charset=utf-8'}})
