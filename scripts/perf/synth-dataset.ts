/**
 * Synthetic datasets for the performance bench: `npm run synth -- --events 100000 --out <path>`; `--places`,
 * `--actors`, `--sources` (…) set how many records the events spread over, `--towns` how many of the places are
 * towns of their own rather than sites within a city, `--layout json` writes plain `JSON.stringify` instead of one
 * record per line.
 *
 * The output obeys the same contract as the real dataset (`datasetSchema`, references and evidence offsets
 * included), so the app loads it unchanged. Source texts are the real articles in data/sources/*.txt, and
 * every evidence, quote and figure selects words that stand in them. A seeded PRNG makes a run repeatable.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
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
  type Place,
  type Quote,
  type Source,
} from '../../src/data/schema';
import { parseCliArgs } from './cli-args';
import { benchResultsDir, projectRoot } from './paths';
import {
  CITIES,
  EXPRESSIONS,
  FIRST_NAMES,
  FOREIGN,
  LAST_NAMES,
  METRICS,
  ORGANISATIONS,
  OUTLETS,
  REGIONS,
  SITES,
  TITLES,
  TYPE_WEIGHTS,
} from './synth-vocabulary';
import { wholeSource } from '../../src/data/source-text';

export interface SynthOptions {
  events: number;
  seed?: number;
  /** Defaults scale with `events`: one source per 40 events, one quote per 20, one figure per 50. */
  sources?: number;
  actors?: number;
  places?: number;
  /**
   * How many of the places beyond the fixed ones (Belarus, its regions, 30 cities, the neighbours) are towns of
   * their own, spread over the country with no parent, as a tool that knows no hierarchy writes them; the rest
   * are sites within the 30 cities. None by default.
   */
  towns?: number;
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

/**
 * The seeded draws every step shares. A seed reproduces a dataset only if the steps draw in the same order,
 * so the steps run in a fixed order and each draws in the order it builds its records.
 */
interface Draws {
  random: () => number;
  pick: <T>(items: readonly T[]) => T;
  /** Skewed choice: a few actors and places dominate, as in real coverage, so filters see big and small hits. */
  pickSkewed: <T>(items: readonly T[]) => T;
  /** A day offset within the period: denser in the first weeks, fading over the year, with Sunday marches on top. */
  day: () => number;
}

function createDraws(seed: number, startDay: number, days: number): Draws {
  const random = createRandom(seed);
  return {
    random,
    pick: (items) => items[Math.floor(random() * items.length)] as (typeof items)[number],
    pickSkewed: (items) => items[Math.floor(items.length * random() ** 2.5)] as (typeof items)[number],
    day: () => {
      for (;;) {
        const offset = Math.floor(random() * days);
        const sunday = new Date((startDay + offset) * DAY_MS).getUTCDay() === 0;
        const weight = (0.2 + Math.exp(-offset / 60)) * (sunday ? 2.5 : 1);
        if (random() * 3 < weight) return offset;
      }
    },
  };
}

/** Builds a dataset of the requested size that passes `datasetSchema`, deterministically for a seed. */
export function synthesizeDataset(options: SynthOptions, baseTexts: BaseText[]): Dataset {
  const eventCount = options.events;
  const usable = baseTexts.filter((base) => base.clauses.length > 0);
  if (usable.length === 0) throw new Error('synth: no article text with usable clauses');
  const startDay = Math.floor(Date.parse(options.start ?? '2020-08-09') / DAY_MS);
  const draws = createDraws(options.seed ?? 2020, startDay, Math.max(1, options.days ?? 365));

  const placeCount = options.places ?? Math.min(400, Math.max(60, Math.ceil(eventCount / 200)));
  const places = synthPlaces(placeCount, options.towns ?? 0, draws);
  const actorCount = options.actors ?? Math.min(400, Math.max(12, Math.ceil(eventCount / 250)));
  const actors = synthActors(Math.max(1, actorCount), draws);
  const sourceCount = Math.max(1, options.sources ?? Math.max(5, Math.ceil(eventCount / 40)));
  const coverage = synthSources(sourceCount, usable, startDay, draws);
  const cast = { actors, belarusPlaces: places.filter((place) => place.kind === 'city' || place.kind === 'site') };
  const events = synthEvents(eventCount, { ...cast, places, coverage, draws });
  const quotes = synthQuotes(options.quotes ?? Math.ceil(eventCount / 20), { ...cast, coverage, draws });
  const figures = synthFigures(options.figures ?? Math.ceil(eventCount / 50), { ...cast, coverage, draws });
  return { schemaVersion: SCHEMA_VERSION, sources: coverage.sources, actors, places, events, quotes, figures };
}

