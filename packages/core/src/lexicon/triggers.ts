/**
 * PLOVER event triggers: the English verbs, event nouns and phrases that name each of the 16
 * PLOVER event types, with the light context rules that keep their other senses out
 * ("heart attack", "he talks about", "a great deal", "released a statement").
 *
 * Data only. The `events` stage inflects every verb (attack → attacks, attacked, attacking) and
 * pluralises every noun (airstrike → airstrikes), then compiles the whole list once.
 */

/** The 16 event types of the PLOVER ontology (the same names as the schema's `PloverType`). */
export type PloverTypeName =
  | 'AGREE'
  | 'CONSULT'
  | 'SUPPORT'
  | 'CONCEDE'
  | 'COOPERATE'
  | 'AID'
  | 'RETREAT'
  | 'REQUEST'
  | 'ACCUSE'
  | 'REJECT'
  | 'THREATEN'
  | 'PROTEST'
  | 'SANCTION'
  | 'MOBILIZE'
  | 'COERCE'
  | 'ASSAULT'

/** The four quad classes that event data aggregates PLOVER types into. */
export type QuadClass = 'verbal-cooperation' | 'material-cooperation' | 'verbal-conflict' | 'material-conflict'

/**
 * The quad class of each PLOVER type: cooperation or conflict, said or done.
 *
 * @example
 * ploverQuadClass.ACCUSE // 'verbal-conflict'
 * ploverQuadClass.AID // 'material-cooperation'
 */
export const ploverQuadClass: Readonly<Record<PloverTypeName, QuadClass>> = {
  AGREE: 'verbal-cooperation',
  CONSULT: 'verbal-cooperation',
  SUPPORT: 'verbal-cooperation',
  CONCEDE: 'material-cooperation',
  COOPERATE: 'material-cooperation',
  AID: 'material-cooperation',
  RETREAT: 'material-cooperation',
  REQUEST: 'verbal-conflict',
  ACCUSE: 'verbal-conflict',
  REJECT: 'verbal-conflict',
  THREATEN: 'verbal-conflict',
  PROTEST: 'material-conflict',
  SANCTION: 'material-conflict',
  MOBILIZE: 'material-conflict',
  COERCE: 'material-conflict',
  ASSAULT: 'material-conflict'
}

/**
 * One trigger: a verb (every inflection), a noun (singular and plural) or a fixed phrase, with
 * the context it needs. Words in context lists are lower case and compared with the
 * neighbouring word (possessive `'s` removed).
 */
export interface TriggerEntry {
  /** The PLOVER type the trigger names. */
  type: PloverTypeName
  /**
   * A verb lemma, optionally with its particle or preposition: `attack`, `gun down`, `call on`.
   * Irregular forms follow a bar, as `lemma|past|participle`: `send|sent|sent`. A trailing `+`
   * doubles the final consonant (`expel+` → `expelled`, `expelling`).
   */
  verb?: string
  /** A noun lemma (`airstrike`), or a plural-only noun marked with `*` (`talks*`), or a phrase. */
  noun?: string
  /**
   * The trigger names the event only with one of these words as the head of what follows it,
   * within a few words and before the clause ends: `send` needs `troops`, `provide` needs `aid`.
   */
  object?: readonly string[]
  /** Only when the next word is one of these: `intervened` + `with`, `militarily`. */
  next?: readonly string[]
  /** Not when the next word is one of these: `attack line`, `backed down`. */
  notNext?: readonly string[]
  /** Not when the word before is one of these: `heart attack`, `the accused`. */
  notPrevious?: readonly string[]
  /** Only when one of these words stands among the three words before: a `violent` clash. */
  previous?: readonly string[]
  /** Not when one of these words follows within the clause: `released a statement`, `supported by evidence`. */
  notObject?: readonly string[]
  /** Not when one of these words stands in the few words before the verb: "a drought has killed crops". */
  notSubject?: readonly string[]
  /**
   * Only when one of these words stands in the few words before the verb, as its subject: a
   * bomb "went off", an alarm did not.
   */
  subject?: readonly string[]
  /** Not when "with" and one of these words follow at once: "met with criticism". */
  notWith?: readonly string[]
  /**
   * A consequence rather than the act (`killed`, `wounded`): it yields to another trigger of
   * the same type in the same sentence, which names the act.
   */
  secondary?: boolean
  /**
   * The verb forms that can name the event, when not all can: `stormed` is an assault, `storms`
   * are weather. `ed` stands for the past and the participle.
   */
  forms?: ReadonlyArray<'base' | 's' | 'ed' | 'ing'>
  /**
   * Another type when the object is one of these words: "attacked the decision" is a verbal
   * attack (`ACCUSE`), not an assault. Several are tried in order.
   */
  retype?: Retype | readonly Retype[]
  /**
   * An agreement noun (`deal`, `agreement`) that names an event only as the object of a verb
   * that makes one (`reached a deal`, `signed an agreement`); the verb is then the trigger.
   */
  madeBy?: readonly string[]
}

// Words that, after a trigger noun, make it a modifier of another noun rather than an event:
// "airstrike support", "attack helicopter", "aid workers".
/** Nouns that turn a preceding trigger noun into a modifier ("attack helicopter", "aid workers", "the drone attack claim"). */
export const modifierHeads: readonly string[] = [
  'support', 'capability', 'capabilities', 'capacity', 'aircraft', 'helicopter', 'helicopters', 'jet', 'jets',
  'plane', 'planes', 'drone', 'drones', 'line', 'lines', 'team', 'teams', 'unit', 'units', 'dog', 'dogs',
  'warning', 'warnings', 'shelter', 'shelters', 'victim', 'victims', 'survivor', 'survivors', 'zone', 'zones',
  'worker', 'workers', 'agency', 'agencies', 'group', 'groups', 'convoy', 'convoys', 'organisation',
  'organization', 'organisations', 'organizations', 'official', 'officials', 'site', 'sites', 'route', 'routes',
  'regime', 'list', 'lists', 'policy', 'policies', 'package', 'budget', 'vector', 'vectors', 'surface', 'ad', 'ads',
  'leader', 'leaders', 'movement', 'movements', 'organiser', 'organizer', 'organisers', 'organizers', 'table', 'process',
  'mode', 'force', 'forces', 'flights', 'flight', 'access', 'deliveries', 'delivery', 'corridor', 'corridors',
  'agreement', 'agreements', 'deal', 'deals', 'accord', 'talks', 'negotiations', 'violation', 'violations', 'monitors',
  'monitoring', 'proposal', 'proposals', 'plan', 'terms', 'mechanism', 'claim', 'claims'
]

// What rises and falls in markets: "the dollar rallied" is no protest.
const markets = ['dollar', 'euro', 'pound', 'sterling', 'yen', 'yuan', 'rouble', 'ruble', 'rupee', 'currency', 'currencies', 'shares', 'stocks', 'stock', 'market', 'markets', 'prices', 'price', 'index', 'indices', 'oil', 'bonds', 'gold', 'dow', 'nasdaq', 'ftse', 'nikkei', 'futures']

// Natural disasters also strike.
const disasters = ['earthquake', 'quake', 'storm', 'hurricane', 'typhoon', 'cyclone', 'tsunami', 'lightning', 'disaster', 'tragedy', 'virus', 'pandemic', 'crisis', 'flood', 'floods', 'drought', 'famine', 'tornado', 'illness', 'disease', 'fire', 'recession']
const agreements = ['deal', 'agreement', 'accord', 'pact', 'treaty', 'compromise', 'truce', 'ceasefire', 'bargain', 'arrangement', 'settlement']

// The verbs that make an agreement, for `madeBy`: "reached a deal", "signed an accord".
const makeAgreement = ['reach', 'reached', 'reaches', 'reaching', 'strike', 'struck', 'strikes', 'striking', 'seal', 'sealed', 'seals', 'sealing', 'sign', 'signed', 'signs', 'signing', 'clinch', 'clinched', 'clinches', 'clinching', 'conclude', 'concluded', 'concludes', 'concluding', 'broker', 'brokered', 'brokers', 'brokering', 'finalise', 'finalised', 'finalize', 'finalized', 'hammer', 'hammered']

