/** An institution that news text quotes as a source. */
export interface InstitutionEntry {
  /** The usual name: `White House`, `United Nations`. */
  name: string
  /** Other names as printed: `UN`, `U.N.`, `Department of Defense`. */
  aliases: readonly string[]
  /** What it is: an organisation, or a place that stands for a government. */
  kind: 'organization' | 'government'
  /** ISO 3166-1 alpha-3 code of its country, or an organisation code (`UN`, `EU`, `NATO`), else null. */
  affiliation: string | null
}

/**
 * Institutions quoted by name in international news, with the country or body they belong
 * to, so that "White House" gives `USA` and "U.N." gives `UN`.
 */
export const institutions: readonly InstitutionEntry[] = [
  {name: 'United Nations', aliases: ['UN', 'U.N.', 'U.N', 'the UN', 'the U.N.', 'the United Nations'], kind: 'organization', affiliation: 'UN'},
  {name: 'UN Security Council', aliases: ['Security Council', 'UNSC', 'U.N. Security Council'], kind: 'organization', affiliation: 'UN'},
  {name: 'UN General Assembly', aliases: ['General Assembly', 'UNGA'], kind: 'organization', affiliation: 'UN'},
  {name: 'UNHCR', aliases: ['UN refugee agency', 'U.N. refugee agency'], kind: 'organization', affiliation: 'UN'},
  {name: 'UNICEF', aliases: [], kind: 'organization', affiliation: 'UN'},
  {name: 'World Health Organization', aliases: ['WHO'], kind: 'organization', affiliation: 'UN'},
  {name: 'World Food Programme', aliases: ['WFP'], kind: 'organization', affiliation: 'UN'},
  {name: 'International Atomic Energy Agency', aliases: ['IAEA'], kind: 'organization', affiliation: 'UN'},
  {name: 'OCHA', aliases: ['UN Office for the Coordination of Humanitarian Affairs'], kind: 'organization', affiliation: 'UN'},
  {name: 'NATO', aliases: ['North Atlantic Treaty Organization', 'Nato'], kind: 'organization', affiliation: 'NATO'},
  {name: 'European Union', aliases: ['EU', 'E.U.'], kind: 'organization', affiliation: 'EU'},
  {name: 'European Commission', aliases: [], kind: 'organization', affiliation: 'EU'},
  {name: 'African Union', aliases: ['AU'], kind: 'organization', affiliation: 'AU'},
  {name: 'Arab League', aliases: [], kind: 'organization', affiliation: 'Arab League'},
  {name: 'OPEC', aliases: [], kind: 'organization', affiliation: 'OPEC'},
  {name: 'International Monetary Fund', aliases: ['IMF'], kind: 'organization', affiliation: 'IMF'},
  {name: 'World Bank', aliases: [], kind: 'organization', affiliation: 'World Bank'},
  {name: 'International Committee of the Red Cross', aliases: ['ICRC', 'Red Cross'], kind: 'organization', affiliation: null},
  {name: 'Amnesty International', aliases: ['Amnesty'], kind: 'organization', affiliation: null},
  {name: 'Human Rights Watch', aliases: ['HRW'], kind: 'organization', affiliation: null},
  {name: 'White House', aliases: ['the White House'], kind: 'organization', affiliation: 'USA'},
  {name: 'Pentagon', aliases: ['the Pentagon', 'US Department of Defense', 'Department of Defense', 'Defense Department', 'DoD'], kind: 'organization', affiliation: 'USA'},
  {name: 'State Department', aliases: ['US State Department', 'U.S. State Department', 'Department of State'], kind: 'organization', affiliation: 'USA'},
  {name: 'National Security Council', aliases: ['NSC'], kind: 'organization', affiliation: 'USA'},
  {name: 'Central Intelligence Agency', aliases: ['CIA'], kind: 'organization', affiliation: 'USA'},
  {name: 'Federal Bureau of Investigation', aliases: ['FBI'], kind: 'organization', affiliation: 'USA'},
  {name: 'Department of Homeland Security', aliases: ['DHS', 'Homeland Security'], kind: 'organization', affiliation: 'USA'},
  {name: 'Justice Department', aliases: ['Department of Justice', 'DOJ'], kind: 'organization', affiliation: 'USA'},
  {name: 'Treasury Department', aliases: ['Treasury', 'US Treasury'], kind: 'organization', affiliation: 'USA'},
  {name: 'Congress', aliases: ['US Congress', 'U.S. Congress'], kind: 'organization', affiliation: 'USA'},
  {name: 'Capitol Hill', aliases: [], kind: 'organization', affiliation: 'USA'},
  {name: 'CENTCOM', aliases: ['Central Command', 'US Central Command', 'U.S. Central Command'], kind: 'organization', affiliation: 'USA'},
  {name: 'Kremlin', aliases: ['the Kremlin'], kind: 'government', affiliation: 'RUS'},
  {name: 'Downing Street', aliases: ['Number 10', 'No 10'], kind: 'government', affiliation: 'GBR'},
  {name: 'Foreign Office', aliases: ['Foreign, Commonwealth and Development Office', 'FCDO'], kind: 'organization', affiliation: 'GBR'},
  {name: 'Elysee', aliases: ['Élysée', 'Elysee Palace', 'Élysée Palace'], kind: 'government', affiliation: 'FRA'},
  {name: 'Bundestag', aliases: [], kind: 'organization', affiliation: 'DEU'},
  {name: 'Knesset', aliases: [], kind: 'organization', affiliation: 'ISR'},
  {name: 'Duma', aliases: ['State Duma'], kind: 'organization', affiliation: 'RUS'},
  {name: 'Reuters', aliases: [], kind: 'organization', affiliation: null},
  {name: 'Associated Press', aliases: ['AP', 'The Associated Press'], kind: 'organization', affiliation: null},
  {name: 'Agence France-Presse', aliases: ['AFP'], kind: 'organization', affiliation: null},
  {name: 'TASS', aliases: ['Tass', 'ITAR-TASS'], kind: 'organization', affiliation: 'RUS'},
  {name: 'RIA Novosti', aliases: ['RIA'], kind: 'organization', affiliation: 'RUS'},
  {name: 'Interfax', aliases: [], kind: 'organization', affiliation: 'RUS'},
  {name: 'Sputnik', aliases: [], kind: 'organization', affiliation: 'RUS'},
  {name: 'Xinhua', aliases: [], kind: 'organization', affiliation: 'CHN'},
  {name: 'SANA', aliases: [], kind: 'organization', affiliation: 'SYR'},
  {name: 'IRNA', aliases: [], kind: 'organization', affiliation: 'IRN'},
  {name: 'Anadolu', aliases: ['Anadolu Agency'], kind: 'organization', affiliation: 'TUR'},
  {name: 'Yonhap', aliases: [], kind: 'organization', affiliation: 'KOR'},
  {name: 'Kyodo', aliases: ['Kyodo News'], kind: 'organization', affiliation: 'JPN'},
  {name: 'Bloomberg', aliases: [], kind: 'organization', affiliation: null},
  {name: 'Wall Street Journal', aliases: ['WSJ', 'The Wall Street Journal'], kind: 'organization', affiliation: null},
  {name: 'New York Times', aliases: ['NYT', 'The New York Times', 'the Times'], kind: 'organization', affiliation: null},
  {name: 'Washington Post', aliases: ['The Washington Post', 'the Post'], kind: 'organization', affiliation: null},
  {name: 'CNN', aliases: [], kind: 'organization', affiliation: null},
  {name: 'BBC', aliases: [], kind: 'organization', affiliation: null},
  {name: 'Al Jazeera', aliases: ['Al-Jazeera'], kind: 'organization', affiliation: null},
  {name: 'Hezbollah', aliases: ['Hizbollah', 'Hizballah'], kind: 'organization', affiliation: 'LBN'},
  {name: 'Hamas', aliases: [], kind: 'organization', affiliation: 'PSE'},
  {name: 'Taliban', aliases: ['the Taliban'], kind: 'organization', affiliation: null},
  {name: 'Islamic State', aliases: ['ISIS', 'ISIL', 'IS', 'Daesh'], kind: 'organization', affiliation: null}
]

