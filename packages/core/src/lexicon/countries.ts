/**
 * A country of the gazetteer: its names, the words for its people and things, and the
 * places that stand for its government.
 */
export interface CountryEntry {
  /** ISO 3166-1 alpha-3: `USA`, `RUS`, `SYR`. */
  code: string
  /** The usual English short name: `United States`. */
  name: string
  /** Other names as printed: `US`, `U.S.`, `USA`, `America`, `the United States`. */
  aliases: string[]
  /** Adjectives and demonyms: `American`, `Americans`, `US`, `U.S.`. */
  demonyms: string[]
  /** The capital and other seats used for the government ("Washington announced"). */
  capitals: string[]
}

/** The built-in countries; see {@link CountryEntry}. */
export const countries: readonly CountryEntry[] = [
  {code: 'USA', name: 'United States', aliases: ['United States of America', 'US', 'U.S.', 'USA', 'U.S.A.', 'America'], demonyms: ['American', 'Americans'], capitals: ['Washington']},
  {code: 'RUS', name: 'Russia', aliases: ['Russian Federation'], demonyms: ['Russian', 'Russians'], capitals: ['Moscow', 'Kremlin']},
  {code: 'SYR', name: 'Syria', aliases: ['Syrian Arab Republic'], demonyms: ['Syrian', 'Syrians'], capitals: ['Damascus']},
  {code: 'TUR', name: 'Turkey', aliases: ['Türkiye', 'Turkiye'], demonyms: ['Turkish', 'Turks'], capitals: ['Ankara']},
  {code: 'GBR', name: 'United Kingdom', aliases: ['UK', 'U.K.', 'Britain', 'Great Britain'], demonyms: ['British', 'Briton', 'Britons'], capitals: ['London', 'Downing Street', 'Whitehall']},
  {code: 'FRA', name: 'France', aliases: [], demonyms: ['French'], capitals: ['Paris', 'Elysee']},
  {code: 'DEU', name: 'Germany', aliases: [], demonyms: ['German', 'Germans'], capitals: ['Berlin']},
  {code: 'CHN', name: 'China', aliases: ["People's Republic of China", 'PRC'], demonyms: ['Chinese'], capitals: ['Beijing']},
  {code: 'IRN', name: 'Iran', aliases: ['Islamic Republic of Iran'], demonyms: ['Iranian', 'Iranians'], capitals: ['Tehran']},
  {code: 'ISR', name: 'Israel', aliases: [], demonyms: ['Israeli', 'Israelis'], capitals: ['Jerusalem']},
  {code: 'IRQ', name: 'Iraq', aliases: [], demonyms: ['Iraqi', 'Iraqis'], capitals: ['Baghdad']},
  {code: 'UKR', name: 'Ukraine', aliases: [], demonyms: ['Ukrainian', 'Ukrainians'], capitals: ['Kyiv', 'Kiev']},
  {code: 'PAK', name: 'Pakistan', aliases: [], demonyms: ['Pakistani', 'Pakistanis'], capitals: ['Islamabad']},
  {code: 'IND', name: 'India', aliases: [], demonyms: ['Indian', 'Indians'], capitals: ['New Delhi']},
  {code: 'KAZ', name: 'Kazakhstan', aliases: [], demonyms: ['Kazakh', 'Kazakhstani'], capitals: ['Astana', 'Nur-Sultan']}
]
