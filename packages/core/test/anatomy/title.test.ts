import {describe, expect, it} from 'vitest'
import {anatomy, at, layout} from './helpers.js'

const lead = 'The envoy met both delegations on Monday, officials in the city said in a statement.'

describe('title', () => {
  it('takes the first headline-like line', () => {
    const text = `Talks resume in Geneva\n\n${lead}\n`
    const article = anatomy(text)
    expect(article.title).toEqual({text: 'Talks resume in Geneva', span: {start: 0, end: 22}})
  })

  it('takes a repeated headline once; the copy is furniture', () => {
    const text = `Talks Resume In Geneva\n\nTalks resume in Geneva\n\n${lead}\n`
    const article = anatomy(text)
    expect(at(text, article.title!.span)).toBe('Talks Resume In Geneva')
    expect(article.boilerplate.map((b) => [b.reason, at(text, b.span)])).toEqual([['repeated-title', 'Talks resume in Geneva']])
  })

  it('looks past furniture and a section path to the headline of a site-title line', () => {
    const text = `Follow us on:\n\nMiddle-east News Opinion | Asharq Al-awsat\n\nNo Talks in Geneva | ASHARQ AL-AWSAT English Archive 2005 -2017\n\n${lead}\n`
    const article = anatomy(text)
    expect(article.title?.text).toBe('No Talks in Geneva')
    expect(at(text, article.title!.span)).toBe('No Talks in Geneva')
    expect(layout(article, text).slice(0, 3)).toEqual([
      'boilerplate/share-bar: Follow us on:',
      'boilerplate/site-title: Middle-east News Opinion | Asharq Al-awsat',
      'title: No Talks in Geneva | ASHARQ AL-AWSAT English Archive 2005 -2017'
    ])
  })

  it('prefers the headline on its own line to the site-title line that carries it', () => {
    const text = `Talks resume in Geneva | Gulf News\n\nTalks resume in Geneva\n\n${lead}\n`
    const article = anatomy(text)
    expect(article.title?.span).toEqual({start: 36, end: 58})
    expect(article.boilerplate.map((b) => b.reason)).toEqual(['site-title'])
  })

  it('drops an outlet name after a dash, and keeps a dash inside the headline', () => {
    expect(anatomy(`Talks resume in Geneva - The Moscow Times\n\n${lead}\n`).title?.text).toBe('Talks resume in Geneva')
    expect(anatomy(`Talks resume - NSC Middle East Chief\n\n${lead}\n`).title?.text).toBe('Talks resume - NSC Middle East Chief')
  })

  it('does not take a date line, a byline, the site name or furniture for the headline', () => {
    const text = `20 December, 2021\n\nBy Jane Doe\n\n3 min read\n\nTalks resume in Geneva\n\n${lead}\n`
    expect(anatomy(text).title?.text).toBe('Talks resume in Geneva')
    const byline = `Jane Doe Published January 27, 2022 | 10:09 PM\n\nTalks resume in Geneva\n\n${lead}\n`
    expect(anatomy(byline).title?.text).toBe('Talks resume in Geneva')
    const site = `Al Jazeera\n\nTalks resume in Geneva\n\n${lead}\n`
    const article = anatomy(site)
    expect(article.title?.text).toBe('Talks resume in Geneva')
    expect(article.outlet).toMatchObject({name: 'Al Jazeera', via: 'text'})
  })

  it('keeps a headline that contains a date', () => {
    const text = `Brown names 16 March for Budget\n\n${lead}\n`
    expect(anatomy(text).title?.text).toBe('Brown names 16 March for Budget')
  })

  it('looks past a navigation line to the headline', () => {
    const text = `Home World News\nKremlin slams new sanctions\n\n${lead}\n`
    const article = anatomy(text)
    expect(article.title?.text).toBe('Kremlin slams new sanctions')
    expect(article.boilerplate.map((b) => [b.reason, at(text, b.span)])).toEqual([['navigation', 'Home World News']])
  })

  it('takes no title from a text of one line, or from a line that opens with a dateline', () => {
    expect(anatomy('"We will not leave," the minister said on Monday.').title).toBeNull()
    expect(anatomy(`LONDON (Reuters) - The minister said on Monday he would stay.\n\n${lead}\n`).title).toBeNull()
  })

  it('finds no title in text that is all prose, and says so', () => {
    const text = `${lead} ${lead}\n`
    const article = anatomy(text)
    expect(article.title).toBeNull()
    expect(article.diagnostics.map((d) => d.ruleId)).toContain('title/none')
  })
})
