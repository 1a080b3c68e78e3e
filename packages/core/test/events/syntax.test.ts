import {describe, expect, it} from 'vitest'
import {parseEvents, parseEventsWithSyntax, testSingleParsedEvent} from './helpers.js'

const names = (list: ReadonlyArray<{name: string}>) => list.map((participant) => participant.name)
const found = (text: string) => parseEventsWithSyntax(text).map((event) => `${event.type} ${event.trigger.text}`)

describe('triggers read from the parse', () => {
  it('takes a noun the parse reads as a noun for no verb: "city blocks"', () => {
    expect(found('The city blocks near the river were closed for repairs.')).toEqual([])
  })

  it('takes a verb the parse reads as a verb for no noun: "charges customers"', () => {
    expect(found('The shop charges customers for bags.')).toEqual([])
  })

  it('finds noun triggers: a rally, a shooting, arrests', () => {
    testSingleParsedEvent('Thousands joined a rally in the capital on Sunday.', 'PROTEST', 'rally')
    testSingleParsedEvent('A shooting outside the station left two people wounded.', 'ASSAULT', 'shooting')
    testSingleParsedEvent('The arrests came after weeks of unrest.', 'COERCE', 'arrests')
  })

  it('finds explosions and the bombs that went off', () => {
    testSingleParsedEvent('A powerful explosion tore through the market.', 'ASSAULT', 'explosion')
    testSingleParsedEvent('Two bombs went off near the stadium.', 'ASSAULT', 'went off')
    expect(found('The alarm went off at six.')).toEqual([])
    expect(found('A gas explosion damaged the building.')).toEqual([])
  })

  it('gives each of two coordinated verbs an event', () => {
    expect(found('Gunmen ambushed and killed two soldiers near the border.')).toEqual(['ASSAULT ambushed', 'ASSAULT killed'])
  })

  it('counts a casualty report with no one who did it as no assault', () => {
    expect(found('Six people were killed on Monday.')).toEqual([])
    expect(found('The blast killed three people.')).toEqual(['ASSAULT blast'])
  })

  it('takes what happens every day or each week in the present tense for no event, and keeps it in the past', () => {
    expect(found('Dozens of soldiers are killed every day in ambushes and clashes.')).toEqual([])
    expect(found('Each week, farmers march on the ministry.')).toEqual([])
    expect(found('Farmers marched on the ministry every day last week.')).toEqual(['PROTEST marched'])
    expect(found('Rebels attacked the convoy on Monday.')).toEqual(['ASSAULT attacked'])
  })

  it('keeps a noun or an act after "to be" or "to have": a state or a past act is no purpose', () => {
    expect(found('Police are searching for a man believed to be responsible for a Friday blast.')).toEqual(['ASSAULT blast'])
    expect(found('The second man is believed to have detonated the bomb.')).toEqual(['ASSAULT detonated'])
    expect(found('They demanded the prisoners to be released.')).not.toContain('CONCEDE released')
  })

  it('reads "to" before a noun phrase the parse shows as no infinitive: "pleaded guilty to criminal charges"', () => {
    expect(found('He pleaded guilty to criminal charges in a fraud probe.')).toEqual(['ACCUSE charges'])
    expect(found('Militants attacked a prison in order to free imprisoned fighters.')).toEqual(['ASSAULT attacked'])
  })

  it('ends an infinitive at a clause with its own subject after "and"', () => {
    expect(found('Reporters were not allowed to enter the court and the indictments took place in private.')).toEqual(['ACCUSE indictments'])
    expect(found('They plan to attack the town and seize the airport.')).toEqual([])
  })

  it('reads who killed from the parse: a reduced relative names no one, a weapon far before its verb is the attack', () => {
    expect(found('All six of the soldiers killed were from the same unit.')).toEqual([])
    expect(found('A car bomb outside a government office in the north of the city killed twelve people.')).toEqual(['ASSAULT killed'])
    expect(found('A bomb blast outside a government office in the north of the city killed twelve people.')).toEqual(['ASSAULT blast'])
    expect(found('A gunman outside a government office in the north of the city killed twelve people.')).toEqual(['ASSAULT killed'])
  })

  it('reads an assault that is threatened as a threat, with a hypothetical modality on the act', () => {
    expect(found('The group threatened to kill the hostages.')).toEqual(['THREATEN threatened'])
    const [event] = parseEventsWithSyntax('The rebels will attack the town.')
    expect(event?.type).toBe('ASSAULT')
    expect(event?.modality).toBe('hypothetical')
  })
})

