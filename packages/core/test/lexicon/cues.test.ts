/**
 * The cue lexicon is typed by hand: every written form must be a form of its lemma, so that a
 * typo ("quiped", "agreing") neither misses the real word nor matches nothing.
 */
import {describe, expect, it} from 'vitest'
import {cues} from '../../src/lexicon/cues.js'

/** Irregular forms of the verbs the lexicon lists: the past and the past participle. */
const irregular: Record<string, readonly string[]> = {
  say: ['said'],
  tell: ['told'],
  write: ['wrote', 'written'],
  swear: ['swore', 'sworn'],
  find: ['found'],
  show: ['shown'],
  speak: ['spoke', 'spoken'],
  make: ['made'],
  put: ['put'],
  go: ['went', 'gone'],
  take: ['took', 'taken'],
  spell: ['spelt'],
  hit: ['hit'],
  forecast: ['forecast']
}

/** Consonant-vowel-consonant at the end ("quip", "label"), where the consonant may double. */
function endsShort(verb: string): boolean {
  const plain = verb.replace(/qu/g, 'q')
  return /(?:^|[^aeiou])[aeiou][^aeiouwxy]$/.test(plain)
}

/** Vowel groups, a rough syllable count ("quip" 1, "rebut" 2). */
function syllables(verb: string): number {
  return verb.replace(/qu/g, 'q').match(/[aeiouy]+/g)?.length ?? 0
}

/**
 * The regular forms of `verb`: third person, past and present participle. A one-syllable verb
 * ending consonant-vowel-consonant doubles its consonant ("quipped", "slamming"); a longer
 * one may or may not, as spelling and stress decide ("labelled", "labeled", "visited").
 */
export function regularForms(verb: string): Set<string> {
  const forms = new Set<string>()
  const consonantY = /[^aeiou]y$/.test(verb)
  forms.add(consonantY ? verb.slice(0, -1) + 'ies' : /(?:s|sh|ch|x|z|o)$/.test(verb) ? verb + 'es' : verb + 's')
  const doubled = verb + verb.at(-1)
  const mustDouble = endsShort(verb) && syllables(verb) === 1
  const mayDouble = endsShort(verb) && syllables(verb) > 1
  if (mustDouble) {
    forms.add(doubled + 'ed')
    forms.add(doubled + 'ing')
  } else {
    forms.add(consonantY ? verb.slice(0, -1) + 'ied' : verb.endsWith('e') ? verb + 'd' : verb + 'ed')
    if (verb.endsWith('ie')) forms.add(verb.slice(0, -2) + 'ying')
    else if (/[^eyo]e$/.test(verb)) forms.add(verb.slice(0, -1) + 'ing')
    else forms.add(verb + 'ing')
    if (mayDouble) {
      forms.add(doubled + 'ed')
      forms.add(doubled + 'ing')
    }
  }
  return forms
}

/** Whether `word` is `lemma` itself, a regular form of it, or one of its listed irregular forms. */
function isFormOf(word: string, lemma: string): boolean {
  return word === lemma || regularForms(lemma).has(word) || (irregular[lemma] ?? []).includes(word)
}

const verbEntries = cues.filter((entry) => entry.lemma !== 'according to')

describe('regularForms', () => {
  it('inflects the way English spells', () => {
    expect([...regularForms('say')]).toEqual(['says', 'sayed', 'saying'])
    expect(regularForms('quip')).toEqual(new Set(['quips', 'quipped', 'quipping']))
    expect(regularForms('agree')).toEqual(new Set(['agrees', 'agreed', 'agreeing']))
    expect(regularForms('state')).toEqual(new Set(['states', 'stated', 'stating']))
    expect(regularForms('deny')).toEqual(new Set(['denies', 'denied', 'denying']))
    expect(regularForms('echo').has('echoes')).toBe(true)
    expect(regularForms('signal')).toEqual(new Set(['signals', 'signaled', 'signaling', 'signalled', 'signalling']))
    expect(regularForms('shout').has('shoutted')).toBe(false)
  })

  it('rejects the typos it is there to catch', () => {
    expect(isFormOf('quiped', 'quip')).toBe(false)
    expect(isFormOf('agreing', 'agree')).toBe(false)
    expect(isFormOf('guaranteing', 'guarantee')).toBe(false)
    expect(isFormOf('guaranteeing', 'guarantee')).toBe(true)
    expect(isFormOf('said', 'say')).toBe(true)
  })
})

describe('cues', () => {
  it('lists each lemma once', () => {
    const lemmas = cues.map((entry) => entry.lemma)
    expect(lemmas.filter((lemma, index) => lemmas.indexOf(lemma) !== index)).toEqual([])
  })

  it('lists only forms of the lemma: regular ones or known irregular ones', () => {
    const wrong = verbEntries.flatMap((entry) => {
      const verb = entry.lemma.split(' ')[0]!
      return entry.forms.filter((form) => !isFormOf(form.split(' ')[0]!, verb)).map((form) => `${entry.lemma}: ${form}`)
    })
    expect(wrong).toEqual([])
  })

  it('lists the third person, a past and the participle in -ing of every verb', () => {
    const missing = verbEntries.flatMap((entry) => {
      const verb = entry.lemma.split(' ')[0]!
      const words = new Set(entry.forms.map((form) => form.split(' ')[0]!))
      const has = (test: (word: string) => boolean) => [...words].some((word) => word !== verb && test(word))
      const gaps: string[] = []
      if (!has((word) => /s$/.test(word) && regularForms(verb).has(word))) gaps.push('third person')
      if (!has((word) => /ing$/.test(word))) gaps.push('-ing')
      const past = (irregular[verb] ?? []).some((form) => words.has(form)) || has((word) => /ed$/.test(word))
      if (!past) gaps.push('past')
      return gaps.map((gap) => `${entry.lemma}: ${gap}`)
    })
    expect(missing).toEqual([])
  })

  it('writes forms in lower case, without stray spaces', () => {
    for (const entry of cues) {
      expect(entry.forms).toContain(entry.lemma)
      for (const form of entry.forms) expect(form).toMatch(/^[a-z]+(?: [a-z]+)*$/)
    }
  })
})
