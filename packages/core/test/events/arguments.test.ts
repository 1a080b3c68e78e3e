import {describe, expect, it} from 'vitest'
import type {Speaker} from '../../src/schema/speaker.js'
import type {Participant} from '../../src/schema/event.js'
import {parseArticle as parseFull} from '../../src/index.js'
import {parseEvents, parseEventsWithSyntax, testSingleEvent} from './helpers.js'

const names = (list: ReadonlyArray<{name: string}>) => list.map((participant) => participant.name)
const codes = (list: ReadonlyArray<{code: string | null}>) => list.map((participant) => participant.code)

describe('event arguments', () => {
  it('takes the subject as actor and the object as target', () => {
    const event = testSingleEvent('US forces once again blocked Russian Military Police from patrolling.', 'COERCE', 'blocked')
    expect(names(event.actors)).toEqual(['US forces'])
    expect(codes(event.actors)).toEqual(['USAMIL'])
    expect(names(event.targets)).toEqual(['Russian Military Police'])
    expect(codes(event.targets)).toEqual(['RUSMIL'])
    expect(event.actors[0]!.span).toEqual({start: 0, end: 9})
  })

  it('skips a date and a parenthesis between subject and verb', () => {
    const event = testSingleEvent('The Islamic State terror group (IS) on January 20 attacked a prison.', 'ASSAULT', 'attacked')
    expect(names(event.actors)).toEqual(['Islamic State terror group'])
  })

  it('finds the actor after "by" in the passive', () => {
    const event = testSingleEvent('The convoy was blocked by Turkish troops.', 'COERCE', 'blocked')
    expect(names(event.actors)).toEqual(['Turkish troops'])
    expect(codes(event.actors)).toEqual(['TURMIL'])
    expect(names(event.targets)).toEqual(['convoy'])
  })

  it('keeps an abbreviated title with the name it belongs to', () => {
    const event = testSingleEvent('Sen. Ann Roe criticized the plan on Monday.', 'ACCUSE', 'criticized')
    expect(names(event.actors)).toEqual(['Sen. Ann Roe'])
  })

  it('reads a plural possessor as part of its phrase', () => {
    const event = testSingleEvent("Ministers rejected the farmers' demands.", 'REJECT', 'rejected')
    expect(names(event.targets)).toEqual(["farmers' demands"])
  })

  it('splits coordinated subjects', () => {
    const event = testSingleEvent('Russia and the United States have cooperated on aid.', 'COOPERATE', 'cooperated')
    expect(names(event.actors)).toEqual(['Russia', 'United States'])
    expect(codes(event.actors)).toEqual(['RUS', 'USA'])
  })

  it('takes "between X and Y" as the actors of talks', () => {
    const event = testSingleEvent('A meeting between Iran and Saudi Arabia was held.', 'CONSULT', 'meeting')
    expect(names(event.actors)).toEqual(['Iran', 'Saudi Arabia'])
    expect(codes(event.actors)).toEqual(['IRN', 'SAU'])
  })

  it('reads a government from its seat and a regime from its demonym', () => {
    expect(codes(testSingleEvent('Moscow accused Kyiv of shelling.', 'ACCUSE', 'accused').actors)).toEqual(['RUSGOV'])
    expect(codes(testSingleEvent('The Syrian regime has threatened to retake the area.', 'THREATEN', 'threatened').actors)).toEqual(['SYRGOV'])
  })

  it('codes international organisations', () => {
    expect(codes(testSingleEvent('The United Nations condemned the decision.', 'ACCUSE', 'condemned').actors)).toEqual(['IGOUNO'])
    expect(codes(testSingleEvent('NATO deployed four battalions.', 'MOBILIZE', 'deployed').actors)).toEqual(['IGONAT'])
  })

  it('does not take a place after "in" for the subject', () => {
    const event = testSingleEvent('Protesters in Khartoum rallied outside the army headquarters.', 'PROTEST', 'rallied')
    expect(names(event.actors)).toEqual(['Protesters'])
    expect(event.location?.name).toBe('Khartoum')
  })

  it('gives no code when the words support none', () => {
    const event = testSingleEvent('Gunmen attacked a bus.', 'ASSAULT', 'attacked')
    expect(names(event.actors)).toEqual(['Gunmen'])
    expect(codes(event.actors)).toEqual([null])
  })

  it('takes the actor of a coordinated verb from the first verb', () => {
    const found = parseEvents('Russian officials met with the opposition and urged them to unite.')
    expect(found.map((event) => names(event.actors))).toEqual([['Russian officials'], ['Russian officials']])
  })

  it('finds the place in "the Syrian city of X"', () => {
    const event = testSingleEvent('Militants attacked a prison in the Syrian city of Al-Hasakah.', 'ASSAULT', 'attacked')
    expect(event.location?.name).toBe('Al-Hasakah')
  })

  it('finds the place in "X province" and "at X Airbase"', () => {
    expect(testSingleEvent('Jets shelled villages in Idlib province.', 'ASSAULT', 'shelled').location?.name).toBe('Idlib')
    expect(testSingleEvent('Russia deployed missiles at al-Qamishli Airbase.', 'MOBILIZE', 'deployed').location?.name).toBe('al-Qamishli Airbase')
  })

  it('finds a gazetteer place after a preposition', () => {
    expect(testSingleEvent('The ministers met in Geneva.', 'CONSULT', 'met').location?.name).toBe('Geneva')
  })

  it('takes no place when none is named', () => {
    expect(testSingleEvent('Gunmen attacked a bus.', 'ASSAULT', 'attacked').location).toBeNull()
  })

  it('links a participant who is also a speaker', () => {
    const text = 'Jeffrey urged Moscow to respect the agreements.'
    const speaker: Speaker = {id: 's1', name: 'James Jeffrey', kind: 'person', titles: [], affiliation: 'USA', aliases: ['Jeffrey'], mentions: [{start: 0, end: 7}]}
    const event = testSingleEvent(text, 'REQUEST', 'urged', {draft: {speakers: [speaker]}})
    expect(event.actors.map((actor) => actor.speaker)).toEqual(['s1'])
    expect(event.targets.map((target) => target.speaker)).toEqual([null])
  })
})

