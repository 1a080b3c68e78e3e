/**
 * Quality guard: the figures of `onrecord eval` on the seeds and on PolNeAR-dev must not fall
 * more than 2 points below the baseline in `fixtures/quality-baseline.json`. Refresh the
 * baseline, when the parser improves, from the repository root with:
 *
 * ```sh
 * pnpm exec onrecord eval --gold gold/seeds --text seeds --write-baseline packages/cli/test/fixtures/quality-baseline.json
 * pnpm exec onrecord eval --format brat --gold ../shared/corpora/polnear-dev/attributions --text ../shared/corpora/polnear-dev/text --write-baseline packages/cli/test/fixtures/quality-baseline.json
 * ```
 */
import {existsSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {evaluateBrat, evaluateSeeds, type Figures} from '../src/eval/evaluate.js'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const polnear = fileURLToPath(new URL('../shared/corpora/polnear-dev/', new URL(root, 'file://')))
const baseline = JSON.parse(
  readFileSync(new URL('fixtures/quality-baseline.json', import.meta.url), 'utf8')
) as Record<string, Figures>

/** How far a figure may fall below its baseline, in points. */
const tolerance = 2

/** The figures that fell more than the tolerance below the baseline. */
function regressions(current: Figures, base: Figures | undefined): string[] {
  return Object.entries(base ?? {}).flatMap(([name, before]) => {
    const now = current[name]
    if (before === null || before === undefined) return []
    if (now === null || now === undefined) return [`${name}: ${before} → none`]
    return now < before - tolerance ? [`${name}: ${before} → ${now}`] : []
  })
}

describe('quality', () => {
  it('holds the seed figures', async () => {
    const report = await evaluateSeeds(`${root}gold/seeds`, `${root}seeds`)
    expect(report.articles.flatMap((article) => article.goldProblems)).toEqual([])
    expect(regressions(report.figures, baseline.seed)).toEqual([])
  })

  const hasPolnear = existsSync(`${polnear}attributions`)
  it.skipIf(!hasPolnear)('holds the PolNeAR-dev figures', async () => {
    const report = await evaluateBrat(`${polnear}attributions`, `${polnear}text`)
    expect(report.articles.length).toBeGreaterThan(0)
    expect(regressions(report.figures, baseline.brat)).toEqual([])
  })
  if (!hasPolnear) {
    it.skip(`PolNeAR-dev not found at ${polnear}: its figures are not checked`, () => {})
  }
})
