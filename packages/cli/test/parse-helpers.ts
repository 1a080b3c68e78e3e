import {spawn} from 'node:child_process'
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {PassThrough} from 'node:stream'
import {fileURLToPath} from 'node:url'
import {ArticleSchema, ErrorRecordSchema, verifySpans, type Article, type ErrorRecord} from '@onrecord/core'
import {expect} from 'vitest'
import {main} from '../src/cli.js'

/** The built bin, as outside tools run it. */
export const bin = fileURLToPath(new URL('../bin/onrecord.js', import.meta.url))

/** The repository root. */
export const root = fileURLToPath(new URL('../../../', import.meta.url))

/** What a run printed and its exit status. */
export interface Run {
  status: number | null
  stdout: string
  stderr: string
}

/** Run the built bin with Node (the one running the tests) and collect what it prints. */
export function runBin(
  args: readonly string[],
  options: {input?: string | Buffer; env?: Record<string, string>; cwd?: string} = {}
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: options.cwd,
      env: {...process.env, ...options.env},
      stdio: ['pipe', 'pipe', 'pipe']
    })
    const stdout: Buffer[] = []
    const stderr: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))
    child.on('error', reject)
    child.on('close', (status) =>
      resolve({status, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8')})
    )
    child.stdin.end(options.input ?? '')
  })
}

/** Streams for {@link main}, collecting stdout and stderr. */
export function memoryIo(options: {isTTY?: boolean} = {}) {
  const stdin = new PassThrough()
  const stdout = new PassThrough()
  const stderr = Object.assign(new PassThrough(), {isTTY: options.isTTY ?? false, columns: 80})
  let out = ''
  let err = ''
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')))
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')))
  return {
    io: {stdin, stdout, stderr, env: {} as Record<string, string | undefined>},
    stdin,
    stdout,
    out: () => out,
    err: () => err
  }
}

/** Call {@link main} with in-memory streams. */
export async function runMain(args: readonly string[], input?: string): Promise<Run> {
  const memory = memoryIo()
  if (input !== undefined) memory.stdin.end(input)
  const status = await main(args, memory.io)
  return {status, stdout: memory.out(), stderr: memory.err()}
}

/** Parse JSON Lines. */
export function lines(stdout: string): unknown[] {
  expect(stdout.endsWith('\n') || stdout === '').toBe(true)
  return stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as unknown)
}

/** Assert `value` is a valid record whose spans round-trip through `text`. */
export function expectArticle(value: unknown, text: string): Article {
  const parsed = ArticleSchema.safeParse(value)
  expect(parsed.success, JSON.stringify(parsed.error?.issues?.slice(0, 3))).toBe(true)
  const article = value as Article
  expect(article.source.length).toBe(text.length)
  expect(verifySpans(article, text)).toEqual([])
  return article
}

/** Assert `value` is an error record with `code`. */
export function expectError(value: unknown, code: string): ErrorRecord {
  expect(ArticleSchema.safeParse(value).success).toBe(false)
  expect(ErrorRecordSchema.safeParse(value).success).toBe(true)
  const record = value as ErrorRecord
  expect(record.error.code).toBe(code)
  expect(record.error.message.length).toBeGreaterThan(0)
  return record
}

/** A fresh temporary directory and a function that removes it. */
export function temporaryDirectory(): {path: string; remove: () => void} {
  const path = mkdtempSync(join(tmpdir(), 'onrecord-cli-'))
  return {path, remove: () => rmSync(path, {recursive: true, force: true})}
}

/** The `maxRSS` line the CLI prints under `ONRECORD_REPORT_MAXRSS`, in MiB. */
export function reportedMaxRss(stderr: string): number {
  const match = /onrecord: maxRSS (\d+) KiB/.exec(stderr)
  expect(match, 'the CLI reports maxRSS').not.toBeNull()
  return Number(match![1]) / 1024
}

/** Read RFC 4180 CSV (quoted fields, doubled quotes, CRLF records) back into rows. */
export function parseCsv(csv: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let index = 0; index < csv.length; index++) {
    const char = csv[index]!
    if (quoted) {
      if (char === '"' && csv[index + 1] === '"') {
        field += '"'
        index++
      } else if (char === '"') quoted = false
      else field += char
    } else if (char === '"') quoted = true
    else if (char === ',') {
      row.push(field)
      field = ''
    } else if (char === '\r' && csv[index + 1] === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      index++
    } else field += char
  }
  if (field !== '' || row.length > 0) throw new Error('CSV does not end with CRLF')
  return rows
}