// What a publication, a speech or a finding is: released, delivered or supported in senses that are not events.
const publications = ['statement', 'statements', 'report', 'reports', 'video', 'videos', 'footage', 'album', 'albums', 'film', 'films', 'book', 'books', 'song', 'single', 'data', 'figures', 'details', 'results', 'document', 'documents', 'photo', 'photos', 'photograph', 'photographs', 'image', 'images', 'picture', 'pictures', 'transcript', 'recording', 'information', 'findings', 'update', 'version', 'trailer', 'game', 'app', 'software', 'schedule', 'list', 'poll', 'survey', 'study', 'communique', 'communiqué', 'memoir', 'speech', 'address', 'remarks', 'lecture', 'sermon', 'verdict', 'message', 'blow', 'performance', 'baby', 'evidence', 'research', 'analysis', 'theory', 'claim', 'claims', 'argument', 'arguments', 'view', 'views', 'hypothesis', 'documents', 'testimony', 'statistics', 'record', 'records']

// Weapons that destroy what they hit, as the subject of "destroyed", and that someone set or
// fired: no car or truck, which crashes too.
export const weaponSubjects: readonly string[] = ['bomb', 'bombs', 'device', 'devices', 'explosive', 'explosives', 'ied', 'ieds', 'grenade', 'grenades', 'rocket', 'rockets', 'shell', 'shells', 'missile', 'missiles', 'mortar', 'mortars']
// Explosive devices: what explodes, goes off or is set off in an attack.
const explosives = ['bomb', 'bombs', 'device', 'devices', 'explosive', 'explosives', 'ied', 'ieds', 'grenade', 'grenades', 'mine', 'mines', 'landmine', 'landmines', 'charge', 'charges', 'vest', 'vests', 'belt', 'belts', 'car', 'truck', 'rocket', 'rockets', 'shell', 'shells', 'missile', 'missiles', 'mortar', 'mortars', 'bomber', 'bombers', 'detonator', 'dynamite', 'tnt', 'semtex', 'cooker', 'cookers', 'booby-trap', 'blast', 'blasts', 'explosion', 'explosions']
// What else explodes or blasts in news: a gas leak, a market, a number, a star.
const notAttackBlasts = ['gas', 'boiler', 'population', 'data', 'sonic', 'solar', 'supernova', 'cold', 'arctic', 'polar', 'big', 'cambrian', 'sales', 'demand', 'prices', 'costs', 'price', 'cost', 'anger', 'debate', 'scandal', 'row', 'star', 'stars', 'volcano', 'volcanic', 'reactor', 'engine', 'tyre', 'tire', 'battery', 'canister', 'canisters', 'cylinder', 'cylinders', 'firework', 'fireworks', 'pipeline', 'factory', 'chemical', 'industrial', 'mine', 'methane', 'dust', 'steam', 'growth', 'info', 'information', 'media', 'social', 'internet', 'digital']

// People who demonstrate.
const protesters = ['protesters', 'protestors', 'demonstrators', 'rioters', 'marchers']
// What grows fast, and is said to explode: "broadband use has exploded", "an explosion in podcasting".
const growing = ['number', 'numbers', 'popularity', 'use', 'usage', 'interest', 'music', 'broadband', 'gadget', 'gadgets', 'content', 'technology', 'innovation', 'consumer', 'podcasting', 'spending', 'debt', 'investment', 'membership', 'downloads', 'traffic', 'growth', 'creativity']
// Attacks on computers and networks: "a denial of service attack", "phishing attacks".
const cyber = ['service', 'denial-of-service', 'phishing', 'ddos', 'dos', 'virus', 'spam', 'spyware', 'malware', 'ransomware', 'worm', 'net', 'cyber', 'hacker', 'hackers', 'hacking', 'computer', 'network', 'internet', 'online', 'web', 'email', 'e-mail', 'software']

// Who or what is released or freed when that is a concession.
const captives = ['prisoners', 'prisoner', 'hostages', 'hostage', 'detainees', 'detainee', 'captives', 'captive', 'him', 'her', 'them', 'activists', 'activist', 'journalist', 'journalists', 'soldiers', 'soldier', 'sailors', 'fishermen', 'crew', 'civilians', 'suspects', 'dissidents', 'dissident', 'opposition', 'custody', 'prison', 'jail', 'detention', 'bail', 'captivity', 'pows', 'inmates', 'militants', 'members', 'leader', 'leaders', 'officers', 'nationals', 'citizens', 'people', 'men', 'women', 'children', 'tourists', 'students', 'workers', 'reporters', 'protesters', 'demonstrators', 'migrants']

// What a vow threatens: "vowed to retaliate" is a threat, not an agreement.
// A prayer is no request between actors: "I ask God to have mercy".
const deities = ['god', 'allah', 'lord', 'heaven', 'jesus', 'christ']
// People who can be executed or taken captive: "executed two prisoners", "he was captured".
const people = ['prisoners', 'prisoner', 'civilians', 'hostages', 'hostage', 'soldiers', 'soldier', 'men', 'man', 'woman', 'women', 'people', 'captives', 'detainees', 'him', 'her', 'them', 'he', 'she', 'they', 'suspect', 'suspects', 'militant', 'militants', 'fighters', 'fighter', 'rebels', 'rebel', 'gunman', 'gunmen', 'commander', 'commanders', 'leader', 'leaders', 'members', 'activists', 'journalist', 'journalists', 'protesters', 'opponents', 'dissidents', 'spies', 'spy', 'deserters', 'insurgents', 'bomber', 'bombers', 'fugitive']
const reprisals = ['retaliate', 'retaliation', 'revenge', 'avenge', 'punish', 'crush', 'destroy', 'annihilate', 'eliminate', 'wipe', 'respond', 'strike', 'attack', 'fight', 'hit', 'invade', 'bomb', 'kill', 'defeat', 'eradicate']

const troops = ['troops', 'soldiers', 'forces', 'force', 'warships', 'warship', 'ships', 'jets', 'fighter', 'fighters', 'aircraft', 'reinforcements', 'marines', 'personnel', 'units', 'battalion', 'battalions', 'brigade', 'brigades', 'tanks', 'carrier', 'carriers', 'paratroopers', 'submarine', 'submarines', 'contingent', 'peacekeepers', 'police', 'army', 'navy', 'bombers', 'destroyers', 'frigates', 'missiles', 'vessels', 'military', 'armour', 'armor', 'artillery', 'mercenaries', 'advisers', 'advisors', 'commandos', 'guardsmen']

const aidGoods = ['aid', 'support', 'assistance', 'weapons', 'arms', 'ammunition', 'funding', 'funds', 'money', 'loans', 'loan', 'grant', 'grants', 'training', 'equipment', 'supplies', 'food', 'medicine', 'medicines', 'medical', 'shelter', 'relief', 'help', 'backing', 'cover', 'protection', 'vaccines', 'fuel', 'water', 'tents', 'blankets', 'air', 'financing', 'credit', 'subsidies', 'munitions', 'missiles', 'rifles', 'tanks', 'jets', 'drones', 'systems', 'intelligence']

// What is met in a match ("met the cross with a header") or granted ("her wish could be met") is no meeting.
const meetingNotObjects = ['cross', 'crosses', 'ball', 'pass', 'corner', 'header', 'free-kick', 'wish', 'wishes', 'rule', 'rules', 'pledge', 'pledges', 'promise', 'promises', 'commitment', 'commitments', 'obligation', 'bill', 'bills', 'payment', 'payments', 'golden', 'fiscal', 'expectations', 'requirements', 'requirement', 'demand', 'demands', 'need', 'needs', 'target', 'targets', 'criteria', 'criterion', 'standard', 'standards', 'deadline', 'deadlines', 'goal', 'goals', 'objective', 'objectives', 'aim', 'aims', 'benchmark', 'benchmarks', 'costs', 'bills', 'conditions', 'condition', 'death', 'fate', 'end', 'threshold', 'quota', 'obligations', 'costs', 'cost', 'challenge', 'challenges']
// Family and friends, whom one visits in private.
const kin = ['son', 'sons', 'daughter', 'daughters', 'family', 'families', 'relatives', 'relative', 'parents', 'mother', 'father', 'mom', 'dad', 'sister', 'sisters', 'brother', 'brothers', 'wife', 'husband', 'grandparents', 'grandmother', 'grandfather', 'grandchildren', 'children', 'friend', 'friends', 'girlfriend', 'boyfriend', 'cousin', 'cousins', 'aunt', 'uncle', 'in-laws']
// How something is received: "met with criticism", not a meeting with a group.
const reactions = ['criticism', 'resistance', 'opposition', 'skepticism', 'scepticism', 'approval', 'disapproval', 'success', 'derision', 'silence', 'applause', 'outrage', 'anger', 'protests', 'hostility', 'indifference', 'suspicion', 'disbelief', 'alarm', 'dismay', 'praise', 'acclaim', 'enthusiasm', 'scorn', 'ridicule', 'laughter', 'jeers', 'boos', 'cheers', 'resistance', 'force', 'violence', 'tear']

