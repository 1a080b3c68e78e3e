import {closeSync, openSync, readSync, statSync} from 'node:fs'
import {open} from 'node:fs/promises'
import type {ErrorRecord} from '@onrecord/core'

/** The bytes of a file, or why they could not be had. */
export type ReadResult = {ok: true; bytes: Uint8Array} | {ok: false; error: ErrorRecord['error']}

const initialSize = 1 << 16

/**
 * Read a file, refusing it as `too-large` past `maxBytes` without reading further.
 *
 * The size is checked before reading when the file system knows it; pipes and devices are
 * read into a growing buffer up to the limit, so no input takes more than about `maxBytes`
 * of memory.
 */
export async function readLimited(path: string, maxBytes: number): Promise<ReadResult> {
  // A regular file is read at once, without a trip through the thread pool for each call: a
  // parse takes about half a millisecond, and four asynchronous calls per file would leave
  // the parser waiting. Anything else (a pipe, a device) may block, so is read asynchronously,
  // and so is a file that grows while it is read.
  try {
    const stats = statSync(path)
    if (stats.isFile()) {
      const read = readRegularFile(path, stats.size, maxBytes)
      if (read !== 'grew') return read
    }
  } catch (error) {
    return {ok: false, error: systemError(error)}
  }

  let handle
  try {
    handle = await open(path, 'r')
  } catch (error) {
    return {ok: false, error: systemError(error)}
  }
  try {
    const stats = await handle.stat()
    if (stats.isDirectory()) return {ok: false, error: systemError({code: 'EISDIR'})}
    if (stats.isFile() && stats.size > maxBytes) return {ok: false, error: tooLarge(stats.size, maxBytes)}

    // Room for one byte past the limit tells a file that grew (or a pipe) apart from one at it.
    const limit = maxBytes + 1
    let buffer = new Uint8Array(Math.min(limit, stats.isFile() ? stats.size + 1 : initialSize))
    let total = 0
    for (;;) {
      if (total === buffer.length) {
        if (total >= limit) return {ok: false, error: tooLarge(null, maxBytes)}
        const grown = new Uint8Array(Math.min(limit, buffer.length * 2))
        grown.set(buffer)
        buffer = grown
      }
      const {bytesRead} = await handle.read(buffer, total, buffer.length - total, null)
      if (bytesRead === 0) break
      total += bytesRead
    }
    if (total > maxBytes) return {ok: false, error: tooLarge(null, maxBytes)}
    return {ok: true, bytes: buffer.subarray(0, total)}
  } catch (error) {
    return {ok: false, error: systemError(error)}
  } finally {
    await handle.close().catch(() => {})
  }
}

function readRegularFile(path: string, size: number, maxBytes: number): ReadResult | 'grew' {
  if (size > maxBytes) return {ok: false, error: tooLarge(size, maxBytes)}
  const fd = openSync(path, 'r')
  try {
    // One byte past the size tells a file that grew since apart from one at it.
    const buffer = new Uint8Array(size + 1)
    let total = 0
    for (;;) {
      const bytesRead = readSync(fd, buffer, total, buffer.length - total, null)
      if (bytesRead === 0) break
      total += bytesRead
      if (total > size) return 'grew'
    }
    return {ok: true, bytes: buffer.subarray(0, total)}
  } finally {
    closeSync(fd)
  }
}

const reasons: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  ELOOP: 'too many symbolic links',
  EMFILE: 'too many open files'
}

/** The error part of an error record for a failed system call (`ENOENT`, `EACCES`…). */
export function systemError(error: unknown): ErrorRecord['error'] {
  const code = (error as NodeJS.ErrnoException | null)?.code
  if (typeof code === 'string') {
    return {code, message: reasons[code] ?? (error as Error).message}
  }
  return {code: 'read-error', message: error instanceof Error ? error.message : String(error)}
}

/** The error part of a `too-large` error record. */
export function tooLarge(size: number | null, maxBytes: number): ErrorRecord['error'] {
  const what = size === null ? 'more than' : `${size} bytes, more than`
  return {code: 'too-large', message: `the input is ${what} the limit of ${maxBytes} bytes (--max-bytes)`}
}
