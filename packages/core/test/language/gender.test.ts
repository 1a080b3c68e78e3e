import {describe, expect, it} from 'vitest'
import {firstNameGender} from '../../src/index.js'
import {agreeing, nameGender, personGender, pronounGender, titleGender} from '../../src/language/gender.js'

describe('gender', () => {
  it('reads a first name from the table, ignoring case and diacritics; a name of both sexes gives none', () => {
    expect(firstNameGender('Gloria')).toBe('female')
    expect(firstNameGender('THOMAS')).toBe('male')
    expect(firstNameGender('Zoë')).toBe('female')
    expect(firstNameGender('Taylor')).toBeNull()
    expect(firstNameGender('Andrea')).toBeNull()
    expect(firstNameGender('Kestrel')).toBeNull()
  })

  it('a first name counts only before a surname, and not as an initial', () => {
    expect(nameGender('Gloria Sam', firstNameGender)).toBe('female')
    expect(nameGender('Gloria', firstNameGender)).toBeNull()
    expect(nameGender('G. Sam', firstNameGender)).toBeNull()
    expect(nameGender('Gloria Sam', null)).toBeNull()
  })

  it('a title gives a gender by its own words, not by a possessor\'s or a complement\'s', () => {
    expect(titleGender('Congresswoman')).toBe('female')
    expect(titleGender('Mr.')).toBe('male')
    expect(titleGender("the Queen's spokesman")).toBe('male')
    expect(titleGender('spokesman for the Queen')).toBe('male')
    expect(titleGender('wife of the president')).toBe('female')
    expect(titleGender('minister')).toBeNull()
  })

  it('a role left in a name counts, its last word (the surname) does not', () => {
    expect(personGender('Congresswoman Dean', null)).toBe('female')
    expect(personGender('Carole King', firstNameGender)).toBe('female')
    expect(personGender('King', firstNameGender)).toBeNull()
  })

  it('pronouns, and evidence that disagrees', () => {
    expect(pronounGender('She')).toBe('female')
    expect(pronounGender('him')).toBe('male')
    expect(pronounGender('they')).toBeNull()
    expect(agreeing(['female', null, 'female'])).toBe('female')
    expect(agreeing(['female', 'male'])).toBeNull()
  })
})
