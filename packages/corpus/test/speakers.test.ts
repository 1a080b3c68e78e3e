import {describe, expect, it} from 'vitest'
import {mergeSpeakers} from '../src/speakers.ts'
import {article, claim, speaker} from './helpers.ts'

describe('mergeSpeakers', () => {
  it('merges one person spelled two ways in two articles', () => {
    const a = article('a', {
      speakers: [speaker('s1', 'Sergei Lavrov', {titles: ['Russian Foreign Minister'], affiliation: 'RUS', aliases: ['Lavrov']})],
      claims: [claim('c1', 's1', 'We expect close interaction.'), claim('c2', 's1', 'It is vital.')]
    })
    const b = article('b', {
      speakers: [speaker('s1', 'Anatoly Antonov'), speaker('s2', 'Sergey Lavrov', {titles: ['Foreign Minister', 'Russian foreign minister']})],
      claims: [claim('c1', 's1', 'Cooperation works.'), claim('c2', 's2', 'Terrorism is evil.')]
    })
    const speakers = mergeSpeakers([a, b])
    expect(speakers.map((s) => s.name)).toEqual(['Sergei Lavrov', 'Anatoly Antonov'])
    const lavrov = speakers[0]!
    expect([lavrov.name, ...lavrov.aliases]).toEqual(expect.arrayContaining(['Sergei Lavrov', 'Sergey Lavrov', 'Lavrov']))
    expect(lavrov.aliases).not.toContain(lavrov.name)
    expect(lavrov.articles).toEqual(['a', 'b'])
    expect(lavrov.refs).toEqual([
      {article: 'a', speaker: 's1', claims: ['c1', 'c2']},
      {article: 'b', speaker: 's2', claims: ['c2']}
    ])
    expect(lavrov.claims).toEqual([
      {article: 'a', claim: 'c1'},
      {article: 'a', claim: 'c2'},
      {article: 'b', claim: 'c2'}
    ])
    expect(lavrov.titles).toEqual(['Russian Foreign Minister', 'Foreign Minister'])
    expect(lavrov.affiliation).toBe('RUS')
    expect(lavrov.id).toBe('sergei-lavrov')
  })

  it('keeps people with the same given name and different surnames apart', () => {
    const speakers = mergeSpeakers([
      article('a', {speakers: [speaker('s1', 'Sergei Lavrov')]}),
      article('b', {speakers: [speaker('s1', 'Sergei Ivanov')]})
    ])
    expect(speakers.map((s) => [s.name, s.articles])).toEqual([
      ['Sergei Lavrov', ['a']],
      ['Sergei Ivanov', ['b']]
    ])
  })

  it('attaches a bare surname to the only full name that carries it', () => {
    const speakers = mergeSpeakers([
      article('a', {speakers: [speaker('s1', 'James Jeffrey')]}),
      article('b', {speakers: [speaker('s1', 'Jeffrey')]})
    ])
    expect(speakers).toHaveLength(1)
    expect(speakers[0]!.articles).toEqual(['a', 'b'])
  })

  it('keeps a bare surname apart when two people carry it', () => {
    const speakers = mergeSpeakers([
      article('a', {speakers: [speaker('s1', 'Boris Johnson')]}),
      article('b', {speakers: [speaker('s1', 'Lyndon Johnson')]}),
      article('c', {speakers: [speaker('s1', 'Johnson')]})
    ])
    expect(speakers.map((s) => s.name)).toEqual(['Boris Johnson', 'Lyndon Johnson', 'Johnson'])
  })

  it('merges organisations by name but never anonymous sources', () => {
    const speakers = mergeSpeakers([
      article('a', {speakers: [speaker('s1', 'The Pentagon', {kind: 'organization'}), speaker('s2', 'officials', {kind: 'anonymous'})]}),
      article('b', {speakers: [speaker('s1', 'the Pentagon', {kind: 'organization'}), speaker('s2', 'officials', {kind: 'anonymous'})]})
    ])
    expect(speakers.map((s) => [s.kind, s.articles])).toEqual([
      ['organization', ['a', 'b']],
      ['anonymous', ['a']],
      ['anonymous', ['b']]
    ])
    expect(new Set(speakers.map((s) => s.id)).size).toBe(3)
  })

  it('merges governments that stand for one country, and names them as the articles do most', () => {
    const speakers = mergeSpeakers([
      article('a', {speakers: [speaker('s1', 'Washington', {kind: 'government', affiliation: 'USA', aliases: ['United States']})]}),
      article('b', {speakers: [speaker('s1', 'White House', {kind: 'government', affiliation: 'USA', aliases: ['United States']}), speaker('s2', 'Moscow', {kind: 'government', affiliation: 'RUS'})]})
    ])
    expect(speakers.map((s) => [s.name, s.articles])).toEqual([
      ['United States', ['a', 'b']],
      ['Moscow', ['b']]
    ])
    expect(speakers[0]!.aliases).toEqual(['Washington', 'White House'])
  })

  it('merges organisations through a proper alias, not a descriptive one', () => {
    const speakers = mergeSpeakers([
      article('a', {speakers: [speaker('s1', 'United Nations', {kind: 'organization', aliases: ['U.N.', 'the organisation']})]}),
      article('b', {speakers: [speaker('s1', 'UN', {kind: 'organization'})]}),
      article('c', {speakers: [speaker('s1', 'World Health Organization', {kind: 'organization', aliases: ['the organisation']})]})
    ])
    expect(speakers.map((s) => [s.name, s.articles])).toEqual([
      ['United Nations', ['a', 'b']],
      ['World Health Organization', ['c']]
    ])
  })

  it('gives distinct ids to distinct speakers with one slug', () => {
    const speakers = mergeSpeakers([
      article('a', {speakers: [speaker('s1', 'Moscow', {kind: 'government'})]}),
      article('b', {speakers: [speaker('s1', 'Moscow', {kind: 'group'})]})
    ])
    expect(speakers.map((s) => s.id)).toEqual(['moscow', 'moscow-2'])
  })

  it('returns nothing for articles without speakers', () => {
    expect(mergeSpeakers([article('a'), article('b')])).toEqual([])
  })
})