// What a verbal attack or criticism is aimed at: "attacked the plans", "attacked Labour's pledges".
const discourse = ['plan', 'plans', 'decision', 'decisions', 'proposal', 'proposals', 'policy', 'policies', 'pledge', 'pledges', 'remarks', 'remark', 'comments', 'comment', 'statement', 'statements', 'record', 'way', 'stance', 'idea', 'ideas', 'report', 'budget', 'bill', 'law', 'laws', 'move', 'moves', 'feud', 'speech', 'approach', 'handling', 'response', 'claims', 'claim', 'strategy', 'manifesto', 'campaign', 'views', 'attitude', 'failure', 'failures', 'lack', 'decision', 'ruling', 'reforms', 'changes', 'tactics', 'language', 'rhetoric', 'performance', 'leadership', 'spending', 'cuts', 'scheme', 'schemes', 'system', 'figures', 'verdict', 'legislation', 'package', 'rules', 'regulation', 'regulations', 'measures', 'measure', 'deal', 'agreement', 'treaty', 'tax', 'taxes', 'reform', 'reforms', 'article', 'book', 'film', 'media', 'press', 'critics', 'opponents', 'rival', 'rivals', 'cost', 'record', 'handling', 'government\'s', 'words', 'character', 'credibility', 'integrity', 'reputation', 'testimony', 'tweets', 'agenda', 'candidacy']

// Causes that are nobody's act: markets, prices, the weather.
const marketCauses = ['prices', 'price', 'costs', 'cost', 'rates', 'rate', 'dollar', 'euro', 'pound', 'yen', 'currency', 'inflation', 'growth', 'demand', 'sales', 'payout', 'economy', 'downturn', 'weather', 'fuel', 'oil', 'competition', 'injury', 'injuries']

// What politicians clash with or over: "clashed with ministers over tuition fees".
const verbalClash = [...discourse, 'ministers', 'mps', 'colleagues', 'fees', 'spend']
// Those who clash by force: "rebels clashed with troops".
const armedSides = ['police', 'troops', 'forces', 'army', 'armies', 'powers', 'soldiers', 'militants', 'rebels', 'fighters', 'gunmen', 'insurgents', 'militia', 'militias', 'militiamen', 'guerrillas', 'jihadists', 'gangs', 'tribesmen', 'youths', 'mob', 'mobs', 'rioters', 'protesters', 'protestors', 'demonstrators', 'marchers', 'officers', 'security', 'guards', 'settlers']
// Words that name a clash's violence: "sectarian clashes", "a violent clash".
const violentClashes = ['violent', 'armed', 'heavy', 'deadly', 'bloody', 'fierce', 'sectarian', 'ethnic', 'tribal', 'communal', 'border', 'street', 'gun', 'military', 'fatal', 'intense', 'sporadic']
// Words that make a clash one of words: "a verbal clash", "a policy clash".
const verbalClashes = ['verbal', 'political', 'commons', 'pledge', 'policy', 'tax', 'personality']
// Fixtures of sport: "the Six Nations clash with Wales", "a second round clash".
const fixtures = ['league', 'nations', 'cup', 'round', 'singles', 'doubles', 'crunch', 'table', 'top-of-the-table', 'derby', 'semi-final', 'quarter-final', 'final', 'fixture', 'premiership', 'championship', 'stadium', 'title', 'group']
// A clash of protesters is a violent protest; one over what politicians argue about, a verbal conflict.
const clashRetypes: readonly Retype[] = [{type: 'PROTEST', previous: protesters}, {type: 'ACCUSE', object: verbalClash}]

const adverbs = ['also', 'often', 'always', 'rarely', 'never', 'still', 'only', 'even', 'just', 'usually', 'sometimes', 'seldom', 'now', 'then', 'frequently', 'constantly', 'openly', 'freely', 'repeatedly']
const subjectPronouns = ['he', 'she', 'it', 'who', 'one', 'which', 'that', 'everyone', 'everybody', 'nobody', 'someone', 'somebody', 'anyone', 'anybody', 'no-one']

/** Another type for a trigger, by its object or the word before it. */
export interface Retype {
  /** The type taken instead. */
  type: PloverTypeName
  /** Heads of the object (or, for a passive, of the subject) that call for it. */
  object?: readonly string[]
  /** Words right before the trigger that call for it. */
  previous?: readonly string[]
}