/**
 * Head words that make a capitalised phrase an organisation ("Italian Foreign Ministry",
 * "Regional Election Committees", "Wall Street Journal"), lower-cased.
 */
export const organizationHeads: readonly string[] = [
  'ministry', 'department', 'council', 'committee', 'committees', 'commission', 'agency', 'office', 'observatory',
  'forces', 'army', 'navy', 'air force', 'guard', 'guards', 'police', 'court', 'parliament', 'senate', 'congress',
  'assembly', 'party', 'front', 'movement', 'union', 'organization', 'organisation', 'association', 'coalition',
  'alliance', 'group', 'institute', 'center', 'centre', 'foundation', 'fund', 'bank', 'university', 'company',
  'corporation', 'corp', 'inc', 'ltd', 'service', 'services', 'authority', 'authorities', 'bureau', 'board',
  'cabinet', 'government', 'administration', 'embassy', 'mission', 'secretariat', 'network', 'journal', 'times',
  'post', 'news', 'press', 'tribune', 'herald', 'gazette', 'telegraph', 'guardian', 'review', 'channel', 'radio',
  'television', 'tv', 'broadcasting', 'watch', 'international', 'federation', 'brigade', 'brigades', 'corps',
  'command', 'directorate', 'crescent', 'cross', 'ministries', 'presidency', 'palace', 'campaign', 'club',
  'society', 'league', 'church', 'hospital', 'school', 'college', 'academy', 'daily', 'magazine', 'agencies',
  'monitor', 'defense', 'defence', 'house', 'kremlin', 'pentagon', 'police', 'prosecutors', 'tribunal',
  'firm', 'industries', 'group', 'partners', 'capital', 'media', 'networks', 'systems', 'foundation', 'trust',
  // Charities: "Christian Aid", "Islamic Relief".
  'aid', 'relief'
]

