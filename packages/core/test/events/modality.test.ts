import {describe, expect, it} from 'vitest'
import type {Claim} from '../../src/schema/claim.js'
import type {Event} from '../../src/schema/event.js'
import {parseArticle} from '../../src/index.js'
import {parseEvents, testSingleEvent} from './helpers.js'

describe('event modality', () => {
  it('asserts what the article states', () => {
    expect(testSingleEvent('Rebels attacked the town.', 'ASSAULT', 'attacked').modality).toBe('asserted')
  })

  it('reports an event inside a claim and links the claim', () => {
    const text = 'The monitor said that Russian forces have deployed missiles.'
    const content = 'Russian forces have deployed missiles'
    const start = text.indexOf(content)
    const claim: Claim = {
      id: 'claim-1', speaker: null, kind: 'indirect', cue: {text: 'said', lemma: 'say', span: {start: 12, end: 16}},
      content: {text: content, span: {start, end: start + content.length}}, span: {start: 0, end: text.length - 1}, date: null, confidence: 0.9
    }
    const event = testSingleEvent(text, 'MOBILIZE', 'deployed', {draft: {claims: [claim]}})
    expect(event.modality).toBe('reported')
    expect(event.claim).toBe('c1')
  })

  it('denies a negated event', () => {
    expect(testSingleEvent('The army did not attack the town.', 'ASSAULT', 'attack').modality).toBe('denied')
  })

  it('denies what a denial verb introduces', () => {
    expect(testSingleEvent('The Pentagon denied reports that its jets attacked the convoy.', 'ASSAULT', 'attacked').modality).toBe('denied')
  })

  it('makes a possibility hypothetical', () => {
    expect(testSingleEvent('Officials fear the risk of a clash between the powers.', 'ASSAULT', 'clash').modality).toBe('hypothetical')
    expect(testSingleEvent('Troops should be withdrawn from the country.', 'RETREAT', 'withdrawn').modality).toBe('hypothetical')
    expect(testSingleEvent('The rebels could attack the town.', 'ASSAULT', 'attack').modality).toBe('hypothetical')
  })

  it('makes a noun that a verb of doing takes under a modal or a future hypothetical', () => {
    expect(testSingleEvent('The group warned it would mount new attacks on the city.', 'ASSAULT', 'attacks').modality).toBe('hypothetical')
    expect(testSingleEvent('The rebels will carry out an attack on the base.', 'ASSAULT', 'attack').modality).toBe('hypothetical')
    // What is done to an event that took place is no future of it.
    expect(testSingleEvent('Officials said they would investigate the attack.', 'ASSAULT', 'attack').modality).toBe('asserted')
    expect(testSingleEvent('The rebels carried out an attack on the base.', 'ASSAULT', 'attack').modality).toBe('asserted')
  })

  it('leaves hypothetical events out unless asked for them', () => {
    const text = 'The rebels could attack the town. Troops should be withdrawn. Police arrested two men.'
    const described = (found: readonly Event[]) => found.map((event) => `${event.type} ${event.trigger.text} ${event.modality}`)
    expect(described(parseEvents(text, {hypotheticalEvents: false}))).toEqual(['COERCE arrested asserted'])
    expect(described(parseArticle(text).events)).toEqual(['COERCE arrested asserted'])
    expect(described(parseArticle(text, {hypotheticalEvents: true}).events)).toEqual([
      'ASSAULT attack hypothetical',
      'RETREAT withdrawn hypothetical',
      'COERCE arrested asserted'
    ])
    // A threat made is an event whether or not the act it threatens ever happens.
    expect(described(parseArticle('The group threatened to kill the hostages.').events)).toEqual(['THREATEN threatened asserted'])
    expect(() => parseArticle(text, {hypotheticalEvents: 'yes' as unknown as boolean})).toThrow(/hypotheticalEvents/)
  })

  it('keeps a scheduled event asserted inside a wish', () => {
    const found = parseEvents('It hoped Washington would send envoys to attend peace talks in Astana.')
    expect(found.map((event) => event.modality)).toEqual(['asserted'])
  })
})

describe('event modality: what someone faces', () => {
  it('makes an arrest or a deportation someone faces hypothetical, not charges they face', () => {
    expect(testSingleEvent('Activists face arrest if caught handing out leaflets.', 'COERCE', 'arrest').modality).toBe('hypothetical')
    expect(testSingleEvent('He faces charges of fraud in New York.', 'ACCUSE', 'charges').modality).toBe('asserted')
  })
})

describe('event modality: what is wished', () => {
  it('makes what is hoped hypothetical', () => {
    expect(testSingleEvent('Officials hope that the two sides will sign an accord.', 'AGREE', 'sign an accord').modality).toBe('hypothetical')
  })

  it('reads what "suggest" proposes as hypothetical, and what it gives evidence of as past', () => {
    expect(testSingleEvent('The envoy suggested that the two leaders meet in Oslo.', 'CONSULT', 'meet').modality).toBe('hypothetical')
    expect(testSingleEvent('The mediator suggested that the rebels should attack the depot.', 'ASSAULT', 'attack').modality).toBe('hypothetical')
    expect(testSingleEvent('The footage suggests that the gunmen attacked the convoy.', 'ASSAULT', 'attacked').modality).toBe('asserted')
    expect(testSingleEvent('The debris suggests that missiles were used in an attack on the depot.', 'ASSAULT', 'attack').modality).toBe('asserted')
    // A negated past is no evidence that the event happened.
    expect(testSingleEvent('The logs suggest that the outage was not due to an attack by hackers.', 'ASSAULT', 'attack').modality).not.toBe('asserted')
  })

  it('does not carry a wish over to the next verb', () => {
    expect(testSingleEvent('Workers did not want to go on and called for talks.', 'REQUEST', 'called for').modality).toBe('asserted')
  })
})

describe('event modality: nouns of events not yet happened', () => {
  it('reads a possible, impending or imminent event as hypothetical', () => {
    expect(testSingleEvent('Officials gave no sign of an impending attack.', 'ASSAULT', 'attack').modality).toBe('hypothetical')
    expect(testSingleEvent('The allies announced their imminent withdrawal from the region.', 'RETREAT', 'withdrawal').modality).toBe('hypothetical')
    expect(testSingleEvent('Quick reactions help the prevention of an attack.', 'ASSAULT', 'attack').modality).toBe('hypothetical')
  })

  it('reads a planned attack as one that took place, and a verb before the noun as no modifier', () => {
    expect(testSingleEvent('Officials said Monday was a planned attack by militants.', 'ASSAULT', 'attack').modality).toBe('asserted')
    expect(testSingleEvent('Critics feared an explosion near the port.', 'ASSAULT', 'explosion').modality).toBe('asserted')
  })
})