describe('who planted the weapon', () => {
  it('reads who planted, placed or left a weapon as the actor of its blast', () => {
    const [blast] = parseEventsWithSyntax('A car bomb left by militants exploded near a police station.')
    expect(blast!.actors.map((actor) => actor.name)).toEqual(['militants'])
    const [bang] = parseEventsWithSyntax('The pipe bomb planted by Novak went off along the course of a race.')
    expect(bang!.actors.map((actor) => actor.name)).toEqual(['Novak'])
    // A weapon alone names no one who acts.
    const [other] = parseEventsWithSyntax('A car bomb exploded near a police station.')
    expect(other!.actors).toEqual([])
  })
})

describe('event places', () => {
  it('reads "in the X" and "in northern X"', () => {
    expect(testSingleEvent('Jets struck targets in the Gaza Strip.', 'ASSAULT', 'struck').location?.name).toBe('Gaza Strip')
    expect(testSingleEvent('Troops shelled villages in northern Syria.', 'ASSAULT', 'shelled').location?.name).toBe('Syria')
  })

  it('does not take a place from a relative clause on a participant', () => {
    const [attack] = parseEventsWithSyntax('Two men who had lived in France for years attacked a checkpoint.')
    expect(attack!.trigger.text).toBe('attacked')
    expect(attack!.location).toBeNull()
    const [urging] = parseEventsWithSyntax('The group, which opposed the war in Iraq, urged voters to stay at home.')
    expect(urging!.location).toBeNull()
    // A relative clause that holds the trigger keeps its place.
    const [meeting] = parseEventsWithSyntax('He thanked the envoys who met in Geneva last week.').filter((event) => event.type === 'CONSULT')
    expect(meeting!.location?.name).toBe('Geneva')
  })

  it('does not take a seat of government that speaks for a place', () => {
    expect(testSingleEvent('Iran released two French nationals, in what Paris called a gesture.', 'CONCEDE', 'released').location).toBeNull()
  })
})

