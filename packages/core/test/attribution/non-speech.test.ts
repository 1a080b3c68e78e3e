import {describe, it} from 'vitest'
import {testNoClaim, testSingleCase} from './helpers.js'

// stages/attribution/cue.ts, reportsNothing: a cue whose next words give it a sense that
// reports nothing.
describe('a cue in a sense that reports nothing', () => {
  it('a sum: "added 2 per cent", "added 300 jobs"', () => {
    testNoClaim('The company added 2 per cent to its shares on Monday.')
    testNoClaim('Ana Ruiz, the firm’s chairman, added 300 jobs last year.')
    testNoClaim('The retailer added three stores in the north.')
  })

  it('a plea: "pleaded guilty", "pleaded not guilty"', () => {
    testNoClaim('The former mayor pleaded guilty to fraud on Tuesday.')
    testNoClaim('The driver pleaded not guilty.')
  })

  it('still reports when the number is when it was said, or a clause follows', () => {
    testSingleCase('Ana Ruiz added two days later that the plant would close.', {content: 'the plant would close', kind: 'indirect', cue: 'added'})
    testSingleCase('The minister added that 300 jobs would go.', {content: '300 jobs would go', kind: 'indirect', cue: 'added'})
  })
})

// stages/attribution/withholding.ts: "deny" in the sense of withholding a thing.
describe('"deny" that withholds a thing', () => {
  it('two objects, "to" the one who goes without, or a thing that is granted', () => {
    testNoClaim('The goalkeeper denied the visitors a win in the last minute.')
    testNoClaim('The court denied class-action status to the workers.')
    testNoClaim('The judge denied bail.')
    // A second object that the parse reads as a bare noun phrase of the verb.
    testNoClaim('The club denied the visitors a win.')
    testNoClaim('Rain denied the hosts a second title.')
  })

  it('still reports a statement denied, or a clause', () => {
    testSingleCase('The minister denied the charges on Monday.', {content: 'the charges', kind: 'indirect', cue: 'denied'})
    testSingleCase('The firm has denied suggestions there will be a giveaway in March.', {content: 'suggestions there will be a giveaway in March', kind: 'indirect', cue: 'has denied'})
  })
})
