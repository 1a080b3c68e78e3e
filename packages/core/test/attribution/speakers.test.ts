/**
 * Speakers: names and titles, appositions, affiliations, kinds, and coreference across claims.
 */
import {describe, expect, it} from 'vitest'
import {findMentions} from '../../src/language/speaker-phrase.js'
import {parseArticle, type Article} from '../../src/index.js'
import {attribute, speakerOf, testSingleCase} from './helpers.js'

function only(article: Article) {
  expect(article.speakers).toHaveLength(1)
  return article.speakers[0]!
}

describe('speaker phrases', () => {
  it('splits a title from a name and reads the affiliation from the title', () => {
    const speaker = only(attribute('Polish Foreign Minister Tomasz Wrobel said the talks would go on.'))
    expect(speaker).toMatchObject({name: 'Tomasz Wrobel', kind: 'person', titles: ['Polish Foreign Minister'], affiliation: 'POL'})
  })

  it('an organisation in the title gives its code', () => {
    const speaker = only(attribute('UN Special Envoy for Yemen Hans Lindgren on Tuesday called on both sides to talk.'))
    expect(speaker).toMatchObject({name: 'Hans Lindgren', titles: ['UN Special Envoy for Yemen'], affiliation: 'UN'})
  })

  it('reads an apposition as a title', () => {
    const speaker = only(attribute('"Supplies are running out," Ana Ruiz, the U.N.’s regional relief coordinator, said.'))
    expect(speaker).toMatchObject({name: 'Ana Ruiz', titles: ['U.N.’s regional relief coordinator'], affiliation: 'UN'})
  })

  it('"a member of X" gives the organisation as affiliation', () => {
    const speaker = only(attribute('Omar Saleh, a member of the Lebanese Red Crescent rescue teams, said two bodies were found.'))
    expect(speaker).toMatchObject({name: 'Omar Saleh', affiliation: 'Lebanese Red Crescent'})
  })

  it('a capital or a country stands for its government', () => {
    expect(only(attribute('Ankara announced that the border would close.'))).toMatchObject({name: 'Ankara', kind: 'government', affiliation: 'TUR'})
    expect(only(attribute('Kenya confirmed that its aircraft took part.'))).toMatchObject({kind: 'government', affiliation: 'KEN'})
  })

  it('institutions: organisations with their country', () => {
    expect(only(attribute('The White House said the sanctions would stay.'))).toMatchObject({name: 'White House', kind: 'organization', affiliation: 'USA'})
    expect(only(attribute('The Italian Foreign Ministry said that the embassy would reopen.'))).toMatchObject({name: 'Italian Foreign Ministry', kind: 'organization', affiliation: 'ITA'})
  })

  it('"X of BODY": the person, with the body as an apposition, in every position', () => {
    expect(only(attribute('Jane Okoro of Acme Holdings said prices would rise.'))).toMatchObject({name: 'Jane Okoro', kind: 'person', titles: ['Acme Holdings']})
    expect(only(attribute('Lt Col Eric Haller of the PCO told reporters the contract had ended.'))).toMatchObject({name: 'Eric Haller', titles: ['Lt Col', 'PCO']})
    expect(only(attribute('"Demand is weak," said Kenji Mori of Nikko Securities in Tokyo.'))).toMatchObject({name: 'Kenji Mori'})
    expect(only(attribute('The chairman of the talks, Ambassador Ana Costa of Chile, warned that work remained.'))).toMatchObject({name: 'Ana Costa', affiliation: 'CHL'})
  })

  it('people before "at", "in" or "within" speak, not the place or body after it', () => {
    expect(only(attribute('Officials at the Pentagon said the talks failed.'))).toMatchObject({name: 'Officials'})
    expect(only(attribute('Sources within the party told the BBC Mr Reyes had always backed the plan.'))).toMatchObject({name: 'Sources'})
    expect(only(attribute('Ambassador Jan Nowak in Warsaw said the talks failed.'))).toMatchObject({name: 'Jan Nowak'})
    expect(only(attribute('A spokesman for the ministry said the talks failed.'))).toMatchObject({name: 'spokesman for the ministry'})
    // A role with no name speaks too: "a spokesman at the ministry", "a narrator in the ad";
    // and a name before it keeps it as its apposition.
    expect(only(attribute('A spokesman at the ministry said the talks failed.'))).toMatchObject({name: 'spokesman'})
    expect(only(attribute('“Prices will rise,” Ana Ruiz, an analyst at the Kestrel Bank, told the agency.'))).toMatchObject({name: 'Ana Ruiz'})
    expect(only(attribute('“Why did he not pay?” a narrator in the advert asks.'))).toMatchObject({name: 'narrator'})
  })

  it('an apposition that opens with modifiers of a role, or "shadow": "X, global security strategist at Kestrel, told"', () => {
    expect(only(attribute('Ian Tello, global security strategist at Kestrel, told the BBC the threat was real.'))).toMatchObject({name: 'Ian Tello'})
    expect(only(attribute('Ana Ruiz, shadow secretary for the family, told the BBC that the plan was wrong.'))).toMatchObject({name: 'Ana Ruiz'})
  })

  it('"…, told X that …": who follows "told" is spoken to, never the speaker', () => {
    const article = attribute('One of the bidders, a steel firm from abroad, told the BBC it would appeal.')
    expect(article.speakers.map((speaker) => speaker.name)).not.toContain('BBC')
  })

  it('bodies in the plural speak, and a role of some of them keeps its head: "European firms", "finance ministers of the 12 eurozone countries"', () => {
    expect(only(attribute('European firms have protested that US laws make listings too costly.'))).toMatchObject({name: 'European firms', kind: 'group'})
    expect(only(attribute('Finance ministers of the 12 eurozone countries said the euro was too strong.'))).toMatchObject({name: 'Finance ministers of the 12 eurozone countries'})
    expect(only(attribute('Leaders of the two companies said the deal was good.'))).toMatchObject({name: 'Leaders of the two companies'})
  })

  it('a share of the people asked speaks: "Some 87% said", "92 percent said"', () => {
    expect(only(attribute('Some 87% said they would vote.'))).toMatchObject({name: 'Some 87%', kind: 'group'})
    expect(only(attribute('Of those asked, 92 percent said the service was important.'))).toMatchObject({name: '92 percent', kind: 'group'})
  })

  it('a body named "X of the Y" stays whole, and a spokesman for it is the spokesman', () => {
    expect(only(attribute('The International Federation of the Kestrel Industry said sales fell.'))).toMatchObject({name: 'International Federation of the Kestrel Industry', kind: 'organization'})
    expect(only(attribute('A spokesman for the British Kestrel Industry said sales fell.'))).toMatchObject({name: 'spokesman for the British Kestrel Industry'})
  })

  it('a document made for someone reports: "…, a new poll conducted for the Kestrel Times suggests"', () => {
    expect(only(attribute('Eight out of 10 voters distrust politicians, a new poll conducted for the Kestrel Times suggests.'))).toMatchObject({name: 'new poll'})
    expect(only(attribute('Voters distrust politicians, a report for the Kestrel Trust says.'))).toMatchObject({name: 'report'})
  })

  it('"a spokesman for UKIP": a role and the body it serves, not a person named UKIP', () => {
    expect(only(attribute('A spokesman for NRPT said the plan would fail.'))).toMatchObject({name: 'spokesman for NRPT', kind: 'person', titles: ['spokesman for NRPT']})
    expect(only(attribute('Commissioner for Trade Ana Ruiz said the plan would fail.'))).toMatchObject({name: 'Ana Ruiz', titles: ['Commissioner for Trade']})
  })

  it('a name, its role and a description between commas: the name speaks, and a title alone after it is the same person', () => {
    testSingleCase('Tom Reyes, head of the Kestrel Institute, a think-tank that studies media, said the race was a turning point.', {content: 'the race was a turning point', cue: 'said', speaker: 'Tom Reyes'})
    testSingleCase('Ana Ruiz, the director of the Kestrel Institute, a group that studies media, said the plan would fail.', {content: 'the plan would fail', cue: 'said', speaker: 'Ana Ruiz'})
    const article = attribute('Tom Reyes, Director of the Kestrel Institute, a think-tank that studies media, highlights the race. "It is a good start," he says.')
    expect(article.speakers.map((speaker) => speaker.name)).toEqual(['Tom Reyes'])
  })

  it('an apposition with no closing comma: "Ana Ruiz, from the Kestrel union said", "Ana Ruiz, head of the union said"', () => {
    expect(only(attribute('Ana Ruiz, from the Kestrel union said the deal was unfair.'))).toMatchObject({name: 'Ana Ruiz'})
    expect(only(attribute('Ana Ruiz, head of the Kestrel union said the deal was unfair.'))).toMatchObject({name: 'Ana Ruiz', titles: ['head of the Kestrel union']})
    // An opener, a time or a phrase with a name of its own before the comma is no such name.
    expect(only(attribute('Separately, the union said the deal was unfair.'))).toMatchObject({name: 'union'})
    expect(only(attribute('Late on Monday, the Kestrel Exchange said it would pay more.'))).toMatchObject({name: 'Kestrel Exchange'})
  })

  it('"told the BBC Mr X had …": the addressee ends before an honorific', () => {
    const article = attribute('Sources within the party told the BBC Mr Reyes had always backed the plan.')
    expect(article.claims[0]!.content.text).toBe('Mr Reyes had always backed the plan')
  })

  it('"of" inside a title or an organisation splits nothing', () => {
    expect(only(attribute('Secretary of State Laura Finch said talks would go on.'))).toMatchObject({name: 'Laura Finch', titles: ['Secretary of State']})
    expect(only(attribute('The Bank of England said rates would rise.'))).toMatchObject({name: 'Bank of England', kind: 'organization'})
  })

  it('people named by where they come from or what they are: "the Frenchman", "the German", "a senior government figure"', () => {
    expect(only(attribute('The Frenchman said the euro was harming exports.'))).toMatchObject({kind: 'person', name: 'Frenchman'})
    expect(only(attribute('The French said the plan had failed.'))).toMatchObject({kind: 'person'})
    expect(only(attribute('The reform must be reversed, a senior government figure has warned.'))).toMatchObject({kind: 'anonymous'})
    // A demonym before a noun still describes the noun.
    expect(only(attribute('The German government said the plan had failed.'))).toMatchObject({name: 'German government', kind: 'government'})
  })

  it('a German chancellor and "the German" are one speaker', () => {
    const article = attribute('German Chancellor Gerhard Schroeder said the ban should end.\n\nThe German added that talks would go on.')
    expect(article.speakers.map((speaker) => speaker.name)).toEqual(['Gerhard Schroeder'])
  })

  it('"CLAUSE, NAME, TITLE told …": the name speaks, its title has no closing comma', () => {
    const article = attribute("The enthusiasm remains undimmed, Alan Okafor, Labour's election strategist told the BBC on Saturday.")
    expect(article.claims.map((claim) => claim.content.text)).toEqual(['The enthusiasm remains undimmed'])
    expect(only(article)).toMatchObject({name: 'Alan Okafor', titles: ["Labour's election strategist"]})
  })

  it('reads past an age, a place and a state set off by commas', () => {
    expect(only(attribute('Donna Reyes, 59, of Ashton, Md., who watched the ceremony, said the event moved her.'))).toMatchObject({name: 'Donna Reyes'})
    expect(only(attribute('Johnnie Okafor, of Springfield, Va., said he had fought in Vietnam.'))).toMatchObject({name: 'Johnnie Okafor'})
    expect(only(attribute('Mr Reyes, 45, said the plan had failed.'))).toMatchObject({name: 'Reyes'})
  })

  it('a book, an indictment or an editorial can be a source', () => {
    expect(only(attribute('"She wrote about it later," the book said.'))).toMatchObject({name: 'book', kind: 'anonymous'})
  })

  it('run-together initials and "Del." stay in the name: "Rep. G.K. Reyes", "Del. Ana Lee"', () => {
    expect(only(attribute('"This is a sad day," said Rep. G.K. Reyes (D-N.C.), head of the caucus.'))).toMatchObject({name: 'G.K. Reyes'})
    expect(only(attribute('"This is a waste of time," Del. Ana Lee said.'))).toMatchObject({name: 'Ana Lee'})
  })

  it('a pronoun after an opening time is the subject: "The next day he said"', () => {
    const article = attribute('Mr Reyes moved to the U.S. The next day he said he was happy.')
    expect(article.claims.map((claim) => claim.content.text)).toEqual(['he was happy'])
    expect(only(article)).toMatchObject({name: 'Reyes'})
  })

  it('a party or a seat before a name is a title: "Tory Liam Fox", "Labour MP Ann Lee"', () => {
    expect(only(attribute('Tory Liam Fox said his party offered a clear choice.'))).toMatchObject({name: 'Liam Fox', titles: ['Tory']})
    expect(only(attribute('Labour MP Ann Lee said the plan was wrong.'))).toMatchObject({name: 'Ann Lee', titles: ['Labour MP']})
    expect(only(attribute('Two Democratic speechwriters said she should bring it back.'))).toMatchObject({kind: 'group'})
  })

  it('roles of sport, the arts and business are titles: "the Chelsea midfielder", "the Sale player"', () => {
    expect(only(attribute('The Rovers midfielder said the team was tired.'))).toMatchObject({kind: 'person', titles: ['Rovers midfielder']})
    expect(only(attribute('"We were robbed," said the Harbour player.'))).toMatchObject({kind: 'person', name: 'Harbour player'})
    expect(only(attribute('Folk singer Ada Quill said the tour would go on.'))).toMatchObject({name: 'Ada Quill', titles: ['Folk singer']})
  })

  it('a possessor before a name is its title, not part of it: "Rovers\' Ian Tello", "Norland\'s Ada Quill"', () => {
    expect(only(attribute("Rovers' Ian Tello said the try was good."))).toMatchObject({name: 'Ian Tello'})
    expect(only(attribute("Norland's Ada Quill said the try was good."))).toMatchObject({name: 'Ada Quill', titles: ['Norland']})
  })

  it('charities, stations and companies by their trade speak: "Christian Aid", "the charity", "the radio station", "the airline"', () => {
    expect(only(attribute('Norland Aid said the deal was unfair.'))).toMatchObject({name: 'Norland Aid', kind: 'organization'})
    for (const noun of ['charity', 'radio station', 'airline', 'insurer', 'retailer', 'German giant']) {
      expect(only(attribute(`The ${noun} said the deal was unfair.`))).toMatchObject({name: noun, kind: 'anonymous'})
    }
  })

  it('"May" and "Will" in a name are names, not a month or a modal: "Ada May", "Mrs May", "Will Okafor"', () => {
    expect(only(attribute('Prime Minister Ada May said the deal was good.'))).toMatchObject({name: 'Ada May', titles: ['Prime Minister']})
    expect(only(attribute('"It is good," said Ada May.'))).toMatchObject({name: 'Ada May'})
    expect(only(attribute('Mrs May said the deal was good.'))).toMatchObject({name: 'May'})
    expect(only(attribute('Will Okafor said the deal was good.'))).toMatchObject({name: 'Will Okafor'})
    expect(only(attribute('In May the minister said the deal was good.'))).toMatchObject({name: 'minister'})
  })

  it('a surname that is also a role stays a surname: "Analyst Tom Singer", "Mr Bishop"; "the Lord Chancellor" is a title', () => {
    expect(only(attribute('Analyst Tom Singer said sales rose.'))).toMatchObject({name: 'Tom Singer', titles: ['Analyst']})
    expect(only(attribute('Mr Bishop said sales rose.'))).toMatchObject({name: 'Bishop'})
    expect(only(attribute('The Lord Chancellor said the bill would pass.'))).toMatchObject({name: 'Lord Chancellor'})
  })

  it('keeps a middle initial in the name: "George W. Bush", "Paul T. Okafor"', () => {
    expect(only(attribute('President George W. Bush said the war would end.'))).toMatchObject({name: 'George W. Bush', titles: ['President']})
    expect(only(attribute('"It is over," said Paul T. Okafor.'))).toMatchObject({name: 'Paul T. Okafor'})
  })

  it('"Many said", "Both agreed": counted people are a group; an article or a possessive alone is no speaker', () => {
    expect(only(attribute('Many said they were confused.'))).toMatchObject({kind: 'group'})
    expect(only(attribute('MPs have said the plan failed.'))).toMatchObject({kind: 'group'})
    expect(attribute('An estimated 50,000 people took out the funds.').claims).toEqual([])
    expect(attribute('His claims were denied by the minister.').claims).toEqual([])
  })

  it('people placed but not named: "people familiar with the matter", "those behind the talks"', () => {
    expect(only(attribute('People familiar with the matter said the deal was close.'))).toMatchObject({name: 'People', kind: 'group'})
    expect(only(attribute('Sources close to the minister said the deal was close.'))).toMatchObject({name: 'Sources'})
    expect(only(attribute('"Talks are making progress," say those behind the negotiations.'))).toMatchObject({name: 'those behind the negotiations', kind: 'group'})
    expect(only(attribute('Those close to him said the talks had failed.'))).toMatchObject({kind: 'group'})
  })

  it('groups and anonymous sources', () => {
    expect(only(attribute('Human rights groups said the camp was overcrowded.'))).toMatchObject({kind: 'group'})
    expect(only(attribute('Unnamed US officials said the strikes would continue.'))).toMatchObject({name: 'Unnamed US officials', kind: 'anonymous'})
    expect(only(attribute('A source said the deal was close.'))).toMatchObject({kind: 'anonymous'})
  })
})