describe('pronoun actors', () => {
  it('gives no actor for a pronoun that names no speaker', () => {
    expect(names(testSingleEvent('They attacked the convoy near the border.', 'ASSAULT', 'attacked').actors)).toEqual([])
    expect(names(parseEventsWithSyntax('He attacked the convoy near the border.')[0]!.actors)).toEqual([])
  })

  it('keeps a pronoun target: "he was arrested"', () => {
    expect(names(parseEventsWithSyntax('He was arrested at the border.')[0]!.targets)).toEqual(['He'])
  })
})

describe('event arguments: a quoted name before the actor\'s noun', () => {
  it('keeps the quoted name that an article opens with the noun after it', () => {
    const text = 'Since the "Black Heron" militant group attacked the town, people have fled.'
    const [attack] = parseEventsWithSyntax(text)
    expect(names(attack!.actors)).toEqual(['"Black Heron" militant group'])
    const start = text.indexOf('"Black')
    expect(attack!.actors[0]!.span).toEqual({start, end: start + '"Black Heron" militant group'.length})
  })

  it('adds no quotation that no article opens', () => {
    const [arrest] = parseEventsWithSyntax('They shouted "Free Tibet" as police arrested the men.')
    expect(arrest!.type).toBe('COERCE')
    expect(names(arrest!.actors)).toEqual(['police'])
  })
})

describe('event arguments: the agent of a participle that carries out the act', () => {
  it('takes the "by" phrase of "carried out", "launched" or "claimed" after an event noun as its actor', () => {
    const text = 'The attacks carried out by the rebels killed ten people.'
    const [attacks] = parseEventsWithSyntax(text)
    expect(attacks!.trigger.text).toBe('attacks')
    expect(names(attacks!.actors)).toEqual(['rebels'])
    expect(attacks!.actors[0]!.span).toEqual({start: text.indexOf('rebels'), end: text.indexOf('rebels') + 6})
    expect(names(parseEventsWithSyntax('The town was shaken by attacks carried out by militants from the hills.').find((event) => event.trigger.text === 'attacks')!.actors)).toEqual(['militants'])
    expect(names(parseEventsWithSyntax('Two bombings claimed by the group rocked the capital.')[0]!.actors)).toEqual(['group'])
  })

  it('takes the subject of "had to" before "admit responsibility", not of "refused to"', () => {
    expect(names(parseEventsWithSyntax('The rebels had to admit responsibility for the bombing.')[0]!.actors)).toEqual(['rebels'])
    expect(parseEventsWithSyntax('The rebels refused to admit responsibility for the bombing.')[0]!.actors).toEqual([])
  })

  it('takes the "by" phrase after a participle of two words, "shot dead by police", as the actor', () => {
    const text = 'The gunman, shot dead by police, had pledged allegiance to the group.'
    const [shooting] = parseEventsWithSyntax(text)
    expect(shooting!.trigger.text).toBe('shot dead')
    expect(names(shooting!.actors)).toEqual(['police'])
    expect(names(parseEventsWithSyntax('The gunman was shot dead by police on Monday.')[0]!.actors)).toEqual(['police'])
    expect(parseEventsWithSyntax('The gunman was shot dead on Monday.')[0]!.actors).toEqual([])
  })

  it('takes the subject, or the object, of the verb that a gerund of planning or launching hangs on', () => {
    const text = 'Tomas Varga is charged with masterminding the bombings of two embassies.'
    const bombings = parseEventsWithSyntax(text).find((event) => event.trigger.text === 'bombings')
    expect(names(bombings!.actors)).toEqual(['Tomas Varga'])
    expect(names(parseEventsWithSyntax('The rebels withdrew after launching an attack on the town.').find((event) => event.type === 'ASSAULT')!.actors)).toEqual(['rebels'])
    expect(names(parseEventsWithSyntax('Police stopped the rebels from launching an attack on the town.').find((event) => event.type === 'ASSAULT')!.actors)).toEqual(['rebels'])
  })

  it('takes no actor from a participle without "by", or from one that only judges the act', () => {
    expect(parseEventsWithSyntax('The attacks carried out at night killed ten people.')[0]!.actors).toEqual([])
    expect(parseEventsWithSyntax('The attacks condemned by the minister killed ten people.')[0]!.actors).toEqual([])
  })
})

