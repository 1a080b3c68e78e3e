import {describe, expect, it} from 'vitest'
import {attribute} from './attribution/helpers.js'
import {attribution, mergeSpeakerAliases, parseArticle, quotes, speakers, type Article} from '../src/index.js'
import {blocks} from '../src/stages/blocks.js'

const speakerOf = (article: Article, index = 0) => article.speakers.find((speaker) => speaker.id === article.claims[index]!.speaker) ?? null

describe('pronouns: gender', () => {
  it('"he" skips a person whose first name is a woman\'s; "she" takes her', () => {
    const he = attribute('Gloria Sam spoke to reporters on Monday. "We will fight on," he said.')
    expect(he.claims[0]!.speaker).toBeNull()
    const she = attribute('Gloria Sam spoke to reporters on Monday. "We will fight on," she said.')
    expect(speakerOf(she)?.name).toBe('Gloria Sam')
  })

  it('without a table of first names (the lite build), the first name says nothing', () => {
    const text = 'Gloria Sam spoke to reporters on Monday. "We will fight on," he said.'
    const article = parseArticle(text, {firstNames: null, stages: [blocks, quotes, attribution, mergeSpeakerAliases, speakers]})
    expect(speakerOf(article)?.name).toBe('Gloria Sam')
  })

  it('a first name that US records give both sexes, or another sex in Europe, says nothing', () => {
    for (const name of ['Taylor Reyes', 'Andrea Conte']) {
      const article = attribute(`${name} spoke to reporters on Monday. "We will fight on," he said.`)
      expect(speakerOf(article)?.name).toBe(name)
    }
  })

  it('a full name with another first name is another person, though the surname alone matched the first', () => {
    const text = 'Tomas Novak said the plan would pass. Novak added that talks would go on. Ana Novak arrived on Monday. "We will fight on," she said.'
    const article = attribute(text)
    expect(article.speakers.map((speaker) => speaker.name)).toEqual(['Tomas Novak', 'Ana Novak'])
    expect(speakerOf(article, 2)?.name).toBe('Ana Novak')
  })

  it('a role left in the name gives the gender: "Congresswoman Dean" is no "he"', () => {
    const he = attribute('Congresswoman Dean spoke on Monday. "We will fight on," he said.')
    expect(he.claims[0]!.speaker).toBeNull()
    const she = attribute('Congresswoman Dean spoke on Monday. "We will fight on," she said.')
    expect(speakerOf(she)?.name).toBe('Congresswoman Dean')
  })
})

describe('pronouns: salience', () => {
  it('the subject of the sentence before outranks its object', () => {
    const article = attribute('Ahmed Karimi met Omar Haddad in Kabul on Monday. "We will fight on," he said.')
    expect(speakerOf(article)?.name).toBe('Ahmed Karimi')
  })

  it('a capitalised word that opens a sentence and is no name is no antecedent ("Soon after")', () => {
    const article = attribute('Ahmed Karimi visited the front on Monday. Soon after, he said the army would win.')
    expect(speakerOf(article)?.name).toBe('Ahmed Karimi')
  })

  it('a place after "in" and a name in passing ("a project called Lumen") are no "he"', () => {
    const place = attribute('Ahmed Karimi arrived on Monday. Fighting went on in Tabennese. "We will fight on," he said.')
    expect(speakerOf(place)?.name).toBe('Ahmed Karimi')
    const named = attribute('Paul Okafor visited the base. There, he started a project called Lumen, which he said would help.')
    expect(speakerOf(named)?.name).toBe('Paul Okafor')
  })

  it('a possessor is the antecedent when no subject or other name fits ("Karimi\'s voice was hoarse")', () => {
    const alone = attribute('Ahmed Karimi\'s voice was hoarse on Monday. "We will fight on," he said.')
    expect(speakerOf(alone)?.name).toBe('Ahmed Karimi')
    const clause = attribute('Ahmed Karimi\'s news conference, in which he said the army would win, ran late.')
    expect(speakerOf(clause)?.name).toBe('Ahmed Karimi')
  })

  it('a possessor of a person, a single word or an acronym is no antecedent ("Karimi\'s spokesman", "Parkinson\'s")', () => {
    const spokesman = attribute('On Monday, Ahmed Karimi\'s official spokesman declined to comment. "We will fight on," he said.')
    expect(spokesman.claims[0]!.speaker).toBeNull()
    const disease = attribute('The device helps people with Parkinson\'s disease. "It works well," he said.')
    expect(disease.claims[0]!.speaker).toBeNull()
  })

  it('a subject two paragraphs back holds a "he" over a paragraph that names nobody', () => {
    const article = attribute('Ahmed Karimi spoke for an hour on Monday.\n\nThe hall was full, and the crowd cheered.\n\n"We will fight on," he said.')
    expect(speakerOf(article)?.name).toBe('Ahmed Karimi')
  })

  it('two paragraphs back, a name that says no gender is no "she"', () => {
    const article = attribute('Karimi spoke for an hour on Monday.\n\nThe hall was full, and the crowd cheered.\n\n"We will fight on," she said.')
    expect(article.claims[0]!.speaker).toBeNull()
  })

  it('a name whose surname is also a role word, with an age after it, is a person ("Tomas Green, 83,")', () => {
    const article = attribute('Their neighbor Tomas Green, 83, knows what the town needs. "It will take a hard man," he said.')
    expect(speakerOf(article)?.name).toBe('Tomas Green')
  })

  it('a possessor gives way to a subject named after it', () => {
    const article = attribute('Ahmed Karimi\'s aide arrived on Monday. Omar Haddad spoke first. "We will fight on," he said.')
    expect(speakerOf(article)?.name).toBe('Omar Haddad')
  })
})

