import {describe, expect, it} from 'vitest'
import {attribute, checkClaim, speakerOf, testNoClaim, testSingleCase} from './helpers.js'

// stages/attribution/participle.ts: "…, saying …", "…, adding that …".
describe('participle', () => {
  it('…, saying CLAUSE: the subject of the sentence is the speaker', () => {
    const text = 'The ministry rejected the plan, saying it was illegal.'
    const article = attribute(text)
    const claim = article.claims.find((found) => found.cue?.text === 'saying')!
    checkClaim(article, text, claim, {content: 'it was illegal', kind: 'indirect', cue: 'saying', speaker: 'ministry'})
  })

  it('…, adding that CLAUSE', () => {
    const text = 'The ministry rejected the plan, adding that talks would go on.'
    const article = attribute(text)
    const claim = article.claims.find((found) => found.cue?.text === 'adding')!
    checkClaim(article, text, claim, {content: 'talks would go on', kind: 'indirect', cue: 'adding', speaker: 'ministry'})
  })

  it('…,” adding CLAUSE: the comma inside the closing mark; the first report ends at the mark', () => {
    const text = 'Ana Ruiz said the vote was “a fair fight,” adding that she would run again.'
    const article = attribute(text)
    expect(article.claims).toHaveLength(2)
    checkClaim(article, text, article.claims[0]!, {content: 'the vote was “a fair fight,”', kind: 'mixed', cue: 'said', speaker: 'Ana Ruiz'})
    checkClaim(article, text, article.claims[1]!, {content: 'she would run again', kind: 'indirect', cue: 'adding', speaker: 'Ana Ruiz'})
  })

  it('… — asserting that CLAUSE: a dash sets the participle off', () => {
    const text = 'Ana Ruiz says the vote was fair — insisting that nobody had complained.'
    const article = attribute(text)
    expect(article.claims).toHaveLength(2)
    checkClaim(article, text, article.claims[0]!, {content: 'the vote was fair', kind: 'indirect', cue: 'says', speaker: 'Ana Ruiz'})
    checkClaim(article, text, article.claims[1]!, {content: 'nobody had complained', kind: 'indirect', cue: 'insisting', speaker: 'Ana Ruiz'})
  })

  it('And …, saying CLAUSE: a conjunction opening the sentence is not the speaker', () => {
    const text = 'The council met on Monday. And the council refused to vote, saying the plan was unfinished.'
    const article = attribute(text)
    const claim = article.claims.find((found) => found.cue?.text === 'saying')!
    checkClaim(article, text, claim, {content: 'the plan was unfinished', kind: 'indirect', cue: 'saying', speaker: 'council'})
  })

  it('Later …, warning …: a sentence adverb opening the sentence is not the speaker', () => {
    const text = 'Later in the day, the mayor went on, warning that the bridge would close.'
    const article = attribute(text)
    const claim = article.claims.find((found) => found.cue?.text === 'warning')!
    checkClaim(article, text, claim, {content: 'the bridge would close', kind: 'indirect', cue: 'warning', speaker: 'mayor'})
  })

  it('…, saying CLAUSE: the subject the parse gives the participle, whatever its noun', () => {
    const text = 'The wardens declined to provide any documents, saying they could not discuss the case.'
    const article = attribute(text)
    const claim = article.claims.find((found) => found.cue?.text === 'saying')!
    checkClaim(article, text, claim, {content: 'they could not discuss the case', kind: 'indirect', cue: 'saying', speaker: 'wardens'})
  })

  it('not a participle that opens a sentence as its subject', () => {
    expect(attribute('Saying goodbye is hard for everyone in town.').claims).toEqual([])
  })
})

describe('a participle on a statement its subject put out', () => {
  it('issued a statement saying CLAUSE', () => {
    const text = 'The port authority issued a statement saying the ferries would run again on Monday.'
    testSingleCase(text, {content: 'the ferries would run again on Monday', kind: 'indirect', cue: 'saying', speaker: 'port authority'})
  })

  it('not a report that someone else wrote and the subject cites', () => {
    expect(attribute('The mayor cited a report saying the ferries would run again on Monday.').claims.filter((claim) => claim.cue?.text === 'saying')).toEqual([])
  })
})

