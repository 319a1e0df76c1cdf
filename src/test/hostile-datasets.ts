/**
 * A corpus of broken and hostile datasets, one failure mode each: the committed dataset with one thing changed, and
 * the problem the app's check must report (path and message). hostile-datasets.test.ts checks each whole and
 * record by record, as the loader does.
 */
import type { Dataset } from '../data/schema';

/** A dataset as JSON: anything may be anywhere. */
type Json = Record<string, unknown> & { [name in keyof Dataset]: unknown };
type Records = Record<string, unknown>[];

export interface HostileDataset {
  name: string;
  /** Changes a copy of the committed dataset, or returns something else to check. */
  change: (dataset: Json) => unknown;
  /** A problem the check must report: its path, and its message (a pattern where zod words it). */
  reported: { path: PropertyKey[]; message: string | RegExp };
}

const records = (dataset: Json, name: keyof Dataset) => dataset[name] as Records;
const first = (dataset: Json, name: keyof Dataset) => records(dataset, name)[0]!;
const evidenceOf = (dataset: Json) => (first(dataset, 'figures').evidence as Records)[0]!;
const set = (dataset: Json, name: keyof Dataset, field: string, value: unknown) => {
  first(dataset, name)[field] = value;
  return dataset;
};
const OUT_OF_RANGE = 'must be a day from 1900-01-01 to 2100-12-31';

