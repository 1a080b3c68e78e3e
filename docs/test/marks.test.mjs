// The mark renderer: nesting, crossing spans, and text that must stay inert.
import assert from 'node:assert/strict'
import {test} from 'node:test'
import {marksFromArticle, renderMarkedText, segment} from '../src/lib/marks.ts'
import {record} from './fixtures/record.mjs'

/** Attribute values may hold `<` and `>` (quoted, so inert): entity them so regexes see only tags. */
function flatten(html) {
  return html.replace(/="[^"]*"/g, (value) => value.replaceAll('<', '&lt;').replaceAll('>', '&gt;'))
}

/** Undo the renderer: drop tags, unescape entities. */
function textOf(html) {
  return flatten(html)
    .replace(/<[^>]*>/g, '')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&#x3C;', '<')
    .replaceAll('&#x26;', '&')
    .replaceAll('&amp;', '&')
}

test('a trigger inside a content nests inside it', () => {
  const text = 'They said the army attacked the town.'
  const tree = segment(text, [
    {kind: 'content', start: 10, end: 36, ref: 'c1', label: 'c1', tip: '', data: {}},
    {kind: 'trigger', start: 19, end: 27, ref: 'e1', label: 'ASSAULT', tip: '', data: {}}
  ])
  const content = tree.find((item) => item.type === 'mark')
  assert.equal(content.mark.ref, 'c1')
  const inner = content.children.find((item) => item.type === 'mark')
  assert.equal(inner.mark.ref, 'e1')
  assert.equal(text.slice(19, 27), 'attacked')
})

test('a mark crossing the end of another is split in two pieces, only the first focusable', () => {
  const text = 'abcdefghij'
  const marks = [
    {kind: 'content', start: 0, end: 6, ref: 'c1', label: 'c1', tip: '', data: {}},
    {kind: 'speaker', start: 4, end: 9, ref: 's1', label: '', tip: '', data: {}}
  ]
  const tree = segment(text, marks)
  const html = renderMarkedText({...record, boilerplate: [], speakers: [], claims: [], events: []}, text)
  assert.equal(html, 'abcdefghij')
  // Outer content [0, 6) holds the speaker's first piece [4, 6); the rest [6, 9) follows it.
  assert.equal(tree[0].type, 'mark')
  assert.equal(tree[0].children.at(-1).mark.ref, 's1')
  assert.equal(tree[0].children.at(-1).first, true)
  assert.equal(tree[1].type, 'mark')
  assert.equal(tree[1].mark.ref, 's1')
  assert.equal(tree[1].first, false)
  assert.equal(tree[2].text, 'j')
})

test('spans outside the text or empty are dropped, not trusted', () => {
  const text = 'short'
  const article = {
    ...record,
    boilerplate: [],
    speakers: [{...record.speakers[0], mentions: [{start: 2, end: 2}, {start: 3, end: 99}]}],
    claims: [],
    events: []
  }
  assert.deepEqual(marksFromArticle(article, text), [])
})

test('a hand-made record over hostile text renders inert, with every mark and the text intact', () => {
  const html = renderMarkedText(record, record.text)
  assert.equal(textOf(html), record.text)
  // Every tag is a mark or span with class, data-* and tabindex attributes, nothing else.
  for (const tag of flatten(html).match(/<[^>]*>/g)) {
    assert.match(tag, /^<\/(mark|span)>$|^<(mark|span)( (class|id|tabindex|data-[a-z-]+)="[^"]*")*>$/, tag)
  }
  const marks = html.match(/<mark /g) ?? []
  // Content, cue, speaker mention, trigger, each whole.
  assert.equal(marks.length, 4)
  assert.match(html, /data-claim="c1"/)
  assert.match(html, /data-type="ASSAULT"/)
})

test('the whole attribution wraps its content, speaker and cue, and is no tab stop', () => {
  const tree = segment(record.text, marksFromArticle(record, record.text))
  const claim = tree.find((item) => item.type === 'mark' && item.mark.kind === 'claim')
  assert.ok(claim, 'a claim segment')
  const kinds = claim.children.filter((item) => item.type === 'mark').map((item) => item.mark.kind)
  assert.deepEqual(kinds, ['content', 'speaker', 'cue'])
  assert.match(flatten(renderMarkedText(record, record.text)), /<span class="om om-claim"(?![^>]*tabindex)[^>]*data-claim="c1"/)
})