describe('pronouns: "they" after a group', () => {
  it('"they" after a plural noun that is a sentence\'s subject stays with that group, not with the body that spoke before', () => {
    const article = attribute('Kestrel Bank said on Monday that prices would rise. Local farmers are angry. They say the bank ignored them.')
    expect(speakerOf(article, 0)?.name).toBe('Kestrel Bank')
    expect(article.claims[1]!.speaker).toBeNull()
  })

  it('the group that spoke is the one "they" goes on with', () => {
    const article = attribute('Local farmers said on Monday that prices would rise. They say the bank ignored them.')
    expect(speakerOf(article, 1)?.name).toBe('Local farmers')
  })
})

describe('pronouns: what is no person', () => {
  it('a fronted participle phrase is none; the subject after it takes the pronoun from the last speaker', () => {
    const article = attribute('Paul Okafor said the plan was fair. Chastened by the reviews, Tomas Novak revised his plan. "The relief will go to workers," he said.')
    expect(speakerOf(article, 1)?.name).toBe('Tomas Novak')
  })

  it('a title that opens with a possessive ("My Patients Were Presidents") names nobody', () => {
    const article = attribute('Ana Ruiz wrote a memoir, My Patients Were Presidents. "It was hard," she said.')
    expect(speakerOf(article)?.name).toBe('Ana Ruiz')
  })
})

describe('descriptions', () => {
  it('"the professor" is the person introduced as a professor, in an apposition or a title', () => {
    for (const text of [
      'Ana Ruiz, a professor at Kestrel University, studies the war. The professor said the talks would fail.',
      'Professor Ana Ruiz studies the war. The professor said the talks would fail.'
    ]) {
      const article = attribute(text)
      expect(article.speakers).toHaveLength(1)
      expect(speakerOf(article)?.name).toBe('Ana Ruiz')
    }
  })

  it('nobody introduced with the role: the description stands for a speaker of its own', () => {
    const article = attribute('Paul Okafor, the father of a soldier, studies the war. The professor said the talks would fail.')
    expect(speakerOf(article)?.name).toBe('professor')
  })

  it('"the bank" and "the company" stand for the business named before; "the company" never for a party', () => {
    const bank = attribute('Kestrel Bank said profits fell. The company said sales were weak. The bank said costs rose.')
    expect(bank.speakers.map((speaker) => speaker.name)).toEqual(['Kestrel Bank'])
    expect(new Set(bank.claims.map((claim) => claim.speaker)).size).toBe(1)
    const party = attribute('The Harbour Party said it would win. The company said it would not.')
    expect(party.speakers.map((speaker) => speaker.name)).toEqual(['Harbour Party', 'company'])
  })
})