describe('arguments read from the parse', () => {
  it('takes the subject as actor and the object as target', () => {
    const event = testSingleParsedEvent('Police arrested twelve protesters in Minsk.', 'COERCE', 'arrested')
    expect(names(event.actors)).toEqual(['Police'])
    expect(names(event.targets)).toEqual(['twelve protesters'])
    expect(event.location?.name).toBe('Minsk')
  })

  it('takes a demonym or a "-led" word before an event noun as its actor, as without the parse', () => {
    const [russian] = parseEventsWithSyntax('Russian airstrikes hit the town on Monday.')
    expect(names(russian!.actors)).toEqual(['Russian'])
    const [led] = parseEventsWithSyntax('Regime-led airstrikes killed ten people.')
    expect(names(led!.actors)).toEqual(['Regime'])
    const [jets] = parseEventsWithSyntax('Russian jets carried out airstrikes on the town.')
    expect(names(jets!.actors)).toEqual(['Russian jets'])
  })

  it('takes who an attack killed or wounded as its targets, through coordination and "left … wounded"', () => {
    const [blasts] = parseEventsWithSyntax('Two explosions in Baghdad killed at least four people and left 24 others wounded.')
    expect(names(blasts!.targets)).toEqual(['four people', '24 others'])
    const [exploded] = parseEventsWithSyntax('A car bomb exploded near an army patrol, killing one soldier and wounding 10 others.')
    expect(names(exploded!.targets)).toEqual(['one soldier', '10 others', 'army patrol'])
  })

  it('takes who an attack killed as its targets when the parse misreads the clause: "after a bombing killed", a subject read as passive', () => {
    const after = parseEventsWithSyntax('Troops were deployed after a suicide bombing killed 12 people in the capital.').find((event) => event.trigger.text.endsWith('bombing'))
    expect(names(after!.targets)).toEqual(['12 people'])
    const [blasts] = parseEventsWithSyntax('Nine bomb blasts, some of them minutes apart, meanwhile killed seven people in the city.')
    expect(names(blasts!.targets)).toEqual(['seven people'])
    // No clause after "after": the bombing reached no one the sentence names.
    const plain = parseEventsWithSyntax('Troops were deployed after a suicide bombing in the capital.').find((event) => event.trigger.text.endsWith('bombing'))
    expect(plain!.targets).toEqual([])
  })

  it('takes what an attack is aimed at as its target: "targeting", "aimed at"', () => {
    const targeting = parseEventsWithSyntax('Officials condemned the suicide attack targeting emergency responders in the town.').find((event) => event.trigger.text.endsWith('attack'))
    expect(names(targeting!.targets)).toEqual(['emergency responders'])
    const aimed = parseEventsWithSyntax('The rebels denied the bombings aimed at civilians.').find((event) => event.trigger.text === 'bombings')
    expect(names(aimed!.targets)).toEqual(['civilians'])
    const carried = parseEventsWithSyntax('Officials condemned the suicide attack carried out by two men in the town.').find((event) => event.trigger.text.endsWith('attack'))
    expect(carried!.targets).toEqual([])
  })

  it('takes the subject before a verb the parse left without one, but no possessive and no phrase after a preposition', () => {
    const [fighters] = parseEventsWithSyntax('Last month, rebel fighters set off a car bomb outside a police station.')
    expect(names(fighters!.actors)).toEqual(['rebel fighters'])
    const criticized = parseEventsWithSyntax("Critics mocked the mayor's widely criticized remarks on Tuesday.").find((event) => event.trigger.text === 'criticized')
    expect(criticized?.actors ?? []).toEqual([])
  })

  it('takes where a verb of happening puts the event as its place: "broke out in", "took place at"', () => {
    const [fighting] = parseEventsWithSyntax('Heavy fighting broke out in the northern districts on Sunday.')
    expect(fighting!.location?.name).toBe('northern districts')
    const [attack] = parseEventsWithSyntax('The attack took place at a checkpoint near the airport.')
    expect(attack!.location?.name).toBe('checkpoint')
    // Not a verb of happening: the clinic is where the wounded went, not where the attack was.
    const [taken] = parseEventsWithSyntax('The attack left dozens wounded at a clinic.')
    expect(taken!.location).toBeNull()
  })

  it('takes who is given or receives a threat as its target', () => {
    const [given] = parseEventsWithSyntax('She said he and other drivers were given an ultimatum by their bosses.').filter((event) => event.trigger.text === 'ultimatum')
    expect(names(given!.targets)).toEqual(['he', 'other drivers'])
    const [received] = parseEventsWithSyntax('The judge received death threats after the ruling.')
    expect(names(received!.targets)).toEqual(['judge'])
    const [made] = parseEventsWithSyntax('The judge made threats after the ruling.')
    expect(made?.targets ?? []).toEqual([])
  })

  it('takes every name of an "including" list after an arrest, but not a description or a date', () => {
    const [arrested] = parseEventsWithSyntax('Dozens of activists were arrested, including Nora Vasquez, sister of the novelist Pedro Lind, the poet Ines de la Rosa, union leader Tomas Bell, and the painter Rui Soto.')
    expect(names(arrested!.targets)).toEqual(['Dozens', 'Nora Vasquez', 'Ines de la Rosa', 'Tomas Bell', 'Rui Soto'])
    const [police] = parseEventsWithSyntax('Police arrested 12 people, including Ana Ruiz and the lawyer Luis Vega, on Tuesday.')
    expect(names(police!.targets)).toEqual(['12 people', 'Ana Ruiz', 'lawyer Luis Vega'])
  })

  it('takes no place from a relative clause the event is not in, nor from a name that modifies another thing', () => {
    const [grew] = parseEventsWithSyntax('Two men who grew up in Portugal attacked the guards.')
    expect(grew!.location).toBeNull()
    const [history] = parseEventsWithSyntax('It was the deadliest shooting in U.S. history.')
    expect(history!.location).toBeNull()
    const [rebels] = parseEventsWithSyntax('Rebels attacked the guards in Portugal.')
    expect(rebels!.location?.name).toBe('Portugal')
  })

  it('takes the one a participle between dashes is said of as its target, by name', () => {
    const [shot] = parseEventsWithSyntax('The gunman, Ali Tek – shot dead by police – had trained in the hills.')
    expect(names(shot!.targets)).toEqual(['Ali Tek'])
    expect(names(shot!.actors)).toEqual(['police'])
  })

  it('takes the subject of the main verb as the actor of an "-ing" clause on it, but not of a verb in a clause under it', () => {
    const [accusing] = parseEventsWithSyntax('The mayor fired back on Monday, accusing the council of waste.')
    expect(names(accusing!.actors)).toEqual(['mayor'])
    const asking = parseEventsWithSyntax('The union responded by calling for a national strike, asking workers to stay home.').find((event) => event.trigger.text === 'asking')
    expect(names(asking!.actors)).toEqual(['union'])
    const inner = parseEventsWithSyntax('The senator criticised the way the agency operates, accusing it of waste.').find((event) => event.trigger.text === 'accusing')
    expect(inner!.actors).toEqual([])
  })

  it('takes a name after "attack on" as its target unless the gazetteer knows it for a place', () => {
    const ship = parseEventsWithSyntax('Officials condemned the attack on the USS Cole in the port.').find((event) => event.type === 'ASSAULT')
    expect(names(ship!.targets)).toEqual(['USS Cole'])
    expect(ship!.location).toBeNull()
    const city = parseEventsWithSyntax('Critics condemned the attack on Baghdad.').find((event) => event.type === 'ASSAULT')
    expect(city!.targets).toEqual([])
    expect(city!.location?.name).toBe('Baghdad')
  })

  it('takes who faces a charge or pleads to it as the one charged', () => {
    const [faces] = parseEventsWithSyntax('Tolliver faces charges from prosecutors in Ohio.')
    expect(names(faces!.targets)).toEqual(['Tolliver'])
    const [pleaded] = parseEventsWithSyntax('Marsh has pleaded not guilty to charges of fraud and conspiracy.')
    expect(names(pleaded!.targets)).toEqual(['Marsh'])
  })

  it('takes who claims an attack or is responsible for it as its actor, not who denies it', () => {
    const [claimed] = parseEventsWithSyntax('The Taliban claimed responsibility for the attack.')
    expect(names(claimed!.actors)).toEqual(['Taliban'])
    const [responsible] = parseEventsWithSyntax('The terror group is responsible for the bombings.')
    expect(names(responsible!.actors)).toEqual(['terror group'])
    const [denied] = parseEventsWithSyntax('The IRA denied responsibility for the bombing.')
    expect(denied!.actors).toEqual([])
  })

  it('takes the place a compound names as the target of an attack: "the pub bombings"', () => {
    const [event] = parseEventsWithSyntax('Police reopened the inquiry into the pub bombings on Monday.')
    expect(names(event!.targets)).toEqual(['pub'])
    const [named] = parseEventsWithSyntax('He described the Birmingham pub bombings as a total disaster.')
    expect(named!.location?.name).toBe('Birmingham')
  })

  it('takes the subject of "is believed to have" as the actor of the act under it', () => {
    const [event] = parseEventsWithSyntax('The second man is believed to have detonated the bomb.')
    expect(names(event!.actors)).toEqual(['second man'])
    expect(names(event!.targets)).toEqual([])
  })

  it('reads a verb the tagger took for a noun modifier as the verb of its sentence: "Troops fired on protesters"', () => {
    const [event] = parseEventsWithSyntax('Troops fired on protesters in the capital on Monday.')
    expect(names(event!.actors)).toEqual(['Troops'])
    expect(names(event!.targets)).toEqual(['protesters'])
  })

  it('takes no "of" phrase of a charge for the one charged: "charges of fraud"', () => {
    const [event] = parseEventsWithSyntax('He faces charges of fraud in New York.')
    expect(event!.type).toBe('ACCUSE')
    expect(names(event!.targets)).toEqual(['He'])
  })

  it('reads a participle right after "been" as passive: its subject is the target', () => {
    const event = parseEventsWithSyntax('Police issued 17 arrest warrants after the bombing but only Omar and Tarek have been detained.').find((found) => found.type === 'COERCE')
    expect(names(event!.actors)).toEqual([])
    expect(names(event!.targets)).toEqual(['Omar', 'Tarek'])
  })

  it('takes where the target of an attack stands as the place: "an attack on the market in Lindenfeld"', () => {
    const event = parseEventsWithSyntax('Five people were killed on 11 December in an attack on the Christmas market in Lindenfeld.').find((found) => found.trigger.text === 'attack')
    expect(names(event!.targets)).toEqual(['Christmas market'])
    expect(event!.location?.name).toBe('Lindenfeld')
  })

  it('takes a place said of the event with "be": "the worst explosion was at the bus station"', () => {
    const [event] = parseEventsWithSyntax('The worst explosion was at the busy bus station, where six people were killed.')
    expect(event!.location?.name).toBe('busy bus station')
  })

  it('reads a subject the parser called passive as active when the verb has no "be"', () => {
    const [event] = parseEventsWithSyntax('Mr Tom Hale, leader of the party, called for an inquiry.')
    expect(names(event!.actors)).toEqual(['Mr Tom Hale'])
    expect(names(event!.targets)).toEqual([])
  })

  it('takes who an attack killed as its target: "the blast killed three people"', () => {
    const [event] = parseEventsWithSyntax('The blast killed three people.')
    expect(names(event!.targets)).toEqual(['three people'])
  })

  it('takes the agent of a passive as actor and its subject as target', () => {
    const event = testSingleParsedEvent('The convoy was attacked by rebel fighters.', 'ASSAULT', 'attacked')
    expect(names(event.actors)).toEqual(['rebel fighters'])
    expect(names(event.targets)).toEqual(['convoy'])
  })

  it('gives a second coordinated verb the subject of the first', () => {
    const [, second] = parseEventsWithSyntax('Police arrested the leader and detained his deputy.')
    expect(second?.trigger.text).toBe('detained')
    expect(names(second!.actors)).toEqual(['Police'])
    expect(names(second!.targets)).toEqual(['deputy'])
  })

  it('takes the possessor of a noun trigger as actor and its "of" phrase as target', () => {
    const event = testSingleParsedEvent('Russia’s invasion of Ukraine shocked Europe.', 'ASSAULT', 'invasion')
    expect(names(event.actors)).toEqual(['Russia'])
    expect(names(event.targets)).toEqual(['Ukraine'])
  })

  it('takes the "by" phrase of a noun trigger as actor and its "on" phrase as target', () => {
    const event = testSingleParsedEvent('The attack by the militants on the base lasted an hour.', 'ASSAULT', 'attack')
    expect(names(event.actors)).toEqual(['militants'])
    expect(names(event.targets)).toEqual(['base'])
  })

  it('takes the subject of a light verb as the actor of its noun', () => {
    const event = testSingleParsedEvent('Insurgents carried out an attack on a checkpoint.', 'ASSAULT', 'attack')
    expect(names(event.actors)).toEqual(['Insurgents'])
    expect(names(event.targets)).toEqual(['checkpoint'])
  })

  it('names no weapon as actor: "a bomb exploded"', () => {
    const event = testSingleParsedEvent('A bomb exploded outside the embassy.', 'ASSAULT', 'exploded')
    expect(event.actors).toEqual([])
    expect(event.location?.name).toBe('embassy')
  })

  it('takes the noun a reduced relative modifies as target: "those arrested"', () => {
    const [event] = parseEventsWithSyntax('Many of the activists detained in the raid were students.').filter((e) => e.type === 'COERCE')
    expect(names(event!.targets)).toEqual(['activists'])
  })
})

