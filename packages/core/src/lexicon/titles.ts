/**
 * Nouns that name a person's role ("minister", "spokesman", "ambassador"), lower-cased.
 * A phrase made of these and their modifiers, with no name after it, is a title-only
 * mention ("the diplomat", "the Polish Ambassador to the UN") that stands for a person.
 */
export const titleNouns: readonly string[] = [
  'president', 'president-elect', 'vice-president', 'premier', 'chancellor', 'minister', 'ministers',
  'secretary', 'secretary-general', 'undersecretary', 'under-secretary', 'spokesman', 'spokeswoman',
  'spokesperson', 'spokesmen', 'spokeswomen', 'spokespeople', 'envoy', 'envoys', 'ambassador', 'ambassadors',
  'diplomat', 'diplomats', 'official', 'officials', 'officer', 'officers', 'coordinator', 'representative',
  'senator', 'congressman', 'congresswoman', 'lawmaker', 'lawmakers', 'legislator', 'governor', 'mayor',
  'chairman', 'chairwoman', 'chairperson', 'chair', 'chief', 'head', 'director', 'director-general',
  'commander', 'commander-in-chief', 'general', 'colonel', 'lieutenant', 'major', 'captain', 'admiral',
  'sergeant', 'marshal', 'brigadier', 'king', 'queen', 'prince', 'princess', 'crown prince', 'emir', 'sheikh',
  'sultan', 'ayatollah', 'pope', 'cardinal', 'bishop', 'archbishop', 'patriarch', 'imam', 'rabbi', 'cleric',
  'judge', 'justice', 'attorney', 'attorney-general', 'lawyer', 'prosecutor', 'counsel', 'adviser', 'advisor',
  'aide', 'analyst', 'expert', 'researcher', 'professor', 'economist', 'scientist', 'doctor', 'physician',
  'member', 'leader', 'founder', 'co-founder', 'ceo', 'executive', 'manager', 'candidate', 'nominee', 'deputy',
  'assistant', 'commissioner', 'inspector', 'superintendent', 'sheriff', 'speaker', 'whip', 'delegate',
  'negotiator', 'mediator', 'observer', 'monitor', 'correspondent', 'reporter', 'editor', 'journalist',
  'columnist', 'activist', 'campaigner', 'consul', 'attache', 'attaché', 'counselor', 'counsellor',
  'rapporteur', 'strategist', 'pollster', 'owner', 'partner', 'principal', 'dean', 'provost', 'chaplain',
  'mufti', 'emissary', 'administrator', 'controller', 'comptroller', 'treasurer', 'auditor', 'regulator',
  'militant', 'fighter', 'commentator', 'host', 'anchor', 'surgeon', 'nurse', 'medic', 'witness', 'resident',
  'announcer', 'narrator', 'businessman', 'businesswoman', 'billionaire', 'mogul', 'widow', 'widower',
  'veteran', 'woman', 'man', 'girl', 'boy', 'hopeful', 'challenger', 'incumbent', 'co-chair', 'co-chairman',
  'co-editor', 'novelist', 'author', 'writer', 'historian', 'pastor', 'priest', 'agent', 'detective',
  'trooper', 'soldier', 'marine', 'pilot', 'employee', 'worker', 'farmer', 'protester', 'demonstrator',
  'supporter', 'critic', 'opponent', 'ally', 'friend', 'neighbor', 'neighbour', 'architect', 'contestant',
  'teacher', 'student', 'voter', 'father', 'mother', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister',
  'mp', 'mep', 'msp', 'peer', 'councillor', 'councilor', 'alderman', 'backbencher',
  'speechwriter', 'pundit', 'consultant', 'operative', 'surrogate', 'staffer', 'donor', 'lobbyist', 'organizer',
  'organiser', 'volunteer',
  // Sport: players by position, and the people around them.
  'player', 'midfielder', 'striker', 'defender', 'goalkeeper', 'winger', 'fly-half', 'scrum-half',
  'flanker', 'full-back', 'skipper', 'coach', 'boss', 'referee', 'umpire', 'athlete', 'sprinter',
  'boxer', 'golfer', 'cyclist', 'swimmer', 'jockey', 'batsman', 'bowler', 'quarterback', 'pitcher',
  // Arts, entertainment and business.
  'singer', 'dj', 'actor', 'actress', 'musician', 'rapper', 'comedian', 'presenter', 'broadcaster', 'producer',
  'film-maker', 'filmmaker', 'artist', 'designer', 'chef', 'guitarist', 'drummer', 'frontman', 'composer',
  'entrepreneur', 'investor', 'banker', 'trader', 'engineer', 'programmer', 'developer',
  // A party's member, before a name ("Tory Liam Fox") or alone ("the Republican said").
  'tory', 'conservative', 'liberal', 'democrat', 'republican',
  'frenchman', 'frenchwoman', 'englishman', 'englishwoman', 'irishman', 'irishwoman', 'scotsman', 'scotswoman',
  'welshman', 'welshwoman', 'dutchman', 'dutchwoman', 'briton', 'spaniard', 'countryman', 'countrywoman',
  'mr', 'mrs', 'ms', 'dr'
]

