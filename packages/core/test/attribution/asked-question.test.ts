import {describe, expect, it} from 'vitest'
import {attribute, checkClaim, testSingleCase} from './helpers.js'

// stages/attribution/asked-question.ts: a question put by someone the text does not name.
describe('asked, with no asker', () => {
  it('Asked whether …, X said …: the question, with no speaker, and the answer, with its own', () => {
    const text = 'Asked whether he would run again, the senator said he had not decided.'
    const article = testSingleCase(text, {content: 'whether he would run again', kind: 'indirect', cue: 'Asked', speaker: null}, {count: 2, index: 0})
    checkClaim(article, text, article.claims[1]!, {content: 'he had not decided', cue: 'said', speaker: 'senator'})
  })

  it('When asked if …, with a day between: "Asked Tuesday about …" reports the topic', () => {
    testSingleCase('When asked if the ferry would run, Ana Ruiz shrugged.', {content: 'if the ferry would run', cue: 'asked', speaker: null})
    testSingleCase('Asked Tuesday about the merger, the chief executive shrugged.', {content: 'the merger', cue: 'Asked', speaker: null})
  })

  it('the answer after the comma takes the quotation, not the question', () => {
    const text = 'Asked whether he would sell the club, Tom Baxter said, "Probably not."'
    const article = testSingleCase(text, {content: 'whether he would sell the club', cue: 'Asked', speaker: null}, {count: 2, index: 0})
    checkClaim(article, text, article.claims[1]!, {content: 'Probably not.', kind: 'direct', cue: 'said', speaker: 'Tom Baxter'})
  })

  it('not a request: "Asked to leave, she refused."', () => {
    expect(attribute('Asked to leave, she refused.').claims).toEqual([])
  })

  it('not a question with no main clause after it, nor "asked" after its subject', () => {
    expect(attribute('Asked whether the ferry would run.').claims).toEqual([])
    expect(attribute('The union asked whether the ferry would run.').claims.every((claim) => claim.speaker !== null)).toBe(true)
  })
})

describe('asked, in the passive or after the main clause', () => {
  it('X was asked whether …: the question, with no speaker', () => {
    testSingleCase('The actress was asked if she had ever been turned away at the door.', {content: 'if she had ever been turned away at the door', kind: 'indirect', cue: 'asked', speaker: null})
  })

  it('X laughed when asked by Y whether …: the asker is no speaker', () => {
    testSingleCase('The senator laughed when asked by a reporter whether the plan would fail.', {content: 'whether the plan would fail', cue: 'asked', speaker: null})
  })

  it('a quotation after the question continues the claim before it', () => {
    const text = 'Tom Baxter said the club was in trouble. He laughed when asked what it would do. “We have no choice.”'
    const article = testSingleCase(text, {content: 'what it would do', cue: 'asked', speaker: null}, {count: 3, index: 1})
    checkClaim(article, text, article.claims[2]!, {content: 'We have no choice.', cue: null, speaker: 'Tom Baxter'})
  })

  it('“…,” X said when asked whether …: the question after the claim’s cue', () => {
    const text = '“Of course,” the governor said when asked whether he would close the border.'
    const article = testSingleCase(text, {content: 'Of course,', kind: 'direct', cue: 'said', speaker: 'governor'}, {count: 2, index: 0})
    checkClaim(article, text, article.claims[1]!, {content: 'whether he would close the border', cue: 'asked', speaker: null})
  })

  it('X did Z when asked about Y: the topic', () => {
    testSingleCase('The mayor changed the subject when asked about the ruling.', {content: 'the ruling', cue: 'asked', speaker: null})
  })

  it('not a question set off between the subject and its cue: "X, when asked about Y, said …"', () => {
    testSingleCase('Ana Ruiz, when asked about the plan, said the town would manage.', {content: 'the town would manage', cue: 'said', speaker: 'Ana Ruiz'})
  })

  it('not a request in the passive: "was asked to leave"', () => {
    expect(attribute('The actress was asked to leave the stage.').claims).toEqual([])
  })

  it('not a question that runs into the answer’s cue and quotation', () => {
    testSingleCase('Asked whether he would play again he replied: “Of course I will.”', {content: 'Of course I will.', kind: 'direct', cue: 'replied'})
  })
})