describe('coreference', () => {
  it('a pronoun takes the most recent person', () => {
    const text = 'Ingrid Sorensen said the vote was fair. She added that turnout was high.'
    const article = attribute(text)
    expect(article.claims).toHaveLength(2)
    expect(article.claims[1]!.speaker).toBe(article.claims[0]!.speaker)
    const speaker = speakerOf(article, article.claims[1]!)!
    expect(speaker.mentions.map((m) => text.slice(m.start, m.end))).toContain('She')
  })

  it('a pronoun with no earlier speaker takes a person named in the sentence before', () => {
    const text = 'Ahmed Karimi spoke to reporters in Kabul on Monday. "We will fight on," he said.'
    const article = attribute(text)
    expect(speakerOf(article, article.claims[0]!)?.name).toBe('Ahmed Karimi')
    const body = attribute('The Health Ministry issued new figures. It said that 40 people had died.')
    expect(speakerOf(body, body.claims[0]!)?.name).toBe('Health Ministry')
  })

  it('a pronoun skips a possessor ("Ana Ruiz\'s spokesman") and a person of the other gender ("Ms Ruiz" for "he")', () => {
    const possessor = attribute('Ana Ruiz\'s official spokesman declined to comment on the plan. "There is a process going on," he said.')
    expect(possessor.claims[0]!.speaker).toBeNull()
    const other = attribute('Ms Ruiz spoke to the council on Monday. "We will fight on," he said.')
    expect(other.claims[0]!.speaker).toBeNull()
    const same = attribute('Ms Ruiz spoke to the council on Monday. "We will fight on," she said.')
    expect(speakerOf(same, same.claims[0]!)?.name).toBe('Ruiz')
  })

  it('a full name beside its role noun has the role noun\'s place: "Tom Baxter\'s ex-wife Susan Moran nominated …. She said" is Susan Moran', () => {
    const article = attribute('Tom Baxter\'s ex-wife Susan Moran nominated Carl and Pim. She said: "Pim is a difficult man."')
    expect(speakerOf(article, article.claims[0]!)?.name).toBe('Susan Moran')
  })

  it('a capitalised "-based" or "-led" word alone is an adjective, never a speaker: "one London-based broker said"', () => {
    testSingleCase('One London-based broker said the bid would fail.', {content: 'the bid would fail', cue: 'said', speaker: 'One London-based broker'})
    const article = attribute('Ana Ruiz runs a US-based think-tank. "Blogs matter," he said.')
    expect(article.speakers.map((speaker) => speaker.name)).not.toContain('US-based')
  })

  it('whom one told is no antecedent: "told the Kestrel Times … It also said" is not the newspaper', () => {
    const article = attribute('The chief executive told the Kestrel Times that sales were strong. It also said it expected to ship three million units.')
    expect(article.speakers.map((speaker) => speaker.name)).not.toContain('Kestrel Times')
  })

  it('a one-word name the article introduces as a company is an organisation, and "it" finds it', () => {
    const article = attribute('Russian oil firm Norlux has filed for bankruptcy. Norlux said it would appeal against the ruling. The tax bill was huge. It also said the sale was illegal.')
    expect(article.speakers.map((speaker) => [speaker.name, speaker.kind])).toEqual([['Norlux', 'organization']])
    expect(article.claims.map((claim) => speakerOf(article, claim)?.name)).toEqual(['Norlux', 'Norlux'])
    // With nothing that introduces it as a body, one word stays a person's surname.
    expect(only(attribute('Tello said the try was good.'))).toMatchObject({kind: 'person'})
  })

  it('a surname and a title-only mention join the full name', () => {
    const text = 'Ambassador Pavel Kostin said the talks went well.\n\nKostin added that more rounds were planned.\n\nThe diplomat, however, insisted that sanctions must end.'
    const article = attribute(text)
    expect(article.speakers).toHaveLength(1)
    expect(article.speakers[0]).toMatchObject({name: 'Pavel Kostin'})
    expect(article.speakers[0]!.aliases).toEqual(expect.arrayContaining(['Kostin', 'diplomat']))
    expect(article.claims.every((claim) => claim.speaker === article.speakers[0]!.id)).toBe(true)
  })

  it('a near-miss spelling of a known name is the same speaker', () => {
    const text = 'Ambassador Kostinov said the troops must leave [Getty]\n\nThe ambassador Pavel Kostin said the talks went well.'
    const article = attribute(text)
    expect(article.speakers).toHaveLength(1)
    expect(article.speakers[0]!.name).toBe('Pavel Kostin')
    expect(article.speakers[0]!.aliases).toContain('Kostinov')
  })

  it('a spelling with one letter changed and one dropped is the same speaker', () => {
    const article = attribute('Dmitri Sokolovsky said the plan had failed.\n\nSakolovky told reporters that talks would go on.')
    expect(article.speakers.map((s) => s.name)).toEqual(['Dmitri Sokolovsky'])
  })

  // Past a few dozen speakers the merge looks them up in an index instead of scanning: the
  // same answers, with a crowd of other people quoted first.
  let state = 11
  const letter = () => {
    state = (state * 16807) % 2147483647
    return 'abcdefghijklmnopqrstuvwxyz'[state % 26]!
  }
  // Random eight-letter surnames: two of them are far more than two letters apart.
  const surname = () => 'Q' + Array.from({length: 7}, letter).join('')
  const crowd = Array.from({length: 60}, () => `"Yes," said Maria ${surname()}.`).join('\n\n') + '\n\n'
  const named = (article: Article, name: string) => article.speakers.filter((speaker) => speaker.name === name || speaker.aliases.includes(name))

  it('the index of a crowd of speakers gives the answers of the scan', () => {
    const spelling = attribute(crowd + 'Dmitri Sokolovsky said the plan had failed.\n\nSakolovky told reporters that talks would go on.')
    expect(spelling.speakers.length).toBeGreaterThanOrEqual(60)
    expect(named(spelling, 'Sakolovky').map((s) => s.name)).toEqual(['Dmitri Sokolovsky'])
    const acronym = attribute(crowd + 'The International Energy Agency said demand would fall.\n\nThe IEA said prices would rise.')
    expect(named(acronym, 'IEA')).toHaveLength(1)
    expect(named(acronym, 'IEA')).toEqual(named(acronym, 'International Energy Agency'))
    const government = attribute(crowd + 'Moscow said the talks had failed.\n\nThe Russian government said it would respond.')
    expect(government.speakers.filter((speaker) => speaker.affiliation === 'RUS')).toHaveLength(1)
    const crowded = attribute(crowd)
    expect(new Set(crowded.speakers.map((speaker) => speaker.name)).size).toBe(60)
  })

  it('an acronym and the name it stands for are one speaker, either way round', () => {
    for (const text of [
      'The International Energy Agency said demand would fall.\n\nThe IEA said prices would rise.',
      'The IEA said demand would fall.\n\nThe International Energy Agency said prices would rise.'
    ]) {
      const article = attribute(text)
      expect(article.speakers, text).toHaveLength(1)
      expect(new Set(article.claims.map((claim) => claim.speaker))).toEqual(new Set([article.speakers[0]!.id]))
    }
  })

  it("a country's capital and its government are one speaker", () => {
    const article = attribute('Moscow said the talks had failed.\n\nThe Russian government said it would respond.')
    expect(article.speakers).toHaveLength(1)
    expect(article.speakers[0]!.affiliation).toBe('RUS')
  })

  it('a title before the name joins the person named just after it', () => {
    const article = attribute('The Chilean Ambassador to the UN has acknowledged the problem.\n\nAmbassador Lucia Ferreyra said talks would go on.')
    expect(article.speakers.map((s) => s.name)).toEqual(['Lucia Ferreyra'])
  })

  it('different people with the same first name stay apart', () => {
    const article = attribute('Anna Berg said yes. Anna Lind said no.')
    expect(article.speakers.map((s) => s.name)).toEqual(['Anna Berg', 'Anna Lind'])
  })
})