/** The built-in triggers, by type. */
export const triggers: readonly TriggerEntry[] = [
  // ASSAULT: use of conventional force and violence.
  {type: 'ASSAULT', verb: 'attack', notPrevious: ['heart', 'panic', 'asthma', 'anxiety', 'shark', 'dog', ...cyber], retype: {type: 'ACCUSE', object: [...discourse, 'for']}},
  {type: 'ASSAULT', noun: 'attack', retype: {type: 'ACCUSE', object: discourse, previous: ['personal', 'verbal', 'media', 'political', 'legislative', 'rhetorical', 'partisan', 'negative', 'ad', 'campaign', 'twitter', 'scathing', 'blistering', 'stinging', 'withering', 'fierce', 'furious', 'his', 'her']}, notPrevious: ['heart', 'panic', 'asthma', 'anxiety', 'shark', 'dog', 'in', ...cyber], notNext: ['line', 'lines', 'helicopter', 'helicopters', 'aircraft', 'dog', 'dogs', 'mode', 'surface', 'vector', 'vectors', 'ad', 'ads', 'minded']},
  {type: 'ASSAULT', noun: 'counterattack'},
  {type: 'ASSAULT', noun: 'counter-attack'},
  {type: 'ASSAULT', noun: 'airstrike'},
  {type: 'ASSAULT', noun: 'air strike'},
  {type: 'ASSAULT', noun: 'drone strike'},
  {type: 'ASSAULT', noun: 'missile strike'},
  {type: 'ASSAULT', noun: 'rocket strike'},
  {type: 'ASSAULT', noun: 'military strike'},
  {type: 'ASSAULT', noun: 'artillery strike'},
  {type: 'ASSAULT', noun: 'air raid'},
  {type: 'ASSAULT', noun: 'airstrike hit*'},
  {type: 'ASSAULT', noun: 'airstrikes hit*'},
  {type: 'ASSAULT', noun: 'air strikes hit*'},
  {type: 'ASSAULT', noun: 'strikes hit*'},
  {type: 'ASSAULT', noun: 'strike hit*'},
  {type: 'ASSAULT', noun: 'missiles hit*'},
  {type: 'ASSAULT', noun: 'rockets hit*'},
  {type: 'ASSAULT', noun: 'shells hit*'},
  {type: 'ASSAULT', noun: 'raid', notPrevious: ['police', 'tax', 'dawn', 'fridge', 'pension', 'drugs', 'drug']},
  {type: 'ASSAULT', verb: 'raid', notPrevious: ['police']},
  {type: 'ASSAULT', verb: 'shell', forms: ['ed', 'ing'], notNext: ['out', 'company', 'companies']},
  {type: 'ASSAULT', noun: 'shelling'},
  {type: 'ASSAULT', verb: 'bomb', forms: ['ed', 'ing']},
  {type: 'ASSAULT', noun: 'bombing'},
  {type: 'ASSAULT', noun: 'bombardment'},
  // One is also bombarded with calls, questions, data and pop-up ads.
  {type: 'ASSAULT', verb: 'bombard', notObject: ['calls', 'questions', 'emails', 'e-mails', 'messages', 'complaints', 'requests', 'ads', 'adverts', 'advertising', 'pop-up', 'spam', 'data', 'letters', 'offers', 'information', 'texts', 'rays', 'sites', 'site', 'websites', 'website', 'inquiries', 'enquiries', 'criticism', 'abuse', 'mail', 'junk', 'images', 'leaflets']},
  {type: 'ASSAULT', verb: 'strike|struck|struck', forms: ['ed', 'ing'], notPrevious: agreements, notNext: ['down', 'off', 'out', 'up', 'back', 'gold', 'lucky', 'oil'], notSubject: [...disasters, 'viruses', 'clock', 'union', 'unions', 'workers', 'staff', 'teachers', 'nurses', 'drivers', 'miners'], notObject: [...agreements, ...disasters, 'ball', 'post', 'bar', 'crossbar', 'woodwork', 'shot', 'volley', 'free-kick', 'penalty', 'strike', 'hurricanes', 'storms', 'earthquakes', 'viruses', 'disasters', 'tragedy', 'balance', 'chord', 'chords', 'tone', 'note', 'notes', 'nerve', 'match', 'pose', 'bargain', 'fear', 'blow', 'gold', 'oil', 'deals', 'partnership', 'alliance', 'sponsorship', 'balance', 'figure', 'image', 'impression', 'optimistic', 'cautious', 'conciliatory', 'defiant']},
  {type: 'ASSAULT', verb: 'fire', retype: {type: 'COERCE', object: ['tear', 'teargas', 'gas', 'rubber', 'water', 'cannon', 'pepper', 'stun']}, object: ['tear', 'teargas', 'gas', 'rubber', 'water', 'pepper', 'stun', 'missiles', 'missile', 'rockets', 'rocket', 'shells', 'mortars', 'mortar', 'shots', 'bullets', 'artillery', 'salvo', 'salvoes', 'volley', 'projectiles', 'drones', 'grenades', 'rounds', 'torpedo', 'torpedoes', 'weapons'], notObject: ['coach', 'manager', 'staff', 'employees', 'workers', 'him', 'her', 'director', 'chief', 'boss']},
  {type: 'ASSAULT', noun: 'offensive', madeBy: ['launch', 'launched', 'launches', 'launching', 'mount', 'mounted', 'mounting', 'began', 'begun', 'begin', 'started', 'start', 'step', 'stepped', 'resumed', 'resume', 'intensified']},
  {type: 'ASSAULT', noun: 'strike', notPrevious: ['general', 'hunger', 'rail', 'postal', 'teachers', 'workers', 'union', 'national', 'one-day', 'lucky'], notSubject: ['union', 'unions', 'workers', 'staff', 'teachers', 'nurses', 'doctors', 'drivers', 'miners', 'employees', 'pilots'], madeBy: ['launch', 'launched', 'launches', 'launching', 'carried', 'carrying', 'carry', 'conducted', 'conduct', 'conducting', 'ordered', 'order', 'mounted', 'unleashed']},
  {type: 'ASSAULT', verb: 'shoot|shot|shot', forms: ['ed'], next: ['a', 'an', 'the', 'him', 'her', 'them', 'two', 'three', 'several', 'dozens', 'at', 'and', 'in', 'by', 'on', 'outside', 'inside', 'near', 'during', 'while', 'as', 'after', 'multiple', 'repeatedly', 'twice', 'once'], notNext: ['up', 'to', 'through', 'back', 'down', 'dead', 'past', 'ahead', 'across', 'into', 'put', 'straight', 'wide'], notPrevious: ['superb', 'low', 'good', 'great', 'fine', 'long', 'first', 'second', 'last', 'warning', 'parting', 'cheap', 'big', 'free', 'booster', 'flu', 'mug', 'best', 'better', 'only', 'powerful', 'fierce', 'angled', 'curling', 'deflected', 'speculative', 'weak', 'stinging'], notObject: ['video', 'videos', 'film', 'films', 'footage', 'scene', 'scenes', 'photos', 'pictures', 'movie', 'episode', 'advert', 'hoops', 'glance', 'look', 'looks', 'goal', 'ball', 'round', 'par', 'fame']},
  {type: 'ASSAULT', noun: 'fighting', next: ['broke', 'erupted', 'between', 'in', 'continued', 'continues', 'raged', 'rages', 'has', 'had', 'killed', 'flared', 'near', 'around', 'intensified', 'resumed', 'along', 'across', 'on', 'spread', 'escalated', 'left', 'forced']},
  {type: 'ASSAULT', verb: 'gun down|gunned down|gunned down'},
  {type: 'ASSAULT', verb: 'open fire|opened fire|opened fire'},
  {type: 'ASSAULT', verb: 'fire on|fired on|fired on'},
  {type: 'ASSAULT', verb: 'fire at|fired at|fired at'},
  {type: 'ASSAULT', noun: 'gunfire'},
  {type: 'ASSAULT', noun: 'artillery fire*'},
  {type: 'ASSAULT', noun: 'rocket fire*'},
  {type: 'ASSAULT', noun: 'mortar fire*'},
  {type: 'ASSAULT', verb: 'shoot dead|shot dead|shot dead'},
  {type: 'ASSAULT', verb: 'shoot down|shot down|shot down'},
  {type: 'ASSAULT', verb: 'invade'},
  {type: 'ASSAULT', noun: 'invasion'},
  {type: 'ASSAULT', verb: 'ambush'},
  {type: 'ASSAULT', noun: 'ambush'},
  {type: 'ASSAULT', verb: 'assassinate'},
  {type: 'ASSAULT', noun: 'assassination'},
  // An attempt on someone's life is the attack, whether or not it killed: "an attempt had been
  // made to assassinate the president", "a failed attempt to kill the mayor".
  // Not "an attempt to kill the bill", "to kill time".
  {type: 'ASSAULT', noun: 'attempt', object: ['assassinate', 'kill', 'murder'], notObject: ['time', 'bill', 'bills', 'deal', 'plan', 'plans', 'proposal', 'idea', 'off', 'story', 'rumour', 'rumor', 'talk', 'talks', 'momentum', 'hopes']},
  {type: 'ASSAULT', verb: 'massacre'},
  {type: 'ASSAULT', noun: 'massacre'},
  // "stormed to the title", "stormed into a 4-0 lead", "stormed out of the meeting" are no assault.
  {type: 'ASSAULT', verb: 'storm', forms: ['ed'], notPrevious: ['brain'], notNext: ['to', 'ahead', 'out', 'off', 'home'], notObject: ['lead', 'victory', 'win', 'title', 'crown', 'medal', 'final', 'semi-final', 'semi-finals', 'quarter-final', 'quarter-finals', 'round', 'charts', 'top']},
  // A clash is an assault between armed sides, or with its violence named: "rebels clashed with
  // troops", "sectarian clashes". Politicians, rivals and fixtures clash without one.
  // Protesters who clash with police are a violent protest: "protesters clashed with police".
  // Politicians clash over policies: a verbal conflict.
  {type: 'ASSAULT', verb: 'clash', notNext: ['of'], subject: armedSides, retype: clashRetypes},
  {type: 'ASSAULT', verb: 'clash', notNext: ['of'], object: armedSides, retype: clashRetypes},
  {type: 'ACCUSE', verb: 'clash', notNext: ['of'], object: verbalClash},
  // A match is a clash too: "the Six Nations clash with Wales", "a second round clash".
  {type: 'ASSAULT', noun: 'clash', notNext: ['of'], notPrevious: fixtures, object: armedSides, retype: [{type: 'PROTEST', previous: protesters}, {type: 'ACCUSE', object: verbalClash, previous: verbalClashes}]},
  {type: 'ASSAULT', noun: 'clash', notNext: ['of'], notPrevious: fixtures, previous: violentClashes, retype: [{type: 'PROTEST', previous: protesters}]},
  {type: 'ACCUSE', noun: 'clash', notNext: ['of'], previous: verbalClashes},
  {type: 'ASSAULT', verb: 'intervene', next: ['militarily', 'with', 'by'], object: ['airstrike', 'airstrikes', 'strikes', 'troops', 'forces', 'force', 'militarily', 'military', 'airpower', 'bombing', 'bombs', 'army', 'tanks', 'soldiers']},
  {type: 'ASSAULT', noun: 'suicide bombing'},
  // A car bomb is the weapon; its use is the bombing.
  {type: 'ASSAULT', noun: 'car bombing'},
  // An explosion or a blast in news of violence is a bomb's: not a gas leak's or a market's.
  {type: 'ASSAULT', noun: 'explosion', notPrevious: [...notAttackBlasts, ...growing], notNext: ['of'], notObject: growing},
  {type: 'ASSAULT', noun: 'blast', notPrevious: notAttackBlasts, notNext: ['of', 'from', 'furnace']},
  {type: 'ASSAULT', verb: 'explode', notSubject: [...notAttackBlasts, ...growing], notPrevious: notAttackBlasts, notNext: ['onto', 'into', 'in', 'with']},
  // A bomb exploded "in" a market, whatever else explodes "in" popularity.
  {type: 'ASSAULT', verb: 'explode', subject: weaponSubjects, notSubject: notAttackBlasts},
  {type: 'ASSAULT', verb: 'detonate'},
  {type: 'ASSAULT', noun: 'detonation'},
  {type: 'ASSAULT', verb: 'set off|set off|set off', object: explosives},
  {type: 'ASSAULT', verb: 'go off|went off|gone off', subject: explosives},
  {type: 'ASSAULT', verb: 'blow up|blew up|blown up', notSubject: ['row', 'rows', 'dispute', 'argument', 'controversy', 'scandal', 'furore', 'furor', 'modem', 'computer', 'battery', 'engine', 'tyre', 'tire'], notObject: ['balloon', 'balloons', 'photo', 'photos', 'picture', 'pictures', 'image', 'images', 'phone', 'phones']},
  // A suicide bombing: "a bomber blew himself up".
  {type: 'ASSAULT', verb: 'blow himself up|blew himself up|blown himself up'},
  {type: 'ASSAULT', verb: 'blow herself up|blew herself up|blown herself up'},
  {type: 'ASSAULT', verb: 'blow themselves up|blew themselves up|blown themselves up'},
  // A vehicle bomb driven into its target: "a bomber on a motorcycle loaded with explosives crashed into a patrol".
  {type: 'ASSAULT', verb: 'crash into|crashed into|crashed into', subject: explosives},
  // Throwing a weapon at someone: "the attackers threw a bomb into his bedroom window".
  {type: 'ASSAULT', verb: 'throw|threw|thrown', object: ['bomb', 'bombs', 'grenade', 'grenades', 'firebomb', 'firebombs', 'explosive', 'explosives', 'molotov', 'molotovs', 'petrol']},
  {type: 'ASSAULT', verb: 'ram+ into', subject: explosives},
  // What a bomb or a missile destroyed was attacked with it: "the first bomb destroyed the pub".
  // A consequence: it yields to the attack named beside it ("the blast destroyed …").
  {type: 'ASSAULT', verb: 'destroy', secondary: true, subject: weaponSubjects},
  // Deadly force against people: shootings, stabbings, murders, assaults.
  {type: 'ASSAULT', noun: 'shooting', notPrevious: ['film', 'photo', 'movie', 'video', 'clay', 'pheasant', 'grouse', 'location', 'trouble'], notNext: ['star', 'stars', 'range', 'ranges', 'guard', 'gallery', 'script', 'schedule', 'season', 'party']},
  {type: 'ASSAULT', noun: 'shootout'},
  {type: 'ASSAULT', noun: 'gunfight'},
  {type: 'ASSAULT', noun: 'firefight'},
  {type: 'ASSAULT', noun: 'gun battle'},
  // A battle fought by armed men: "a battle between troops and terrorists", "a battle with police";
  // not a battle of words, in court or at the polls.
  {type: 'ASSAULT', noun: 'battle', object: ['troops', 'soldiers', 'police', 'militants', 'rebels', 'insurgents', 'gunmen', 'terrorists', 'fighters', 'militia', 'militias', 'army', 'forces'], notPrevious: ['legal', 'political', 'court', 'courtroom', 'election', 'electoral', 'uphill', 'bidding', 'takeover', 'ratings', 'price', 'ideological', 'budget', 'custody', 'leadership', 'verbal', 'pr', 'media', 'propaganda', 'lengthy', 'long-running']},
  {type: 'ASSAULT', noun: 'stabbing'},
  {type: 'ASSAULT', verb: 'stab+'},
  // Murder as an offence, no killing: "a review of murder laws", "the life sentence for murder".
  {type: 'ASSAULT', noun: 'murder', notPrevious: ['for', 'of', 'with'], notNext: ['law', 'laws', 'sentence', 'sentences', 'tariff', 'tariffs', 'charge', 'charges', 'trial', 'trials', 'case', 'cases', 'rate', 'rates', 'inquiry', 'investigation', 'conviction', 'mystery', 'weapon', 'suspect', 'suspects', 'count', 'counts', 'scene']},
  {type: 'ASSAULT', verb: 'murder', notPrevious: ['the', 'a', 'of', 'attempted', 'for', 'with']},
  {type: 'ASSAULT', noun: 'assault', notPrevious: ['verbal', 'sustained', 'full', 'all-out'], notNext: ['rifle', 'rifles', 'weapon', 'weapons', 'charge', 'charges', 'course', 'team', 'teams', 'vehicle', 'vehicles', 'ship', 'ships', 'craft', 'on']},
  {type: 'ASSAULT', verb: 'assault', notPrevious: ['the', 'an', 'of']},
  {type: 'ASSAULT', noun: 'onslaught'},
  {type: 'ASSAULT', verb: 'behead'},
  {type: 'ASSAULT', verb: 'execute', object: people},
  {type: 'ASSAULT', verb: 'kill', secondary: true, notSubject: disasters, notPrevious: ['those', 'the', 'people', 'civilians'], notObject: ['themselves', 'himself', 'herself', 'itself', 'oneself', 'time', 'off', 'bill', 'deal', 'plan', 'proposal', 'jobs', 'chances', 'business', 'businesses', 'hopes', 'idea', 'growth', 'demand', 'appetite', 'momentum', 'pain']},
  {type: 'ASSAULT', verb: 'torture'},
  {type: 'ASSAULT', verb: 'abduct'},
  {type: 'ASSAULT', noun: 'abduction'},
  {type: 'ASSAULT', verb: 'kidnap+'},

  // COERCE: repression and restrictions short of force.
  {type: 'COERCE', verb: 'block', notNext: ['out', 'lists', 'list', 'bookings', 'booking', 'vote', 'votes', 'grant', 'grants', 'letters', 'capitals', 'party'], notPrevious: ['building', 'apartment']},
  {type: 'COERCE', noun: 'blockade'},
  {type: 'COERCE', verb: 'blockade'},
  {type: 'COERCE', verb: 'detain'},
  {type: 'COERCE', verb: 'seize', notNext: ['on', 'upon'], notObject: ['opportunity', 'moment', 'initiative', 'chance', 'power', 'control']},
  {type: 'COERCE', verb: 'arrest'},
  // "catch" as capture: by those who arrest ("police caught the suspect"), or where and doing
  // what someone was caught ("caught at the border", "caught smuggling"); not fire, a cold, a
  // ball, a train or an eye.
  {type: 'COERCE', verb: 'catch|caught|caught', forms: ['ed'], subject: ['police', 'officers', 'officer', 'troops', 'soldiers', 'guards', 'agents', 'authorities', 'detectives', 'forces'], notNext: ['fire', 'up', 'on', 'out', 'off', 'sight', 'between', 'in']},
  {type: 'COERCE', verb: 'catch|caught|caught', forms: ['ed'], next: ['smuggling', 'trying', 'stealing', 'carrying', 'crossing', 'red-handed', 'spying', 'selling', 'attempting']},
  // The act of arresting, not a stopped heart or the warrant for it.
  {type: 'COERCE', noun: 'arrest', notPrevious: ['cardiac', 'respiratory', 'heart', 'house'], notNext: ['warrant', 'warrants', 'record', 'records', 'rate', 'rates']},
  {type: 'COERCE', verb: 'round up|rounded up|rounded up', notNext: ['to']},
  // Taking a person captive; "captured the town" or "the imagination" is no arrest.
  {type: 'COERCE', verb: 'capture', forms: ['ed', 's', 'base'], object: people},
  {type: 'COERCE', verb: 'confiscate'},
  {type: 'COERCE', verb: 'deport'},
  {type: 'COERCE', verb: 'impose curfew|imposed curfew|imposed curfew'},
  {type: 'COERCE', verb: 'besiege'},
  {type: 'COERCE', noun: 'siege', notNext: ['mentality']},
  {type: 'COERCE', verb: 'jail', forms: ['ed']},
  {type: 'COERCE', verb: 'imprison'},
  {type: 'COERCE', verb: 'send|sent|sent', next: ['to', 'into', 'back'], object: ['prison', 'jail', 'camp', 'camps', 'gulag', 'exile', 'detention', 'custody']},
  {type: 'COERCE', verb: 'intercept'},
  {type: 'COERCE', verb: 'censor'},
  {type: 'COERCE', noun: 'crackdown'},
  {type: 'COERCE', verb: 'crack down|cracked down|cracked down'},

  // MOBILIZE: military or police posture.
  {type: 'MOBILIZE', verb: 'deploy'},
  {type: 'MOBILIZE', verb: 'redeploy'},
  {type: 'MOBILIZE', verb: 'mobilise'},
  {type: 'MOBILIZE', verb: 'mobilize'},
  {type: 'MOBILIZE', noun: 'mobilisation'},
  {type: 'MOBILIZE', noun: 'mobilization'},
  {type: 'MOBILIZE', verb: 'send|sent|sent', object: troops},
  {type: 'MOBILIZE', verb: 'order', object: ['troops', 'soldiers', 'forces', 'reinforcements', 'warships', 'marines', 'paratroopers', 'tanks']},
  {type: 'MOBILIZE', verb: 'dispatch', object: troops},
  {type: 'MOBILIZE', verb: 'mass', object: troops},
  {type: 'MOBILIZE', verb: 'amass', object: troops},
  {type: 'MOBILIZE', verb: 'put on alert|put on alert|put on alert'},
  {type: 'MOBILIZE', verb: 'test-fire'},
  {type: 'MOBILIZE', noun: 'missile test'},
  {type: 'MOBILIZE', noun: 'military exercise'},
  {type: 'MOBILIZE', noun: 'military drill'},
  {type: 'MOBILIZE', noun: 'troop buildup'},
  {type: 'MOBILIZE', noun: 'military buildup'},

  // CONSULT: meetings, talks and visits.
  {type: 'CONSULT', noun: 'talks*', notPrevious: [...subjectPronouns, ...adverbs]},
  {type: 'CONSULT', noun: 'peace talks*'},
  {type: 'CONSULT', noun: 'peace negotiations*'},
  {type: 'CONSULT', noun: 'negotiations*'},
  {type: 'CONSULT', noun: 'discussions*', object: ['with', 'between'], notPrevious: [...subjectPronouns, ...adverbs]},
  {type: 'CONSULT', verb: 'meet|met|met', notObject: meetingNotObjects, notNext: ['up'], notWith: reactions},
  // "when they met up", "met up with rebel leaders": a meeting all the same.
  {type: 'CONSULT', verb: 'meet up|met up|met up', notObject: meetingNotObjects},
  // An athletics meeting is a competition: "an indoor meeting in Ghent".
  {type: 'CONSULT', noun: 'meeting', notPrevious: ['indoor', 'outdoor', 'athletics', 'invitational'], notNext: ['point', 'place', 'room', 'hall', 'house']},
  {type: 'CONSULT', noun: 'summit', notNext: ['of']},
  // A visit to one's family or friends is a private one: "was visiting his son in the city".
  {type: 'CONSULT', verb: 'visit', notPrevious: ['sites', 'websites', 'pages', 'users', 'visitors', 'tourists', 'customers', 'shoppers'], notObject: ['website', 'websites', 'site', 'sites', 'page', 'pages', 'blog', 'blogs', 'shop', 'shops', 'store', 'stores', 'doctor', 'dentist', 'gp', 'toilet', 'bathroom', 'gym', 'museum', 'zoo', 'cinema', 'pub', 'restaurant', ...kin]},
  {type: 'CONSULT', noun: 'visit'},
  {type: 'CONSULT', verb: 'host', object: ['talks', 'counterpart', 'counterparts', 'summit', 'meeting', 'president', 'minister', 'leaders', 'leader', 'delegation', 'envoy', 'king', 'prime']},
  {type: 'CONSULT', verb: 'discuss', next: ['with']},
  {type: 'CONSULT', verb: 'mediate'},
  {type: 'CONSULT', verb: 'convene'},
  {type: 'CONSULT', noun: 'phone call', next: ['with', 'between', 'to']},
  {type: 'CONSULT', verb: 'speak by phone|spoke by phone|spoken by phone'},
  {type: 'CONSULT', verb: 'speak on the phone|spoke on the phone|spoken on the phone'},
  {type: 'CONSULT', verb: 'speak by telephone|spoke by telephone|spoken by telephone'},
  {type: 'CONSULT', verb: 'hold talks|held talks|held talks'},

  // AGREE: agreements, promises and ceasefires.
  {type: 'AGREE', verb: 'agree', next: ['to', 'on', 'upon', 'a', 'an', 'terms', 'unanimously', 'jointly', 'finally', 'also', 'in']},
  {type: 'AGREE', verb: 'ratify'},
  {type: 'AGREE', verb: 'pledge', forms: ['base', 'ed', 'ing'], notObject: ['allegiance', 'loyalty'], retype: {type: 'THREATEN', object: reprisals}},
  {type: 'AGREE', verb: 'sign', forms: ['base', 'ed', 'ing'], notNext: ['up', 'off', 'in', 'out', 'for'], notObject: ['autographs', 'autograph', 'petition', 'guestbook', 'bill', 'bills', 'legislation', 'law', 'laws', 'order', 'orders', 'executive', 'decree', 'decrees', 'budget', 'measure', 'letter', 'letters', 'book', 'books', 'copies']},
  {type: 'AGREE', noun: 'ceasefire'},
  {type: 'AGREE', noun: 'cease-fire'},
  {type: 'AGREE', noun: 'truce'},
  {type: 'AGREE', noun: 'armistice'},
  {type: 'AGREE', noun: 'deal', madeBy: makeAgreement},
  {type: 'AGREE', noun: 'agreement', madeBy: makeAgreement},
  {type: 'AGREE', noun: 'accord', madeBy: makeAgreement},
  {type: 'AGREE', noun: 'pact', madeBy: makeAgreement},
  {type: 'AGREE', noun: 'treaty', madeBy: makeAgreement},
  {type: 'AGREE', noun: 'compromise', madeBy: makeAgreement},
  {type: 'AGREE', noun: 'settlement', madeBy: makeAgreement},
  {type: 'AGREE', verb: 'promise', forms: ['base', 'ed', 'ing'], object: ['to'], retype: {type: 'THREATEN', object: reprisals}},
  {type: 'AGREE', verb: 'vow', forms: ['base', 'ed', 'ing'], object: ['to'], retype: {type: 'THREATEN', object: reprisals}},

  // REQUEST: appeals and demands.
  {type: 'REQUEST', verb: 'urge'},
  // An order is a demand that the hearer act: "ordered them to leave".
  {type: 'REQUEST', verb: 'order', object: ['to'], notPrevious: ['the', 'an', 'in', 'of', 'court', 'executive']},
  // An order whose object names what is to be done, when that is no event of its own: "ordered the evacuation of the town".
  {type: 'REQUEST', verb: 'order', forms: ['ed', 's', 'ing'], object: ['evacuation', 'departure', 'closure', 'halt', 'suspension', 'removal', 'shutdown', 'investigation', 'inquiry', 'probe', 'recount', 'curfew'], notPrevious: ['the', 'an', 'in', 'of', 'court', 'executive']},
  {type: 'REQUEST', verb: 'instruct', object: ['to']},
  {type: 'REQUEST', verb: 'beg', object: ['to', 'for'], notObject: deities},
  {type: 'REQUEST', verb: 'call on|called on|called on'},
  {type: 'REQUEST', verb: 'call upon|called upon|called upon'},
  {type: 'REQUEST', verb: 'call for|called for|called for'},
  // "asked what the government had to hide" is a question, not a request.
  {type: 'REQUEST', verb: 'ask', object: ['to', 'for'], notPrevious: ['when', 'if', 'was', 'were', 'being'], notNext: ['what', 'why', 'whether', 'how', 'if', 'who', 'when', 'where', 'which'], notObject: deities},
  // Not the demand of markets: "consumer demand", "and demand dipping", "demand for oil fell".
  {type: 'REQUEST', verb: 'demand', notPrevious: ['in', 'high', 'the', 'a', 'consumer', 'customer', 'global', 'domestic', 'strong', 'weak', 'rising', 'falling', 'slowing', 'growing', 'oil', 'energy', 'market', 'export', 'import', 'world', 'weaker', 'stronger', 'slack', 'seasonal', 'investor'], notNext: ['dipping', 'falling', 'rising', 'slowing', 'growing', 'fell', 'rose', 'slowed', 'grew', 'dipped', 'dropped', 'weakened', 'increased', 'picked', 'growth', 'outstripped', 'outstrips', 'remains', 'remained', 'is', 'was', 'has', 'had']},
  // Demands made of someone: "urgent demands for an immediate resumption of internment" (not "the demands of the job").
  {type: 'REQUEST', noun: 'demands*', next: ['for']},
  // Not what is attractive: "would appeal to developers", "appeals to young voters".
  {type: 'REQUEST', verb: 'appeal', next: ['to', 'for'], notPrevious: ['would', 'could', 'might', 'may', 'should', 'that', 'which', 'it', 'this']},
  {type: 'REQUEST', verb: 'request', notPrevious: ['the', 'a', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'on']},
  {type: 'REQUEST', verb: 'implore', notObject: deities},
  {type: 'REQUEST', verb: 'plead', next: ['with', 'for']},

  // ACCUSE: criticism and blame.
  {type: 'ACCUSE', verb: 'accuse', notPrevious: ['the']},
  // Blaming a cause that is nobody's act accuses no one: "blamed high fuel prices for low sales".
  {type: 'ACCUSE', verb: 'blame', notObject: marketCauses},
  {type: 'ACCUSE', verb: 'allege', notPrevious: ['the', 'a', 'an', 'his', 'her', 'their', 'its']},
  {type: 'ACCUSE', verb: 'condemn', notPrevious: ['the', 'a', 'an']},
  {type: 'ACCUSE', verb: 'denounce'},
  {type: 'ACCUSE', verb: 'deplore', notPrevious: ['the', 'a', 'an']},
  {type: 'ACCUSE', verb: 'criticise'},
  {type: 'ACCUSE', verb: 'criticize'},
  // "slammed into the crowd" is a crash, "slammed the door shut" no criticism.
  {type: 'ACCUSE', verb: 'slam+', notNext: ['into', 'shut']},
  {type: 'ACCUSE', verb: 'lambast'},
  {type: 'ACCUSE', verb: 'lash out at|lashed out at|lashed out at'},
  {type: 'ACCUSE', verb: 'lambaste'},
  {type: 'ACCUSE', verb: 'censure'},
  {type: 'ACCUSE', verb: 'rebuke'},
  // Legal accusation: suing, and charging with an offence ("charged with ensuring" is a duty).
  {type: 'ACCUSE', verb: 'sue'},
  // A prosecutor's formal accusation: "indicted two men", "the indictment", "charges against him" (the noun with what a charge takes after it: a price "charges customers").
  {type: 'ACCUSE', verb: 'indict'},
  {type: 'ACCUSE', noun: 'indictment'},
  {type: 'ACCUSE', noun: 'charges*', notPrevious: ['electricity', 'data', 'call', 'fuel', 'bank', 'service', 'extra', 'hidden', 'admission', 'late', 'roaming', 'interest', 'card', 'delivery', 'user', 'congestion', 'parking', 'water', 'energy', 'prescription', 'tuition', 'overdraft', 'depth', 'explosive', 'standing'], next: ['against', 'of', 'over', 'including', 'related', 'in', 'that', 'from', 'on', 'were', 'was', 'are', 'have', 'had', 'stemming', 'brought', 'filed', 'dropped', 'and', ',', '.', ';']},
  {type: 'ACCUSE', verb: 'charge', next: ['with'], forms: ['ed', 's', 'ing'], notObject: ['ensuring', 'overseeing', 'protecting', 'running', 'leading', 'managing', 'organising', 'organizing', 'delivering', 'implementing', 'reviewing']},

  // THREATEN: threats of coercion or force.
  {type: 'THREATEN', verb: 'threaten', notPrevious: ['the', 'a', 'an', 'endangered', 'critically']},
  // A forecast is no threat: "warned of lower margins", "warned of the risk of an outbreak".
  {type: 'THREATEN', verb: 'warn of|warned of|warned of', notObject: [...marketCauses, 'margins', 'profits', 'earnings', 'losses', 'panic', 'shortages', 'slowdown', 'recession', 'jobs', 'job', 'delays', 'risk', 'risks', 'danger', 'dangers']},
  {type: 'THREATEN', noun: 'ultimatum'},
  // A threat as a noun is one made only with what it threatens or whom it is against: "a threat
  // to kill the hostages", "a threat against the city"; "a threat to security" is a danger.
  {type: 'THREATEN', noun: 'threat', next: ['to'], object: [...reprisals, 'shoot', 'execute', 'behead', 'burn', 'blow', 'arrest', 'jail', 'imprison', 'expel', 'deport', 'sanction', 'harm', 'hurt', 'rape', 'seize', 'occupy']},
  {type: 'THREATEN', noun: 'threat', next: ['against']},
  {type: 'THREATEN', noun: 'death threat'},
  {type: 'THREATEN', noun: 'bomb threat'},
  {type: 'THREATEN', verb: 'coerce'},
  {type: 'THREATEN', noun: 'coercion'},
  // Pressing someone into an act: "is pressuring employees to vote", "pressured them into signing".
  {type: 'THREATEN', verb: 'pressure', forms: ['ed', 'ing', 's'], object: ['to', 'into']},

  // REJECT: refusals and vetoes.
  {type: 'REJECT', verb: 'veto'},
  // "the veto", "his current veto": the power to refuse, not a refusal.
  {type: 'REJECT', noun: 'veto', notPrevious: ['a', 'the', 'current']},
  {type: 'REJECT', verb: 'reject'},
  {type: 'REJECT', verb: 'refuse', notPrevious: ['the'], notObject: ['say', 'comment', 'discuss', 'answer', 'confirm', 'reveal', 'disclose', 'speculate', 'elaborate', 'name', 'be', 'rule', 'go', 'give', 'eat', 'leave', 'budge', 'believe', 'admit']},
  {type: 'REJECT', verb: 'turn down|turned down|turned down'},
  {type: 'REJECT', verb: 'boycott'},
  // Refusing to obey: "defied the ultimatum", "ignored a court order".
  {type: 'REJECT', verb: 'defy', object: ['order', 'orders', 'ruling', 'ultimatum', 'demand', 'demands', 'call', 'calls', 'warning', 'warnings', 'ban', 'sanctions', 'resolution', 'court', 'law', 'government', 'authorities']},
  {type: 'REJECT', verb: 'ignore', object: ['order', 'orders', 'ruling', 'ultimatum', 'demand', 'demands', 'call', 'calls', 'warning', 'warnings', 'request', 'requests', 'appeal', 'appeals', 'resolution']},

  // COOPERATE: working together short of aid.
  {type: 'COOPERATE', verb: 'cooperate'},
  {type: 'COOPERATE', verb: 'co-operate'},
  {type: 'COOPERATE', verb: 'collaborate'},
  {type: 'COOPERATE', verb: 'work with|worked with|worked with'},
  {type: 'COOPERATE', verb: 'work together|worked together|worked together'},
  {type: 'COOPERATE', verb: 'join forces|joined forces|joined forces'},
  {type: 'COOPERATE', verb: 'share', object: ['intelligence', 'information', 'data', 'technology', 'expertise']},
  {type: 'COOPERATE', verb: 'coordinate', notPrevious: ['the']},

  // AID: material help.
  {type: 'AID', verb: 'provide', object: aidGoods, notNext: ['that']},
  {type: 'AID', verb: 'deliver', object: aidGoods},
  {type: 'AID', verb: 'supply', forms: ['ed', 'ing'], object: aidGoods},
  {type: 'AID', verb: 'donate'},
  {type: 'AID', verb: 'airlift'},
  {type: 'AID', verb: 'airdrop+'},
  {type: 'AID', verb: 'evacuate'},

  // SANCTION: punitive measures short of force.
  {type: 'SANCTION', noun: 'sanctions*', notPrevious: ['under']},
  {type: 'SANCTION', verb: 'sanction'},
  {type: 'SANCTION', noun: 'embargo'},
  {type: 'SANCTION', verb: 'impose', object: ['ban', 'bans', 'embargo', 'sanctions', 'tariffs', 'tariff', 'levies', 'restrictions']},
  {type: 'SANCTION', verb: 'expel+', object: ['diplomat', 'diplomats', 'ambassador', 'envoy', 'staff', 'officials', 'attaché', 'attache']},
  {type: 'SANCTION', verb: 'suspend', object: ['aid', 'relations', 'ties', 'talks', 'cooperation', 'membership', 'flights', 'trade']},
  {type: 'SANCTION', verb: 'sever', object: ['ties', 'relations']},
  {type: 'SANCTION', verb: 'recall', object: ['ambassador', 'ambassadors', 'envoy', 'envoys', 'diplomats']},
  {type: 'SANCTION', verb: 'cut', object: ['ties', 'relations']},

  // RETREAT: withdrawals and de-escalation.
  {type: 'RETREAT', verb: 'withdraw|withdrew|withdrawn', notObject: ['comment', 'comments', 'remark', 'remarks', 'statement', 'claim', 'claims', 'allegation', 'allegations', 'application', 'candidacy', 'name', 'money', 'cash', 'funds', 'bill', 'offer', 'complaint', 'lawsuit', 'case', 'nomination']},
  {type: 'RETREAT', noun: 'withdrawal'},
  {type: 'RETREAT', verb: 'pull out|pulled out|pulled out'},
  {type: 'RETREAT', verb: 'pull back|pulled back|pulled back'},
  {type: 'RETREAT', verb: 'retreat'},
  {type: 'RETREAT', verb: 'demobilise'},
  {type: 'RETREAT', verb: 'demobilize'},

  // PROTEST: demonstrations and strikes.
  {type: 'PROTEST', verb: 'protest', notNext: ['leaders', 'leader', 'movement', 'group', 'groups', 'organisers', 'organizers', 'camp', 'camps', 'site', 'sites', 'march', 'song', 'songs', 'vote', 'votes', 'letter', 'signs']},
  {type: 'PROTEST', noun: 'protest', notNext: ['movement', 'leader', 'leaders', 'group', 'groups', 'song', 'songs', 'vote']},
  // Markets rally too: "the dollar rallied", "shares rallied"; and "it rallied" is a thing, not people.
  {type: 'PROTEST', verb: 'rally', forms: ['ed', 'ing'], notNext: ['behind', 'around', 'support'], notSubject: [...markets, 'it']},
  {type: 'PROTEST', noun: 'demonstration', object: ['against', 'in', 'outside', 'near', 'at', 'over', 'by', 'demanding', 'calling']},
  {type: 'PROTEST', verb: 'demonstrate', next: ['against', 'in', 'outside', 'near', 'at', 'over', 'for']},
  {type: 'PROTEST', verb: 'take to the streets|took to the streets|taken to the streets'},
  {type: 'PROTEST', verb: 'go on strike|went on strike|gone on strike'},
  {type: 'PROTEST', noun: 'hunger strike'},
  {type: 'PROTEST', noun: 'general strike'},
  {type: 'PROTEST', noun: 'walkout'},
  // A rally or a march of people, not of markets; "March" the month is a capitalised name.
  // After "on" a rally is what a ban or a crackdown is on, not one that took place.
  {type: 'PROTEST', noun: 'rally', notPrevious: [...markets, 'on', 'relief', 'late', 'market', 'stock', 'stockmarket', 'bear', 'election', 'campaign'], notNext: ['car', 'cars', 'driver', 'drivers', 'championship']},
  {type: 'PROTEST', noun: 'march', notPrevious: ['on', 'forced', 'death', 'long', 'funeral', 'wedding', 'victory', 'military']},
  {type: 'PROTEST', noun: 'sit-in'},
  {type: 'PROTEST', verb: 'walk out|walked out|walked out', next: ['over', 'of', 'on', 'against']},
  {type: 'PROTEST', verb: 'march', next: ['on', 'through', 'to', 'against', 'in']},

  // SUPPORT: endorsements and political backing.
  {type: 'SUPPORT', verb: 'back', notNext: ['down', 'off', 'away', 'up', 'out', 'home', 'to', 'into', 'in', 'above', 'below']},
  // "has given its backing to the plan": the verb that gives it is the trigger.
  {type: 'SUPPORT', noun: 'backing', madeBy: ['give', 'gave', 'given', 'gives', 'giving', 'lend', 'lent', 'lends', 'lending', 'offer', 'offered', 'offers', 'offering', 'throw', 'threw', 'thrown', 'throws']},
  {type: 'SUPPORT', verb: 'support', notObject: ['evidence', 'data', 'findings', 'research', 'claims', 'claim', 'theory', 'hypothesis', 'argument', 'view']},
  {type: 'SUPPORT', verb: 'endorse'},
  {type: 'SUPPORT', verb: 'welcome', notPrevious: ['a', 'the', 'warm']},
  {type: 'SUPPORT', verb: 'praise'},
  {type: 'SUPPORT', verb: 'congratulate'},
  {type: 'SUPPORT', verb: 'hail', forms: ['ed', 'ing'], notNext: ['from', 'a', 'an', 'taxi', 'cab']},
  {type: 'SUPPORT', verb: 'recognise', object: ['independence', 'sovereignty', 'state', 'government']},
  {type: 'SUPPORT', verb: 'recognize', object: ['independence', 'sovereignty', 'state', 'government']},

  // CONCEDE: yielding, releasing and easing.
  {type: 'CONCEDE', verb: 'release', object: captives, notObject: publications, notPrevious: ['press', 'news', 'the', 'a']},
  {type: 'CONCEDE', verb: 'free', object: ['prisoners', 'prisoner', 'hostages', 'hostage', 'detainees', 'detainee', 'captives', 'activists', 'journalists', 'journalist', 'soldiers', 'sailors']},
  {type: 'CONCEDE', verb: 'concede', notObject: ['goal', 'goals', 'defeat', 'penalty', 'penalties', 'runs']},
  {type: 'CONCEDE', verb: 'lift', object: ['sanctions', 'blockade', 'ban', 'embargo', 'siege', 'restrictions', 'curfew']},
  {type: 'CONCEDE', verb: 'ease', object: ['sanctions', 'blockade', 'restrictions', 'curfew', 'siege', 'tensions']},
  {type: 'CONCEDE', verb: 'surrender'},
  {type: 'CONCEDE', verb: 'apologise'},
  {type: 'CONCEDE', verb: 'apologize'}
]

