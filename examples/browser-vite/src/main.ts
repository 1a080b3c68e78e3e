// Parse the pasted text with @onrecord/core, in the browser, and show the record: the
// summary, the claims, the events, the diagnostics, and the text with the evidence marked.
import {parseArticle, type Article, type Span} from '@onrecord/core'

const form = document.querySelector<HTMLFormElement>('#form')!
const textarea = document.querySelector<HTMLTextAreaElement>('#text')!
const published = document.querySelector<HTMLInputElement>('#published')!
const result = document.querySelector<HTMLElement>('#result')!

form.addEventListener('submit', (event) => {
  event.preventDefault()
  const text = textarea.value
  const date = published.value.trim()
  try {
    const article = parseArticle(text, date ? {published: date} : {})
    render(article, text)
    result.dataset.state = 'done'
  } catch (error) {
    // parseArticle never throws on text; only a malformed option (the date) lands here.
    result.replaceChildren(element('p', {}, String(error instanceof Error ? error.message : error)))
    result.dataset.state = 'error'
  }
})

function render(article: Article, text: string): void {
  const speakerName = (id: string | null) => article.speakers.find((speaker) => speaker.id === id)?.name ?? '(unattributed)'
  const summary = element('dl', {id: 'summary'})
  const facts: Array<[string, string]> = [
    ['Title', article.title?.text ?? '—'],
    ['Outlet', article.outlet ? `${article.outlet.name} (${article.outlet.via})` : '—'],
    ['Published', article.published?.value ?? '—'],
    ['Dateline', article.dateline?.place ?? '—'],
    ['Claims', String(article.claims.length)],
    ['Events', String(article.events.length)]
  ]
  for (const [term, value] of facts) summary.append(element('dt', {}, term), element('dd', {}, value))

  const claims = table(['Speaker', 'Cue', 'Content', 'Kind'], article.claims.map((claim) => [speakerName(claim.speaker), claim.cue?.text ?? '—', claim.content.text, claim.kind]))
  claims.id = 'claims'
  const events = table(['Type', 'Trigger', 'Actors', 'Date'], article.events.map((event) => [event.type, event.trigger.text, event.actors.map((actor) => actor.name).join(', '), event.date?.value ?? '—']))
  const diagnostics = element('ul', {id: 'diagnostics'})
  for (const diagnostic of article.diagnostics) diagnostics.append(element('li', {}, `${diagnostic.severity} ${diagnostic.ruleId}: ${diagnostic.message}`))

  const json = element('pre', {id: 'json'}, JSON.stringify(article, null, 2))
  const details = element('details', {}, element('summary', {}, 'The record as JSON'), json)

  result.replaceChildren(
    element('h2', {}, 'Record'),
    summary,
    element('h2', {}, 'Claims'),
    article.claims.length > 0 ? claims : element('p', {className: 'muted'}, 'No claims found.'),
    element('h2', {}, 'Evidence'),
    evidence(text, article),
    element('h2', {}, 'Events'),
    article.events.length > 0 ? events : element('p', {className: 'muted'}, 'No events found.'),
    element('h2', {}, 'Diagnostics'),
    diagnostics,
    details
  )
}

/** The text with each claim's content and cue marked, from their spans. */
function evidence(text: string, article: Article): HTMLElement {
  const marks: Array<{span: Span; className: string}> = []
  for (const claim of article.claims) {
    marks.push({span: claim.content.span, className: 'content'})
    if (claim.cue) marks.push({span: claim.cue.span, className: 'cue'})
  }
  marks.sort((a, b) => a.span.start - b.span.start)
  const box = element('div', {className: 'evidence'})
  let at = 0
  for (const {span, className} of marks) {
    if (span.start < at) continue
    box.append(text.slice(at, span.start), element('mark', {className}, text.slice(span.start, span.end)))
    at = span.end
  }
  box.append(text.slice(at))
  return box
}

function table(head: string[], rows: string[][]): HTMLTableElement {
  const node = element('table', {})
  node.append(element('thead', {}, element('tr', {}, ...head.map((cell) => element('th', {}, cell)))))
  node.append(element('tbody', {}, ...rows.map((row) => element('tr', {}, ...row.map((cell) => element('td', {}, cell))))))
  return node
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  properties: Partial<Pick<HTMLElement, 'id' | 'className'>>,
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  Object.assign(node, properties)
  node.append(...children)
  return node
}