describe('words that open a sentence', () => {
  it('"And he …" after a quotation finds no person named "And"', () => {
    const text = '"Our firms are failing." And he warned that the plan was a mistake. "We must change course," he said.'
    const article = attribute(text)
    expect(article.speakers.map((speaker) => speaker.name)).not.toContain('And')
    expect(findMentions(text, 0, text.length).map((m) => m.name)).toEqual([])
  })

  it('"It\'s", "We\'ve" and "Now" name nobody: a later "he" goes to the person before them', () => {
    const text = 'Mr Okafor said the prize was a surprise. It\'s come out of the blue," he said. Now, he said, the industry is huge.'
    expect(findMentions(text, 0, text.length).map((m) => m.name)).toEqual(['Okafor'])
    const article = attribute(text)
    expect(new Set(article.speakers.map((speaker) => speaker.name))).toEqual(new Set(['Okafor']))
  })

  it('a sentence adverb names nobody: "Currently above 40 dollars, he said"', () => {
    const article = attribute('Lord Browne spoke on Monday. Currently above 40 dollars, he said: "The price will stay high."')
    expect(article.speakers.map((speaker) => speaker.name)).toEqual(['Browne'])
  })

  it('"Today", "Yesterday" and "Nor" name nobody, and a name after them is still found', () => {
    const text = 'Today Maria Ruiz spoke. Yesterday the Bank of England said so. Nor did Lagos.'
    expect(findMentions(text, 0, text.length).map((m) => m.name)).toEqual(['Maria Ruiz', 'Bank of England', 'Lagos'])
  })

  it('a capitalised "That" or "This" is no speaker, nor "We" (the writers, whose own voice is no claim)', () => {
    const article = attribute('"Our receipts are among the lowest. "That continues to be the case."')
    expect(article.speakers.map((speaker) => speaker.name)).not.toContain('That')
    expect(attribute('This suggests that prices will rise.').speakers).toEqual([])
    expect(attribute('We asked whether the plan would work.').speakers).toEqual([])
  })
})

