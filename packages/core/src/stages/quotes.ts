import type {Stage} from '../stage.js'

/**
 * Report quotation marks that do not pair up (`quotes/unbalanced`). The quotations themselves
 * are found once per parse by the language layer (`context.language.quotations()`), which
 * attribution and the speaker stages read.
 *
 * > | "We will not leave this town, said Okafor.
 *     ^ an opening mark that is never closed: quotes/unbalanced
 */
export const quotes: Stage = {
  name: 'quotes',
  run(context) {
    const {diagnostics} = context.language.quotations()
    return diagnostics.length > 0 ? {diagnostics: [...diagnostics]} : undefined
  }
}
