/**
 * An outlet of the registry. Users extend the registry through `parseArticle`'s `outlets` option.
 */
export interface OutletEntry {
  /** Stable kebab-case id: `reuters`, `urdupoint`. */
  id: string
  /** The name as the outlet writes it: `Reuters`, `UrduPoint`. */
  name: string
  /** Other names the outlet goes by in print: `UrduPoint News`, `Al-Araby Al-Jadeed`. */
  aliases: string[]
  /** Its web domains, without `www.`: `urdupoint.com`. */
  domains: string[]
  /**
   * Page furniture that marks the outlet's pages when its name is not printed: whole lines
   * (compared trimmed and case-insensitively), such as a donation appeal or an embed label.
   */
  fingerprints: string[]
  /** The outlet's home country as ISO 3166-1 alpha-3, or null for international outlets. */
  country: string | null
  /** What sort of outlet it is. */
  kind: 'wire' | 'newspaper' | 'broadcaster' | 'magazine' | 'online'
}

/** The built-in outlet registry. */
export const outlets: readonly OutletEntry[] = [
  {id: 'reuters', name: 'Reuters', aliases: ['Thomson Reuters'], domains: ['reuters.com'], fingerprints: [], country: null, kind: 'wire'},
  {id: 'afp', name: 'AFP', aliases: ['Agence France-Presse', 'Agence France Presse'], domains: ['afp.com'], fingerprints: [], country: 'FRA', kind: 'wire'},
  {id: 'ap', name: 'Associated Press', aliases: ['AP', 'The Associated Press'], domains: ['apnews.com'], fingerprints: [], country: 'USA', kind: 'wire'}
]
