import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {checkText, decodeBytes, firstInvalidUtf8} from '../src/parse/decode.js'

const bytes = (...values: number[]) => new Uint8Array(values)
const utf8 = (text: string) => new TextEncoder().encode(text)

describe('decodeBytes', () => {
  it('decodes UTF-8 and keeps every character, line ends included', () => {
    const result = decodeBytes(utf8('A\r\nB\rC\n“D”'), 'a.txt')
    expect(result).toEqual({ok: true, text: 'A\r\nB\rC\n“D”', diagnostics: []})
  })

  it('drops a UTF-8 byte order mark: offset 0 is the character after it', () => {
    const result = decodeBytes(bytes(0xef, 0xbb, 0xbf, 0x48, 0x69), null)
    expect(result).toEqual({ok: true, text: 'Hi', diagnostics: []})
  })

  it('decodes UTF-16LE and UTF-16BE after their byte order mark', () => {
    expect(decodeBytes(bytes(0xff, 0xfe, 0x48, 0, 0x69, 0, 0x0d, 0, 0x0a, 0), null)).toEqual({ok: true, text: 'Hi\r\n', diagnostics: []})
    expect(decodeBytes(bytes(0xfe, 0xff, 0, 0x48, 0, 0x69), null)).toEqual({ok: true, text: 'Hi', diagnostics: []})
  })

  it('replaces a stray UTF-16 byte and says where', () => {
    const result = decodeBytes(bytes(0xff, 0xfe, 0x48, 0, 0x69), null)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.text).toBe('H\uFFFD')
    expect(result.diagnostics).toMatchObject([{ruleId: 'input/invalid-utf16', severity: 'warning', span: {start: 1, end: 2}}])
  })

  it('replaces invalid UTF-8 with U+FFFD and points at the first replacement', () => {
    // "café" in Windows-1252, then a real U+FFFD, then a truncated sequence.
    const result = decodeBytes(bytes(0x63, 0x61, 0x66, 0xe9, 0x20, 0xef, 0xbf, 0xbd, 0x20, 0xe2, 0x80), 'a.txt')
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.text).toBe('caf\uFFFD \uFFFD \uFFFD')
    expect(result.diagnostics).toHaveLength(1)
    const [diagnostic] = result.diagnostics
    expect(diagnostic!.ruleId).toBe('input/invalid-utf8')
    expect(diagnostic!.span).toEqual({start: 3, end: 4})
    expect(result.text.slice(3, 4)).toBe('\uFFFD')
    // Two replacements; the U+FFFD written in the input is not one.
    expect(diagnostic!.message).toContain('2 invalid byte sequences')
  })

  it('counts the first replacement after a UTF-8 byte order mark in the decoded text', () => {
    const result = decodeBytes(bytes(0xef, 0xbb, 0xbf, 0x41, 0xff), null)
    expect(result.ok && result.diagnostics[0]!.span).toEqual({start: 1, end: 2})
  })

  it('refuses NUL bytes and image, PDF and archive signatures as binary', () => {
    expect(decodeBytes(bytes(0x41, 0x00, 0x42), null)).toMatchObject({ok: false, error: {code: 'binary'}})
    expect(decodeBytes(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x41), null)).toMatchObject({
      ok: false,
      error: {code: 'binary', message: expect.stringContaining('PNG')}
    })
    expect(decodeBytes(utf8('%PDF-1.7\n'), null)).toMatchObject({ok: false, error: {code: 'binary'}})
    expect(decodeBytes(bytes(0x1f, 0x8b, 0x08), null)).toMatchObject({ok: false, error: {code: 'binary'}})
    // NUL inside UTF-16 text is a NUL character.
    expect(decodeBytes(bytes(0xff, 0xfe, 0, 0), null)).toMatchObject({ok: false, error: {code: 'binary'}})
  })

  it('refuses HTML by name or by its opening', () => {
    expect(decodeBytes(utf8('Plain words'), 'page.html')).toMatchObject({ok: false, error: {code: 'html-input'}})
    expect(decodeBytes(utf8('Plain words'), 'page.HTM')).toMatchObject({ok: false, error: {code: 'html-input'}})
    expect(decodeBytes(utf8('\n  <!DOCTYPE html>\n<p>x</p>'), 'a.txt')).toMatchObject({
      ok: false,
      error: {code: 'html-input', message: 'onrecord parses plain text; convert the page to text first'}
    })
    expect(decodeBytes(utf8('<html lang="en">'), null)).toMatchObject({ok: false, error: {code: 'html-input'}})
    expect(decodeBytes(utf8('<html>\n<body>'), null)).toMatchObject({ok: false, error: {code: 'html-input'}})
  })

  it('accepts text that merely mentions HTML or starts with another tag-like word', () => {
    expect(decodeBytes(utf8('<htmlish> text'), null).ok).toBe(true)
    expect(decodeBytes(utf8('The <html> element, she said.'), null).ok).toBe(true)
    expect(decodeBytes(utf8('notes.html is a file name'), 'notes.txt').ok).toBe(true)
  })

  it('accepts empty input', () => {
    expect(decodeBytes(new Uint8Array(0), 'empty.txt')).toEqual({ok: true, text: '', diagnostics: []})
  })
})

describe('checkText', () => {
  it('refuses NUL characters and HTML in text that is already decoded', () => {
    expect(checkText('a\u0000b', null)).toMatchObject({ok: false, error: {code: 'binary'}})
    expect(checkText('<!doctype html>', null)).toMatchObject({ok: false, error: {code: 'html-input'}})
    expect(checkText('fine', 'x.txt')).toEqual({ok: true, text: 'fine', diagnostics: []})
  })
})

describe('firstInvalidUtf8', () => {
  it('finds overlong forms, surrogates, code points past U+10FFFF and truncation', () => {
    expect(firstInvalidUtf8(bytes(0x41, 0xc0, 0x80))).toBe(1)
    expect(firstInvalidUtf8(bytes(0xe0, 0x80, 0x80))).toBe(0)
    expect(firstInvalidUtf8(bytes(0x41, 0xed, 0xa0, 0x80))).toBe(1)
    expect(firstInvalidUtf8(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0)
    expect(firstInvalidUtf8(bytes(0x41, 0x42, 0xf0, 0x9f, 0x98))).toBe(2)
    expect(firstInvalidUtf8(utf8('ok “quotes” 😀'))).toBe(-1)
  })

  it('agrees with the WHATWG decoder on any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({maxLength: 64}), (input) => {
        const at = firstInvalidUtf8(input)
        let valid = true
        try {
          new TextDecoder('utf-8', {fatal: true}).decode(input)
        } catch {
          valid = false
        }
        expect(at === -1).toBe(valid)
        if (at !== -1) {
          // The prefix before it is valid.
          expect(() => new TextDecoder('utf-8', {fatal: true}).decode(input.subarray(0, at))).not.toThrow()
        }
      }),
      {numRuns: 2000}
    )
  })

  it('agrees with the WHATWG decoder on text with one byte changed', () => {
    fc.assert(
      fc.property(fc.string({unit: 'grapheme', minLength: 1, maxLength: 20}), fc.nat(), fc.integer({min: 0, max: 255}), (text, index, byte) => {
        const input = utf8(text)
        input[index % input.length] = byte
        const at = firstInvalidUtf8(input)
        let valid = true
        try {
          new TextDecoder('utf-8', {fatal: true}).decode(input)
        } catch {
          valid = false
        }
        expect(at === -1).toBe(valid)
      }),
      {numRuns: 2000}
    )
  })
})