describe('event arguments: a modifier that names the actor', () => {
  it('takes the name of "Regime-led" or "Kremlin-backed", without its ending, as the actor', () => {
    const text = 'Regime-led airstrikes hit the town on Monday.'
    const [strikes] = parseEventsWithSyntax(text)
    expect(names(strikes!.actors)).toEqual(['Regime'])
    expect(strikes!.actors[0]!.span).toEqual({start: 0, end: 6})
    const [raid] = parseEvents('Kremlin-backed raids began on Monday.')
    expect(names(raid!.actors)).toEqual(['Kremlin'])
    const [invasion] = parseEventsWithSyntax('The US-led invasion of the island began in 2003.')
    expect(names(invasion!.actors)).toEqual(['US'])
  })

  it('takes a country\'s initials before an event noun, or a demonym before the arm that struck, as the actor', () => {
    const [shelling] = parseEventsWithSyntax('The valley has since come under heavy US bombardment.')
    expect(shelling!.trigger.text).toBe('US bombardment')
    expect(names(shelling!.actors)).toEqual(['US'])
    expect(shelling!.actors[0]!.span).toEqual({start: 38, end: 40})
    expect(names(parseEventsWithSyntax('Belgian air attacks destroyed two bridges.')[0]!.actors)).toEqual(['Belgian'])
    expect(names(parseEventsWithSyntax('The town was hit by UK drone strikes last week.')[0]!.actors)).toEqual(['UK'])
    // As without the parse.
    expect(names(parseEvents('The valley has since come under heavy US bombardment.')[0]!.actors)).toEqual(['US'])
    expect(names(parseEvents('Belgian air attacks destroyed two bridges.')[0]!.actors)).toEqual(['Belgian'])
  })

  it('takes a country\'s possessive before a protest as its place, not its actor', () => {
    const text = "Venezuela's street protests have grown since May."
    const [protests] = parseEventsWithSyntax(text)
    expect(protests!.type).toBe('PROTEST')
    expect(protests!.actors).toEqual([])
    expect(protests!.location).toEqual({name: 'Venezuela', span: {start: 0, end: 9}})
    expect(names(parseEventsWithSyntax("The union's protests have grown since May.")[0]!.actors)).toEqual(['union'])
    expect(names(parseEventsWithSyntax("Belgium's airstrikes have grown since May.")[0]!.actors)).toEqual(['Belgium'])
  })

  it('takes no actor from a country named in full before an attack, nor from initials before a visit', () => {
    expect(names(parseEventsWithSyntax('Kenya bombings left dozens of people dead.')[0]!.actors)).toEqual([])
    const [visit] = parseEventsWithSyntax('The minister cut short a US visit on Friday.')
    expect(visit!.type).toBe('CONSULT')
    expect(names(visit!.actors)).toEqual([])
  })

  it('takes the initials of a group before the noun as the actor', () => {
    const text = 'Dozens of soldiers were killed in PKK attacks near the border.'
    const [attacks] = parseEventsWithSyntax(text)
    expect(names(attacks!.actors)).toEqual(['PKK'])
    expect(attacks!.actors[0]!.span).toEqual({start: text.indexOf('PKK'), end: text.indexOf('PKK') + 3})
    const [raids] = parseEvents('Residents fled after FARC raids on Monday.')
    expect(names(raids!.actors)).toEqual(['FARC'])
    const [lower] = parseEvents('Residents fled after night raids on Monday.')
    expect(lower!.actors).toEqual([])
  })
})

