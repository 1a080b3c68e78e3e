/**
 * Abbreviations after which a full stop does not end a sentence (lower-cased, without the stop).
 * Honorifics, military and civil ranks, months, and common Latin and business forms.
 */
export const abbreviations: readonly string[] = [
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'rev', 'fr', 'hon', 'messrs', 'mme', 'mlle',
  'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'cmdr', 'adm', 'sgt', 'cpl', 'pvt', 'brig', 'gov', 'sen', 'rep',
  'pres', 'supt', 'insp', 'amb', 'sec', 'atty', 'gov', 'del', 'no', 'nos', 'vol', 'art', 'para', 'approx', 'est',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'inc', 'ltd', 'co', 'corp', 'bros', 'dept', 'univ', 'assn', 'ave', 'blvd', 'rd',
  'etc', 'vs', 'viz', 'cf', 'al', 'e.g', 'i.e', 'a.m', 'p.m', 'u.s', 'u.k', 'u.n', 'u.s.a', 'e.u', 'd.c',
  // US states as news agencies abbreviate them ("of Dover, Md."), those that are no English word.
  'ala', 'ariz', 'calif', 'colo', 'conn', 'fla', 'kan', 'kans', 'ky', 'md', 'mich', 'minn', 'mont', 'neb', 'nev',
  'okla', 'tenn', 'vt', 'va', 'wis', 'wyo', 'n.h', 'n.j', 'n.m', 'n.y', 'n.c', 'n.d', 's.c', 's.d', 'r.i', 'w.va'
]
