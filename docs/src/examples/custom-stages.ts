// Customising the pipeline: the examples of the "Customising the pipeline" guide, run by the
// docs tests so that the guide cannot drift from the API.
import {diagnostic, parseArticle, type Article, type OutletEntry, type Stage} from '@onrecord/core'

/**
 * A parser stage: credit the reporter of a wire story's sign-off line.
 *
 * > | (Reporting by Jane Roe; Editing by John Doe)
 *                   ^^^^^^^^
 *                   author
 */
export const reportingBy: Stage = {
  name: 'reporting-by',
  run({draft}) {
    const authors: Article['authors'] = []
    const diagnostics = []
    for (const block of draft.blocks) {
      const match = /^\(?Reporting by ([A-Z][\w.'-]*(?: [A-Z][\w.'-]*)+)/.exec(block.text)
      if (!match) continue
      const name = match[1]!
      const start = block.span.start + match[0].length - name.length
      authors.push({name, span: {start, end: start + name.length}})
      diagnostics.push(diagnostic('reporting-by/found', `Reporter ${name} from the sign-off`, 'info', {start, end: start + name.length}))
    }
    // A parser stage adds: these arrays are appended to what earlier stages found.
    return {authors, diagnostics}
  }
}

/** A refiner stage: keep only the claims the parser is fairly sure of. */
export const confidentClaims: Stage = {
  name: 'confident-claims',
  kind: 'refiner',
  run({draft}) {
    // A refiner replaces: the draft's claims become exactly this list.
    return {claims: draft.claims.filter((claim) => claim.confidence >= 0.5)}
  }
}

/** An outlet the built-in registry does not know. */
export const gazette: OutletEntry = {
  id: 'example-gazette',
  name: 'The Example Gazette',
  aliases: ['Example Gazette'],
  domains: ['gazette.example'],
  fingerprints: ['Support independent journalism at the Example Gazette'],
  country: 'GBR',
  kind: 'newspaper'
}

/** Parse with all three: the stages after the defaults, the outlet added to the registry. */
export function parseCustom(text: string): Article {
  return parseArticle(text, {
    stages: (defaults) => [...defaults, reportingBy, confidentClaims],
    outlets: [gazette]
  })
}
