import rehypeStringify from 'rehype-stringify'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {
  articleToHast,
  marksFromArticle,
  onrecord,
  parseArticle,
  segment,
  segmentsToHast,
  type Article,
  type HastElement,
  type HastText,
  type Mark
} from '../src/index.js'

const text = `Rebels Attack Town Near Capital

By Ana Ruiz

GENEVA, Jan 27 (Reuters) - Rebel fighters attacked the town of Goma on Monday, the army said on Tuesday.
"We will not leave," the minister said.
`

function textOf(node: HastElement | HastText): string {
  return node.type === 'text' ? node.value : node.children.map(textOf).join('')
}

function elements(node: HastElement | HastText): HastElement[] {
  return node.type === 'text' ? [] : [node, ...node.children.flatMap(elements)]
}

function mark(kind: Mark['kind'], start: number, end: number, ref: string): Mark {
  return {kind, start, end, ref, label: '', tip: '', data: {}}
}

describe('marksFromArticle', () => {
  const article = parseArticle(text, {name: 'rebels.txt'})
  const marks = marksFromArticle(article, text)
  const slices = (kind: Mark['kind']) => marks.filter((item) => item.kind === kind).map((item) => text.slice(item.start, item.end))

  it('marks the title, byline and dateline', () => {
    expect(slices('title')).toEqual([article.title!.text])
    expect(slices('byline')).toEqual(['By Ana Ruiz'])
    expect(slices('dateline')).toEqual([text.slice(article.dateline!.span.start, article.dateline!.span.end)])
  })

  it("marks an event's actors, targets and place, each naming its event", () => {
    const event = article.events.find((item) => item.trigger.text === 'attacked')!
    expect(event).toBeDefined()
    for (const [kind, values] of [
      ['actor', event.actors],
      ['target', event.targets],
      ['place', event.location ? [event.location] : []]
    ] as const) {
      expect(values.length, kind).toBeGreaterThan(0)
      for (const value of values) {
        const found = marks.find((item) => item.kind === kind && item.start === value.span.start && item.end === value.span.end)
        expect(found?.data.of?.split(' '), kind).toContain(event.id)
        expect(text.slice(found!.start, found!.end)).toBe(value.name)
      }
    }
  })

  it('marks every date that has a span: dateline, claim and event dates', () => {
    const dated = [
      article.dateline?.date?.span,
      article.published?.span,
      ...article.claims.map((claim) => claim.date?.span),
      ...article.events.map((event) => event.date?.span)
    ].filter((span) => span != null)
    expect(dated.length).toBeGreaterThanOrEqual(3)
    const dates = marks.filter((item) => item.kind === 'date')
    for (const span of dated) expect(dates.some((item) => item.start === span.start && item.end === span.end)).toBe(true)
    const claim = article.claims.find((item) => item.date?.span)!
    expect(dates.find((item) => item.start === claim.date!.span!.start)?.data.of?.split(' ')).toContain(claim.id)
  })

  it('gives one mark to an argument shared by two events, naming both', () => {
    const base = parseArticle('Police arrested and detained the protesters in Lagos.', {name: 'x'})
    const span = {start: 0, end: 6}
    const events = ['e1', 'e2'].map((id, index) => ({
      id,
      type: index === 0 ? ('COERCE' as const) : ('ASSAULT' as const),
      trigger: {text: index === 0 ? 'arrested' : 'detained', span: index === 0 ? {start: 7, end: 15} : {start: 20, end: 28}},
      mentions: [],
      actors: [{name: 'Police', span, speaker: null, code: null, refersTo: null}],
      targets: [],
      location: null,
      date: null,
      span: {start: 0, end: 52},
      claim: null,
      modality: 'asserted' as const,
      confidence: 0.8
    }))
    const actors = marksFromArticle({...base, events}, 'Police arrested and detained the protesters in Lagos.').filter((item) => item.kind === 'actor')
    expect(actors).toHaveLength(1)
    expect(actors[0]!.data.of).toBe('e1 e2')
  })

  it('leaves out spans that are empty or outside the text', () => {
    const speaker = {...article.speakers[0]!, mentions: [{start: 2, end: 2}, {start: 3, end: text.length + 5}]}
    const broken: Article = {...article, speakers: [speaker], claims: [], events: [], title: null, dateline: null, published: null, body: [], boilerplate: []}
    expect(marksFromArticle(broken, text)).toEqual([])
  })
})

