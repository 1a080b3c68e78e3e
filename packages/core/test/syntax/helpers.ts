import {expect} from 'vitest'

/** Assert that `heads` (1-based, 0 for the root) form one tree over all the words. */
export function expectTree(heads: readonly number[]): void {
  const n = heads.length
  expect(heads.filter((head) => head === 0)).toHaveLength(n === 0 ? 0 : 1)
  heads.forEach((head, index) => {
    expect(head).toBeGreaterThanOrEqual(0)
    expect(head).toBeLessThanOrEqual(n)
    expect(head).not.toBe(index + 1)
  })
  // Every word reaches the root within n steps: no cycles.
  for (let word = 1; word <= n; word++) {
    let at = word
    let steps = 0
    while (at !== 0 && steps <= n) {
      at = heads[at - 1]!
      steps++
    }
    expect(at).toBe(0)
  }
}
