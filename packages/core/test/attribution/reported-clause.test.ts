import {describe, expect, it} from 'vitest'
import {attribution, quotes} from '../../src/index.js'
import {parseArticle as parseLite} from '../../src/lite.js'
import {blocks} from '../../src/stages/blocks.js'
import {attribute, testSingleCase} from './helpers.js'

// stages/attribution/reported-clause.ts: the cue's subject and clause complement, from the parse.
const withoutParse = (text: string) => parseLite(text, {stages: [blocks, quotes, attribution]}).claims

describe('reported clause, read from the parse', () => {
  it('a subject with a long relative clause: the speaker is the noun phrase without it', () => {
    const text = 'Dr. Ana Ruiz, who as a navy captain ran the clinic for a decade before she retired, said that the ward would close in May.'
    testSingleCase(text, {content: 'the ward would close in May', kind: 'indirect', cue: 'said', speaker: 'Ana Ruiz'})
  })

  it('a quantity as the subject', () => {
    const text = 'Nearly half of the voters said they prefer someone with experience in politics.'
    const article = testSingleCase(text, {content: 'they prefer someone with experience in politics', kind: 'indirect', cue: 'said'})
    expect(article.speakers[0]?.mentions[0]).toBeDefined()
  })

  it('a participle phrase after the subject', () => {
    const text = 'Minnesota state delegate Mary Susan, wearing a red cape with blinking lights, said the convention could fail.'
    const article = testSingleCase(text, {content: 'the convention could fail', kind: 'indirect', cue: 'said'})
    const mention = article.speakers[0]!.mentions[0]!
    expect(text.slice(mention.start, mention.end)).toContain('Mary Susan')
  })

  it('a subject with a relative clause of its own', () => {
    const text = 'All the experts I interviewed said her proposals were more detailed than his.'
    testSingleCase(text, {content: 'her proposals were more detailed than his', kind: 'indirect', cue: 'said'})
    expect(withoutParse(text)).toEqual([])
  })

  it('not under a modal, nor with "we" or "this" as the subject', () => {
    expect(attribute('All the experts I interviewed could say her proposals were better.').claims).toEqual([])
    expect(attribute('This, as everyone in the room already knew by then, said the plan was dead.').claims).toEqual([])
  })

  it('a noun-phrase object is no report: "denied the visitors a win"', () => {
    expect(attribute('The home side, who had trailed for most of the game, denied the visitors a win.').claims).toEqual([])
  })
})

describe('a semicolon ends a reported clause', () => {
  it('said CLAUSE; the writer’s next clause', () => {
    testSingleCase('Ana Ruiz said the timing was not planned; the committee learned of it only on Friday.', {content: 'the timing was not planned', kind: 'indirect', cue: 'said', speaker: 'Ana Ruiz'})
  })
})

describe('a subject headed by a noun the lexicon does not know', () => {
  it('an unnamed speaker, by its noun', () => {
    testSingleCase('An attendee said the senator spoke for barely a minute.', {content: 'the senator spoke for barely a minute', kind: 'indirect', cue: 'said', speaker: 'attendee'})
  })

  it('a role with its modifiers', () => {
    testSingleCase('The retired shipping magnate says the harbour will close by spring.', {content: 'the harbour will close by spring', kind: 'indirect', cue: 'says', speaker: 'retired shipping magnate'})
  })
})

describe('a quotation and its cue’s subject, read from the parse', () => {
  it('“…,” said the 46-year-old', () => {
    testSingleCase('“She is an amazing leader,” said the 46-year-old.', {content: 'She is an amazing leader,', kind: 'direct', cue: 'said', speaker: '46-year-old'})
  })

  it('not when more words follow the attribution', () => {
    expect(attribute('“She is an amazing leader,” said the 46-year-old, who the mayor then thanked.').claims.filter((claim) => claim.speaker === null)).toEqual([])
  })
})

