import {describe, expect, it} from 'vitest'
import {anatomy, at} from './helpers.js'

const rest = 'The province said it would reopen the road to traffic on Monday, officials said.'

function dateline(opening: string) {
  const text = `Road reopens\n\n${opening} ${rest}\n`
  const found = anatomy(text).dateline
  return found && {place: found.place, date: found.date?.value ?? null, evidence: at(text, found.span)}
}

describe('dateline', () => {
  it.each([
    ['WASHINGTON (UrduPoint News / Sputnik - 27th January, 2022)', 'WASHINGTON', '2022-01-27', 'WASHINGTON (UrduPoint News / Sputnik - 27th January, 2022)'],
    ['MOSCOW (Reuters) -', 'MOSCOW', null, 'MOSCOW (Reuters) -'],
    ['Washington (AFP) –', 'Washington', null, 'Washington (AFP) –'],
    ['CALGARY —', 'CALGARY', null, 'CALGARY —'],
    ['NEW DELHI:', 'NEW DELHI', null, 'NEW DELHI:'],
    ['BEIRUT, Lebanon (AP) —', 'BEIRUT', null, 'BEIRUT, Lebanon (AP) —'],
    ['MOSCOW, February 13. /TASS/.', 'MOSCOW', 'XXXX-02-13', 'MOSCOW, February 13. /TASS/.'],
    ['DAMASCUS, June 18 (Xinhua) --', 'DAMASCUS', 'XXXX-06-18', 'DAMASCUS, June 18 (Xinhua) --']
  ])('reads %j', (opening, place, date, evidence) => {
    expect(dateline(opening)).toEqual({place, date, evidence})
  })

  it('reads a place in capitals on a line of its own before the story', () => {
    const text = `Road reopens\n\nANKARA\n\n${rest} ${rest}\n`
    expect(anatomy(text).dateline).toEqual({place: 'ANKARA', date: null, span: {start: 14, end: 20}})
    expect(anatomy(`Road reopens\n\nBy Jane Doe\n\n${rest} ${rest}\n`).dateline).toBeNull()
    // A heading in capitals after a standfirst is not a place.
    expect(anatomy(`Road reopens\n\nThe road opens again, and not a day too soon.\n\nWORLD OF WARCRAFT\n\n${rest} ${rest}\n`).dateline).toBeNull()
  })

  it.each([
    'Washington said on Monday that',
    'The Islamic State (IS) said that',
    'UPDATE: officials said that',
    'President Biden (pictured) said that',
    'The US-led coalition -'
  ])('finds no dateline in %j', (opening) => {
    expect(dateline(opening)).toBeNull()
  })
})
