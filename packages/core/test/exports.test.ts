import {expect, it} from 'vitest'
import * as core from '../src/index.js'
import * as schemas from '../src/schema/index.js'

// The public surface of @onrecord/core, so that every change to it is a visible diff here.
it('exports every schema', () => {
  for (const name of Object.keys(schemas)) expect(name in core, name).toBe(true)
})

it('exports exactly the curated surface besides the schemas', () => {
  const names = Object.keys(core).filter((name) => !(name in schemas))
  expect(names.sort()).toEqual([
    'articleSpeakers',
    'articleToHast',
    'attribution',
    'blocks',
    'boilerplate',
    'byline',
    'captions',
    'claimDates',
    'claimsTable',
    'containerKinds',
    'countries',
    'credits',
    'csvColumns',
    'cues',
    'dateline',
    'defaultPipeline',
    'diagnostic',
    'eventArguments',
    'eventDates',
    'eventModality',
    'events',
    'eventsTable',
    'firstNameGender',
    'formatDiagnostics',
    'headings',
    'idFromName',
    'markId',
    'markKindLabels',
    'markKinds',
    'marksFromArticle',
    'mergeSpeakerAliases',
    'monthAbbreviations',
    'months',
    'normalizeName',
    'onrecord',
    'organizations',
    'outlet',
    'outlets',
    'parseArticle',
    'places',
    'ploverQuadClass',
    'pointFinder',
    'publishedDate',
    'quadClassLabels',
    'quadClassOf',
    'quotes',
    'readHeadline',
    'repeatedLead',
    'sectors',
    'segment',
    'segmentsToHast',
    'sentenceWords',
    'speakers',
    'speakersTable',
    'standfirst',
    'tagAndParse',
    'title',
    'toCsv',
    'triggers',
    'verifySpans',
    'weekdays'
  ])
})

it('leaves the language layer’s internals out', () => {
  for (const name of ['readSpeakerBefore', 'isNameLike', 'sha256Hex', 'SPEAKER_NOTES', 'mergeSpeakers', 'tokenize', 'scanBlocks', 'runPipeline']) {
    expect(name in core, name).toBe(false)
  }
})