/**
 * Nouns that head a speaker phrase with no name ("the monitoring group", "aid groups",
 * "Turkish media", "unnamed French officials", "a source"), lower-cased, with the kind of
 * speaker they make: `group` for collectives, `anonymous` for unnamed people or bodies.
 */
export const speakerNouns: Readonly<Record<string, 'group' | 'anonymous'>> = {
  media: 'group', groups: 'group', activists: 'group', analysts: 'group', experts: 'group', observers: 'group',
  residents: 'group', witnesses: 'group', critics: 'group', lawmakers: 'group', protesters: 'group',
  protestors: 'group', rebels: 'group', militants: 'group', authorities: 'group', organizations: 'group',
  organisations: 'group', monitors: 'group', campaigners: 'group', researchers: 'group', scientists: 'group',
  economists: 'group', doctors: 'group', medics: 'group', villagers: 'group', locals: 'group',
  survivors: 'group', relatives: 'group', voters: 'group', supporters: 'group', opponents: 'group',
  leaders: 'group', democrats: 'group', republicans: 'group', police: 'group', investigators: 'group',
  prosecutors: 'group', officers: 'group', troops: 'group', forces: 'group', families: 'group',
  workers: 'group', parents: 'group', students: 'group', people: 'group', americans: 'group', polls: 'group',
  officials: 'anonymous', sources: 'anonymous', source: 'anonymous', official: 'anonymous',
  diplomats: 'anonymous', insiders: 'anonymous', insider: 'anonymous', spokesman: 'anonymous',
  spokeswoman: 'anonymous', spokesperson: 'anonymous', group: 'anonymous', watchdog: 'anonymous',
  monitor: 'anonymous', statement: 'anonymous', report: 'anonymous', poll: 'anonymous', survey: 'anonymous',
  study: 'anonymous', campaign: 'anonymous', ministry: 'anonymous', agency: 'anonymous', military: 'anonymous',
  army: 'anonymous', government: 'anonymous', administration: 'anonymous', committee: 'anonymous',
  organization: 'anonymous', organisation: 'anonymous', company: 'anonymous', aide: 'anonymous',
  person: 'anonymous', figure: 'anonymous', book: 'anonymous', indictment: 'anonymous', article: 'anonymous', editorial: 'anonymous', transcript: 'anonymous', affidavit: 'anonymous', analysis: 'anonymous', data: 'anonymous', figures: 'anonymous',
  members: 'group', staffers: 'group', advisers: 'group', advisors: 'group', aides: 'anonymous', allies: 'group',
  commission: 'anonymous', bank: 'anonymous', firm: 'anonymous', 
  newspaper: 'anonymous', paper: 'anonymous', magazine: 'anonymous', website: 'anonymous', clip: 'anonymous',
  ad: 'anonymous', spot: 'anonymous', video: 'anonymous', letter: 'anonymous', memo: 'anonymous',
  email: 'anonymous', lawsuit: 'anonymous', complaint: 'anonymous', document: 'anonymous', documents: 'anonymous',
  filing: 'anonymous', ruling: 'anonymous', release: 'anonymous', announcement: 'anonymous', tweet: 'anonymous',
  post: 'anonymous', surveys: 'group', studies: 'group', reports: 'group', court: 'anonymous',
  // Counts, findings and rules that state something: "according to the results", "… state law".
  // (statistics, records, estimates, research, tally and census are below.)
  results: 'group', findings: 'group', count: 'anonymous', law: 'anonymous', laws: 'group',
  judge: 'anonymous', department: 'anonymous', council: 'anonymous', office: 'anonymous', party: 'anonymous',
  network: 'anonymous', team: 'anonymous', union: 'anonymous', coalition: 'anonymous', alliance: 'anonymous',
  employees: 'group', contestants: 'group', executives: 'group', teachers: 'group',
  advocates: 'group', organizers: 'group', organisers: 'group', delegates: 'group', percent: 'group',
  respondents: 'group', brief: 'anonymous', veterans: 'group',
  charity: 'anonymous', charities: 'group', station: 'anonymous', retailer: 'anonymous', airline: 'anonymous',
  insurer: 'anonymous', lender: 'anonymous', manufacturer: 'anonymous', carmaker: 'anonymous', club: 'anonymous',
  giant: 'anonymous', conglomerate: 'anonymous', chain: 'anonymous',
  // Bodies in the plural: "European firms have protested that …".
  firms: 'group', companies: 'group', banks: 'group', businesses: 'group', carmakers: 'group', airlines: 'group',
  retailers: 'group', insurers: 'group', lenders: 'group', manufacturers: 'group', unions: 'group',
  governments: 'group', countries: 'group', nations: 'group', ministries: 'group', newspapers: 'group',
  clubs: 'group', teams: 'group', parties: 'group', stations: 'group', agencies: 'group', institutions: 'group',
  women: 'group', men: 'group', citizens: 'group', fans: 'group', readers: 'group',
  statistics: 'anonymous', records: 'anonymous', estimates: 'anonymous', research: 'anonymous',
  journal: 'anonymous', tally: 'anonymous', census: 'anonymous', calculations: 'anonymous',
  someone: 'anonymous', somebody: 'anonymous',
  // A record of a call, a life told by its subject, a body that studies or publishes, and those
  // who were there or know someone.
  readout: 'anonymous', memoir: 'anonymous', institute: 'anonymous', outlet: 'anonymous', attendee: 'anonymous',
  attendees: 'group', friend: 'anonymous', friends: 'group'
}