/**
 * Places: country → regions → cities → sites, plus the neighbours that foreign actors speak from; the first
 * `towns` places past the fixed ones are towns with no parent instead of sites.
 */
function synthPlaces(target: number, towns: number, { random }: Draws): Place[] {
  const places: Place[] = [
    { id: 'belarus', name: 'Belarus', kind: 'country', lat: 53.7098, lon: 27.9534, parentId: null },
  ];
  for (const [id, name, lat, lon] of REGIONS) places.push({ id, name, kind: 'region', lat, lon, parentId: 'belarus' });
  for (const [id, name, lat, lon] of FOREIGN) places.push({ id, name, kind: 'country', lat, lon, parentId: null });
  for (const [name, lat, lon, region] of CITIES)
    places.push({ id: slug(name), name, kind: 'city', lat, lon, parentId: region });
  for (let index = 0; index < towns && places.length < target; index++) {
    const name = `Settlement ${index + 1}`;
    // Within Belarus's bounding box: every town its own marker, none hidden under a city's.
    const lat = Math.round((51.3 + random() * 4.8) * 1e4) / 1e4;
    const lon = Math.round((23.3 + random() * 9.4) * 1e4) / 1e4;
    places.push({ id: slug(name), name, kind: 'city', lat, lon, parentId: null });
  }
  for (let index = 0; places.length < target; index++) {
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
  return places;
}

/** Actors: organisations first, then people and groups, each with a side the actor panel can group by. */
function synthActors(count: number, { pick }: Draws): Actor[] {
  const actors: Actor[] = [];
  const actorIds = new Set<string>();
  for (let index = 0; actors.length < count; index++) {
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
  return actors;
}

/** The sources, each with the real article it reuses, and how records find evidence and dates in them. */
interface Coverage {
  sources: Source[];
  bases: BaseText[];
  /** A source published on or soon after the day `offset`, as a report follows the event it describes. */
  sourceNear(offset: number): number;
  /** The day `offset`, or the source's publication day if that comes first. */
  dateFor(sourceIndex: number, offset: number): string;
  /** The source's publication day, as an offset from the period's start. */
  publishedOffset(sourceIndex: number): number;
  evidenceAt(sourceIndex: number, span: Span): Evidence;
  dateBasisFor(sourceIndex: number, date: string): { sourceId: string; expression: string | null };
  /** When a record was first reported: the earliest publication day among its evidence's sources. */
  reportedOf(evidence: readonly Evidence[]): string;
}

/** Sources: real article texts, republished over the period so evidence always has a dated source. */
function synthSources(count: number, usable: BaseText[], startDay: number, draws: Draws): Coverage {
  const sourceDays: number[] = [];
  for (let index = 0; index < count; index++) sourceDays.push(draws.day());
  sourceDays.sort((a, b) => a - b);
  const bases = sourceDays.map((_, index) => usable[index % usable.length] as BaseText);
  const sources: Source[] = sourceDays.map((offset, index) => {
    const outlet = draws.pick(OUTLETS);
    const published = isoDay(startDay + offset);
    const id = `${outlet ? slug(outlet) : 'article'}-${published}-${pad(index + 1, 5)}`;
    return wholeSource({ id, published, outlet, headline: null, text: (bases[index] as BaseText).text });
  });
  const source = (index: number) => sources[index] as Source;
  const publishedDay = (index: number) => Math.floor(Date.parse(source(index).published) / DAY_MS);
  const publishedOf = new Map(sources.map((item) => [item.id, item.published]));
  return {
    sources,
    bases,
    sourceNear: (offset) => {
      let low = 0;
      let high = sourceDays.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if ((sourceDays[middle] as number) < offset) low = middle + 1;
        else high = middle;
      }
      const from = Math.min(low, sourceDays.length - 1);
      return Math.min(sourceDays.length - 1, from + Math.floor(draws.random() * 3));
    },
    dateFor: (index, offset) => isoDay(Math.min(startDay + offset, publishedDay(index))),
    publishedOffset: (index) => publishedDay(index) - startDay,
    evidenceAt: (index, span) => {
      const { id, text } = source(index);
      return {
        sourceId: id,
        start: span.start,
        end: span.end,
        exact: text.slice(span.start, span.end),
        prefix: text.slice(Math.max(0, span.start - PREFIX_LENGTH), span.start),
        suffix: text.slice(span.end, span.end + PREFIX_LENGTH),
      };
    },
    dateBasisFor: (index, date) => ({
      sourceId: source(index).id,
      expression: source(index).published === date ? null : draws.pick(EXPRESSIONS),
    }),
    reportedOf: (evidence) =>
      evidence
        .map((item) => publishedOf.get(item.sourceId) ?? '')
        .reduce((earliest, published) => (published < earliest ? published : earliest)),
  };
}

/** What the record steps draw on: who acts, where, in which sources. */
interface Cast {
  actors: Actor[];
  belarusPlaces: Place[];
  coverage: Coverage;
  draws: Draws;
}

/** Events, dated first and numbered in date order as the real build writes them. */
function synthEvents(
  count: number,
  { actors, places, belarusPlaces, coverage, draws }: Cast & { places: Place[] },
): DatasetEvent[] {
  const { random, pick, pickSkewed } = draws;
  const foreignPlaces = places.filter((place) => FOREIGN.some(([id]) => id === place.id));
  const drawType = eventTypeDrawer(random);
  const eventDays: number[] = [];
  for (let index = 0; index < count; index++) eventDays.push(draws.day());
  eventDays.sort((a, b) => a - b);
  const milestoneEvery = Math.max(50, Math.floor(count / 12));
  const events = eventDays.map((offset, index): DatasetEvent => {
    const sourceIndex = coverage.sourceNear(offset);
    const type = drawType();
    const foreign = type === 'diplomatic-move' || type === 'phone-call';
    const place = foreign ? pick(foreignPlaces) : pickSkewed(belarusPlaces);
    // Some reports name no place; the map leaves those out and the other views still count them.
    const unplaced = !foreign && random() < 0.05;
    const involved = new Set<string>();
    const actorTotal = 1 + Math.floor(random() * 3);
    while (involved.size < Math.min(actorTotal, actors.length)) involved.add(pickSkewed(actors).id);
    const evidence = [coverage.evidenceAt(sourceIndex, pick((coverage.bases[sourceIndex] as BaseText).clauses))];
    if (random() < 0.2) {
      const second = coverage.sourceNear(offset);
      evidence.push(coverage.evidenceAt(second, pick((coverage.bases[second] as BaseText).clauses)));
    }
    const date = coverage.dateFor(sourceIndex, offset);
    return {
      id: `event-${pad(index + 1, 6)}`,
      date,
      dateBasis: coverage.dateBasisFor(sourceIndex, date),
      reported: coverage.reportedOf(evidence),
      type,
      title: titleOf(type, unplaced ? 'Belarus' : place.name),
      placeId: unplaced ? null : place.id,
      actorIds: [...involved],
      evidence,
      attribution: null,
      inferred: [],
      disputedBy: [],
      milestone: index % milestoneEvery === 0,
    };
  });
  linkDisputes(events, 0.02, random);
  return events;
}

function eventTypeDrawer(random: () => number): () => EventType {
  const weightOf = (type: EventType) => TYPE_WEIGHTS[type] ?? 1;
  const totalWeight = eventTypes.reduce((sum, type) => sum + weightOf(type), 0);
  return () => {
    let target = random() * totalWeight;
    for (const type of eventTypes) {
      target -= weightOf(type);
      if (target < 0) return type;
    }
    return eventTypes[0];
  };
}

const titleOf = (type: EventType, place: string) =>
  TITLES[type]?.(place) ?? `${type[0]?.toUpperCase() ?? ''}${type.slice(1).replace(/-/g, ' ')} in ${place}`;

/** A few accounts disagree with an earlier one; both sides record the dispute, as the real build does. */
function linkDisputes(items: { id: string; disputedBy: string[] }[], chance: number, random: () => number): void {
  items.forEach((item, index) => {
    if (index > 0 && random() < chance) {
      const other = items[Math.floor(random() * index)] as (typeof items)[number];
      item.disputedBy.push(other.id);
      other.disputedBy.push(item.id);
    }
  });
}

/** The sources whose article has spans of the kind a record needs (quoted words, amounts). */
function sourcesWith(coverage: Coverage, spans: (base: BaseText) => Span[]): number[] {
  return coverage.sources
    .map((_, index) => index)
    .filter((index) => spans(coverage.bases[index] as BaseText).length > 0);
}

/** Quotes: words that stand between quotation marks in the article, mostly dated. */
function synthQuotes(count: number, { actors, belarusPlaces, coverage, draws }: Cast): Quote[] {
  const { random, pick, pickSkewed } = draws;
  const quoteSources = sourcesWith(coverage, (base) => base.quotes);
  const quotes: Quote[] = [];
  for (let index = 0; index < count && quoteSources.length > 0; index++) {
    const sourceIndex = pick(quoteSources);
    const evidence = coverage.evidenceAt(sourceIndex, pick((coverage.bases[sourceIndex] as BaseText).quotes));
    const dated = random() < 0.9;
    const offset = coverage.publishedOffset(sourceIndex);
    const date = dated ? coverage.dateFor(sourceIndex, offset - Math.floor(random() * 2)) : null;
    quotes.push({
      id: `quote-${pad(index + 1, 6)}`,
      actorId: pickSkewed(actors).id,
      text: evidence.exact,
      date,
      dateBasis: date === null ? null : coverage.dateBasisFor(sourceIndex, date),
      reported: coverage.reportedOf([evidence]),
      placeId: random() < 0.3 ? null : pickSkewed(belarusPlaces).id,
      medium: random() < 0.2 ? null : pick(media),
      evidence: [evidence],
      via: null,
      inferred: [],
      disputedBy: [],
    });
  }
  return quotes;
}

/** Figures: amounts as the articles write them ("more than 6,700", "tens of thousands"). */
function synthFigures(count: number, { belarusPlaces, coverage, draws }: Cast): Figure[] {
  const { random, pick, pickSkewed } = draws;
  const figureSources = sourcesWith(coverage, (base) => base.amounts);
  const figures: Figure[] = [];
  for (let index = 0; index < count && figureSources.length > 0; index++) {
    const sourceIndex = pick(figureSources);
    const evidence = coverage.evidenceAt(sourceIndex, pick((coverage.bases[sourceIndex] as BaseText).amounts));
    const offset = coverage.publishedOffset(sourceIndex);
    const asOf = coverage.dateFor(sourceIndex, offset - Math.floor(random() * 2));
    const amount = parseAmount(evidence.exact);
    figures.push({
      id: `figure-${pad(index + 1, 6)}`,
      // Thousands of deaths would mislead anyone who reads the synthetic dataset; large counts are crowds or arrests.
      metric: amount.value !== null && amount.value >= 1000 ? pick(['crowd', 'detentions'] as const) : pick(METRICS),
      ...amount,
      label: evidence.exact,
      asOf,
      dateBasis: coverage.dateBasisFor(sourceIndex, asOf),
      reported: coverage.reportedOf([evidence]),
      placeId: random() < 0.2 ? null : pickSkewed(belarusPlaces).id,
      evidence: [evidence],
      attribution: null,
      inferred: [],
      disputedBy: [],
    });
  }
  linkDisputes(figures, 0.05, random);
  return figures;
}

function toCount(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 0) throw new Error(`synth: --${name} must be a whole number, got "${value}"`);
  return count;
}