describe('event arguments: an attempt on a life', () => {
  it('takes whom an assassination attempt is against or on, and whom an attempt is made to kill, as the target', () => {
    const [against] = parseEventsWithSyntax('Nine people were charged over the assassination attempt against the governor.').filter((event) => event.type === 'ASSAULT')
    expect(names(against!.targets)).toEqual(['governor'])
    const [on] = parseEventsWithSyntax('The parade was delayed after the assassination attempt on Ana Ruiz.').filter((event) => event.type === 'ASSAULT')
    expect(names(on!.targets)).toEqual(['Ana Ruiz'])
    expect(on!.location).toBeNull()
    const [made] = parseEventsWithSyntax('Officials said an attempt had been made to assassinate the governor.')
    expect(made!.trigger.text).toBe('attempt')
    expect(names(made!.targets)).toEqual(['governor'])
  })
})

describe('event arguments: verbs joined by "and"', () => {
  it('lends the object of the verb after "and" to a verb right before it that has none', () => {
    const events = parseEventsWithSyntax('Militants stormed and seized the town hall on Monday.')
    expect(events.map((event) => [event.trigger.text, names(event.actors), names(event.targets)])).toEqual([
      ['stormed', ['Militants'], ['town hall']],
      ['seized', ['Militants'], ['town hall']]
    ])
  })

  it('lends nothing to a verb with an object of its own, or with words before "and"', () => {
    const [attack] = parseEventsWithSyntax('Gunmen attacked the base and seized the armoury.')
    expect(names(attack!.targets)).toEqual(['base'])
    const [storming] = parseEventsWithSyntax('Militants stormed in at dawn and seized the town hall.')
    expect(storming!.trigger.text).toBe('stormed')
    expect(names(storming!.targets)).toEqual([])
  })
})

