import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {readLimited} from '../src/parse/read.js'
import {temporaryDirectory} from './parse-helpers.js'

let dir: {path: string; remove: () => void}

beforeAll(() => {
  dir = temporaryDirectory()
  writeFileSync(join(dir.path, 'ten.txt'), '0123456789')
})

afterAll(() => dir.remove())

describe('readLimited', () => {
  it('reads a file up to and at the limit', async () => {
    const read = await readLimited(join(dir.path, 'ten.txt'), 10)
    expect(read.ok && Buffer.from(read.bytes).toString()).toBe('0123456789')
  })

  it('refuses a file one byte over the limit', async () => {
    expect(await readLimited(join(dir.path, 'ten.txt'), 9)).toMatchObject({ok: false, error: {code: 'too-large'}})
  })

  it('refuses a stream past the limit without knowing its size (a device)', async () => {
    expect(await readLimited('/dev/zero', 100_000)).toMatchObject({ok: false, error: {code: 'too-large'}})
  })

  it('reports system errors by their code', async () => {
    expect(await readLimited(join(dir.path, 'missing.txt'), 10)).toMatchObject({ok: false, error: {code: 'ENOENT', message: 'no such file or directory'}})
    expect(await readLimited(dir.path, 10)).toMatchObject({ok: false, error: {code: 'EISDIR'}})
  })
})
