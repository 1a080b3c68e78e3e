import type {Diagnostic, ErrorRecord} from '@onrecord/core'

/**
 * What reading an input yields: the text the parser gets, with what decoding noticed, or
 * the reason it was refused.
 */
export type Decoded =
  | {ok: true; text: string; diagnostics: Diagnostic[]}
  | {ok: false; error: ErrorRecord['error']}

/** Magic numbers of formats that are certainly not plain text. */
const signatures: ReadonlyArray<{name: string; bytes: readonly number[]}> = [
  {name: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]},
  {name: 'a JPEG image', bytes: [0xff, 0xd8, 0xff]},
  {name: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38]},
  {name: 'a PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d]},
  {name: 'a ZIP archive', bytes: [0x50, 0x4b, 0x03, 0x04]},
  {name: 'gzip data', bytes: [0x1f, 0x8b]}
]

/** A file name that says HTML. */
export const htmlName = /\.html?$/i

/** The start of an HTML document, after optional white space. */
const htmlStart = /^\s*<(?:!doctype\s+html|html[\s>])/i

const htmlMessage = 'onrecord parses plain text; convert the page to text first'

/**
 * Turn the bytes of an input into the string the parser gets: the input string whose UTF-16
 * offsets every span points into.
 *
 * * A UTF-16 byte order mark (`FF FE` or `FE FF`) selects UTF-16; everything else is UTF-8.
 *   The byte order mark itself (UTF-8 or UTF-16) is not part of the text, so offset 0 is the
 *   first character after it.
 * * Line ends (CRLF, lone CR, LF) and every other character are kept as they are.
 * * Invalid UTF-8 (or an unpaired UTF-16 surrogate) is decoded with U+FFFD REPLACEMENT
 *   CHARACTER in its place, and the record carries an `input/invalid-utf8` (or
 *   `input/invalid-utf16`) warning pointing at the first replacement: scraped text with a few
 *   stray Windows-1252 bytes is still worth parsing.
 * * Binary input is refused (`binary`): a NUL character anywhere, or the signature of an
 *   image, PDF or archive at the start.
 * * HTML is refused (`html-input`): a name ending in `.html`/`.htm`, or text opening with
 *   `<!doctype html` or `<html`.
 *
 * @param bytes The input's bytes.
 * @param name The input's name, for the HTML check (may be null).
 */
export function decodeBytes(bytes: Uint8Array, name: string | null): Decoded {
  if (name !== null && htmlName.test(name)) return htmlError()

  for (const signature of signatures) {
    if (startsWith(bytes, signature.bytes)) {
      return {ok: false, error: {code: 'binary', message: `binary input (${signature.name}); onrecord parses plain text`}}
    }
  }

  let text: string
  const diagnostics: Diagnostic[] = []
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null

  if (utf16) {
    // The decoder drops the byte order mark (`ignoreBOM: false`).
    try {
      text = new TextDecoder(utf16, {fatal: true}).decode(bytes)
    } catch {
      text = new TextDecoder(utf16).decode(bytes)
      const at = text.indexOf('\uFFFD')
      diagnostics.push({
        ruleId: 'input/invalid-utf16',
        severity: 'warning',
        message: `The input is not valid ${utf16 === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE'}: unpaired surrogates or a stray byte were replaced with U+FFFD`,
        span: at === -1 ? null : {start: at, end: at + 1}
      })
    }
  } else {
    const nul = bytes.indexOf(0)
    if (nul !== -1) {
      return {ok: false, error: {code: 'binary', message: `binary input (a NUL byte at offset ${nul}); onrecord parses plain text`}}
    }
    const invalid = firstInvalidUtf8(bytes)
    // The decoder drops a UTF-8 byte order mark (`ignoreBOM: false`).
    text = new TextDecoder('utf-8').decode(bytes)
    if (invalid !== -1) {
      // Offsets are in the decoded text: decode the valid prefix to find where the first
      // replacement character stands.
      const at = new TextDecoder('utf-8').decode(bytes.subarray(0, invalid)).length
      const count = countReplacements(text) - countEncodedReplacements(bytes)
      diagnostics.push({
        ruleId: 'input/invalid-utf8',
        severity: 'warning',
        message: `The input is not valid UTF-8: ${count} invalid byte sequence${count === 1 ? ' was' : 's were'} replaced with U+FFFD (first at byte ${invalid})`,
        span: {start: at, end: at + 1}
      })
    }
  }

  return checkText(text, name, diagnostics)
}

/**
 * Check text that arrives already decoded (a JSON Lines `text` field) the way file contents
 * are checked: NUL characters mean binary, an HTML document is refused.
 */
export function checkText(text: string, name: string | null, diagnostics: Diagnostic[] = []): Decoded {
  if (name !== null && htmlName.test(name)) return htmlError()
  const nul = text.indexOf('\u0000')
  if (nul !== -1) {
    return {ok: false, error: {code: 'binary', message: `binary input (a NUL character at offset ${nul}); onrecord parses plain text`}}
  }
  if (htmlStart.test(text.slice(0, 1024))) return htmlError()
  return {ok: true, text, diagnostics}
}

function htmlError(): Decoded {
  return {ok: false, error: {code: 'html-input', message: htmlMessage}}
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false
  return prefix.every((byte, index) => bytes[index] === byte)
}

/**
 * The byte offset of the first invalid UTF-8 sequence, or -1 when the bytes are valid
 * (overlong forms, surrogates and code points past U+10FFFF count as invalid, as in the
 * WHATWG decoder).
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const length = bytes.length
  let i = 0
  while (i < length) {
    const byte = bytes[i]!
    if (byte < 0x80) {
      i++
      continue
    }
    let need: number
    let low = 0x80
    let high = 0xbf
    if (byte >= 0xc2 && byte <= 0xdf) need = 1
    else if (byte >= 0xe0 && byte <= 0xef) {
      need = 2
      if (byte === 0xe0) low = 0xa0
      if (byte === 0xed) high = 0x9f
    } else if (byte >= 0xf0 && byte <= 0xf4) {
      need = 3
      if (byte === 0xf0) low = 0x90
      if (byte === 0xf4) high = 0x8f
    } else return i
    for (let k = 1; k <= need; k++) {
      const next = bytes[i + k]
      if (next === undefined) return i
      const min = k === 1 ? low : 0x80
      const max = k === 1 ? high : 0xbf
      if (next < min || next > max) return i
    }
    i += need + 1
  }
  return -1
}

function countReplacements(text: string): number {
  let count = 0
  for (let at = text.indexOf('\uFFFD'); at !== -1; at = text.indexOf('\uFFFD', at + 1)) count++
  return count
}

/** U+FFFD written in the input itself (`EF BF BD`), which is not a replacement. */
function countEncodedReplacements(bytes: Uint8Array): number {
  let count = 0
  for (let at = bytes.indexOf(0xef); at !== -1 && at + 2 < bytes.length; at = bytes.indexOf(0xef, at + 1)) {
    if (bytes[at + 1] === 0xbf && bytes[at + 2] === 0xbd) count++
  }
  return count
}
