import {describe, expect, it} from 'vitest'
import {attribute, testNoClaim, testSingleCase} from './helpers.js'

// stages/attribution/speaker-before.ts: the speaker stands before the cue.
describe('speaker before the cue', () => {
  it('X alleged that CLAUSE', () => {
    testSingleCase('Novak also alleged that the council was blocking aid.', {content: 'the council was blocking aid', kind: 'indirect', cue: 'alleged', speaker: 'Novak'})
  })

  it('"…," X said.', () => {
    testSingleCase('"We will not leave," the minister said.', {content: 'We will not leave,', kind: 'direct', cue: 'said', speaker: 'minister'})
  })

  it('PEOPLE in PLACE have called for: the people, not the place', () => {
    testSingleCase('Policy makers in Europe have called for a new tax on banks.', {content: 'a new tax on banks', kind: 'indirect', cue: 'have called for', speaker: 'Policy makers in Europe'})
  })

  it('a report BY BODY found: the report, not the body', () => {
    testSingleCase('A survey by the Kestrel Institute found that most drivers slow down.', {content: 'most drivers slow down', kind: 'indirect', cue: 'found', speaker: 'survey by the Kestrel Institute'})
  })

  it('PEOPLE on DAY said: a time after the subject is not part of it', () => {
    testSingleCase('Campaign aides on Monday said the race was close.', {content: 'the race was close', kind: 'indirect', cue: 'said', speaker: 'Campaign aides'})
  })

  it('X, PARTY-STATE., said: the party and state describe the name before them', () => {
    testSingleCase('Rep. Ana Ruiz, D-N.M., noted that the bill was late.', {content: 'the bill was late', kind: 'indirect', cue: 'noted', speaker: 'Ana Ruiz'})
  })

  it('TITLE NAME of PLACE, APPOSITION, said: the person, not the place', () => {
    testSingleCase('Senator Ana Ruiz of Ohio, who chairs the harbour panel, said the vote would be delayed.', {content: 'the vote would be delayed', cue: 'said', speaker: 'Ana Ruiz'})
    testSingleCase('Representative Tom Okafor of Maine, a Democrat on the panel, proposed a tax on ferries.', {content: 'a tax on ferries', cue: 'proposed', speaker: 'Tom Okafor'})
  })

  it('not a body named with "of": "The Bank of Tarvia, which …, said"', () => {
    testSingleCase('The Bank of Tarvia, which sets interest rates, said inflation would rise.', {content: 'inflation would rise', cue: 'said', speaker: 'Bank of Tarvia'})
  })

  it('X, who said CLAUSE, …', () => {
    testSingleCase('Ms. Ruiz, who said the vote was rigged, left the room.', {content: 'the vote was rigged', kind: 'indirect', cue: 'said', speaker: 'Ruiz'})
  })

  it('not a noun cue after "a" with no "that" clause of its own', () => {
    expect(attribute('A claim that the vote was rigged spread online.').claims).toEqual([])
  })

  it('not a cue with nothing reported', () => {
    expect(attribute('The minister said.').claims).toEqual([])
  })
})

describe('a manner adverb after the cue', () => {
  it('“…?” he asks rhetorically: the quotation is the report', () => {
    testSingleCase('“Can anyone name one success of the council?” Ana Ruiz asks rhetorically.', {content: 'Can anyone name one success of the council?', kind: 'direct', cue: 'asks', speaker: 'Ana Ruiz'})
  })
})

