import {parseArticle, type Article} from '@onrecord/core'
import {describe, expect, it} from 'vitest'
import YAML from 'yaml'
import {articleToMarkdown, errorToMarkdown} from '../src/parse/markdown.js'

const text = [
  'Ministers Meet In Geneva',
  'By Ann Reyes',
  'GENEVA (Reuters) - Talks went on.',
  '"We are *closer* than ever," Lopez said.',
  'Troops attacked the town on Monday.'
].join('\n')

const at = (part: string) => {
  const start = text.indexOf(part)
  return {start, end: start + part.length}
}

/** A record as the parser would make it, built by hand so that every section has content. */
function sample(): Article {
  const base = parseArticle(text, {name: 'geneva.txt'})
  return {
    ...base,
    title: {text: 'Ministers Meet In Geneva', span: at('Ministers Meet In Geneva')},
    outlet: null,
    authors: [{name: 'Ann Reyes', span: at('Ann Reyes')}],
    credits: [{name: 'Reuters', role: 'wire', span: at('Reuters')}],
    published: {value: '2021-03-03', precision: 'day', via: 'option', span: null, confidence: 1},
    dateline: {place: 'GENEVA', date: null, span: at('GENEVA (Reuters) -')},
    body: [
      {kind: 'title', span: at('Ministers Meet In Geneva')},
      {kind: 'byline', span: at('By Ann Reyes')},
      {kind: 'paragraph', span: at('GENEVA (Reuters) - Talks went on.')},
      {kind: 'paragraph', span: at('"We are *closer* than ever," Lopez said.')},
      {kind: 'paragraph', span: at('Troops attacked the town on Monday.')}
    ],
    speakers: [
      {id: 's1', name: 'Maria Lopez', kind: 'person', titles: [], affiliation: null, aliases: ['Lopez'], mentions: [at('Lopez')]}
    ] as Article['speakers'],
    claims: [
      {
        id: 'c1',
        speaker: 's1',
        kind: 'direct',
        cue: {text: 'said', lemma: 'say', span: at('said')},
        content: {text: 'We are *closer* than ever,', span: at('We are *closer* than ever,')},
        span: at('"We are *closer* than ever," Lopez said'),
        date: null,
        confidence: 0.9
      },
      {
        id: 'c2',
        speaker: null,
        kind: 'indirect',
        cue: null,
        content: {text: 'Talks went on.', span: at('Talks went on.')},
        span: at('Talks went on.'),
        date: null,
        confidence: 0.5
      }
    ] as Article['claims'],
    events: [
      {
        id: 'e1',
        type: 'ASSAULT',
        trigger: {text: 'attacked', span: at('attacked')},
        mentions: [],
        actors: [{name: 'Troops', span: at('Troops'), speaker: null, code: null, refersTo: null}],
        targets: [],
        location: {name: 'the town', span: at('the town')},
        date: {value: '2021-03-01', precision: 'day', via: 'body', span: at('Monday'), confidence: 0.8},
        span: at('Troops attacked the town on Monday'),
        claim: null,
        modality: 'asserted',
        confidence: 0.8
      },
      {
        id: 'e2',
        type: 'AGREE',
        trigger: {text: 'Talks', span: at('Talks')},
        mentions: [],
        actors: [],
        targets: [],
        location: null,
        date: null,
        span: at('Talks'),
        claim: 'c2',
        modality: 'reported',
        confidence: 0.5
      }
    ] as Article['events']
  }
}

function frontMatter(markdown: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown)
  expect(match, 'front matter').not.toBeNull()
  return YAML.parse(match![1]!) as Record<string, unknown>
}

describe('articleToMarkdown', () => {
  it('puts the metadata in YAML front matter', () => {
    expect(frontMatter(articleToMarkdown(sample(), text))).toEqual({
      id: 'geneva',
      title: 'Ministers Meet In Geneva',
      outlet: null,
      published: '2021-03-03',
      authors: ['Ann Reyes'],
      credits: [{name: 'Reuters', role: 'wire'}],
      dateline: 'GENEVA (Reuters) -'
    })
  })

  it('renders the body without repeating the title, escaping Markdown in the text', () => {
    const markdown = articleToMarkdown(sample(), text)
    const body = markdown.slice(markdown.indexOf('\n---\n') + 5, markdown.indexOf('## Claims'))
    expect(body).not.toContain('Ministers Meet In Geneva')
    expect(body).toContain('By Ann Reyes\n\nGENEVA (Reuters) - Talks went on.')
    // The asterisks are the article's, not emphasis.
    expect(body).toContain('\\*closer\\*')
  })

  it('renders claims as attributed block quotes', () => {
    const markdown = articleToMarkdown(sample(), text)
    expect(markdown).toContain('## Claims\n\n> We are \\*closer\\* than ever,\n>\n> — Maria Lopez, said\n')
    expect(markdown).toContain('> Talks went on.\n>\n> — unattributed\n')
  })

  it('renders events as a list', () => {
    expect(articleToMarkdown(sample(), text)).toContain(
      '## Events\n\n- **ASSAULT** attacked — Troops; in the town; 2021-03-01\n- **AGREE** Talks (reported)\n'
    )
  })

  it('leaves out empty sections', () => {
    const markdown = articleToMarkdown({...sample(), claims: [], events: []}, text)
    expect(markdown).not.toContain('## Claims')
    expect(markdown).not.toContain('## Events')
    expect(markdown.endsWith('\n\nTroops attacked the town on Monday.\n')).toBe(true)
  })

  it('writes one kind of line end whatever the input used', () => {
    const crlf = 'First line.\r\nSecond\rThird'
    const markdown = articleToMarkdown(parseArticle(crlf, {name: 'x.txt'}), crlf)
    expect(markdown).not.toContain('\r')
  })
})

describe('errorToMarkdown', () => {
  it('is front matter alone', () => {
    const markdown = errorToMarkdown({source: {name: 'a.png'}, error: {code: 'binary', message: 'binary input'}})
    expect(frontMatter(markdown)).toEqual({source: {name: 'a.png'}, error: {code: 'binary', message: 'binary input'}})
  })
})
