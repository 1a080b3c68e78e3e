import {describe, expect, it} from 'vitest'
import {normalizeName} from '../../src/language/names.js'

describe('normalizeName', () => {
  it('drops diacritics, lowers case and makes every other run one space', () => {
    expect(normalizeName('Recep Tayyip Erdoğan')).toBe('recep tayyip erdogan')
    expect(normalizeName('  Jean-Luc   Mélenchon ')).toBe('jean luc melenchon')
  })

  it('drops a leading article only when asked', () => {
    expect(normalizeName('The Associated Press', {article: true})).toBe('associated press')
    expect(normalizeName('The Associated Press')).toBe('the associated press')
    expect(normalizeName('Theresa May', {article: true})).toBe('theresa may')
  })

  it('drops a possessive only when asked', () => {
    expect(normalizeName('Reuters’s', {possessive: true})).toBe('reuters')
    expect(normalizeName("Reuters's")).toBe('reuters s')
  })

  it('joins across apostrophes and dots when asked, and splits there otherwise', () => {
    expect(normalizeName("Conan O'Brien", {joiners: true})).toBe('conan obrien')
    expect(normalizeName("Conan O'Brien")).toBe('conan o brien')
    expect(normalizeName('J.K. Rowling', {joiners: true})).toBe('jk rowling')
  })

  it('gives an empty string for a name of no letters or digits', () => {
    expect(normalizeName('—')).toBe('')
  })
})
