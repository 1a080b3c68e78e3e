import type {Stage} from '../stage.js'

/**
 * Report quotation marks that do not pair up (`quotes/unbalanced`). The quotations themselves
 * are read by the attribution stage through `context.language.quotations()`.
 */
export const quotes: Stage = {
  name: 'quotes',
  run(context) {
    const {diagnostics} = context.language.quotations()
    return diagnostics.length > 0 ? {diagnostics: [...diagnostics]} : undefined
  }
}
