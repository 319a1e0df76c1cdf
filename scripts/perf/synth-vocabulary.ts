/**
 * The names the synthetic dataset draws from: Belarusian places and people, the organisations that figure in
 * the coverage, and the words its events and dates are written in. Plausible, not real records.
 */
import type { ActorSide, EventType, Metric } from '../../src/data/schema';

/** Name, latitude, longitude and the region it lies in. */
export const CITIES: [string, number, number, string][] = [
  ['Minsk', 53.9045, 27.5615, 'minsk-region'],
  ['Brest', 52.0976, 23.7341, 'brest-region'],
  ['Grodno', 53.6694, 23.8131, 'grodno-region'],
  ['Gomel', 52.4412, 30.9878, 'gomel-region'],
  ['Mogilev', 53.9007, 30.3314, 'mogilev-region'],
  ['Vitebsk', 55.1904, 30.2049, 'vitebsk-region'],
  ['Babruysk', 53.1384, 29.2214, 'mogilev-region'],
  ['Baranovichi', 53.1327, 26.0139, 'brest-region'],
  ['Borisov', 54.2279, 28.505, 'minsk-region'],
  ['Pinsk', 52.1229, 26.0951, 'brest-region'],
  ['Orsha', 54.5081, 30.4172, 'vitebsk-region'],
  ['Mozyr', 52.0495, 29.2456, 'gomel-region'],
  ['Soligorsk', 52.7876, 27.5415, 'minsk-region'],
  ['Navapolatsk', 55.5318, 28.599, 'vitebsk-region'],
  ['Lida', 53.8885, 25.2846, 'grodno-region'],
  ['Molodechno', 54.3104, 26.8389, 'minsk-region'],
  ['Polotsk', 55.4879, 28.7856, 'vitebsk-region'],
  ['Zhlobin', 52.8926, 30.024, 'gomel-region'],
  ['Svetlogorsk', 52.6329, 29.7389, 'gomel-region'],
  ['Rechitsa', 52.3617, 30.3916, 'gomel-region'],
  ['Slutsk', 53.0274, 27.5597, 'minsk-region'],
  ['Zhodino', 54.0985, 28.3331, 'minsk-region'],
  ['Kobrin', 52.2138, 24.3564, 'brest-region'],
  ['Slonim', 53.0869, 25.3163, 'grodno-region'],
  ['Volkovysk', 53.1561, 24.4513, 'grodno-region'],
  ['Smarhon', 54.4836, 26.3976, 'grodno-region'],
  ['Rogachev', 53.096, 30.0497, 'gomel-region'],
  ['Osipovichi', 53.3012, 28.6386, 'mogilev-region'],
  ['Gorki', 54.2862, 30.9863, 'mogilev-region'],
  ['Kalinkavichy', 52.1323, 29.3257, 'gomel-region'],
];

/** Id, name, latitude and longitude. */
export const REGIONS: [string, string, number, number][] = [
  ['minsk-region', 'Minsk Region', 53.9, 27.9],
  ['brest-region', 'Brest Region', 52.5, 25.3],
  ['grodno-region', 'Grodno Region', 53.6, 24.9],
  ['gomel-region', 'Gomel Region', 52.4, 29.8],
  ['mogilev-region', 'Mogilev Region', 53.7, 30.0],
  ['vitebsk-region', 'Vitebsk Region', 55.1, 29.0],
];

/** The neighbours foreign actors speak from: id, name, latitude and longitude. */
export const FOREIGN: [string, string, number, number][] = [
  ['russia', 'Russia', 55.7558, 37.6173],
  ['lithuania', 'Lithuania', 54.6872, 25.2797],
  ['poland', 'Poland', 52.2297, 21.0122],
  ['ukraine', 'Ukraine', 50.4501, 30.5234],
  ['latvia', 'Latvia', 56.9496, 24.1052],
];

export const SITES = [
  'central square',
  'railway station',
  'district court',
  'state university',
  'executive committee',
  'detention centre',
  'tractor works',
  'main avenue',
  'regional hospital',
  'city park',
];

export const FIRST_NAMES = [
  'Alena',
  'Andrei',
  'Darya',
  'Dzmitry',
  'Hanna',
  'Ihar',
  'Iryna',
  'Katsiaryna',
  'Maksim',
  'Maria',
  'Mikalai',
  'Natallia',
  'Pavel',
  'Raman',
  'Siarhei',
  'Tatsiana',
  'Uladzimir',
  'Viktar',
  'Volha',
  'Yauhen',
];
export const LAST_NAMES = [
  'Adamovich',
  'Bandarenka',
  'Bialiatski',
  'Charnysh',
  'Dashkevich',
  'Haurylenka',
  'Kavaliou',
  'Klimovich',
  'Kuzmich',
  'Lahvinets',
  'Marozau',
  'Novik',
  'Pashkevich',
  'Rabtsevich',
  'Sakalou',
  'Shymanski',
  'Tsarova',
  'Vasilevich',
  'Yermak',
  'Zhuk',
];
export const ORGANISATIONS: [string, ActorSide][] = [
  ['Interior Ministry', 'authorities'],
  ['Central Election Commission', 'authorities'],
  ['KGB', 'authorities'],
  ['Investigative Committee', 'authorities'],
  ['riot police', 'authorities'],
  ['Coordination Council', 'opposition'],
  ['strike committee', 'opposition'],
  ['independent trade union', 'opposition'],
  ['Viasna human rights centre', 'opposition'],
  ['European Union', 'foreign'],
  ['Kremlin', 'foreign'],
  ['OSCE', 'foreign'],
  ['Belarusian Association of Journalists', 'other'],
  ['state television', 'authorities'],
  ['Orthodox Church', 'other'],
];
export const OUTLETS = ['Reuters', 'Bloomberg', 'CNN', 'AP', 'BBC', null, null];

// How often each event type occurs. Types the schema gains later get weight 1 and a generic title, so the
// generator keeps up without edits.
export const TYPE_WEIGHTS: Partial<Record<EventType, number>> = {
  election: 0.2,
  detention: 18,
  strike: 6,
  walkout: 3,
  rally: 10,
  protest: 40,
  statement: 12,
  'diplomatic-move': 4,
  'phone-call': 2,
  meeting: 5,
};

export const TITLES: Partial<Record<EventType, (place: string) => string>> = {
  election: (place) => `Presidential vote held, polling stations in ${place}`,
  detention: (place) => `Protesters detained in ${place}`,
  strike: (place) => `Workers strike in ${place}`,
  walkout: (place) => `Staff walk out in ${place}`,
  rally: (place) => `Rally in ${place}`,
  protest: (place) => `Protest in ${place}`,
  statement: (place) => `Statement on the crackdown in ${place}`,
  'diplomatic-move': (place) => `Diplomatic move over events in ${place}`,
  'phone-call': (place) => `Phone call about ${place}`,
  meeting: (place) => `Meeting in ${place}`,
};

export const METRICS: Metric[] = ['detentions', 'crowd', 'deaths'];
export const EXPRESSIONS = ['on Sunday', 'on Monday', 'on Saturday', 'last week', 'on Tuesday', 'overnight'];
