import type {Stage} from '../stage.js'
import {blocks} from '../stages/blocks.js'
import {boilerplate} from '../stages/boilerplate.js'
import {byline} from '../stages/byline.js'
import {captions} from '../stages/captions.js'
import {credits} from '../stages/credits.js'
import {dateline} from '../stages/dateline.js'
import {headings} from '../stages/headings.js'
import {outlet} from '../stages/outlet.js'
import {publishedDate} from '../stages/published-date.js'
import {standfirst} from '../stages/standfirst.js'
import {repeatedLead} from '../stages/repeated-lead.js'
import {title} from '../stages/title.js'
import {quotes} from '../stages/quotes.js'
import {attribution} from '../stages/attribution/attribution.js'
import {mergeSpeakerAliases} from '../stages/merge-speaker-aliases.js'
import {speakers} from '../stages/speakers.js'
import {claimDates} from '../stages/claim-dates.js'
import {events} from '../stages/events.js'
import {eventModality} from '../stages/event-modality.js'
import {eventDates} from '../stages/event-dates.js'
import {eventArguments} from '../stages/event-arguments.js'

/**
 * The default stages, in order. Take this list and add or drop stages to customise the
 * parser (`parseArticle(text, {stages: (defaults) => [...defaults, myStage]})`).
 */
export const defaultPipeline: readonly Stage[] = [
  // First: every other stage reads the blocks.
  blocks,
  // Before the title: furniture ("Follow us on", "2,500 $") must not be taken for a headline.
  boilerplate,
  // Before the stages that find things relative to the headline.
  title,
  // Before standfirst: a caption must not count as the standfirst or end the header.
  captions,
  // Before byline: the header runs past the standfirst to the first paragraph of the story.
  standfirst,
  // After standfirst: a standfirst that the lead repeats is a teaser, read once (as the lead).
  repeatedLead,
  // Before outlet and published-date: they read the header's byline and date lines.
  byline,
  // After the header is known: headings are short lines inside the story.
  headings,
  // Before outlet, credits and published-date: they read its parenthesis and date.
  dateline,
  // Before credits: the publisher named in the dateline is not a credit.
  outlet,
  credits,
  // Last of the anatomy: it reads header lines, the dateline and captions.
  publishedDate,
  // After the block kinds are known: quotations are read in the article's own blocks only.
  quotes,
  // After quotes: a cue inside a quotation is part of what was said, not an attribution.
  attribution,
  // After attribution: pronouns and titles resolve against the speakers of earlier claims.
  mergeSpeakerAliases,
  // After merging: further mentions are found by the merged names and aliases.
  speakers,
  // After published-date: relative phrases ("on Thursday") resolve against it.
  claimDates,
  // After the block kinds, claims and speakers: events are read in prose, inside claims, by speakers.
  events,
  // After events: an event inside a claim's content is reported, after "would" hypothetical.
  eventModality,
  // After events: participants are matched against the speakers.
  eventArguments,
  // After arguments: each event takes the date of its own clause; one named again at the same place shares it.
  eventDates
]