describe('pronoun actors resolved to a name before them', () => {
  const refersTo = (text: string, participant: Participant) => {
    const named = participant.refersTo
    if (named) expect(text.slice(named.span.start, named.span.end)).toBe(named.text)
    return named?.text ?? null
  }

  it('resolves the subject "He" of a main clause to the man named before', () => {
    const text = 'Mr Tomas Varga, the rebel leader, reached the town on Monday. He attacked the airport on Tuesday.'
    const [attack] = parseEventsWithSyntax(text)
    expect(attack!.trigger.text).toBe('attacked')
    expect(names(attack!.actors)).toEqual(['He'])
    expect(refersTo(text, attack!.actors[0]!)).toBe('Mr Tomas Varga')
    expect(attack!.actors[0]!.code).toBeNull()
  })

  it('resolves a subject after an opening phrase', () => {
    const text = 'Mr Tomas Varga reached the town on Monday. Later, he attacked the airport.'
    const [attack] = parseEventsWithSyntax(text)
    expect(names(attack!.actors)).toEqual(['he'])
    expect(refersTo(text, attack!.actors[0]!)).toBe('Mr Tomas Varga')
  })

  it('reads the gender from a first name in the whole parse, and leaves a possessive ending out of the name', () => {
    const text = "Tomas Varga's convoy reached the town on Monday. He attacked the airport on Tuesday."
    const attack = parseFull(text).events.find((event) => event.trigger.text === 'attacked')
    expect(names(attack!.actors)).toEqual(['He'])
    expect(refersTo(text, attack!.actors[0]!)).toBe('Tomas Varga')
    // Without the first names' genders, the name gives none, and "He" stands for nobody.
    expect(parseFull(text, {firstNames: null}).events.find((event) => event.trigger.text === 'attacked')!.actors).toEqual([])
  })

  it('resolves the "they" who meet to the group the sentence before has as its subject', () => {
    const pair = 'Ana Ruiz and Luis Vega, the two party leaders, flew to Geneva on Monday. They met for an hour.'
    const [meeting] = parseEventsWithSyntax(pair)
    expect(meeting!.type).toBe('CONSULT')
    expect(names(meeting!.actors)).toEqual(['They'])
    expect(refersTo(pair, meeting!.actors[0]!)).toBe('Ana Ruiz and Luis Vega')
    const leaders = 'The two leaders flew to Geneva on Monday. They held talks for an hour.'
    const [talks] = parseEventsWithSyntax(leaders)
    expect(refersTo(leaders, talks!.actors[0]!)).toBe('The two leaders')
  })

  it('leaves a "they" that meets unresolved after a subject that is no group of people, and one that attacks', () => {
    expect(parseEventsWithSyntax('The first round ended on Monday. They met again on Friday.')[0]!.actors).toEqual([])
    expect(parseEventsWithSyntax('Ana Ruiz flew to Geneva on Monday. They met for an hour.')[0]!.actors).toEqual([])
    const [attack] = parseEventsWithSyntax('Ana Ruiz and Luis Vega flew to Geneva on Monday. They attacked the airport.')
    expect(attack!.type).toBe('ASSAULT')
    expect(attack!.actors).toEqual([])
  })

  it('resolves a "he" or "she" inside a clause to the subject of its sentence, a person of its gender', () => {
    const text = 'Tomas Varga pleaded not guilty on Thursday to charges that he set off a bomb on a busy street.'
    const bomb = parseFull(text).events.find((event) => event.trigger.text === 'set off')
    expect(names(bomb!.actors)).toEqual(['he'])
    expect(refersTo(text, bomb!.actors[0]!)).toBe('Tomas Varga')
  })

  it('leaves a "he" inside a clause unresolved when another man stands between, or the subject is a woman', () => {
    const between = 'Tomas Varga told reporters that Luis Vega denied that he set off a bomb on a busy street.'
    expect(parseFull(between).events.find((event) => event.trigger.text === 'set off')!.actors).toEqual([])
    const woman = 'Ana Ruiz told reporters on Thursday that he set off a bomb on a busy street.'
    expect(parseFull(woman).events.find((event) => event.trigger.text === 'set off')!.actors).toEqual([])
  })

  it('resolves a pronoun target in the passive: "He was arrested"', () => {
    const text = 'Mr Tomas Varga reached the town on Monday. He was arrested on Tuesday.'
    const [arrest] = parseEventsWithSyntax(text)
    expect(names(arrest!.targets)).toEqual(['He'])
    expect(refersTo(text, arrest!.targets[0]!)).toBe('Mr Tomas Varga')
  })

  it('reads "I" and "me" in a claim as its speaker', () => {
    const text = 'Col. Tomas Varga spoke to reporters on Monday. "I ordered the attack on the airport," he said.'
    const [attack] = parseFull(text).events
    expect(names(attack!.actors)).toEqual(['I'])
    expect(refersTo(text, attack!.actors[0]!)).toBe('Col. Tomas Varga')
    expect(attack!.actors[0]!.speaker).not.toBeNull()
    const victim = '"They attacked me in the street," said Ana Ruiz, a nurse.'
    const [assault] = parseFull(victim).events
    expect(names(assault!.targets)).toEqual(['me'])
    expect(refersTo(victim, assault!.targets[0]!)).toBe('Ana Ruiz')
    // Outside a claim, "I" stands for nobody the text names.
    expect(parseFull('I attacked the airport on Tuesday.').events.flatMap((event) => event.actors)).toEqual([])
  })

  it('gives no actor when the name before says the other gender', () => {
    const [attack] = parseEventsWithSyntax('Ms Ana Ruiz reached the town on Monday. He attacked the airport on Tuesday.')
    expect(attack!.actors).toEqual([])
  })

  it('gives no actor for a pronoun inside a clause or a quotation', () => {
    const [inClause] = parseEventsWithSyntax('Mr Tomas Varga reached the town on Monday. Officials asked whether he attacked the airport.')
    expect(inClause!.actors).toEqual([])
    const quoted = parseEventsWithSyntax('Mr Tomas Varga reached the town on Monday. "He attacked the airport," a guard said.')
    expect(quoted.flatMap((event) => event.actors)).toEqual([])
  })
})

