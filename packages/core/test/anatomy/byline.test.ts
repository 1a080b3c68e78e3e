import {describe, expect, it} from 'vitest'
import {anatomy, at} from './helpers.js'

const lead = 'The envoy met both delegations on Monday, officials in the city said in a statement.'

function authors(header: string) {
  const text = `Talks resume in Geneva\n\n${header}\n\n${lead}\n`
  const article = anatomy(text)
  for (const author of article.authors) expect(at(text, author.span)).toBe(author.name)
  return {names: article.authors.map((a) => a.name), kinds: article.body.map((b) => b.kind)}
}

describe('byline', () => {
  it('reads "By" bylines with several names and a trailing outlet', () => {
    expect(authors('By Jane Doe and John Roe, Reuters')).toEqual({names: ['Jane Doe', 'John Roe'], kinds: ['title', 'byline', 'paragraph']})
    expect(authors('By Jane Doe, Ann Poe & John Roe')).toMatchObject({names: ['Jane Doe', 'Ann Poe', 'John Roe']})
    expect(authors('BY JOHN SMITH')).toMatchObject({names: ['JOHN SMITH']})
  })

  it('ends a name at a role or an outlet', () => {
    expect(authors('By Jane Doe Staff Writer')).toMatchObject({names: ['Jane Doe']})
    expect(authors('By JOHN DOE Associated Press')).toMatchObject({names: ['JOHN DOE']})
  })

  it('reads a name followed by its role', () => {
    expect(authors('Jane Doe Diplomatic editor')).toEqual({names: ['Jane Doe'], kinds: ['title', 'byline', 'paragraph']})
  })

  it('reads a name before "Published"', () => {
    expect(authors('Sumaira FH Published January 27, 2022 | 10:09 PM')).toMatchObject({names: ['Sumaira FH'], kinds: ['title', 'byline', 'paragraph']})
  })

  it('reads a name before outlets and dates', () => {
    expect(authors('Jane Doe | Reuters | January 27, 2022')).toMatchObject({names: ['Jane Doe'], kinds: ['title', 'byline', 'paragraph']})
    expect(authors('Burak Bir   |27.01.2022 - Update : 27.01.2022')).toMatchObject({names: ['Burak Bir'], kinds: ['title', 'byline', 'paragraph']})
  })

  it('reads the reporters of a closing "Reporting by" line, not the editors', () => {
    const text = `Talks resume in Geneva\n\n${lead}\n\nReporting by Jane Doe in Moscow and John Roe; Editing by Ann Poe\n`
    const article = anatomy(text)
    expect(article.authors.map((a) => [a.name, at(text, a.span)])).toEqual([['Jane Doe', 'Jane Doe'], ['John Roe', 'John Roe']])
    expect(anatomy(`Talks resume in Geneva\n\n${lead}\n\nAdditional reporting by Jane Doe\n`).authors).toEqual([])
  })

  it('marks a date line of the header as a byline line, with no author', () => {
    expect(authors('20 December, 2021')).toEqual({names: [], kinds: ['title', 'byline', 'paragraph']})
  })

  it.each(['3 min read', 'Email the author', 'By Staff', 'By Reuters', 'By Monday', 'By HT Correspondent', 'Published January 27, 2022', 'Updated 10 minutes ago', 'Middle East Eye'])(
    '%j names no author',
    (header) => {
      expect(authors(header).names).toEqual([])
    }
  )

  it('does not read "By" in the story as a byline', () => {
    const text = `Talks resume in Geneva\n\n${lead}\n\nBy Monday, Jane Doe said, the talks would be over.\n`
    expect(anatomy(text).authors).toEqual([])
  })
})
