import {describe, expect, it} from 'vitest'
import {anatomy, layout} from './helpers.js'

const prose = 'Russia and the US are working together to prevent incidents between their forces in Syria, the ambassador said.'

describe('block kinds', () => {
  it('classifies the header of a scraped page: title, standfirst, furniture, date line, caption', () => {
    const text = [
      'Ambassador says military cooperation works',
      'Ambassador says military cooperation works',
      "The Russian Ambassador to the US has acknowledged 'effective' military cooperation between the two states.",
      '3 min read',
      '20 December, 2021',
      "Ambassador Antonov said the presence of US troops in Syria is 'illegal' [Getty]",
      prose,
      "'Illegal US occupation'",
      prose,
      'Live Story',
      prose
    ].join('\n')
    expect(layout(anatomy(text), text).map((line) => line.slice(0, line.indexOf(':')))).toEqual([
      'title',
      'boilerplate/repeated-title',
      'standfirst',
      'boilerplate/reading-time',
      'byline',
      'caption',
      'paragraph',
      'heading',
      'paragraph',
      'boilerplate/embed',
      'paragraph'
    ])
  })

  it('takes a standfirst without closing punctuation before a dateline paragraph', () => {
    const text = `Envoy backs talks\n\nThe envoy finds ways to work with Moscow despite differences, the coordinator said on Thursday\n\nWASHINGTON (AFP) - ${prose}\n`
    expect(anatomy(text).body.map((b) => b.kind)).toEqual(['title', 'standfirst', 'paragraph'])
  })

  it('marks the line after a "Caption:" label as a caption', () => {
    const text = `Envoy backs talks\n\nCaption:\n\nWhite House spokesman Josh Earnest speaks at the daily briefing.\n\n${prose}\n`
    expect(anatomy(text).body.map((b) => b.kind)).toEqual(['title', 'caption', 'paragraph'])
  })

  it('keeps a BBC-style lead a paragraph, and short story lines that end a sentence paragraphs', () => {
    const text = `Envoy backs talks\n\n${prose}\n\nHe declined to comment.\n\n${prose}\n\nThe BRICS Post with inputs from Agencies\n`
    expect(anatomy(text).body.map((b) => b.kind)).toEqual(['title', 'paragraph', 'paragraph', 'paragraph', 'paragraph'])
  })

  it('does not take a paragraph ending in "[AFP]" at the end of the text for a caption', () => {
    const text = `Envoy backs talks\n\n${prose}\n\nThe talks resume on Monday [AFP]\n`
    expect(anatomy(text).body.map((b) => b.kind)).toEqual(['title', 'paragraph', 'paragraph'])
  })
})
