import type {Stage} from './context.js'
import {blocks} from '../stages/blocks.js'

/**
 * The default stages, in order. Take this list and add or drop stages to customise the
 * parser (`parseArticle(text, {stages: (defaults) => [...defaults, myStage]})`).
 */
export const defaultPipeline: readonly Stage[] = [
  // First: every other stage reads the blocks.
  blocks
]