describe('segment', () => {
  it('nests a trigger inside a content', () => {
    const tree = segment('They said the army attacked the town.', [mark('content', 10, 36, 'c1'), mark('trigger', 19, 27, 'e1')])
    const outer = tree.find((item) => item.type === 'mark')!
    expect(outer.type === 'mark' && outer.mark.ref).toBe('c1')
    const inner = outer.type === 'mark' ? outer.children.find((item) => item.type === 'mark') : undefined
    expect(inner?.type === 'mark' && inner.mark.ref).toBe('e1')
  })

  it('splits a mark that crosses the end of another, only its first piece first', () => {
    const tree = segment('abcdefghij', [mark('content', 0, 6, 'c1'), mark('speaker', 4, 9, 's1')])
    expect(tree.map((item) => (item.type === 'text' ? item.text : `${item.mark.ref}:${item.first}`))).toEqual(['c1:true', 's1:false', 'j'])
    const first = tree[0]!.type === 'mark' ? tree[0]!.children.at(-1) : undefined
    expect(first?.type === 'mark' && [first.mark.ref, first.first]).toEqual(['s1', true])
  })
})

describe('articleToHast', () => {
  it('keeps the text unchanged and makes one tab stop per evidence mark', () => {
    const article = parseArticle(text, {name: 'rebels.txt'})
    const tree = articleToHast(article, text)
    const div = tree.children[0] as HastElement
    expect(div.properties).toMatchObject({className: ['onrecord'], dataArticle: 'rebels'})
    expect(textOf(div)).toBe(text)
    const all = elements(div).slice(1)
    const stops = all.filter((node) => node.properties.tabIndex === 0)
    expect(stops.every((node) => node.tagName === 'mark')).toBe(true)
    expect(all.filter((node) => node.tagName === 'span').every((node) => node.properties.tabIndex === undefined)).toBe(true)
    const firstPieces = marksFromArticle(article, text).filter((item) => !['boilerplate', 'title', 'byline', 'dateline', 'claim'].includes(item.kind))
    expect(stops).toHaveLength(firstPieces.length)
  })

  it('renders with rehype-stringify, markup in the text staying text', () => {
    const hostile = '<script>alert(1)</script>\n"We will <b>stay</b>," the minister said.\n'
    const article = parseArticle(hostile)
    const html = unified().use(rehypeStringify).stringify(articleToHast(article, hostile) as never)
    // Attribute values are quoted, so only what stands outside them could be markup.
    expect(html.replace(/"[^"]*"/g, '""')).not.toMatch(/<script|<b>/)
    expect(html).toContain('&#x3C;script>')
    expect(html).toMatch(/<mark class="om om-content" data-kind="content"[^>]* tabindex="0"/)
  })

  it('turns data names into data-* attributes', () => {
    const [node] = segmentsToHast(segment('Police', [{...mark('actor', 0, 6, 'e1'), data: {of: 'e1 e2'}}]))
    const html = unified().use(rehypeStringify).stringify({type: 'root', children: [node!]} as never)
    expect(html).toBe('<mark class="om om-actor" data-kind="actor" data-ref="e1" data-tip="" data-part="first" data-of="e1 e2" tabindex="0">Police</mark>')
  })
})

describe('the unified plugin with rehype-stringify', () => {
  it('returns the marked text as a tree that rehype-stringify renders', async () => {
    const file = await unified().use(onrecord, {name: 'rebels.txt'}).use(rehypeStringify).process(text)
    const html = String(file)
    const article = file.data.article as Article
    expect(html.startsWith('<div class="onrecord" data-article="rebels">')).toBe(true)
    // A mark cut by another's edge is drawn in parts: count each mark's first part.
    expect(html.match(/<mark [^>]*data-part="first"/g)?.length).toBe(marksFromArticle(article, text).filter((item) => !['boilerplate', 'title', 'byline', 'dateline', 'claim'].includes(item.kind)).length)
    for (const claim of article.claims) expect(html).toContain(`data-claim="${claim.id}"`)
    for (const event of article.events) expect(html).toContain(`data-of="${event.id}"`)
  })

  it('still compiles to the record JSON without a compiler after it', async () => {
    const file = await unified().use(onrecord).process(text)
    expect(JSON.parse(String(file))).toEqual(file.data.article)
  })
})
