/**
 * Synthetic datasets for the performance bench: `npm run synth -- --events 100000 --out <path>`.
 *
 * The output obeys the same contract as the real dataset (`datasetSchema`, references and evidence offsets
 * included), so the app loads it unchanged. Source texts are the real articles in data/sources/*.txt, and
 * every evidence, quote and figure selects words that stand in them. A seeded PRNG makes a run repeatable.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { formatDatasetLines } from '../../src/data/dataset-lines';
import {
  actorSides,
  datasetSchema,
  eventTypes,
  media,
  SCHEMA_VERSION,
  type Actor,
  type ActorSide,
  type Dataset,
  type DatasetEvent,
  type EventType,
  type Evidence,
  type Figure,
  type Metric,
  type Place,
  type Quote,
  type Source,
} from '../../src/data/schema';

export interface SynthOptions {
  events: number;
  seed?: number;
  /** Defaults scale with `events`: one source per 40 events, one quote per 20, one figure per 50. */
  sources?: number;
  actors?: number;
  places?: number;
  quotes?: number;
  figures?: number;
  /** First day of coverage; events spread over `days` from here, denser early and on Sundays. */
  start?: string;
  days?: number;
}

/** A real article whose text the synthetic sources reuse, and the spans that can serve as evidence. */
export interface BaseText {
  text: string;
  clauses: Span[];
  quotes: Span[];
  amounts: Span[];
}

interface Span {
  start: number;
  end: number;
}

const PREFIX_LENGTH = 32;
const DAY_MS = 86_400_000;

