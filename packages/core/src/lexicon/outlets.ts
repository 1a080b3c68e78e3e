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

/**
 * The built-in outlet registry: English-language outlets that report on international affairs
 * (wire services first, then by region), with the names and domains they print and, where
 * known, the page furniture that gives them away when they do not print their name.
 *
 * Names of two letters (`AP`, `RT`) only match as written; longer names also match in other
 * capitalisations (`ASHARQ AL-AWSAT`).
 */
export const outlets: readonly OutletEntry[] = [
  // Wire services and news agencies.
  {id: 'reuters', name: 'Reuters', aliases: ['Thomson Reuters'], domains: ['reuters.com'], fingerprints: [], country: null, kind: 'wire'},
  {id: 'ap', name: 'Associated Press', aliases: ['AP', 'The Associated Press'], domains: ['apnews.com'], fingerprints: [], country: 'USA', kind: 'wire'},
  {id: 'afp', name: 'AFP', aliases: ['Agence France-Presse', 'Agence France Presse'], domains: ['afp.com'], fingerprints: [], country: 'FRA', kind: 'wire'},
  {id: 'xinhua', name: 'Xinhua', aliases: ['Xinhua News Agency', 'Xinhuanet'], domains: ['xinhuanet.com', 'news.cn'], fingerprints: [], country: 'CHN', kind: 'wire'},
  {id: 'tass', name: 'TASS', aliases: ['ITAR-TASS', 'Russian News Agency TASS'], domains: ['tass.com', 'tass.ru'], fingerprints: [], country: 'RUS', kind: 'wire'},
  {id: 'sputnik', name: 'Sputnik', aliases: ['Sputnik News', 'Sputnik International'], domains: ['sputniknews.com', 'sputnikglobe.com'], fingerprints: [], country: 'RUS', kind: 'wire'},
  {id: 'ria-novosti', name: 'RIA Novosti', aliases: ['RIA'], domains: ['ria.ru'], fingerprints: [], country: 'RUS', kind: 'wire'},
  {id: 'interfax', name: 'Interfax', aliases: ['Interfax News Agency'], domains: ['interfax.com', 'interfax.ru'], fingerprints: [], country: 'RUS', kind: 'wire'},
  {id: 'anadolu', name: 'Anadolu Agency', aliases: ['Anadolu', 'AA'], domains: ['aa.com.tr'], fingerprints: [], country: 'TUR', kind: 'wire'},
  {id: 'irna', name: 'IRNA', aliases: ['Islamic Republic News Agency'], domains: ['irna.ir', 'en.irna.ir'], fingerprints: [], country: 'IRN', kind: 'wire'},
  {id: 'ani', name: 'ANI', aliases: ['Asian News International'], domains: ['aninews.in'], fingerprints: [], country: 'IND', kind: 'wire'},
  {id: 'pti', name: 'PTI', aliases: ['Press Trust of India'], domains: ['ptinews.com'], fingerprints: [], country: 'IND', kind: 'wire'},
  {id: 'uni', name: 'UNI', aliases: ['United News of India'], domains: ['uniindia.com'], fingerprints: [], country: 'IND', kind: 'wire'},
  {id: 'ians', name: 'IANS', aliases: ['Indo-Asian News Service'], domains: ['ians.in'], fingerprints: [], country: 'IND', kind: 'wire'},
  {id: 'kyodo', name: 'Kyodo News', aliases: ['Kyodo'], domains: ['kyodonews.net', 'english.kyodonews.net'], fingerprints: [], country: 'JPN', kind: 'wire'},
  {id: 'yonhap', name: 'Yonhap', aliases: ['Yonhap News Agency'], domains: ['yna.co.kr', 'en.yna.co.kr'], fingerprints: [], country: 'KOR', kind: 'wire'},
  {id: 'dpa', name: 'dpa', aliases: ['DPA', 'Deutsche Presse-Agentur'], domains: ['dpa.com', 'dpa-international.com'], fingerprints: [], country: 'DEU', kind: 'wire'},
  {id: 'efe', name: 'EFE', aliases: ['Agencia EFE'], domains: ['efe.com'], fingerprints: [], country: 'ESP', kind: 'wire'},
  {id: 'ansa', name: 'ANSA', aliases: ['Agenzia Nazionale Stampa Associata'], domains: ['ansa.it'], fingerprints: [], country: 'ITA', kind: 'wire'},
  {id: 'app', name: 'APP', aliases: ['Associated Press of Pakistan'], domains: ['app.com.pk'], fingerprints: [], country: 'PAK', kind: 'wire'},
  {id: 'upi', name: 'UPI', aliases: ['United Press International'], domains: ['upi.com'], fingerprints: [], country: 'USA', kind: 'wire'},
  {id: 'bernama', name: 'Bernama', aliases: ['Malaysian National News Agency'], domains: ['bernama.com'], fingerprints: [], country: 'MYS', kind: 'wire'},
  {id: 'sana', name: 'SANA', aliases: ['Syrian Arab News Agency'], domains: ['sana.sy'], fingerprints: [], country: 'SYR', kind: 'wire'},
  {id: 'wam', name: 'WAM', aliases: ['Emirates News Agency'], domains: ['wam.ae'], fingerprints: [], country: 'ARE', kind: 'wire'},
  {id: 'spa', name: 'Saudi Press Agency', aliases: ['SPA'], domains: ['spa.gov.sa'], fingerprints: [], country: 'SAU', kind: 'wire'},
  {id: 'kuna', name: 'KUNA', aliases: ['Kuwait News Agency'], domains: ['kuna.net.kw'], fingerprints: [], country: 'KWT', kind: 'wire'},
  {id: 'mena', name: 'MENA', aliases: ['Middle East News Agency'], domains: ['mena.org.eg'], fingerprints: [], country: 'EGY', kind: 'wire'},
  {id: 'tasnim', name: 'Tasnim', aliases: ['Tasnim News Agency', 'Tasnim News'], domains: ['tasnimnews.com'], fingerprints: [], country: 'IRN', kind: 'wire'},
  {id: 'fars', name: 'Fars News Agency', aliases: ['Fars News', 'FNA'], domains: ['farsnews.ir'], fingerprints: [], country: 'IRN', kind: 'wire'},
  {id: 'mehr', name: 'Mehr News Agency', aliases: ['Mehr News', 'MNA'], domains: ['mehrnews.com', 'en.mehrnews.com'], fingerprints: [], country: 'IRN', kind: 'wire'},
  {id: 'bloomberg', name: 'Bloomberg', aliases: ['Bloomberg News'], domains: ['bloomberg.com'], fingerprints: [], country: 'USA', kind: 'wire'},

  // United States.
  {id: 'nyt', name: 'The New York Times', aliases: ['New York Times', 'NYT', 'NY Times'], domains: ['nytimes.com'], fingerprints: [], country: 'USA', kind: 'newspaper'},
  {id: 'washington-post', name: 'The Washington Post', aliases: ['Washington Post'], domains: ['washingtonpost.com'], fingerprints: [], country: 'USA', kind: 'newspaper'},
  {id: 'wsj', name: 'The Wall Street Journal', aliases: ['Wall Street Journal', 'WSJ'], domains: ['wsj.com'], fingerprints: [], country: 'USA', kind: 'newspaper'},
  {id: 'cnn', name: 'CNN', aliases: ['Cable News Network'], domains: ['cnn.com', 'edition.cnn.com'], fingerprints: [], country: 'USA', kind: 'broadcaster'},
  {id: 'newsweek', name: 'Newsweek', aliases: [], domains: ['newsweek.com'], fingerprints: [], country: 'USA', kind: 'magazine'},
  {id: 'fox-news', name: 'Fox News', aliases: ['Fox News Channel'], domains: ['foxnews.com'], fingerprints: [], country: 'USA', kind: 'broadcaster'},
  {id: 'nbc-news', name: 'NBC News', aliases: [], domains: ['nbcnews.com'], fingerprints: [], country: 'USA', kind: 'broadcaster'},
  {id: 'cbs-news', name: 'CBS News', aliases: [], domains: ['cbsnews.com'], fingerprints: [], country: 'USA', kind: 'broadcaster'},
  {id: 'abc-news', name: 'ABC News', aliases: [], domains: ['abcnews.go.com'], fingerprints: [], country: 'USA', kind: 'broadcaster'},
  {id: 'npr', name: 'NPR', aliases: ['National Public Radio'], domains: ['npr.org'], fingerprints: [], country: 'USA', kind: 'broadcaster'},
  {id: 'politico', name: 'Politico', aliases: ['POLITICO'], domains: ['politico.com', 'politico.eu'], fingerprints: [], country: 'USA', kind: 'online'},
  {id: 'the-hill', name: 'The Hill', aliases: [], domains: ['thehill.com'], fingerprints: [], country: 'USA', kind: 'newspaper'},
  {id: 'voa', name: 'Voice of America', aliases: ['VOA', 'VOA News'], domains: ['voanews.com'], fingerprints: [], country: 'USA', kind: 'broadcaster'},
  {id: 'rferl', name: 'Radio Free Europe/Radio Liberty', aliases: ['RFE/RL', 'Radio Free Europe'], domains: ['rferl.org'], fingerprints: [], country: 'USA', kind: 'broadcaster'},
  {id: 'al-monitor', name: 'Al-Monitor', aliases: ['Al Monitor'], domains: ['al-monitor.com'], fingerprints: [], country: 'USA', kind: 'online'},
  {id: 'foreign-policy', name: 'Foreign Policy', aliases: [], domains: ['foreignpolicy.com'], fingerprints: [], country: 'USA', kind: 'magazine'},
  {id: 'usa-today', name: 'USA Today', aliases: ['USA TODAY'], domains: ['usatoday.com'], fingerprints: [], country: 'USA', kind: 'newspaper'},
  {id: 'la-times', name: 'Los Angeles Times', aliases: ['LA Times', 'L.A. Times'], domains: ['latimes.com'], fingerprints: [], country: 'USA', kind: 'newspaper'},

  // United Kingdom and Europe.
  {id: 'bbc', name: 'BBC', aliases: ['BBC News', 'BBC World Service'], domains: ['bbc.co.uk', 'bbc.com'], fingerprints: [], country: 'GBR', kind: 'broadcaster'},
  {id: 'guardian', name: 'The Guardian', aliases: ['Guardian'], domains: ['theguardian.com'], fingerprints: [], country: 'GBR', kind: 'newspaper'},
  {id: 'independent', name: 'The Independent', aliases: [], domains: ['independent.co.uk'], fingerprints: [], country: 'GBR', kind: 'newspaper'},
  {id: 'telegraph', name: 'The Telegraph', aliases: ['The Daily Telegraph', 'Daily Telegraph'], domains: ['telegraph.co.uk'], fingerprints: [], country: 'GBR', kind: 'newspaper'},
  {id: 'the-times', name: 'The Times', aliases: [], domains: ['thetimes.co.uk'], fingerprints: [], country: 'GBR', kind: 'newspaper'},
  {id: 'ft', name: 'Financial Times', aliases: ['FT', 'The Financial Times'], domains: ['ft.com'], fingerprints: [], country: 'GBR', kind: 'newspaper'},
  {id: 'economist', name: 'The Economist', aliases: [], domains: ['economist.com'], fingerprints: [], country: 'GBR', kind: 'magazine'},
  {id: 'sky-news', name: 'Sky News', aliases: [], domains: ['news.sky.com'], fingerprints: [], country: 'GBR', kind: 'broadcaster'},
  {id: 'daily-mail', name: 'Daily Mail', aliases: ['MailOnline', 'Mail Online'], domains: ['dailymail.co.uk'], fingerprints: [], country: 'GBR', kind: 'newspaper'},
  {id: 'mail-on-sunday', name: 'The Mail on Sunday', aliases: ['Mail on Sunday'], domains: [], fingerprints: [], country: 'GBR', kind: 'newspaper'},
  {id: 'independent-on-sunday', name: 'The Independent on Sunday', aliases: ['Independent on Sunday'], domains: [], fingerprints: [], country: 'GBR', kind: 'newspaper'},
  {id: 'scotland-on-sunday', name: 'Scotland on Sunday', aliases: [], domains: [], fingerprints: [], country: 'GBR', kind: 'newspaper'},
  {id: 'middle-east-eye', name: 'Middle East Eye', aliases: ['MEE'], domains: ['middleeasteye.net'], fingerprints: [], country: 'GBR', kind: 'online'},
  {id: 'new-arab', name: 'The New Arab', aliases: ['New Arab', 'Al-Araby Al-Jadeed', 'Al Araby Al Jadeed', 'Al-Araby'], domains: ['newarab.com', 'english.alaraby.co.uk', 'alaraby.co.uk'], fingerprints: ['Live Story'], country: 'GBR', kind: 'online'},
  {id: 'dw', name: 'Deutsche Welle', aliases: ['DW'], domains: ['dw.com'], fingerprints: [], country: 'DEU', kind: 'broadcaster'},
  {id: 'france24', name: 'France 24', aliases: ['France24'], domains: ['france24.com'], fingerprints: [], country: 'FRA', kind: 'broadcaster'},
  {id: 'euronews', name: 'Euronews', aliases: [], domains: ['euronews.com'], fingerprints: [], country: 'FRA', kind: 'broadcaster'},

  // Russia.
  {id: 'rt', name: 'RT', aliases: ['Russia Today', 'RT News'], domains: ['rt.com'], fingerprints: ['Like this story? Share it with a friend!', 'Get short URL'], country: 'RUS', kind: 'broadcaster'},
  {id: 'moscow-times', name: 'The Moscow Times', aliases: ['Moscow Times'], domains: ['themoscowtimes.com'], fingerprints: [], country: 'RUS', kind: 'newspaper'},
  {id: 'meduza', name: 'Meduza', aliases: [], domains: ['meduza.io'], fingerprints: [], country: 'RUS', kind: 'online'},
  {id: 'southfront', name: 'SouthFront', aliases: ['South Front'], domains: ['southfront.org', 'southfront.press'], fingerprints: ['Do you like this content? Consider helping us!'], country: null, kind: 'online'},

  // Middle East and Turkey.
  {id: 'al-jazeera', name: 'Al Jazeera', aliases: ['Al Jazeera English', 'Al-Jazeera', 'Aljazeera'], domains: ['aljazeera.com', 'aljazeera.net'], fingerprints: [], country: 'QAT', kind: 'broadcaster'},
  {id: 'al-arabiya', name: 'Al Arabiya', aliases: ['Al Arabiya English', 'Al-Arabiya'], domains: ['alarabiya.net', 'english.alarabiya.net'], fingerprints: [], country: 'SAU', kind: 'broadcaster'},
  {id: 'asharq-al-awsat', name: 'Asharq Al-Awsat', aliases: ['Asharq Alawsat', 'Asharq al-Awsat', 'Asharq Al Awsat'], domains: ['aawsat.com', 'english.aawsat.com'], fingerprints: [], country: 'SAU', kind: 'newspaper'},
  {id: 'arab-news', name: 'Arab News', aliases: [], domains: ['arabnews.com'], fingerprints: [], country: 'SAU', kind: 'newspaper'},
  {id: 'times-of-israel', name: 'The Times of Israel', aliases: ['Times of Israel'], domains: ['timesofisrael.com'], fingerprints: [], country: 'ISR', kind: 'online'},
  {id: 'haaretz', name: 'Haaretz', aliases: [], domains: ['haaretz.com'], fingerprints: [], country: 'ISR', kind: 'newspaper'},
  {id: 'jerusalem-post', name: 'The Jerusalem Post', aliases: ['Jerusalem Post', 'JPost'], domains: ['jpost.com'], fingerprints: [], country: 'ISR', kind: 'newspaper'},
  {id: 'daily-sabah', name: 'Daily Sabah', aliases: [], domains: ['dailysabah.com'], fingerprints: [], country: 'TUR', kind: 'newspaper'},
  {id: 'hurriyet-daily-news', name: 'Hürriyet Daily News', aliases: ['Hurriyet Daily News'], domains: ['hurriyetdailynews.com'], fingerprints: [], country: 'TUR', kind: 'newspaper'},
  {id: 'trt-world', name: 'TRT World', aliases: [], domains: ['trtworld.com'], fingerprints: [], country: 'TUR', kind: 'broadcaster'},
  {id: 'press-tv', name: 'Press TV', aliases: ['PressTV'], domains: ['presstv.ir', 'presstv.com'], fingerprints: [], country: 'IRN', kind: 'broadcaster'},
  {id: 'gulf-news', name: 'Gulf News', aliases: [], domains: ['gulfnews.com'], fingerprints: [], country: 'ARE', kind: 'newspaper'},
  {id: 'the-national', name: 'The National', aliases: ['The National News'], domains: ['thenationalnews.com', 'thenational.ae'], fingerprints: [], country: 'ARE', kind: 'newspaper'},
  {id: 'khaleej-times', name: 'Khaleej Times', aliases: [], domains: ['khaleejtimes.com'], fingerprints: [], country: 'ARE', kind: 'newspaper'},
  {id: 'ahram-online', name: 'Ahram Online', aliases: ['Al-Ahram', 'Al Ahram'], domains: ['english.ahram.org.eg', 'ahram.org.eg'], fingerprints: [], country: 'EGY', kind: 'newspaper'},
  {id: 'al-mayadeen', name: 'Al Mayadeen', aliases: ['Al Mayadeen English', 'Al-Mayadeen'], domains: ['almayadeen.net', 'english.almayadeen.net'], fingerprints: [], country: 'LBN', kind: 'broadcaster'},
  {id: 'rudaw', name: 'Rudaw', aliases: [], domains: ['rudaw.net'], fingerprints: [], country: 'IRQ', kind: 'broadcaster'},
  {id: 'kurdistan-24', name: 'Kurdistan 24', aliases: ['Kurdistan24'], domains: ['kurdistan24.net'], fingerprints: [], country: 'IRQ', kind: 'broadcaster'},
  {id: 'enab-baladi', name: 'Enab Baladi', aliases: [], domains: ['enabbaladi.net', 'english.enabbaladi.net'], fingerprints: [], country: 'SYR', kind: 'online'},
  {id: 'north-press', name: 'North Press Agency', aliases: ['North Press'], domains: ['npasyria.com'], fingerprints: [], country: 'SYR', kind: 'wire'},

  // South Asia.
  {id: 'urdupoint', name: 'UrduPoint', aliases: ['UrduPoint News', 'Urdu Point'], domains: ['urdupoint.com'], fingerprints: [], country: 'PAK', kind: 'online'},
  {id: 'dawn', name: 'Dawn', aliases: ['DAWN', 'Dawn.com'], domains: ['dawn.com'], fingerprints: [], country: 'PAK', kind: 'newspaper'},
  {id: 'the-news-international', name: 'The News International', aliases: ['The News'], domains: ['thenews.com.pk'], fingerprints: [], country: 'PAK', kind: 'newspaper'},
  {id: 'express-tribune', name: 'The Express Tribune', aliases: ['Express Tribune'], domains: ['tribune.com.pk'], fingerprints: [], country: 'PAK', kind: 'newspaper'},
  {id: 'geo-news', name: 'Geo News', aliases: ['Geo TV', 'Geo'], domains: ['geo.tv'], fingerprints: [], country: 'PAK', kind: 'broadcaster'},
  {id: 'ary-news', name: 'ARY News', aliases: [], domains: ['arynews.tv'], fingerprints: [], country: 'PAK', kind: 'broadcaster'},
  {id: 'pakistan-today', name: 'Pakistan Today', aliases: [], domains: ['pakistantoday.com.pk'], fingerprints: [], country: 'PAK', kind: 'newspaper'},
  {id: 'times-of-india', name: 'The Times of India', aliases: ['Times of India', 'TOI'], domains: ['timesofindia.indiatimes.com', 'indiatimes.com'], fingerprints: [], country: 'IND', kind: 'newspaper'},
  {id: 'hindustan-times', name: 'Hindustan Times', aliases: [], domains: ['hindustantimes.com'], fingerprints: [], country: 'IND', kind: 'newspaper'},
  {id: 'ndtv', name: 'NDTV', aliases: [], domains: ['ndtv.com'], fingerprints: [], country: 'IND', kind: 'broadcaster'},
  {id: 'the-hindu', name: 'The Hindu', aliases: [], domains: ['thehindu.com'], fingerprints: [], country: 'IND', kind: 'newspaper'},
  {id: 'indian-express', name: 'The Indian Express', aliases: ['Indian Express'], domains: ['indianexpress.com'], fingerprints: [], country: 'IND', kind: 'newspaper'},
  {id: 'india-today', name: 'India Today', aliases: [], domains: ['indiatoday.in'], fingerprints: [], country: 'IND', kind: 'magazine'},
  {id: 'wion', name: 'WION', aliases: ['World Is One News'], domains: ['wionews.com'], fingerprints: [], country: 'IND', kind: 'broadcaster'},

  // East Asia.
  {id: 'scmp', name: 'South China Morning Post', aliases: ['SCMP'], domains: ['scmp.com'], fingerprints: [], country: 'HKG', kind: 'newspaper'},
  {id: 'global-times', name: 'Global Times', aliases: [], domains: ['globaltimes.cn'], fingerprints: [], country: 'CHN', kind: 'newspaper'},
  {id: 'china-daily', name: 'China Daily', aliases: [], domains: ['chinadaily.com.cn'], fingerprints: [], country: 'CHN', kind: 'newspaper'},
  {id: 'cgtn', name: 'CGTN', aliases: ['China Global Television Network'], domains: ['cgtn.com'], fingerprints: [], country: 'CHN', kind: 'broadcaster'},
  {id: 'japan-times', name: 'The Japan Times', aliases: ['Japan Times'], domains: ['japantimes.co.jp'], fingerprints: [], country: 'JPN', kind: 'newspaper'},
  {id: 'nikkei-asia', name: 'Nikkei Asia', aliases: ['Nikkei Asian Review'], domains: ['asia.nikkei.com'], fingerprints: [], country: 'JPN', kind: 'magazine'},
  {id: 'straits-times', name: 'The Straits Times', aliases: ['Straits Times'], domains: ['straitstimes.com'], fingerprints: [], country: 'SGP', kind: 'newspaper'},

  // Multinational and online.
  {id: 'brics-post', name: 'The BRICS Post', aliases: ['BRICS Post'], domains: ['thebricspost.com'], fingerprints: [], country: null, kind: 'online'}
]