describe('headlines', () => {
  it('reads an event in a headline as in the body, present tense and title case', () => {
    const text = 'Police Arrest 20 After Riot In Capital\n\nPolice arrested 20 people after a riot in the capital, officials said.'
    const events = parseEvents(text, {title: true}).map((event) => `${event.type} ${event.trigger.text}`)
    expect(events).toEqual(['COERCE Arrest', 'COERCE arrested'])
  })

  it('reads an -ing word in a headline as a noun, with no subject or object', () => {
    const text = 'Court Convicts Friend Of Bombing Suspect\n\nA court convicted a friend of the suspect on Monday, officials said.'
    const bombing = parseEvents(text, {title: true}).find((event) => event.trigger.text === 'Bombing')
    expect(bombing?.actors).toEqual([])
    expect(bombing?.targets).toEqual([])
  })

  it('reads a killing by a weapon in a headline as the attack, as in the body', () => {
    const text = 'Roadside bomb kills 3 in north\n\nA roadside bomb killed three soldiers in the north on Tuesday, officials said.'
    const events = parseEventsWithSyntax(text, {title: true}).map((event) => `${event.type} ${event.trigger.text}`)
    expect(events).toEqual(['ASSAULT kills', 'ASSAULT killed'])
    expect(parseEventsWithSyntax('Earthquake kills 3 in north\n\nAn earthquake killed three people in the north.', {title: true})).toEqual([])
  })

  it('reads a headline in title case through the parse, its words in lower case but for names', () => {
    const text = 'Rebels Attack Army Base In North\n\nRebels attacked an army base in the north on Monday, the army said.'
    const events = parseEventsWithSyntax(text, {title: true}).map((event) => `${event.type} ${event.trigger.text}`)
    expect(events).toEqual(['ASSAULT Attack', 'ASSAULT attacked'])
  })
})