/**
 * Words that modify a title ("Deputy", "Permanent", "Foreign", "Middle East"), lower-cased, so
 * that "Polish UN Deputy Permanent Representative Jan …" splits into a title and a name.
 */
export const titleModifiers: readonly string[] = [
  'deputy', 'acting', 'interim', 'former', 'ex', 'senior', 'junior', 'special', 'permanent', 'foreign', 'defense',
  'defence', 'interior', 'finance', 'health', 'justice', 'economy', 'economic', 'trade', 'energy', 'education',
  'environment', 'agriculture', 'information', 'culture', 'transport', 'labour', 'labor', 'state', 'national',
  'security', 'middle', 'east', 'west', 'north', 'south', 'central', 'top', 'vice', 'assistant', 'executive',
  'press', 'emergency', 'relief', 'humanitarian', 'military', 'first', 'second', 'prime', 'general', 'chief',
  'supreme', 'high', 'lead', 'principal', 'associate', 'political', 'regional', 'local', 'federal',
  'provincial', 'district', 'party', 'opposition', 'majority', 'minority', 'house', 'senate', 'white',
  'affairs', 'home', 'internal', 'external', 'international', 'public', 'civil', 'armed', 'forces', 'staff',
  'joint', 'news', 'media', 'communications', 'policy',
  'intelligence', 'counterterrorism', 'counter-terrorism', 'rights', 'human', 'nuclear', 'arms', 'control',
  'development', 'aid', 'peace', 'envoy', 'coordinator', 'department', 'ministry', 'council', 'office',
  // Parties before a title or a name: "Democratic senator …", "Green MSP …".
  'democratic', 'gop', 'snp', 'green',
  // The opposition's spokespeople in Westminster systems: "shadow chancellor".
  'shadow'
]

/**
 * Honorifics and abbreviated ranks written before a name, lower-cased without the stop:
 * `Mr`, `Dr`, `Sen.`, `Gen.`.
 */
export const honorifics: readonly string[] = [
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'rev', 'fr', 'sen', 'rep', 'gov',
  'gen', 'col', 'lt', 'capt', 'maj', 'sgt', 'adm', 'cmdr', 'pres', 'amb', 'hon', 'sheikh', 'imam', 'rabbi', 'del'
]

/**
 * Generic role nouns that a title-only mention may use for any person of a narrower role
 * ("the diplomat" for an ambassador, "the official" for anyone with a post): lower-cased
 * generic noun → the role nouns it covers (empty: any titled person).
 */
export const roleHypernyms: Readonly<Record<string, readonly string[]>> = {
  diplomat: ['ambassador', 'envoy', 'consul', 'minister', 'diplomat', 'attache', 'attaché', 'representative', 'negotiator'],
  official: [],
  spokesman: ['spokesman', 'spokeswoman', 'spokesperson'],
  spokeswoman: ['spokesman', 'spokeswoman', 'spokesperson'],
  spokesperson: ['spokesman', 'spokeswoman', 'spokesperson'],
  minister: ['minister', 'secretary'],
  envoy: ['envoy', 'ambassador', 'representative'],
  leader: [],
  politician: [],
  lawmaker: ['senator', 'congressman', 'congresswoman', 'lawmaker', 'legislator', 'representative'],
  commander: ['commander', 'general', 'colonel', 'admiral', 'chief']
}

/**
 * Role words and honorifics that give a person's gender ("Congresswoman Dean", "the king",
 * "Ms Ruiz"), lower-cased: the pronoun that stands for the person agrees with it.
 */
export const genderedRoles: {readonly female: readonly string[]; readonly male: readonly string[]} = {
  female: [
    'ms', 'mrs', 'miss', 'lady', 'dame', 'baroness', 'madam', 'madame', 'mme', 'queen', 'princess', 'duchess', 'countess',
    'empress', 'spokeswoman', 'chairwoman', 'congresswoman', 'councilwoman', 'assemblywoman', 'businesswoman',
    'actress', 'widow', 'woman', 'girl', 'mother', 'daughter', 'wife', 'sister', 'grandmother',
    'aunt', 'niece', 'sportswoman', 'frenchwoman', 'englishwoman', 'irishwoman', 'scotswoman', 'welshwoman',
    'dutchwoman', 'countrywoman', 'policewoman', 'nun', 'stepmother', 'girlfriend'
  ],
  male: [
    'mr', 'sir', 'lord', 'baron', 'monsieur', 'king', 'prince', 'duke', 'emperor', 'spokesman', 'chairman',
    'congressman', 'councilman', 'assemblyman', 'businessman', 'widower', 'man', 'boy', 'father', 'son', 'husband',
    'brother', 'grandfather', 'uncle', 'nephew', 'sportsman', 'frenchman', 'englishman', 'irishman', 'scotsman',
    'welshman', 'dutchman', 'countryman', 'policeman', 'monk', 'stepfather', 'boyfriend', 'frontman', 'pope', 'sheikh',
    'imam', 'ayatollah', 'sultan', 'emir'
  ]
}