describe('the verb group of the cue', () => {
  it('"has been warning": the perfect of a progressive', () => {
    testSingleCase('The port authority has been warning that the pier could collapse.', {content: 'the pier could collapse', kind: 'indirect', cue: 'has been warning', speaker: 'port authority'})
    testSingleCase('Ana Ruiz had long been saying the ferry would close.', {content: 'the ferry would close', cue: 'had long been saying', speaker: 'Ana Ruiz'})
  })

  it('an adverb in "-ly" inside the group: "has bitterly complained", "are quietly saying"', () => {
    testSingleCase('Tom Okafor has bitterly complained that the ferry is late.', {content: 'the ferry is late', cue: 'has bitterly complained', speaker: 'Tom Okafor'})
    testSingleCase('Council members are quietly saying the budget will not pass.', {content: 'the budget will not pass', cue: 'are quietly saying', speaker: 'Council members'})
  })

  it('not a noun in "-ly" before the cue: "the family said"', () => {
    testSingleCase('The family has long said the pier was unsafe.', {content: 'the pier was unsafe', cue: 'has long said', speaker: 'family'})
  })
})

describe('a clause set off between the subject and the cue', () => {
  it('"X, when asked about Y, said …"', () => {
    testSingleCase('Ana Ruiz, when asked about the plan, said the town would manage.', {content: 'the town would manage', kind: 'indirect', cue: 'said', speaker: 'Ana Ruiz'})
  })

  it('"X, asked about Y, said …"', () => {
    testSingleCase('Tom Baxter, asked about the vote, said he had not decided.', {content: 'he had not decided', kind: 'indirect', cue: 'said', speaker: 'Tom Baxter'})
  })
})

// stages/attribution/speaker-before.ts, shareBefore (language/quantity-phrase.ts): a share of
// respondents as the speaker.
describe('a share of respondents before the cue', () => {
  it('"Nearly half said …", "About 4 in 10 say …", "Most of them said …"', () => {
    testSingleCase('Nearly half said they prefer someone with experience in politics.', {content: 'they prefer someone with experience in politics', kind: 'indirect', cue: 'said', speaker: 'Nearly half'})
    testSingleCase('About 4 in 10 say they want a more liberal president.', {content: 'they want a more liberal president', kind: 'indirect', cue: 'say', speaker: 'About 4 in 10'})
    testSingleCase('Most of them said they had loved working at the plant.', {content: 'they had loved working at the plant', kind: 'indirect', cue: 'said', speaker: 'Most of them'})
  })

  it('"those polled said …": all who were asked', () => {
    testSingleCase('Again, those polled said the harbour tax was too high.', {content: 'the harbour tax was too high', cue: 'said', speaker: 'those polled'})
  })

  it('not "those" before another participle: "those injured said" is no poll', () => {
    const article = attribute('Again, those injured said the harbour was unsafe.')
    expect(article.speakers.map((speaker) => speaker.name)).not.toContain('those injured')
  })

  it('after "with", before a participle', () => {
    testSingleCase('The mayor gained ground, with 30 percent of voters saying they liked him.', {content: 'they liked him', kind: 'indirect', cue: 'saying', speaker: '30 percent of voters'})
  })

  it('not a superlative, nor a share inside a phrase', () => {
    testNoClaim('It was the most elaborate and costly process ever devised.')
    testNoClaim('In 2014 half the budget went to roads.')
  })
})

// stages/attribution/speaker-before.ts, relativeToLast: a relative clause on the last speaker.
describe('a cue in a relative clause on the speaker of the claim before', () => {
  it('"…," said X, who noted that …', () => {
    const text = '“Revenues are up,” said Ana Ruiz, who noted that prices had fallen.'
    const article = attribute(text)
    expect(article.claims.map((claim) => claim.content.text)).toEqual(['Revenues are up,', 'prices had fallen'])
    expect(article.claims[1]!.speaker).toBe(article.claims[0]!.speaker)
    const speaker = article.speakers.find((candidate) => candidate.id === article.claims[1]!.speaker)!
    expect(speaker.mentions.map((mention) => text.slice(mention.start, mention.end))).toContain('who')
  })
})

// stages/attribution/speaker-before.ts, afterRelative: the main verb after a reporting relative clause.
describe('"X, who said A, said B"', () => {
  it('B is X’s too', () => {
    const article = attribute('Ana Ruiz, who said she usually votes early, said the line was too long.')
    expect(article.claims.map((claim) => claim.content.text)).toEqual(['she usually votes early', 'the line was too long'])
    expect(article.claims[1]!.speaker).toBe(article.claims[0]!.speaker)
  })
})