/**
 * Irregular verb forms that the inflection rules cannot produce: lemma → [past, participle].
 * Phrasal verbs inflect their first word, so `gun down` needs nothing here.
 */
export const irregularVerbs: Readonly<Record<string, readonly [string, string]>> = {
  send: ['sent', 'sent'],
  meet: ['met', 'met'],
  withdraw: ['withdrew', 'withdrawn'],
  shoot: ['shot', 'shot'],
  strike: ['struck', 'struck'],
  fight: ['fought', 'fought'],
  hold: ['held', 'held'],
  speak: ['spoke', 'spoken'],
  take: ['took', 'taken'],
  go: ['went', 'gone'],
  cut: ['cut', 'cut'],
  put: ['put', 'put'],
  lead: ['led', 'led'],
  seek: ['sought', 'sought'],
  give: ['gave', 'given'],
  set: ['set', 'set'],
  blow: ['blew', 'blown'],
  free: ['freed', 'freed']
}

/** Modal verbs that make what follows a possibility rather than a fact. */
export const hypotheticalModals: readonly string[] = ['would', 'could', 'might', 'may', 'should', 'must', 'can', 'ought']

/** Nouns of possibility: "the risk of a clash", "the threat of sanctions". */
export const hypotheticalNouns: readonly string[] = ['risk', 'risks', 'threat', 'threats', 'danger', 'possibility', 'prospect', 'prospects', 'fear', 'fears', 'likelihood', 'chance', 'chances', 'spectre', 'specter', 'prevention']