function main(): void {
  const args = parseCliArgs('synth', {
    values: [
      'events',
      'seed',
      'out',
      'sources',
      'actors',
      'places',
      'towns',
      'quotes',
      'figures',
      'start',
      'days',
      'layout',
    ],
  });
  const layout = args.value('layout') ?? 'lines';
  if (layout !== 'lines' && layout !== 'json')
    throw new Error(`synth: --layout takes "lines" (one record per line) or "json" (JSON.stringify), got "${layout}"`);
  const count = (name: 'sources' | 'actors' | 'places' | 'towns' | 'quotes' | 'figures' | 'days') =>
    toCount(args.value(name), name);
  const events = toCount(args.value('events'), 'events') ?? 10_000;
  const seed = toCount(args.value('seed'), 'seed') ?? 2020;
  const out = resolve(args.value('out') ?? join(benchResultsDir, 'datasets', `synth-${events}-seed${seed}.json`));
  const started = performance.now();
  const dataset = synthesizeDataset(
    {
      events,
      seed,
      sources: count('sources'),
      actors: count('actors'),
      places: count('places'),
      towns: count('towns'),
      quotes: count('quotes'),
      figures: count('figures'),
      start: args.value('start'),
      days: count('days'),
    },
    loadBaseTexts(join(projectRoot, 'data', 'sources')),
  );
  checkAsTheAppWill(dataset);
  // "json" is the layout any other tool writes: the app must read it as well as its own.
  const json = layout === 'lines' ? formatDatasetLines(dataset) : JSON.stringify(dataset);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, json);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `synth: ${out}\n  ${dataset.events.length} events, ${dataset.sources.length} sources, ${dataset.actors.length} actors, ` +
      `${dataset.places.length} places, ${dataset.quotes.length} quotes, ${dataset.figures.length} figures; ` +
      `${(Buffer.byteLength(json) / 1e6).toFixed(1)} MB, ${seconds} s`,
  );
}

/** Checks the output as the app will, so a schema change that the generator misses fails here, not in the bench. */
function checkAsTheAppWill(dataset: Dataset): void {
  const result = datasetSchema.safeParse(dataset);
  if (result.success) return;
  const shown = result.error.issues.slice(0, 10).map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
  throw new Error(
    `synth: generated dataset fails datasetSchema (${result.error.issues.length} issues)\n${shown.join('\n')}`,
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