describe('findMentions', () => {
  it('finds people, organisations and governments in a range', () => {
    const text = 'Russian Foreign Minister Sergei Lavrov met the Pentagon chief in Ankara.'
    const mentions = findMentions(text, 0, text.length)
    expect(mentions.map((m) => [m.name, m.kind])).toEqual(
      expect.arrayContaining([
        ['Sergei Lavrov', 'person'],
        ['Ankara', 'government']
      ])
    )
    for (const mention of mentions) expect(text.slice(mention.span.start, mention.span.end)).toBe(mention.text)
  })
})

describe('antecedents of pronouns', () => {
  it('takes no name from the headline or across a line break, and leaves the speaker unresolved', () => {
    const text = 'Budget Talks Resume\n\nThe prime minister met the president on Monday. He said the talks were useful.'
    const article = parseArticle(text)
    expect(article.claims).toHaveLength(1)
    expect(article.claims[0]!.speaker).toBeNull()
    expect(article.diagnostics.map((d) => d.ruleId)).toContain('merge-speaker-aliases/unresolved-pronoun')
  })

  it('finds no mention in a capitalised article alone', () => {
    expect(findMentions('The prime minister met the president.', 0, 38)).toEqual([])
  })
})

describe('a sentence subject named after the last speaker', () => {
  it('takes a later "he" from that speaker', () => {
    const text = '"The sale was a fraud," Pavel Orlov told reporters.\n\nMr Novak, a minister, distanced himself from the remarks. The sale had been badly handled, he said.'
    const article = parseArticle(text)
    expect(article.claims).toHaveLength(2)
    expect(speakerOf(article, article.claims[1]!)?.name).toBe('Novak')
    expect(speakerOf(article, article.claims[0]!)?.name).toBe('Pavel Orlov')
  })

  it('does not take "he" from a name inside what he said', () => {
    const article = attribute('The enthusiasm remains, Alan Okafor told reporters.\n\nMr Reyes has "the same passion for the job" as in 1997, he said.')
    expect(article.speakers.map((speaker) => speaker.name)).toEqual(['Alan Okafor'])
  })

  it('a participle clause opening a sentence names nobody: "Starting in London, he …"', () => {
    const article = attribute('Mr Reyes spoke on Friday. Starting in London, he visited marginal seats. "We will win," he said.')
    expect(article.speakers.map((speaker) => speaker.name)).toEqual(['Reyes'])
  })

  it('does not take a later "he" from a name in the object of a sentence', () => {
    const text = '"The sale was a fraud," Pavel Orlov told reporters.\n\nThe remarks angered Mr Novak. The sale had been badly handled, he said.'
    const article = parseArticle(text)
    expect(speakerOf(article, article.claims[1]!)?.name).toBe('Pavel Orlov')
  })
})

