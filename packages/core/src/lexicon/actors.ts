/**
 * Actor codes in the CAMEO/PLOVER style: the sector a word names (`forces` → `MIL`), the
 * international organisations by name (`United Nations` → `IGOUNO`), and the nouns that can
 * head a participant ("forces", "officials", "regime").
 *
 * Data only: the `event-arguments` stage combines a country code from `countries.ts` with a
 * sector from here (`Russian` + `forces` → `RUSMIL`).
 */

/** A sector of a CAMEO actor code and the words that name it. */
export interface SectorEntry {
  /** The three-letter sector code: `GOV`, `MIL`, `COP`, `REB`, `OPP`, `CVL`… */
  code: string
  /** Lower-case words or phrases that name the sector: `forces`, `military police`. */
  words: readonly string[]
}

/**
 * The built-in sectors. The longest matching phrase wins, so `military police` is `COP`
 * before `military` is `MIL`.
 */
export const sectors: readonly SectorEntry[] = [
  {code: 'MIL', words: ['forces', 'force', 'military', 'militaries', 'troops', 'troop', 'army', 'armies', 'navy', 'air force', 'air forces', 'soldiers', 'soldier', 'defense ministry', 'defence ministry', 'ministry of defense', 'ministry of defence', 'defense officials', 'defence officials', 'defense department', 'pentagon', 'military police', 'marines', 'commanders', 'commander', 'generals', 'general staff', 'aircraft', 'warplanes', 'jets', 'fighter jets', 'drones', 'warships', 'navy ships', 'artillery', 'paratroopers', 'special forces', 'coalition', 'convoy', 'convoys', 'patrols', 'patrol', 'garrison', 'battalion', 'brigade', 'division']},
  {code: 'COP', words: ['police', 'policemen', 'police officers', 'gendarmerie', 'border guards', 'border police', 'riot police', 'security forces']},
  {code: 'GOV', words: ['government', 'governments', 'regime', 'administration', 'ministry', 'ministries', 'foreign ministry', 'interior ministry', 'minister', 'ministers', 'foreign minister', 'foreign ministers', 'prime minister', 'prime ministers', 'president', 'presidents', 'presidency', 'officials', 'official', 'authorities', 'cabinet', 'state department', 'white house', 'kremlin', 'embassy', 'ambassador', 'envoy', 'diplomats', 'diplomat', 'spokesman', 'spokeswoman', 'spokesperson', 'leader', 'leaders', 'king', 'emir', 'sultan', 'chancellor', 'governor', 'mayor', 'delegation', 'negotiators']},
  {code: 'LEG', words: ['parliament', 'congress', 'senate', 'lawmakers', 'legislators', 'mps', 'senators', 'duma', 'knesset', 'assembly']},
  {code: 'JUD', words: ['court', 'courts', 'judge', 'judges', 'prosecutor', 'prosecutors', 'judiciary']},
  {code: 'SPY', words: ['intelligence', 'intelligence services', 'spies', 'spy agency']},
  {code: 'REB', words: ['rebels', 'rebel', 'insurgents', 'insurgent', 'militants', 'militant', 'militia', 'militias', 'fighters', 'armed opposition', 'armed groups', 'armed group', 'guerrillas', 'jihadists', 'terrorists', 'terrorist group', 'terror group']},
  {code: 'OPP', words: ['opposition', 'opposition groups', 'dissidents', 'activists']},
  {code: 'CVL', words: ['protesters', 'protestors', 'demonstrators', 'civilians', 'residents', 'people', 'villagers', 'refugees', 'crowds', 'crowd']},
  {code: 'MED', words: ['media', 'journalists', 'reporters', 'news agency', 'newspaper', 'broadcaster']},
  {code: 'HRI', words: ['human rights groups', 'rights groups', 'watchdog', 'monitoring group', 'monitoring groups', 'monitor', 'observatory']},
  {code: 'NGO', words: ['aid agencies', 'aid groups', 'charity', 'charities', 'aid workers', 'humanitarian groups']}
]

/** An international or transnational organisation and its code. */
export interface OrganizationEntry {
  /** The CAMEO-style code: `IGOUNO`. */
  code: string
  /** Names and abbreviations as printed: `United Nations`, `UN`, `U.N.`. */
  names: readonly string[]
}