// The events of a headline (the first line), read with the parse: "TYPE trigger modality actors -> targets".
const headlineEvents = (text: string, syntax = true) =>
  (syntax ? parseEventsWithSyntax : parseEvents)(text, {title: true})
    .filter((event) => event.trigger.span.end <= text.indexOf('\n'))
    .map((event) => `${event.type} ${event.trigger.text} ${event.modality} ${names(event.actors).join('+')} -> ${names(event.targets).join('+')}`)
const body = '\n\nThe story was reported on Monday by local officials.'

describe('headlines read through the parse', () => {
  it('reads a present-tense verb as the past act it reports, with its subject and object', () => {
    expect(headlineEvents('Senator backs new trade pact' + body)).toEqual(['SUPPORT backs asserted Senator -> new trade pact'])
    expect(headlineEvents('Unions seal pay deal' + body)).toEqual(['AGREE seal pay deal asserted Unions -> '])
    expect(headlineEvents('Dockers and drivers slam port plan' + body)).toEqual(['ACCUSE slam asserted Dockers+drivers -> port plan'])
    expect(headlineEvents('Bomb kills 3' + body)).toEqual(['ASSAULT kills asserted  -> 3'])
    expect(headlineEvents('Senator backs plan and attacks critics' + body)).toEqual(['SUPPORT backs asserted Senator -> plan', 'ACCUSE attacks asserted Senator -> critics'])
    expect(headlineEvents('Coach congratulates rival on title' + body)).toEqual(['SUPPORT congratulates asserted Coach -> rival'])
    // An attack on moves or a feud is made in words.
    expect(headlineEvents('Opposition attacks budget moves' + body)).toEqual(['ACCUSE attacks asserted Opposition -> budget moves'])
  })

  it('reads no act in a present tense that is no verb or no act', () => {
    expect(headlineEvents('Oil prices back above $60' + body)).toEqual([])
    expect(headlineEvents("Party's core support holds firm" + body)).toEqual([])
    // Cooperation in the present is a relation, in a headline too.
    expect(headlineEvents('Canada works with Mexico on border' + body)).toEqual([])
    // After an adjective the word is a noun: the attacks are not done to the campaign.
    expect(headlineEvents('Blistering attacks upset rival campaign' + body).map((event) => event.split(' ').slice(0, 2).join(' '))).toEqual(['ACCUSE attacks'])
  })

  it('reads "to" before the verb as a future, not a past fact', () => {
    expect(headlineEvents('Minister to visit Brazil' + body)).toEqual(['CONSULT visit hypothetical Minister -> Brazil'])
    // After a verb, "to" opens what is wanted: no event of its own.
    expect(headlineEvents('Minister vows to visit Brazil' + body)).toEqual([])
  })

  it('reads a participle with no object as a passive whose "be" was dropped', () => {
    expect(headlineEvents('Teacher accused of fraud' + body)).toEqual(['ACCUSE accused asserted  -> Teacher'])
    expect(headlineEvents('Mayor attacked by gang in park' + body)).toEqual(['ASSAULT attacked asserted gang -> Mayor'])
    // An active verb keeps its subject: "fired on" is no passive.
    expect(headlineEvents('Troops fired on crowd' + body)).toEqual(['ASSAULT fired on asserted Troops -> crowd'])
  })

  it('reads an -ing verb after a noun as one whose "is" was dropped', () => {
    expect(headlineEvents("Farmer 'suing council' over flood" + body)).toEqual(['ACCUSE suing asserted Farmer -> council'])
    expect(headlineEvents('Farmer suing council over flood' + body)).toEqual(['ACCUSE suing asserted Farmer -> council'])
  })

  it('reads a headline with the quotation marks of a claim left out', () => {
    expect(headlineEvents("Regulator 'blocks news website'" + body)).toEqual(['COERCE blocks asserted Regulator -> news website'])
  })

  it('reads the words after a headline colon as the sentence', () => {
    expect(headlineEvents('Peru: police arrest 12 protesters' + body)).toEqual(['COERCE arrest asserted police -> 12 protesters'])
  })

  it('reads a bare number as the people it counts', () => {
    expect(headlineEvents('Police Detain 4 Over Stadium Riot' + body)).toEqual(['COERCE Detain asserted Police -> 4'])
  })

  it('leaves a verb read by the headline grammar alone out without the parse', () => {
    expect(headlineEvents('Senator backs new trade pact' + body, false)).toEqual([])
    expect(headlineEvents("Farmer 'suing council' over flood" + body, false)).toEqual([])
  })
})