describe('event arguments: nouns that count events', () => {
  it('reads the subject "a total of strikes", "a spate of bombings" as the strikes and the bombings', () => {
    const [strikes] = parseEventsWithSyntax('A total of 40 airstrikes, mostly by drones, targeted Libya and Mali last year.')
    expect(strikes!.trigger.text).toBe('airstrikes')
    expect(names(strikes!.targets)).toEqual(['Libya', 'Mali'])
    const [bombings] = parseEventsWithSyntax('A spate of bombings across the region killed 17 people on Monday.')
    expect(bombings!.trigger.text).toBe('bombings')
    expect(names(bombings!.targets)).toEqual(['17 people'])
  })

  it('leaves a noun after "of" that counts nothing alone: "the site of the bombings"', () => {
    const [bombings] = parseEventsWithSyntax('The site of the bombings drew 200 visitors on Monday.')
    expect(bombings?.targets ?? []).toEqual([])
  })
})

describe('event arguments: a trigger that ends in its preposition', () => {
  it('takes what follows "crashed into" as the target, as it does after "fired on"', () => {
    const [crash] = parseEventsWithSyntax('A bomber on a motorbike loaded with explosives crashed into a police convoy near the town.')
    expect(crash!.trigger.text).toBe('crashed into')
    expect(names(crash!.targets)).toEqual(['police convoy'])
  })
})

describe('event arguments: "it" and "they" in what a group says', () => {
  it('reads the group that says it as the actor of "it" or "they"', () => {
    const [meeting] = parseEventsWithSyntax('The rebel group said it met with government envoys in Oslo on Monday.')
    expect(meeting!.trigger.text).toBe('met')
    expect(names(meeting!.actors)).toEqual(['rebel group'])
    const [arrest] = parseEventsWithSyntax('Local police said they had arrested two men near the station.')
    expect(names(arrest!.actors)).toEqual(['Local police'])
  })

  it('leaves a pronoun in a quotation or after a person alone', () => {
    const [demand] = parseEventsWithSyntax('The host went on: "They are demanding answers from the mayor."')
    expect(names(demand?.actors ?? [])).toEqual([])
    const [meeting] = parseEventsWithSyntax('The spokeswoman said they met with the envoys on Monday.')
    expect(names(meeting!.actors)).toEqual([])
  })
})

describe('event arguments: times are no participants', () => {
  it('takes no stretch of time for an actor or a target', () => {
    const [charge] = parseEventsWithSyntax('Trump defended his manager on Tuesday, hours after the staffer was charged with battery.')
    expect(charge!.trigger.text).toBe('charged')
    expect(names(charge!.targets)).not.toContain('hours')
    const [arrest] = parseEventsWithSyntax('Police arrested the man minutes after the blast.')
    expect(names(arrest!.targets)).toEqual(['man'])
  })
})

describe('event arguments: what is detonated is the weapon', () => {
  it('takes no target from the object or the passive subject of "detonate"', () => {
    const [active] = parseEventsWithSyntax('The militants detonated three packages near the gate.')
    expect(names(active!.actors)).toEqual(['militants'])
    expect(names(active!.targets)).toEqual([])
    const [passive] = parseEventsWithSyntax('Three packages were detonated at bus stations.')
    expect(names(passive!.targets)).toEqual([])
  })

  it('keeps the target of a verb of attack', () => {
    const [attack] = parseEventsWithSyntax('The militants attacked two checkpoints in the north.')
    expect(names(attack!.targets)).toEqual(['two checkpoints'])
  })
})