/** mulberry32: tiny, fast and good enough to spread synthetic records; the same seed gives the same dataset. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Finds in an article the clauses, quoted words and reported amounts that evidence can point at. */
export function indexBaseText(text: string): BaseText {
  const clauses: Span[] = [];
  // Clauses end at sentence punctuation or a comma; evidence in the real dataset is a phrase, not a paragraph.
  for (const match of text.matchAll(/(?:[^.,;:!?“”"\n]|[.,](?=\d))+/g)) {
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed.length >= 20 && trimmed.length <= 160) {
      clauses.push({ start: match.index + lead, end: match.index + lead + trimmed.length });
    }
  }
  const quotes: Span[] = [];
  for (const match of text.matchAll(/“([^”]+)”/g)) {
    const words = match[1] ?? '';
    const end = match.index + 1 + words.replace(/[,\s]+$/, '').length;
    if (words.split(/\s+/).length >= 3) quotes.push({ start: match.index + 1, end });
  }
  const amounts: Span[] = [];
  const amount =
    /\b(?:(?:more than|at least|around|about|nearly|over|some|up to|almost) \d{1,3}(?:,\d{3})+|\d{1,3}(?:,\d{3})+|(?:tens of thousands|hundreds of thousands|thousands|hundreds|dozens|scores))\b/gi;
  for (const match of text.matchAll(amount)) amounts.push({ start: match.index, end: match.index + match[0].length });
  return { text, clauses, quotes, amounts };
}

/** Reads the real articles, in a fixed order so a seed means the same dataset on every machine. */
export function loadBaseTexts(directory: string): BaseText[] {
  return readdirSync(directory)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => indexBaseText(readFileSync(join(directory, name), 'utf8')));
}

const CITIES: [string, number, number, string][] = [
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

const REGIONS: [string, string, number, number][] = [
  ['minsk-region', 'Minsk Region', 53.9, 27.9],
  ['brest-region', 'Brest Region', 52.5, 25.3],
  ['grodno-region', 'Grodno Region', 53.6, 24.9],
  ['gomel-region', 'Gomel Region', 52.4, 29.8],
  ['mogilev-region', 'Mogilev Region', 53.7, 30.0],
  ['vitebsk-region', 'Vitebsk Region', 55.1, 29.0],
];

const FOREIGN: [string, string, number, number][] = [
  ['russia', 'Russia', 55.7558, 37.6173],
  ['lithuania', 'Lithuania', 54.6872, 25.2797],
  ['poland', 'Poland', 52.2297, 21.0122],
  ['ukraine', 'Ukraine', 50.4501, 30.5234],
  ['latvia', 'Latvia', 56.9496, 24.1052],
];

const SITES = [
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

const FIRST_NAMES = [
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
const LAST_NAMES = [
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
const ORGANISATIONS: [string, ActorSide][] = [
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
const OUTLETS = ['Reuters', 'Bloomberg', 'CNN', 'AP', 'BBC', null, null];

// Types the schema gains later get weight 1 and a generic title, so the generator keeps up without edits.
const TYPE_WEIGHTS: Partial<Record<EventType, number>> = {
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

const TITLES: Partial<Record<EventType, (place: string) => string>> = {
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

const METRICS: Metric[] = ['detentions', 'crowd', 'deaths'];
const EXPRESSIONS = ['on Sunday', 'on Monday', 'on Saturday', 'last week', 'on Tuesday', 'overnight'];

function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function isoDay(epochDay: number): string {
  return new Date(epochDay * DAY_MS).toISOString().slice(0, 10);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function parseAmount(label: string): Pick<Figure, 'value' | 'low' | 'high' | 'qualifier'> {
  const digits = /\d{1,3}(?:,\d{3})+|\d+/.exec(label);
  if (!digits) return { value: null, low: null, high: null, qualifier: label.toLowerCase() };
  const value = Number(digits[0].replace(/,/g, ''));
  const qualifier = label.slice(0, digits.index).trim().toLowerCase() || null;
  const atLeast = qualifier === 'more than' || qualifier === 'at least' || qualifier === 'over';
  return { value, low: atLeast ? value : null, high: qualifier === 'up to' ? value : null, qualifier };
}

/** Builds a dataset of the requested size that passes `datasetSchema`, deterministically for a seed. */
export function synthesizeDataset(options: SynthOptions, baseTexts: BaseText[]): Dataset {
  const eventCount = options.events;
  const random = createRandom(options.seed ?? 2020);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  // Skewed choice: a few actors and places dominate, as in real coverage, so filters see both big and small hits.
  const pickSkewed = <T>(items: readonly T[]): T => items[Math.floor(items.length * random() ** 2.5)] as T;
  const usable = baseTexts.filter((base) => base.clauses.length > 0);
  if (usable.length === 0) throw new Error('synth: no article text with usable clauses');
  const withQuotes = usable.filter((base) => base.quotes.length > 0);
  const withAmounts = usable.filter((base) => base.amounts.length > 0);

  const sourceCount = Math.max(1, options.sources ?? Math.max(5, Math.ceil(eventCount / 40)));
  const actorCount = Math.max(1, options.actors ?? Math.min(400, Math.max(12, Math.ceil(eventCount / 250))));
  const quoteCount = options.quotes ?? Math.ceil(eventCount / 20);
  const figureCount = options.figures ?? Math.ceil(eventCount / 50);
  const startDay = Math.floor(Date.parse(options.start ?? '2020-08-09') / DAY_MS);
  const days = Math.max(1, options.days ?? 365);

  // Denser in the first weeks, fading over the year, with Sunday marches on top.
  const drawDay = (): number => {
    for (;;) {
      const offset = Math.floor(random() * days);
      const sunday = new Date((startDay + offset) * DAY_MS).getUTCDay() === 0;
      const weight = (0.2 + Math.exp(-offset / 60)) * (sunday ? 2.5 : 1);
      if (random() * 3 < weight) return offset;
    }
  };

  // Places: country → regions → cities → sites, plus the neighbours that foreign actors speak from.
  const places: Place[] = [
    { id: 'belarus', name: 'Belarus', kind: 'country', lat: 53.7098, lon: 27.9534, parentId: null },
  ];
  for (const [id, name, lat, lon] of REGIONS) places.push({ id, name, kind: 'region', lat, lon, parentId: 'belarus' });
  for (const [id, name, lat, lon] of FOREIGN) places.push({ id, name, kind: 'country', lat, lon, parentId: null });
  for (const [name, lat, lon, region] of CITIES)
    places.push({ id: slug(name), name, kind: 'city', lat, lon, parentId: region });
  const placeTarget = Math.max(
    places.length,
    options.places ?? Math.min(400, Math.max(60, Math.ceil(eventCount / 200))),
  );
  for (let index = 0; places.length < placeTarget; index++) {
    const [city, lat, lon] = CITIES[index % CITIES.length] as (typeof CITIES)[number];
    const site = SITES[Math.floor(index / CITIES.length) % SITES.length] as string;
    const round = Math.floor(index / (CITIES.length * SITES.length));
    const name = `${city} ${site}${round > 0 ? ` ${round + 1}` : ''}`;
    places.push({
      id: slug(name),
      name,
      kind: 'site',
      lat: Math.round((lat + (random() - 0.5) * 0.04) * 1e4) / 1e4,
      lon: Math.round((lon + (random() - 0.5) * 0.06) * 1e4) / 1e4,
      parentId: slug(city),
    });
  }
  const belarusPlaces = places.filter((place) => place.kind === 'city' || place.kind === 'site');
  const foreignPlaces = places.filter((place) => FOREIGN.some(([id]) => id === place.id));

  // Actors: organisations first, then people, each with a side the actor panel can group by.
  const actors: Actor[] = [];
  const actorIds = new Set<string>();
  for (let index = 0; actors.length < actorCount; index++) {
    let name: string;
    let kind: Actor['kind'];
    let side: ActorSide;
    const organisation = ORGANISATIONS[index];
    if (organisation) {
      [name, side] = organisation;
      kind = 'organisation';
    } else if (index % 5 === 0) {
      name = `${pick(CITIES)[0]} ${pick(['residents', 'students', 'pensioners', 'workers', 'medics'])}`;
      kind = 'group';
      side = pick(['opposition', 'other'] as const);
    } else {
      name = `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`;
      kind = 'person';
      side = pick(actorSides);
    }
    let id = slug(name);
    for (let suffix = 2; actorIds.has(id); suffix++) id = `${slug(name)}-${suffix}`;
    actorIds.add(id);
    const surname = name.split(' ').at(-1) ?? name;
    actors.push({
      id,
      name: id === slug(name) ? name : `${name} (${id.split('-').at(-1)})`,
      aliases: kind === 'person' ? [surname] : [],
      kind,
      side,
      description: `Synthetic ${kind} for performance tests.`,
    });
  }

  // Sources: real article texts, republished over the period so evidence always has a dated source.
  const sources: Source[] = [];
  const sourceBases: BaseText[] = [];
  const sourceDays: number[] = [];
  for (let index = 0; index < sourceCount; index++) sourceDays.push(drawDay());
  sourceDays.sort((a, b) => a - b);
  sourceDays.forEach((offset, index) => {
    const base = usable[index % usable.length] as BaseText;
    const outlet = pick(OUTLETS);
    const published = isoDay(startDay + offset);
    sources.push({
      id: `${outlet ? slug(outlet) : 'article'}-${published}-${pad(index + 1, 5)}`,
      published,
      outlet,
      headline: null,
      text: base.text,
    });
    sourceBases.push(base);
  });

  // A source published on or soon after `offset`, as a report follows the event it describes.
  const sourceNear = (offset: number): number => {
    let low = 0;
    let high = sourceDays.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((sourceDays[middle] as number) < offset) low = middle + 1;
      else high = middle;
    }
    const from = Math.min(low, sourceDays.length - 1);
    return Math.min(sourceDays.length - 1, from + Math.floor(random() * 3));
  };
  const evidenceAt = (sourceIndex: number, span: Span): Evidence => {
    const text = (sources[sourceIndex] as Source).text;
    return {
      sourceId: (sources[sourceIndex] as Source).id,
      start: span.start,
      end: span.end,
      exact: text.slice(span.start, span.end),
      prefix: text.slice(Math.max(0, span.start - PREFIX_LENGTH), span.start),
      suffix: text.slice(span.end, span.end + PREFIX_LENGTH),
    };
  };
  const dateBasisFor = (sourceIndex: number, date: string) => {
    const source = sources[sourceIndex] as Source;
    return { sourceId: source.id, expression: source.published === date ? null : pick(EXPRESSIONS) };
  };
  const dateFor = (sourceIndex: number, offset: number) =>
    isoDay(Math.min(startDay + offset, Math.floor(Date.parse((sources[sourceIndex] as Source).published) / DAY_MS)));

  // Events, dated first and numbered in date order as the real build writes them.
  const weightOf = (type: EventType) => TYPE_WEIGHTS[type] ?? 1;
  const totalWeight = eventTypes.reduce((sum, type) => sum + weightOf(type), 0);
  const drawType = (): EventType => {
    let target = random() * totalWeight;
    for (const type of eventTypes) {
      target -= weightOf(type);
      if (target < 0) return type;
    }
    return eventTypes[0];
  };
  const titleOf = (type: EventType, place: string) =>
    TITLES[type]?.(place) ?? `${type[0]?.toUpperCase() ?? ''}${type.slice(1).replace(/-/g, ' ')} in ${place}`;
  const eventDays: number[] = [];
  for (let index = 0; index < eventCount; index++) eventDays.push(drawDay());
  eventDays.sort((a, b) => a - b);
  const milestoneEvery = Math.max(50, Math.floor(eventCount / 12));
  const events: DatasetEvent[] = eventDays.map((offset, index) => {
    const sourceIndex = sourceNear(offset);
    const type = drawType();
    const foreign = type === 'diplomatic-move' || type === 'phone-call';
    const place = foreign ? pick(foreignPlaces) : pickSkewed(belarusPlaces);
    // Some reports name no place; the map leaves those out and the other views still count them.
    const unplaced = !foreign && random() < 0.05;
    const involved = new Set<string>();
    const actorTotal = 1 + Math.floor(random() * 3);
    while (involved.size < Math.min(actorTotal, actors.length)) involved.add(pickSkewed(actors).id);
    const evidence = [evidenceAt(sourceIndex, pick((sourceBases[sourceIndex] as BaseText).clauses))];
    if (random() < 0.2) {
      const second = sourceNear(offset);
      evidence.push(evidenceAt(second, pick((sourceBases[second] as BaseText).clauses)));
    }
    const date = dateFor(sourceIndex, offset);
    return {
      id: `event-${pad(index + 1, 6)}`,
      date,
      dateBasis: dateBasisFor(sourceIndex, date),
      type,
      title: titleOf(type, unplaced ? 'Belarus' : place.name),
      placeId: unplaced ? null : place.id,
      actorIds: [...involved],
      evidence,
      disputedBy: [],
      milestone: index % milestoneEvery === 0,
    };
  });
  // A few accounts disagree with an earlier one; both sides record the dispute, as the real build does.
  events.forEach((event, index) => {
    if (index > 0 && random() < 0.02) {
      const other = events[Math.floor(random() * index)] as DatasetEvent;
      event.disputedBy.push(other.id);
      other.disputedBy.push(event.id);
    }
  });

  const quotes: Quote[] = [];
  const quoteSources = sources
    .map((_, index) => index)
    .filter((index) => withQuotes.includes(sourceBases[index] as BaseText));
  for (let index = 0; index < quoteCount && quoteSources.length > 0; index++) {
    const sourceIndex = pick(quoteSources);
    const evidence = evidenceAt(sourceIndex, pick((sourceBases[sourceIndex] as BaseText).quotes));
    const dated = random() < 0.9;
    const offset = Math.floor(Date.parse((sources[sourceIndex] as Source).published) / DAY_MS) - startDay;
    const date = dated ? dateFor(sourceIndex, offset - Math.floor(random() * 2)) : null;
    quotes.push({
      id: `quote-${pad(index + 1, 6)}`,
      actorId: pickSkewed(actors).id,
      text: evidence.exact,
      date,
      dateBasis: date === null ? null : dateBasisFor(sourceIndex, date),
      placeId: random() < 0.3 ? null : pickSkewed(belarusPlaces).id,
      medium: random() < 0.2 ? null : pick(media),
      evidence: [evidence],
    });
  }

  const figures: Figure[] = [];
  const figureSources = sources
    .map((_, index) => index)
    .filter((index) => withAmounts.includes(sourceBases[index] as BaseText));
  for (let index = 0; index < figureCount && figureSources.length > 0; index++) {
    const sourceIndex = pick(figureSources);
    const evidence = evidenceAt(sourceIndex, pick((sourceBases[sourceIndex] as BaseText).amounts));
    const offset = Math.floor(Date.parse((sources[sourceIndex] as Source).published) / DAY_MS) - startDay;
    const asOf = dateFor(sourceIndex, offset - Math.floor(random() * 2));
    const amount = parseAmount(evidence.exact);
    figures.push({
      id: `figure-${pad(index + 1, 6)}`,
      // Thousands of deaths would mislead anyone who reads the synthetic dataset; large counts are crowds or arrests.
      metric: amount.value !== null && amount.value >= 1000 ? pick(['crowd', 'detentions'] as const) : pick(METRICS),
      ...amount,
      label: evidence.exact,
      asOf,
      dateBasis: dateBasisFor(sourceIndex, asOf),
      placeId: random() < 0.2 ? null : pickSkewed(belarusPlaces).id,
      evidence: [evidence],
      disputedBy: [],
    });
  }
  figures.forEach((figure, index) => {
    if (index > 0 && random() < 0.05) {
      const other = figures[Math.floor(random() * index)] as Figure;
      figure.disputedBy.push(other.id);
      other.disputedBy.push(figure.id);
    }
  });

  return { schemaVersion: SCHEMA_VERSION, sources, actors, places, events, quotes, figures };
}

function readArguments(argv: string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (let index = 0; index < argv.length; index++) {
    const flag = argv[index] as string;
    if (!flag.startsWith('--')) throw new Error(`synth: unexpected argument "${flag}"`);
    const [name, inline] = flag.slice(2).split('=', 2) as [string, string | undefined];
    const value = inline ?? argv[++index];
    if (value === undefined) throw new Error(`synth: --${name} needs a value`);
    values[name] = value;
  }
  return values;
}

function toCount(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 0) throw new Error(`synth: --${name} must be a whole number, got "${value}"`);
  return count;
}

function main(): void {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const args = readArguments(process.argv.slice(2));
  const known = ['events', 'seed', 'out', 'sources', 'actors', 'places', 'quotes', 'figures', 'start', 'days'];
  const unknown = Object.keys(args).filter((name) => !known.includes(name));
  if (unknown.length > 0)
    throw new Error(`synth: unknown option --${unknown.join(', --')} (known: --${known.join(', --')})`);
  const events = toCount(args.events, 'events') ?? 10_000;
  const seed = toCount(args.seed, 'seed') ?? 2020;
  const out = resolve(args.out ?? join(root, 'bench-results', 'datasets', `synth-${events}-seed${seed}.json`));
  const started = performance.now();
  const dataset = synthesizeDataset(
    {
      events,
      seed,
      sources: toCount(args.sources, 'sources'),
      actors: toCount(args.actors, 'actors'),
      places: toCount(args.places, 'places'),
      quotes: toCount(args.quotes, 'quotes'),
      figures: toCount(args.figures, 'figures'),
      start: args.start,
      days: toCount(args.days, 'days'),
    },
    loadBaseTexts(join(root, 'data', 'sources')),
  );
  // Check the output as the app will, so a schema change that the generator misses fails here, not in the bench.
  const result = datasetSchema.safeParse(dataset);
  if (!result.success) {
    const shown = result.error.issues.slice(0, 10).map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(
      `synth: generated dataset fails datasetSchema (${result.error.issues.length} issues)\n${shown.join('\n')}`,
    );
  }
  const json = formatDatasetLines(dataset);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, json);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `synth: ${out}\n  ${dataset.events.length} events, ${dataset.sources.length} sources, ${dataset.actors.length} actors, ` +
      `${dataset.places.length} places, ${dataset.quotes.length} quotes, ${dataset.figures.length} figures; ` +
      `${(Buffer.byteLength(json) / 1e6).toFixed(1)} MB, ${seconds} s`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