describe('triggers read from the parse: kinds, names and adjectives', () => {
  it('takes a kind of event for no event: "any attack", "such bombings", "every protest"', () => {
    expect(found('The rules require a warning before any attack on a school.')).toEqual([])
    expect(found('Such bombings had never happened in the town before.')).toEqual([])
    expect(found('Every protest in the square needs a permit.')).toEqual([])
    expect(found('The bombing of the station shocked the town.')).toEqual(['ASSAULT bombing'])
  })

  it('takes the name a verb of naming gives an event for no second event', () => {
    expect(found('The mayor called the explosion an attack on the city.')).toEqual(['ASSAULT explosion'])
    expect(found('The governor described the fire as an attack on the town hall.')).toEqual([])
    // "called a truce" makes one.
    expect(found('The two parties called a truce on Friday.')).toEqual(['AGREE truce'])
  })

  it('takes a participle inside a noun phrase for an adjective: "both raided flats"', () => {
    expect(found('Police found gunpowder in both raided apartments.')).toEqual([])
    expect(found('She holds a lead in pledged votes.')).toEqual([])
    expect(found('The committee criticised the mayor for the delay.')).toEqual(['ACCUSE criticised'])
    expect(found('Troops shelled two villages near the port.')).toEqual(['ASSAULT shelled'])
  })
})

