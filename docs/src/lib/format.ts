/** Small formatters shared by the pages. */
import type {DateValue} from '@onrecord/core'

/** `2022-01-27 (day, from the header)` */
export function formatDate(date: DateValue | null | undefined): string {
  if (!date) return 'unknown'
  return `${date.value} (${date.precision}, from the ${date.via})`
}

/** `3 claims`, `1 claim` */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

/** The site path of an article page. */
export function articlePath(id: string, hash = ''): string {
  return `/articles/${encodeURIComponent(id)}/${hash ? `#${hash}` : ''}`
}
