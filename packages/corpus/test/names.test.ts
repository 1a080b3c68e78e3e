import {describe, expect, it} from 'vitest'
import {foldName, foldTransliteration, nameParts, personKey, slug} from '../src/names.ts'

describe('foldTransliteration', () => {
  const same: Array<[string, string]> = [
    ['sergei', 'sergey'],
    ['aleksandr', 'alexandr'],
    ['dmitriy', 'dmitri'],
    ['dmitry', 'dmitri'],
    ['yuri', 'iuri'],
    ['tatyana', 'tatiana'],
    ['mikhail', 'mihail'],
    ['joseph', 'josef'],
    ['mohammed', 'mohamed'],
    ['zelenskyy', 'zelensky']
  ]
  for (const [a, b] of same) {
    it(`${a} = ${b}`, () => expect(foldTransliteration(a)).toBe(foldTransliteration(b)))
  }

  const different: Array<[string, string]> = [
    ['sergei', 'sergio'],
    ['lavrov', 'ivanov'],
    ['alexander', 'alexandr'],
    ['maria', 'mario']
  ]
  for (const [a, b] of different) {
    it(`${a} ≠ ${b}`, () => expect(foldTransliteration(a)).not.toBe(foldTransliteration(b)))
  }
})

describe('personKey', () => {
  it('joins transliteration variants of given names', () => {
    expect(personKey('Sergei Lavrov')).toBe(personKey('Sergey Lavrov'))
    expect(personKey('Aleksandr Lukashenko')).toBe(personKey('Alexandr Lukashenko'))
  })

  it('keeps different surnames or given names apart', () => {
    expect(personKey('Sergei Lavrov')).not.toBe(personKey('Sergei Ivanov'))
    expect(personKey('Sergei Lavrov')).not.toBe(personKey('Dmitri Lavrov'))
  })

  it('ignores case, diacritics, particles, suffixes and a middle initial', () => {
    expect(personKey('RECEP TAYYIP ERDOĞAN')).toBe(personKey('Recep Tayyip Erdogan'))
    expect(personKey('Bashar al-Assad')).toBe(personKey('Bashar Assad'))
    expect(personKey('Martin Luther King Jr.')).toBe(personKey('Martin Luther King'))
    expect(personKey('George W. Bush')).toBe(personKey('George Bush'))
  })

  it('splits off the surname', () => {
    expect(nameParts('Anatoly Antonov')).toEqual({given: ['anatoli'], surname: 'antonov'})
    expect(nameParts('Lavrov')).toEqual({given: [], surname: 'lavrov'})
    expect(nameParts('')).toEqual({given: [], surname: ''})
  })
})

describe('foldName and slug', () => {
  it('folds case, marks and punctuation', () => {
    expect(foldName("  Jean-Marc O'Brien ")).toBe('jean marc obrien')
    expect(slug('Recep Tayyip Erdoğan')).toBe('recep-tayyip-erdogan')
    expect(slug('!!!')).toBe('')
  })
})
