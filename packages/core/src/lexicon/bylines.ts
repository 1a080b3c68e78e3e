import {articles, monthAbbreviations, months, weekdays} from './function-words.js'

/**
 * Words that a byline line carries besides names (roles, desks, labels): `Staff`,
 * `Correspondent`, `Published`. A byline token in this list is never part of an author's name.
 */
export const bylineNonNames: readonly string[] = [
  'staff', 'reporter', 'reporters', 'writer', 'writers', 'correspondent', 'correspondents', 'editor', 'editors', 'desk',
  'team', 'bureau', 'agency', 'agencies', 'news', 'newsroom', 'online', 'web', 'digital', 'contributor', 'contributors',
  'columnist', 'special', 'senior', 'chief', 'foreign', 'political', 'diplomatic', 'defence', 'defense', 'security',
  'investigations', 'investigative', 'associate', 'deputy', 'managing', 'our', ...articles, 'and', 'by', 'email',
  'e-mail', 'author', 'authors', 'read', 'more', 'min', 'mins', 'minute', 'minutes', 'published', 'updated', 'posted',
  'last', 'share', 'follow', 'comments', 'comment', 'opinion', 'analysis', 'report', 'reports', 'reporting', 'wire',
  'wires', 'services', 'service', 'press', 'admin', 'administrator', 'guest', 'anonymous', 'unknown', 'international',
  'today', 'yesterday', 'am', 'pm', 'gmt', 'utc', 'est', 'edt', 'pst', 'bst', 'ist', 'pkt', 'in', 'from', 'at', 'on', 'with',
  ...months, ...monthAbbreviations, ...weekdays, 'photo', 'photos', 'video', 'image', 'images', 'getty',
  'contact', 'twitter', 'facebook', 'view', 'profile', 'all', 'articles', 'posts', 'story', 'stories'
]