describe('a second participle after "and" or "but"', () => {
  it('…, saying CLAUSE and calling X “…”: the same speaker, the first report ends before "and"', () => {
    const text = 'The mayor defended the plan, saying it had saved the harbour and calling it “a model for the coast.”'
    const article = attribute(text)
    expect(article.claims).toHaveLength(2)
    checkClaim(article, text, article.claims[0]!, {content: 'it had saved the harbour', cue: 'saying', speaker: 'mayor'})
    checkClaim(article, text, article.claims[1]!, {content: 'it “a model for the coast.”', cue: 'calling', speaker: 'mayor'})
  })

  it('…, praising X and urging Y to …', () => {
    const text = 'The mayor spoke for an hour, praising the volunteers and urging residents to stay calm.'
    const article = attribute(text)
    expect(article.claims.map((claim) => claim.cue?.text)).toEqual(['praising', 'urging'])
    checkClaim(article, text, article.claims[1]!, {content: 'residents to stay calm', cue: 'urging', speaker: 'mayor'})
  })

  it('not a participle of the report’s own progressive: "saying crowds were marching and calling for …"', () => {
    const text = 'The mayor spoke for an hour, saying the crowds were marching and calling for an end to the tax.'
    expect(attribute(text).claims.map((claim) => claim.cue?.text)).toEqual(['saying'])
  })
})

describe('a participle cue after "and", coordinated with a participle that is no claim', () => {
  it('…, pointing to X and saying that CLAUSE: the subject of the sentence', () => {
    testSingleCase('The senator basically ducked, pointing to her record in the assembly and saying that the harbour was safe.', {content: 'the harbour was safe', kind: 'indirect', cue: 'saying', speaker: 'senator'})
  })

  it('by crediting X and urging Y to …', () => {
    testSingleCase('Ana Ruiz began by crediting the volunteers for their work and urging them to keep going.', {content: 'them to keep going', cue: 'urging', speaker: 'Ana Ruiz'})
  })

  it('not after a participle that is a verb’s object: "suggested looking at … and asking"', () => {
    const text = 'Ana Ruiz suggested looking at the harbour accounts and asking the council who had paid.'
    expect(attribute(text).claims.map((claim) => claim.cue?.text)).not.toContain('asking')
  })
})

describe('a participle cue that opens the sentence', () => {
  it('Noting that CLAUSE, X said …: the report runs to the comma, the subject after it speaks', () => {
    const text = 'Noting that the pier had been closed for a year, Ana Ruiz said the ferry would run again.'
    const article = attribute(text)
    expect(article.claims.map((claim) => claim.cue?.text)).toEqual(['Noting', 'said'])
    checkClaim(article, text, article.claims[0]!, {content: 'the pier had been closed for a year', cue: 'Noting', speaker: 'Ana Ruiz'})
    checkClaim(article, text, article.claims[1]!, {content: 'the ferry would run again', cue: 'said', speaker: 'Ana Ruiz'})
  })

  it('After saying CLAUSE, X …', () => {
    testSingleCase('After saying he was nervous about the vote, the councillor left the room.', {content: 'he was nervous about the vote', cue: 'saying', speaker: 'councillor'})
  })

  it('not a place or an addressee, nor a means after "by"', () => {
    expect(attribute('Speaking to reporters on Monday, the mayor said the pier was safe.').claims.map((claim) => claim.cue?.text)).toEqual(['said'])
    testNoClaim('By declaring their savings, residents would avoid the new harbour tax.')
  })
})

describe('a participle after a role set off before a name', () => {
  it('"The party leader, Ana Ruiz, voiced support …, saying" is Ana Ruiz speaking', () => {
    const article = attribute('The party leader, Ana Ruiz, voiced support for the plan on Monday, saying it would pass.')
    expect(article.claims.map((claim) => claim.content.text)).toEqual(['it would pass'])
    expect(speakerOf(article, article.claims[0]!)?.name).toBe('Ana Ruiz')
    expect(speakerOf(article, article.claims[0]!)?.titles).toContain('party leader')
  })

  it('a role alone, or with an opener set off after it, stays the speaker', () => {
    const article = attribute('The party leader, however, voiced support for the plan, saying it would pass.')
    expect(speakerOf(article, article.claims[0]!)?.name).toBe('party leader')
  })

  it('a day or a month is no speaker: "… early Friday saying …" keeps the claim with its speaker unknown', () => {
    testSingleCase('The mayor posted messages early Friday saying that the council had failed the town.', {content: 'the council had failed the town', cue: 'saying', speaker: null})
    testSingleCase('On March 3 they published the results by announcing that the claim was true.', {content: 'the claim was true', cue: 'announcing', speaker: null})
    // A name is a name: "Ana May said", '"…," said Friday'.
    testSingleCase('Ana May said the plan would fail.', {content: 'the plan would fail', cue: 'said', speaker: 'Ana May'})
    testSingleCase('"We will win," said Friday.', {content: 'We will win,', cue: 'said', speaker: 'Friday'})
  })
})