/**
 * Words that mark a speaker phrase as deliberately unnamed: "unnamed US officials", "an
 * official who spoke on condition of anonymity", lower-cased.
 */
export const anonymityMarkers: readonly string[] = ['unnamed', 'anonymous', 'unidentified', 'undisclosed', 'anonymity']

/**
 * Nouns for a text or a body of figures that reports something ("a report", "court documents",
 * "figures"), lower-cased. "According to a report by the agency": the one who wrote it is the source.
 */
export const documentNouns: readonly string[] = [
  'report', 'reports', 'statement', 'study', 'studies', 'survey', 'surveys', 'poll', 'polls', 'data', 'figures',
  'statistics', 'records', 'estimate', 'estimates', 'research', 'journal', 'account', 'accounts', 'testimony',
  'tally', 'census', 'forecast', 'projections', 'calculations', 'complaint', 'lawsuit', 'filing', 'document',
  'documents', 'memo', 'letter', 'email', 'analysis', 'book', 'article', 'editorial', 'transcript', 'affidavit',
  'indictment', 'release', 'announcement', 'tweet', 'post', 'video', 'clip', 'ad', 'ruling', 'brief', 'findings',
  // Counts and rules that state something: "according to the results", "according to state law".
  'results', 'count', 'law', 'laws',
  // Texts that sum up a meeting or tell a life: "according to a readout of the call".
  'summary', 'readout', 'memoir', 'biography'
]