describe('a report after "in a statement" and a time', () => {
  it('said in a statement Thursday night they CLAUSE', () => {
    testSingleCase('The Kestrel Trust said in a statement Thursday night they pulled the listing from the site.', {content: 'they pulled the listing from the site', kind: 'indirect', cue: 'said'})
  })
})

describe('a strict cue with a clause the parse reads', () => {
  it('"The agency reported NOUN-PHRASE VERB …": a clause with no "that"', () => {
    testSingleCase('The agency reported the river had risen by two metres.', {content: 'the river had risen by two metres', kind: 'indirect', cue: 'reported', speaker: 'agency'})
  })

  it('not a noun-phrase object', () => {
    expect(attribute('The firm reported a profit of two dollars per share.').claims).toEqual([])
  })
})

describe('a directive read from the parse', () => {
  it('a subject the lexicon does not know, its addressee and the infinitive', () => {
    testSingleCase('The family urged people to protest peacefully.', {content: 'people to protest peacefully', kind: 'indirect', cue: 'urged', speaker: 'family'})
  })

  it('no infinitive, no report; nor "encourage", whose subject may be a thing', () => {
    expect(attribute('The family urged people in the town on Monday.').claims).toEqual([])
    expect(attribute('The tsunami has also encouraged some conmen to try to cash in.').claims).toEqual([])
  })
})

describe('a cue in the infinitive of a verb or adjective that shares its subject', () => {
  it('continued to insist, was quick to add, began to argue', () => {
    testSingleCase('The harbour master continued to insist that the pier was safe.', {content: 'the pier was safe', kind: 'indirect', cue: 'insist', speaker: 'harbour master'})
    testSingleCase('Ana Ruiz was quick to add that the vote was fair.', {content: 'the vote was fair', kind: 'indirect', cue: 'add', speaker: 'Ana Ruiz'})
    testSingleCase('The harbour master began to argue that the pier was safe.', {content: 'the pier was safe', kind: 'indirect', cue: 'argue', speaker: 'harbour master'})
  })

  it('not when the report is only wanted, refused or made by the object', () => {
    expect(attribute('The harbour master wanted to say that the pier was safe.').claims).toEqual([])
    expect(attribute('The harbour master declined to say whether the pier was safe.').claims).toEqual([])
    expect(attribute('The harbour master is likely to say that the pier was safe.').claims).toEqual([])
    expect(attribute('The inquiry forced the harbour master to admit that the pier was unsafe.').claims).toEqual([])
  })
})

describe('a subject whose noun has a name before it', () => {
  it('the NFL legend, a Senate aide', () => {
    testSingleCase('The NFL legend said people misunderstand the coach.', {content: 'people misunderstand the coach', kind: 'indirect', cue: 'said', speaker: 'NFL legend'})
    testSingleCase('A Senate aide said the bill would pass by Friday.', {content: 'the bill would pass by Friday', kind: 'indirect', cue: 'said', speaker: 'Senate aide'})
  })
})

describe('a subject the parse reads as passive with no passive helper', () => {
  it('Both sides have also acknowledged that …: active, the sides speak', () => {
    testSingleCase('Both sides have also acknowledged that addressing the problems in the rota will take time.', {content: 'addressing the problems in the rota will take time', kind: 'indirect', cue: 'have also acknowledged', speaker: 'Both sides'})
  })

  it('not a true passive: who was told speaks nothing', () => {
    expect(attribute('The mayor was told that the pier was unsafe.').claims).toEqual([])
  })
})

describe('a cue that the parse chains on other conjuncts', () => {
  it('X locked …, fed … and said CLAUSE: the first conjunct’s subject', () => {
    const text = 'The wardens locked the gate, fed the dogs and said the prison was quiet.'
    const article = attribute(text)
    const claim = article.claims.find((found) => found.cue?.text === 'said')!
    expect(claim).toBeDefined()
    expect(claim.content.text).toBe('the prison was quiet')
    expect(article.speakers.find((speaker) => speaker.id === claim.speaker)?.name).toBe('wardens')
  })
})
