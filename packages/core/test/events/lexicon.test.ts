import {describe, expect, it} from 'vitest'
import {PloverTypeSchema} from '../../src/schema/event.js'
import {ploverQuadClass, triggers} from '../../src/lexicon/triggers.js'
import {countries} from '../../src/lexicon/countries.js'
import {places} from '../../src/lexicon/places.js'
import {nounForms, verbForms} from '../../src/language/event-grammar.js'

describe('trigger lexicon', () => {
  it('names every PLOVER type and only those', () => {
    const types = new Set(triggers.map((entry) => entry.type))
    expect([...types].sort()).toEqual([...PloverTypeSchema.options].sort())
  })

  it('puts every type in one of the four quad classes', () => {
    expect(Object.keys(ploverQuadClass).sort()).toEqual([...PloverTypeSchema.options].sort())
    expect(new Set(Object.values(ploverQuadClass))).toEqual(new Set(['verbal-cooperation', 'material-cooperation', 'verbal-conflict', 'material-conflict']))
    expect(ploverQuadClass.ASSAULT).toBe('material-conflict')
    expect(ploverQuadClass.ACCUSE).toBe('verbal-conflict')
    expect(ploverQuadClass.AID).toBe('material-cooperation')
    expect(ploverQuadClass.CONSULT).toBe('verbal-cooperation')
  })

  it('inflects verbs, phrasal verbs and irregular verbs', () => {
    const forms = (spec: string) => verbForms(spec).map(([words]) => words.join(' '))
    expect(forms('attack')).toEqual(['attack', 'attacks', 'attacking', 'attacked'])
    expect(forms('veto')).toEqual(['veto', 'vetoes', 'vetoing', 'vetoed'])
    expect(forms('rally')).toEqual(['rally', 'rallies', 'rallying', 'rallied'])
    expect(forms('gun down|gunned down|gunned down')).toEqual(['gun down', 'guns down', 'gunning down', 'gunned down'])
    expect(forms('withdraw|withdrew|withdrawn')).toEqual(['withdraw', 'withdraws', 'withdrawing', 'withdrew', 'withdrawn'])
    expect(forms('expel+')).toEqual(['expel', 'expels', 'expelling', 'expelled'])
    expect(forms('send|sent|sent')).toContain('sent')
  })

  it('pluralises nouns and keeps plural-only nouns', () => {
    expect(nounForms('airstrike')).toEqual([['airstrike'], ['airstrikes']])
    expect(nounForms('air strike')).toEqual([['air', 'strike'], ['air', 'strikes']])
    expect(nounForms('talks*')).toEqual([['talks']])
  })
})

describe('country gazetteer', () => {
  it('lists the 193 UN member states and four others, each code once', () => {
    const codes = countries.map((entry) => entry.code)
    expect(new Set(codes).size).toBe(codes.length)
    expect(codes.length).toBe(197)
    for (const code of ['PSE', 'XKX', 'TWN', 'VAT', 'USA', 'SSD', 'TLS']) expect(codes).toContain(code)
  })

  it('gives every country a capital and a demonym', () => {
    for (const entry of countries) {
      expect(entry.capitals.length, entry.name).toBeGreaterThan(0)
      expect(entry.demonyms.length, entry.name).toBeGreaterThan(0)
    }
  })
})

describe('place gazetteer', () => {
  it('names each place once and links it to a known country', () => {
    const names = places.map((entry) => entry.name)
    expect(new Set(names).size).toBe(names.length)
    const codes = new Set(countries.map((entry) => entry.code))
    for (const entry of places) if (entry.country) expect(codes.has(entry.country), entry.name).toBe(true)
  })
})