describe('triggers read from the parse: rallies', () => {
  it('takes rallying someone to a side for no protest, and rallying for one', () => {
    expect(found('The mayor rallied local business owners behind the plan.')).toEqual([])
    expect(found('Hundreds of nurses rallied outside the hospital on Friday.')).toEqual(['PROTEST rallied'])
  })
})

describe('triggers read from the parse: past forms the tagger reads as nouns', () => {
  it('keeps a past form after "and" or before a "by" agent as a verb', () => {
    expect(found('Two gunmen entered the campus and shot at the guards.')).toEqual(['ASSAULT shot'])
    expect(found('The suspect, a local man – shot dead by police – had a long record.')).toEqual(['ASSAULT shot dead'])
    expect(found('The player scored a goal and a shot at the post went wide.')).toEqual([])
  })
})

describe('triggers read from the parse: bans and private visits', () => {
  it('takes what a ban is on for no event', () => {
    expect(found('The city has a ban on street parties and protests until May.')).toEqual([])
    expect(found('Police broke up protests in the square on Monday.')).toEqual(['PROTEST protests'])
  })

  it('takes a visit to family or friends for no meeting', () => {
    expect(found('She was visiting her brother in Lisbon at the time.')).toEqual([])
    expect(found('The minister visited Lisbon on Monday.')).toEqual(['CONSULT visited'])
  })
})

