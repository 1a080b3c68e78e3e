import {expect, it} from 'vitest'
import {countBefore} from '../src/language/search.js'

it('countBefore finds the lower and upper bounds of a value among sorted keys', () => {
  const items = [0, 5, 5, 9].map((start) => ({start}))
  const key = (item: {start: number}) => item.start
  expect([-1, 0, 3, 5, 7, 9, 12].map((v) => countBefore(items, v, key))).toEqual([0, 0, 1, 1, 3, 3, 4])
  expect([-1, 0, 3, 5, 7, 9, 12].map((v) => countBefore(items, v, key, true))).toEqual([0, 1, 1, 3, 3, 4, 4])
  expect(countBefore([], 3, key)).toBe(0)
})