describe('speaker titles', () => {
  it('are deduplicated without regard to case, keeping the first spelling', () => {
    const text = 'Foreign Minister Ann Roe said the talks failed.\n\nLater, foreign minister Ann Roe said that more talks were needed.'
    const speaker = parseArticle(text).speakers.find((s) => s.name === 'Ann Roe')
    expect(speaker?.titles).toEqual(['Foreign Minister'])
  })
})

describe('the relative pronoun a claim goes through', () => {
  it('"Ana Ruiz, who has also said …": "who" is a mention of the speaker', () => {
    const text = 'The council heard from Ana Ruiz, who has also said the budget was too small.'
    const speaker = only(attribute(text))
    expect(speaker.name).toBe('Ana Ruiz')
    expect(speaker.mentions.map((span) => text.slice(span.start, span.end))).toEqual(['Ana Ruiz', 'who'])
  })

  it('"the agency, which said …": "which" too', () => {
    const text = 'The report came from the Kestrel Agency, which said the river had risen.'
    const speaker = only(attribute(text))
    expect(speaker.mentions.map((span) => text.slice(span.start, span.end))).toContain('which')
  })
})

describe('a demonym alone as a surname', () => {
  it('"“…,” French said": a person named French', () => {
    const text = '“We will keep the clinic open,” French said.'
    const speaker = only(attribute(text))
    expect(speaker).toMatchObject({name: 'French', kind: 'person'})
  })
})