/** Modifiers of an event noun that has not (yet) happened: "a possible attack", "an impending strike". Not "planned": "a planned attack" took place. */
export const hypotheticalModifiers: readonly string[] = ['possible', 'potential', 'impending', 'imminent', 'proposed', 'future', 'feared', 'threatened', 'would-be']

/** Verbs whose complement is something not (yet) done: "hoped that", "plans to". */
export const hypotheticalVerbs: readonly string[] = ['hope', 'hoped', 'hopes', 'hoping', 'plan', 'plans', 'planned', 'planning', 'intend', 'intends', 'intended', 'want', 'wants', 'wanted', 'seek', 'seeks', 'sought', 'expect', 'expects', 'expected', 'aim', 'aims', 'aimed', 'try', 'tries', 'tried', 'trying', 'attempt', 'attempts', 'attempted', 'wish', 'wishes', 'considering', 'consider', 'considers', 'propose', 'proposed', 'proposes', 'suggest', 'suggested', 'suggests', 'if', 'unless', 'whether']

/**
 * Verbs of criticism, whose "for" tells of an act that took place: "condemned the group for
 * attacking civilians". What someone is accused "of" or charged "with" is only alleged.
 */
export const criticismVerbs: readonly string[] = ['blame', 'condemn', 'denounce', 'deplore', 'criticise', 'criticize', 'slam', 'lambast', 'lambaste', 'lash', 'censure', 'rebuke']

/**
 * Words of a match that make an "attack" a move of play: "the first attack of the second half",
 * "the defence and midfield nullified their attacks". ("half" counts after "first" or "second", not before "of".)
 */
export const playWords: readonly string[] = ['midfield', 'midfielder', 'midfielders', 'striker', 'strikers', 'goalkeeper', 'winger', 'wingers', 'touchline', 'scrum', 'fly-half', 'half-time', 'referee', 'goal', 'goals', 'minute', 'counter']

/** Negators that turn an event into a denied one: "did not attack", "never met". */
export const negators: readonly string[] = ['not', "n't", 'never', 'no', 'neither', 'nor', 'without']

/** Verbs of denial whose complement is denied: "denied reports that …", "rejected claims that …". */
export const denialVerbs: readonly string[] = ['deny', 'denied', 'denies', 'denying', 'dismiss', 'dismissed', 'dismisses', 'refute', 'refuted', 'refutes', 'rebut', 'rebutted']