describe('an aside between the cue and its "that" clause', () => {
  it('said, with a smile, that …; said — on the radio, as it happens — that …', () => {
    testSingleCase('Ana Ruiz said, with a smile, that the vote was fair.', {content: 'the vote was fair', kind: 'indirect', cue: 'said', speaker: 'Ana Ruiz'})
    testSingleCase('Ana Ruiz said — on the radio, as it happens — that the vote was fair.', {content: 'the vote was fair', kind: 'indirect', cue: 'said', speaker: 'Ana Ruiz'})
  })

  it('a phrase that runs on past a place: said during a visit to Leeds, West Yorkshire, that …', () => {
    testSingleCase('Ana Ruiz said on Friday during a visit to a school in Leeds, West Yorkshire, that the vote was fair.', {content: 'the vote was fair', kind: 'indirect', cue: 'said', speaker: 'Ana Ruiz'})
  })

  it('not an aside that holds a "that" of its own', () => {
    const text = 'Ana Ruiz said, in a letter that the council read aloud, that the vote was fair.'
    expect(attribute(text).claims.map((claim) => claim.content.text)).not.toContain('the vote was fair')
  })

  it('a party and a state after the name describe it: "Sen. X, D-Ohio, a member of …, said"', () => {
    testSingleCase('Sen. Ann Roe, D-Ohio, a member of the panel, said the rules were broken.', {content: 'the rules were broken', cue: 'said', speaker: 'Ann Roe'})
    testSingleCase('Rep. Tom Baxter, R-Texas, said the rules were broken.', {content: 'the rules were broken', cue: 'said', speaker: 'Tom Baxter'})
  })

  it('an opener read back past commas is no speaker when the subject follows the cue: "Somehow, after all that, CLAUSE, adds X."', () => {
    testSingleCase('Somehow, after all that, the plan held, adds Tom Reyes.', {content: 'Somehow, after all that, the plan held', cue: 'adds', speaker: 'Tom Reyes'})
    testSingleCase('Somehow, after all that, the plan held, says Tom Reyes.', {content: 'Somehow, after all that, the plan held', cue: 'says', speaker: 'Tom Reyes'})
  })

  it('a subject after the cue that opens a clause or a quotation is the report\'s: "X, a spokesman, said the union expected …"', () => {
    testSingleCase('Phil Moore, a spokesman for the union, said the union expected output to rise.', {content: 'the union expected output to rise', cue: 'said', speaker: 'Phil Moore'})
    testSingleCase('Ana Ruiz, a lawyer for the firm, said the ruling "changes everything" for the family.', {content: 'the ruling "changes everything" for the family', cue: 'said', speaker: 'Ana Ruiz'})
    testSingleCase('"We will appeal," Ana Ruiz, a lawyer for the firm, said Sunday.', {content: 'We will appeal,', cue: 'said', speaker: 'Ana Ruiz'})
  })

  it('a known first name before a surname that is also a word: "Sarah Green said", "Tom White said"', () => {
    testSingleCase('Sarah Green said the bridge was safe.', {content: 'the bridge was safe', cue: 'said', speaker: 'Sarah Green'})
    testSingleCase('"The bridge is safe," said Tom White.', {content: 'The bridge is safe,', cue: 'said', speaker: 'Tom White'})
    testSingleCase('Sarah Green, a lawyer, said the bridge was safe.', {content: 'the bridge was safe', cue: 'said', speaker: 'Sarah Green'})
  })

  it('a role word after a word that is no first name stays a role: no person "Kestrel Green"', () => {
    const article = attribute('Kestrel Green said the bridge was safe.')
    expect(article.speakers.map((speaker) => speaker.name)).not.toContain('Kestrel Green')
  })

  it('a quantifier floated off the subject is no speaker: "They both said", "The ministers have all said"', () => {
    const both = attribute('Tom Baxter and Ann Roe met on Monday. They both said the plan would fail.')
    expect(both.claims.map((claim) => claim.content.text)).toEqual(['the plan would fail'])
    expect(both.speakers.map((speaker) => speaker.name)).not.toContain('both')
    testSingleCase('The ministers have all said that the plan would fail.', {content: 'the plan would fail', speaker: 'ministers'})
  })
})