describe('arguments read from the parse: counted events, sources, pronouns, quoted names', () => {
  it('takes the subject of a light verb over a noun that counts the events', () => {
    const event = testSingleParsedEvent('The rebels launched a series of attacks on the garrison.', 'ASSAULT', 'attacks')
    expect(names(event.actors)).toEqual(['rebels'])
    const lone = testSingleParsedEvent('A series of attacks hit the garrison.', 'ASSAULT', 'attacks')
    expect(lone.actors).toEqual([])
  })

  it('takes the "from" phrase of a charge or a threat as its actor', () => {
    const charges = testSingleParsedEvent('The company faces charges from federal prosecutors.', 'ACCUSE', 'charges')
    expect(names(charges.actors)).toEqual(['federal prosecutors'])
    const attack = testSingleParsedEvent('The attack from the north surprised the garrison.', 'ASSAULT', 'attack')
    expect(attack.actors).toEqual([])
  })

  it('takes "he" or "she" after a named person\'s "said" for that person, not for a group or a spokesman', () => {
    const [instructed] = parseEventsWithSyntax('Interior Minister Anna Berg said she has instructed all police chiefs to close the roads.')
    expect(names(instructed!.actors)).toEqual(['Interior Minister Anna Berg'])
    const [group] = parseEventsWithSyntax('The Taliban said he attacked the convoy.')
    expect(group!.actors).toEqual([])
    const [spokesman] = parseEventsWithSyntax('A spokesman for the police said he had been detained.')
    expect(names(spokesman!.targets)).toEqual(['he'])
  })

  it('reads a subject after "after", which the parse can take for a preposition', () => {
    const [after] = parseEventsWithSyntax('The firm was sued after its rival accused it of fraud.').filter((event) => event.type === 'ACCUSE' && event.trigger.text === 'accused')
    expect(names(after!.actors)).toEqual(['rival'])
  })

  it('keeps a quoted name inside its phrase, and no half of a quotation', () => {
    const event = testSingleParsedEvent('The "Black Heron" militia attacked the village at dawn.', 'ASSAULT', 'attacked')
    expect(names(event.actors)).toEqual(['"Black Heron" militia'])
    const [met] = parseEventsWithSyntax('The minister said he welcomed the government\'s "brave decision to act".').filter((e) => e.type === 'SUPPORT')
    for (const target of met?.targets ?? []) expect(target.name.split('"').length % 2).toBe(1)
  })

  it('reads a clause opened by "before" for no reduced relative', () => {
    const [shot] = parseEventsWithSyntax('Three gunmen entered the depot shortly after the blast and shot at two night watchmen before being gunned down.').filter((e) => e.trigger.text === 'gunned down')
    expect(names(shot?.targets ?? [])).toEqual([])
  })
})

describe('arguments read from the parse: a participle misread as its noun\'s verb', () => {
  it('takes the noun before a participle and an "is" or "were" for what it underwent', () => {
    const event = testSingleParsedEvent('The activists arrested last week were students.', 'COERCE', 'arrested')
    expect(event.actors).toEqual([])
    expect(names(event.targets)).toEqual(['activists'])
  })

  it('takes the noun before such a participle inside a "that" clause, however the parse hangs the predicate', () => {
    const text = 'In an interview he confirmed that the army command in Kestria knew all along that the four Norlanders arrested for the explosions were innocent.'
    const arrest = parseEventsWithSyntax(text).find((event) => event.trigger.text === 'arrested')
    expect(arrest!.actors).toEqual([])
    expect(names(arrest!.targets)).toEqual(['four Norlanders'])
    // A verb with an object keeps its subject.
    const arrested = parseEventsWithSyntax('He knew all along that the police arrested six men who were innocent.').find((event) => event.trigger.text === 'arrested')
    expect(names(arrested!.actors)).toEqual(['police'])
  })

  it('keeps the subject of a verb whose own clause goes on', () => {
    const event = testSingleParsedEvent('Police arrested the men who were drunk.', 'COERCE', 'arrested')
    expect(names(event.actors)).toEqual(['Police'])
    const [protested] = parseEventsWithSyntax('His campaign protested that the aides were being "disingenuous" about the permit.')
    expect(protested?.targets ?? []).toEqual([])
  })
})

