/**
 * A gazetteer of places that international news names: major cities, provinces and regions,
 * most densely where conflicts are reported. Countries and their capitals come from
 * `countries.ts`; this list adds the rest.
 *
 * Data only. Names are as printed; the `event-arguments` stage also reads the grammar around
 * unknown names ("in the Syrian city of X", "in X province", "at X Airbase").
 */

/** A place of the gazetteer. */
export interface PlaceEntry {
  /** The usual English name: `Aleppo`. */
  name: string
  /** Other spellings as printed: `Halab`, `Haleb`. */
  aliases: readonly string[]
  /** ISO 3166-1 alpha-3 code of the country it lies in (`SYR`), or null for a sea or a region across borders. */
  country: string | null
  /** What it is. */
  kind: 'city' | 'province' | 'region' | 'site'
}

// name | aliases (;) | country | kind (c = city, p = province, r = region, s = site)
const table = `
Aleppo|Halab|SYR|c
Idlib|Idleb|SYR|p
Homs||SYR|c
Hama|Hamah|SYR|c
Latakia|Lattakia;Latakiya|SYR|c
Tartus|Tartous|SYR|c
Deir ez-Zor|Deir ez-Zour;Deir al-Zor;Deir el-Zor;Deir Ezzor;Deir Ez-Zor;Deir Ezzor|SYR|p
Raqqa|Raqqah;Al-Raqqa;ar-Raqqah|SYR|c
Hasakah|Al-Hasakah;al-Hasakah;Hassakeh;Al-Hassakeh;Hasaka|SYR|c
Qamishli|al-Qamishli;Al-Qamishli;Qamishlo|SYR|c
Kobani|Kobane;Ayn al-Arab|SYR|c
Manbij||SYR|c
Afrin||SYR|c
Daraa|Deraa;Dara'a|SYR|c
Douma||SYR|c
Eastern Ghouta|Ghouta|SYR|r
Palmyra|Tadmur|SYR|c
Tal Abyad|Tell Abyad|SYR|c
Ras al-Ain|Ras al-Ayn;Serekaniye|SYR|c
Quneitra||SYR|p
Sweida|Suwayda;As-Suwayda|SYR|p
Jisr al-Shughur|Jisr al-Shughour|SYR|c
Khan Sheikhoun|Khan Shaykhun|SYR|c
Al-Bab|al-Bab|SYR|c
Azaz|A'zaz|SYR|c
Jarablus||SYR|c
Al-Tanf|al-Tanf;Tanf|SYR|s
Hmeimim|Khmeimim;Hmeymim|SYR|s
Mosul||IRQ|c
Basra|Basrah|IRQ|c
Erbil|Irbil;Arbil|IRQ|c
Kirkuk||IRQ|c
Fallujah|Falluja|IRQ|c
Ramadi||IRQ|c
Tikrit||IRQ|c
Anbar|al-Anbar|IRQ|p
Nineveh|Ninewa|IRQ|p
Sinjar||IRQ|c
Samarra||IRQ|c
Najaf||IRQ|c
Karbala||IRQ|c
Sulaymaniyah|Sulaimaniya|IRQ|c
Diyala||IRQ|p
Iraqi Kurdistan|Kurdistan Region|IRQ|r
Kharkiv|Kharkov|UKR|c
Donetsk||UKR|c
Luhansk|Lugansk|UKR|c
Mariupol||UKR|c
Odesa|Odessa|UKR|c
Kherson||UKR|c
Zaporizhzhia|Zaporizhia;Zaporozhye|UKR|c
Crimea||UKR|r
Donbas|Donbass|UKR|r
Sevastopol||UKR|c
Bakhmut|Artemivsk|UKR|c
Lviv|Lvov|UKR|c
Dnipro|Dnipropetrovsk|UKR|c
Mykolaiv|Nikolaev|UKR|c
Avdiivka||UKR|c
St Petersburg|Saint Petersburg;St. Petersburg|RUS|c
Belgorod||RUS|c
Kursk||RUS|c
Rostov|Rostov-on-Don|RUS|c
Chechnya||RUS|r
Grozny||RUS|c
Dagestan||RUS|r
Kaliningrad||RUS|c
Sochi||RUS|c
Gaza|Gaza Strip;Gaza City|PSE|r
West Bank||PSE|r
Rafah||PSE|c
Khan Younis|Khan Yunis|PSE|c
Jenin||PSE|c
Nablus||PSE|c
Hebron||PSE|c
Bethlehem||PSE|c
Haifa||ISR|c
Golan Heights|Golan|SYR|r
Sidon|Saida|LBN|c
Tyre||LBN|c
Baalbek||LBN|c
Bekaa|Bekaa Valley|LBN|r
Hodeidah|Hudaydah|YEM|c
Taiz||YEM|c
Marib||YEM|c
Saada|Sa'dah|YEM|c
Kandahar||AFG|c
Helmand||AFG|p
Herat||AFG|c
Mazar-i-Sharif||AFG|c
Jalalabad||AFG|c
Kunduz||AFG|c
Nangarhar||AFG|p
Panjshir||AFG|p
Bagram||AFG|s
Karachi||PAK|c
Lahore||PAK|c
Peshawar||PAK|c
Quetta||PAK|c
Balochistan|Baluchistan|PAK|p
Khyber Pakhtunkhwa||PAK|p
Waziristan|North Waziristan;South Waziristan|PAK|r
Kashmir|Jammu and Kashmir|IND|r
Srinagar||IND|c
Mumbai|Bombay|IND|c
Benghazi||LBY|c
Misrata|Misurata|LBY|c
Sirte||LBY|c
Derna||LBY|c
Darfur||SDN|r
Omdurman||SDN|c
El Fasher|al-Fashir|SDN|c
Kordofan||SDN|r
Kismayo||SOM|c
Maiduguri||NGA|c
Borno||NGA|p
Lagos||NGA|c
Kano||NGA|c
Timbuktu||MLI|c
Gao||MLI|c
Kidal||MLI|c
Tigray||ETH|r
Mekelle||ETH|c
Amhara||ETH|r
Goma||COD|c
North Kivu||COD|p
South Kivu||COD|p
Ituri||COD|p
Rakhine||MMR|p
Yangon|Rangoon|MMR|c
Mandalay||MMR|c
Istanbul||TUR|c
Gaziantep||TUR|c
Diyarbakir|Diyarbakır|TUR|c
Incirlik||TUR|s
Izmir||TUR|c
Isfahan||IRN|c
Natanz||IRN|s
Mashhad||IRN|c
Qom||IRN|c
Sinai|Sinai Peninsula|EGY|r
Alexandria||EGY|c
Jeddah||SAU|c
Mecca|Makkah|SAU|c
Dubai||ARE|c
Geneva||CHE|c
Davos||CHE|c
New York||USA|c
Camp David||USA|s
Munich||DEU|c
Hamburg||DEU|c
Frankfurt||DEU|c
Marseille||FRA|c
Milan||ITA|c
Barcelona||ESP|c
Manchester||GBR|c
Belfast||GBR|c
Glasgow||GBR|c
Edinburgh||GBR|c
Hong Kong||CHN|c
Shanghai||CHN|c
Xinjiang||CHN|r
Tibet||CHN|r
Guangzhou||CHN|c
Los Angeles||USA|c
Chicago||USA|c
Guantanamo|Guantanamo Bay|USA|s
Nagorno-Karabakh|Karabakh|AZE|r
Abkhazia||GEO|r
South Ossetia||GEO|r
Transnistria||MDA|r
Kurdistan||null|r
Levant||null|r
Middle East||null|r
South China Sea||null|r
Taiwan Strait||null|r
Korean Peninsula|Korean peninsula|null|r
Persian Gulf||null|r
Red Sea||null|r
Black Sea||null|r
Mediterranean||null|r
Strait of Hormuz||null|r
Sahel||null|r
Horn of Africa||null|r
Balkans||null|r
Caucasus||null|r
`

const kinds = {c: 'city', p: 'province', r: 'region', s: 'site'} as const

/** The built-in places; see {@link PlaceEntry}. */
export const places: readonly PlaceEntry[] = table
  .trim()
  .split('\n')
  .map((line) => {
    const [name = '', aliases = '', country = '', kind = 'c'] = line.split('|')
    return {
      name,
      aliases: aliases ? aliases.split(';') : [],
      country: country === 'null' ? null : country,
      kind: kinds[kind as keyof typeof kinds] ?? 'city'
    }
  })

/**
 * Nouns that name a kind of place after a name ("Idlib province", "al-Qamishli Airbase") or
 * before "of" ("the Syrian city of Al-Hasakah").
 */
export const placeNouns: readonly string[] = [
  'city', 'town', 'village', 'province', 'governorate', 'region', 'district', 'districts', 'county', 'state', 'area',
  'neighborhood', 'neighbourhood', 'suburb', 'camp', 'border', 'crossing', 'airbase', 'air base', 'base', 'airport',
  'port', 'valley', 'mountains', 'river', 'prison', 'refinery', 'oil field', 'oilfield', 'highway', 'road', 'square',
  'strait', 'island', 'islands', 'peninsula', 'desert', 'coast', 'countryside', 'outskirts'
]