describe('an amount after the cue opens the report, not a phrase', () => {
  it('"said about half of …", "said over 200 people …"', () => {
    testSingleCase('The harbour office said about half of the ferries were late.', {content: 'about half of the ferries were late', cue: 'said', speaker: 'harbour office'})
    testSingleCase('Officials said over 200 people had left the island.', {content: 'over 200 people had left the island', cue: 'said', speaker: 'Officials'})
  })

  it('not a phrase about a topic: "said about the plan that …" reports after "that"', () => {
    testSingleCase('The harbour office said about the plan that it was too late.', {content: 'it was too late', cue: 'said', speaker: 'harbour office'})
  })
})

describe('a pronoun fused with the helper of the cue', () => {
  it('"he’s predicting that …", "she’s warned that …": the pronoun speaks', () => {
    const article = testSingleCase('Ana Ruiz spoke on Monday. And she’s predicting that the harbour will close.', {content: 'the harbour will close', cue: 'predicting', speaker: 'Ana Ruiz'})
    expect(article.speakers).toHaveLength(1)
    testSingleCase('Tom Okafor spoke on Monday. He’s warned that the pier would fail.', {content: 'the pier would fail', cue: 'warned', speaker: 'Tom Okafor'})
  })

  it('not "it’s said", which names no speaker, nor "he’s" before no cue', () => {
    testNoClaim('It’s said that the pier would fail.')
    testNoClaim('He’s the best mayor the town has had.')
  })
})

// A phrase that sets the scene before the speaker, and a quotation after the cue.
describe('a quotation after the cue is its report when a phrase of scene opens the sentence', () => {
  it('Holding up a map, X said, “…”', () => {
    testSingleCase('Holding up a map, the mayor said, “We will build the road before winter.”', {content: 'We will build the road before winter.', kind: 'direct', cue: 'said', speaker: 'mayor'})
  })

  it('In an interview on Sunday, X said: “…”', () => {
    testSingleCase('In an interview on Sunday, Ana Ruiz said: “The port will reopen in May.”', {content: 'The port will reopen in May.', kind: 'direct', cue: 'said', speaker: 'Ana Ruiz'})
  })

  it('not a clause that opens the report: If …, X said, “…”', () => {
    testSingleCase('If the port reopens, the mayor said, “we will build the road before winter.”', {content: 'If the port reopens', cue: 'said', speaker: 'mayor'}, {index: 0})
  })
})

describe('friends of someone speak for what they know', () => {
  it('CLAUSE, several friends said', () => {
    testSingleCase('He spends his winters in Florida, several friends said.', {content: 'He spends his winters in Florida', cue: 'said', speaker: 'friends'})
  })

  it('CLAUSE, then a subject with a participle or a possessive before a cue of plain saying that ends the sentence: the parse gives the speaker', () => {
    testSingleCase('The plan is dead, a lawyer representing the family said.', {content: 'The plan is dead', cue: 'said', speaker: 'lawyer'})
    testSingleCase('The singer has died at the age of 93, his family has said.', {content: 'The singer has died at the age of 93', cue: 'has said', speaker: 'his family'})
    testSingleCase('The plan is dead, the three judges who heard the case said.', {content: 'The plan is dead', cue: 'said', speaker: 'three judges'})
    // Not a verb that is no plain saying: "continued", "appealed".
    testNoClaim('Sales fell in May, the chain that owns the shops continued.')
  })
})