describe('arguments read from the parse: places', () => {
  it('takes where the weapon was set off as the place', () => {
    const event = testSingleParsedEvent('The gang set off two bombs near the bus station.', 'ASSAULT', 'set off')
    expect(event.location?.name).toBe('bus station')
    const bare = testSingleParsedEvent('The gang set off two bombs on Monday.', 'ASSAULT', 'set off')
    expect(bare.location).toBeNull()
  })

  it('takes where a blast struck as its place, and a day for no place', () => {
    const event = testSingleParsedEvent('A device exploded on Friday, wounding 13 people on a busy pedestrian street.', 'ASSAULT', 'exploded')
    expect(event.location?.name).toBe('busy pedestrian street')
  })
})

describe('arguments read from the parse: an "including" list', () => {
  it('takes the people an arrest names after "including" as targets, not the charges of an indictment', () => {
    const event = testSingleParsedEvent('Teachers said to be close to the union were arrested, including Rosa Varga, wife of the painter Milan Varga, the baker Ivo Horak and his son Emil Horak.', 'COERCE', 'arrested')
    expect(names(event.targets)).toContain('Rosa Varga')
    const [indicted] = parseEventsWithSyntax('Two men were indicted on six counts, including conspiracy.').filter((e) => e.type === 'ACCUSE')
    expect(names(indicted?.targets ?? [])).not.toContain('conspiracy')
  })
})

describe('arguments read from the parse: a verb after "and" read as a noun', () => {
  it('lends the verb before "and" its subject, and takes what follows the trigger', () => {
    const [shot] = parseEventsWithSyntax('Three gunmen entered the depot shortly after the blast and shot at two night watchmen before being gunned down.').filter((e) => e.trigger.text === 'shot')
    expect(names(shot!.actors)).toEqual(['Three gunmen'])
    expect(names(shot!.targets)).toEqual(['two night watchmen'])
    const [blast] = parseEventsWithSyntax('Three gunmen entered the depot shortly after the blast and shot at two night watchmen before being gunned down.').filter((e) => e.trigger.text === 'blast')
    expect(blast!.actors).toEqual([])
  })
})

describe('arguments read from the parse: the possessor of an arrest', () => {
  it('takes the possessor of an arrest for who was arrested, and of a crackdown for who made it', () => {
    const arrest = testSingleParsedEvent('The film follows the six days from Weber\'s arrest to the trial.', 'COERCE', 'arrest')
    expect(arrest.actors).toEqual([])
    expect(names(arrest.targets)).toEqual(['Weber'])
    const crackdown = testSingleParsedEvent('The report described the government\'s crackdown in the capital.', 'COERCE', 'crackdown')
    expect(names(crackdown.actors)).toEqual(['government'])
  })
})

describe('arguments read from the parse: what a blast went off near', () => {
  it('takes forces a blast went off near as its target, not a place or a point of a race', () => {
    const convoy = testSingleParsedEvent('A roadside bomb exploded near a police convoy on the highway.', 'ASSAULT', 'exploded')
    expect(names(convoy.targets)).toEqual(['police convoy'])
    const start = testSingleParsedEvent('Two bombs went off near the start of a charity run.', 'ASSAULT', 'went off')
    expect(start.targets).toEqual([])
  })
})

describe('arguments read from the parse: what the first rules left', () => {
  it('keeps those coordinated with a resolved "he", and takes no time for a source', () => {
    const [promised] = parseEventsWithSyntax('Smith said both he and Jones promised to lead the fight against the plan.')
    expect(names(promised!.actors)).toEqual(['Smith', 'Jones'])
    const [charges] = parseEventsWithSyntax('The charges from the 1990s were dropped on Monday.').filter((e) => e.type === 'ACCUSE')
    expect(charges?.actors ?? []).toEqual([])
  })
})