/** The built-in organisations. */
export const organizations: readonly OrganizationEntry[] = [
  {code: 'IGOUNO', names: ['United Nations', 'UN', 'U.N.', 'U.N', 'Security Council', 'UN Security Council', 'U.N. Security Council', 'UNSC', 'General Assembly', 'UN General Assembly', 'Secretary-General', 'UN Secretary-General']},
  {code: 'IGOUNOHCR', names: ['UNHCR', 'UN refugee agency', 'UN Refugee Agency']},
  {code: 'IGOUNOWFP', names: ['World Food Programme', 'WFP']},
  {code: 'IGOUNOWHO', names: ['World Health Organization', 'World Health Organisation', 'WHO']},
  {code: 'IGOUNOIAEA', names: ['International Atomic Energy Agency', 'IAEA']},
  {code: 'IGONAT', names: ['NATO', 'Nato', 'North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation']},
  {code: 'IGOEEC', names: ['European Union', 'EU', 'E.U.', 'European Commission', 'European Council', 'European Parliament']},
  {code: 'IGOARL', names: ['Arab League', 'League of Arab States']},
  {code: 'IGOAFU', names: ['African Union', 'AU']},
  {code: 'IGOASN', names: ['ASEAN', 'Association of Southeast Asian Nations']},
  {code: 'IGOOSC', names: ['OSCE', 'Organization for Security and Co-operation in Europe', 'Organization for Security and Cooperation in Europe']},
  {code: 'IGOGCC', names: ['Gulf Cooperation Council', 'GCC']},
  {code: 'IGOOIC', names: ['Organisation of Islamic Cooperation', 'Organization of Islamic Cooperation', 'OIC']},
  {code: 'IGOOPC', names: ['OPEC', 'Organization of the Petroleum Exporting Countries']},
  {code: 'IGOIMF', names: ['International Monetary Fund', 'IMF']},
  {code: 'IGOWBK', names: ['World Bank']},
  {code: 'IGOWTO', names: ['World Trade Organization', 'World Trade Organisation', 'WTO']},
  {code: 'IGOICC', names: ['International Criminal Court', 'ICC']},
  {code: 'IGOCSTO', names: ['Collective Security Treaty Organization', 'CSTO']},
  {code: 'IGOSCO', names: ['Shanghai Cooperation Organisation', 'Shanghai Cooperation Organization', 'SCO']},
  {code: 'NGOICRC', names: ['International Committee of the Red Cross', 'ICRC', 'Red Cross', 'Red Crescent']},
  {code: 'NGOMSF', names: ['Doctors Without Borders', 'Medecins Sans Frontieres', 'Médecins Sans Frontières', 'MSF']},
  {code: 'NGOAMN', names: ['Amnesty International', 'Amnesty']},
  {code: 'NGOHRW', names: ['Human Rights Watch', 'HRW']},
  {code: 'IMGSDF', names: ['Syrian Democratic Forces', 'SDF']},
  {code: 'IMGISI', names: ['Islamic State', 'ISIS', 'ISIL', 'IS', 'Daesh', 'Islamic State of Iraq and the Levant', 'Islamic State of Iraq and Syria']},
  {code: 'IMGQAE', names: ['al-Qaeda', 'al Qaeda', 'Al-Qaeda', 'Al Qaeda', 'al-Qaida', 'Al-Qaida']},
  {code: 'IMGHEZ', names: ['Hezbollah', 'Hizbollah', 'Hizballah']},
  {code: 'IMGHAM', names: ['Hamas']},
  {code: 'IMGTAL', names: ['Taliban']},
  {code: 'IMGHTS', names: ['Hayat Tahrir al-Sham', 'HTS']},
  {code: 'IMGHOU', names: ['Houthis', 'Houthi', 'Ansar Allah']},
  {code: 'IMGSHB', names: ['al-Shabaab', 'Al-Shabaab', 'al Shabaab']},
  {code: 'IMGBKH', names: ['Boko Haram']},
  {code: 'IMGPKK', names: ['PKK', 'Kurdistan Workers\' Party']},
  {code: 'IMGYPG', names: ['YPG', 'People\'s Protection Units']},
  {code: 'IMGWAG', names: ['Wagner', 'Wagner Group']}
]