export const hostileDatasets: HostileDataset[] = [
  // The file as a whole
  { name: 'a list instead of an object', change: () => [], reported: { path: [], message: 'expected object' } },
  { name: 'null', change: () => null, reported: { path: [], message: 'expected object' } },
  { name: 'a string', change: () => 'dataset', reported: { path: [], message: 'expected object' } },
  {
    name: 'another schema version',
    change: (d) => ({ ...d, schemaVersion: 2 }),
    reported: { path: ['schemaVersion'], message: 'expected 3' },
  },
  {
    name: 'a missing collection',
    change: ({ quotes: _quotes, ...rest }) => rest,
    reported: { path: ['quotes'], message: 'expected array' },
  },
  {
    name: 'a collection that is not a list',
    change: (d) => ({ ...d, places: { minsk: {} } }),
    reported: { path: ['places'], message: 'expected array' },
  },
  {
    name: 'a record that is not an object',
    change: (d) => ({ ...d, actors: ['lukashenko', ...records(d, 'actors').slice(1)] }),
    reported: { path: ['actors', 0], message: 'expected object' },
  },
  // Fields
  {
    name: 'an id that is not a slug',
    change: (d) => set(d, 'actors', 'id', '../../etc/passwd'),
    reported: { path: ['actors', 0, 'id'], message: 'must be a lowercase slug like "minsk"' },
  },
  {
    name: 'an unknown kind of actor',
    change: (d) => set(d, 'actors', 'kind', 'robot'),
    reported: { path: ['actors', 0, 'kind'], message: 'expected one of "person", "organisation", "state", "group"' },
  },
  {
    name: 'a latitude off the globe',
    change: (d) => set(d, 'places', 'lat', 91),
    reported: { path: ['places', 0, 'lat'], message: /./ },
  },
  {
    name: 'a longitude that is not a number',
    change: (d) => set(d, 'places', 'lon', '27.5'),
    reported: { path: ['places', 0, 'lon'], message: 'expected number' },
  },
  {
    name: 'an unknown event type',
    change: (d) => set(d, 'events', 'type', 'coup'),
    reported: { path: ['events', 0, 'type'], message: /./ },
  },
  {
    name: 'an empty title',
    change: (d) => set(d, 'events', 'title', ''),
    reported: { path: ['events', 0, 'title'], message: /./ },
  },
  {
    name: 'an event without evidence',
    change: (d) => set(d, 'events', 'evidence', []),
    reported: { path: ['events', 0, 'evidence'], message: /./ },
  },
  {
    name: 'a negative offset',
    change: (d) => {
      evidenceOf(d).start = -1;
      return d;
    },
    reported: { path: ['figures', 0, 'evidence', 0, 'start'], message: /./ },
  },
  {
    name: 'an offset that is not a whole number',
    change: (d) => {
      evidenceOf(d).end = 10.5;
      return d;
    },
    reported: { path: ['figures', 0, 'evidence', 0, 'end'], message: /./ },
  },
  {
    name: 'an offset beyond exact integers',
    change: (d) => {
      evidenceOf(d).end = 2 ** 60;
      return d;
    },
    reported: { path: ['figures', 0, 'evidence', 0, 'end'], message: /./ },
  },
  {
    name: 'empty evidence words',
    change: (d) => {
      evidenceOf(d).exact = '';
      return d;
    },
    reported: { path: ['figures', 0, 'evidence', 0, 'exact'], message: /./ },
  },
  // Sources published as excerpts
  {
    name: 'a link to the original that is not a web address',
    change: (d) => set(d, 'sources', 'url', 'javascript:alert(1)'),
    reported: { path: ['sources', 0, 'url'], message: 'must be an http(s) address' },
  },
  {
    name: 'kept ranges that do not cover a whole article',
    change: (d) => set(d, 'sources', 'excerpts', [{ start: 0, end: 5 }]),
    reported: { path: ['sources', 0, 'excerpts'], message: /must be one range from 0/ },
  },
  {
    name: 'evidence in a paragraph an excerpted article leaves out',
    change: (d) => {
      const evidence = evidenceOf(d);
      const source = records(d, 'sources').find((candidate) => candidate.id === evidence.sourceId)!;
      const keptUpTo = evidence.start as number;
      Object.assign(source, {
        rights: 'excerpts',
        text: (source.text as string).slice(0, keptUpTo),
        excerpts: [{ start: 0, end: keptUpTo }],
      });
      return d;
    },
    reported: { path: ['figures', 0, 'evidence', 0], message: /not inside one kept range/ },
  },
  // Dates
  {
    name: 'a date that is not a date',
    change: (d) => set(d, 'sources', 'published', '2020-02-30'),
    reported: { path: ['sources', 0, 'published'], message: /./ },
  },
  {
    name: 'the first day of year 0',
    change: (d) => set(d, 'sources', 'published', '0000-01-01'),
    reported: { path: ['sources', 0, 'published'], message: OUT_OF_RANGE },
  },
  {
    name: 'the last day of year 9999',
    change: (d) => set(d, 'events', 'reported', '9999-12-31'),
    reported: { path: ['events', 0, 'reported'], message: OUT_OF_RANGE },
  },
  {
    name: 'a figure dated 2101',
    change: (d) => set(d, 'figures', 'asOf', '2101-01-01'),
    reported: { path: ['figures', 0, 'asOf'], message: OUT_OF_RANGE },
  },
  // References and integrity, checked once every record has its shape
  {
    name: 'a quote by an actor who does not exist',
    change: (d) => set(d, 'quotes', 'actorId', 'nobody'),
    reported: { path: ['quotes', 0, 'actorId'], message: 'refers to unknown actor "nobody"' },
  },
  {
    name: 'a place inside a place that does not exist',
    change: (d) => set(d, 'places', 'parentId', 'atlantis'),
    reported: { path: ['places', 0, 'parentId'], message: 'refers to unknown place "atlantis"' },
  },
  {
    name: 'evidence from an article that does not exist',
    change: (d) => {
      evidenceOf(d).sourceId = 'ghost';
      return d;
    },
    reported: { path: ['figures', 0, 'evidence', 0, 'sourceId'], message: 'refers to unknown source "ghost"' },
  },
  {
    name: 'offsets that select other words',
    change: (d) => {
      const evidence = evidenceOf(d);
      evidence.start = (evidence.start as number) + 1;
      evidence.end = (evidence.end as number) + 1;
      return d;
    },
    reported: { path: ['figures', 0, 'evidence', 0], message: /^offsets \d+-\d+ do not select ".+" in source "/ },
  },
  {
    name: 'an id used twice',
    change: (d) => {
      const actors = records(d, 'actors');
      actors[1] = { ...actors[0] };
      return d;
    },
    reported: { path: ['actors', 1, 'id'], message: /^duplicate id "/ },
  },
  {
    name: 'a key named __proto__ that tries to reach the prototype',
    change: (d) =>
      JSON.parse(
        JSON.stringify(d).replace('"schemaVersion":3', '"__proto__":{"polluted":true},"schemaVersion":2'),
      ) as unknown,
    reported: { path: ['schemaVersion'], message: 'expected 3' },
  },
];
