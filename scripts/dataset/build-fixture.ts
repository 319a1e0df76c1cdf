/** A tiny, valid article and annotation set for tests; each test breaks one thing and reads the message. */
import type { BuildInput, EntryFile } from './build-input';
import { compileDataset } from './compile';
import { formatProblem, Problems } from './problems';
import { parseYamlEntries } from './yaml-entries';

export const FIXTURE_TEXT = [
  'Lukashenko told workers at the plant in Minsk on Monday, according to state media: “We already held elections.” Workers chanted "Go away!"',
  '',
  'Police in Belarus have detained more than 6,700 people since the August 9 election, a count the opposition called "a lie".',
  '',
  'Supporters of the "March of Freedom" campaign gathered in Minsk, the opposition said.',
  '',
  'The crisis has no end in sight.',
  '',
].join('\n');

export const FIXTURE_YAML = {
  sources: `
- id: fixture-2020-08-17
  published: 2020-08-17
  outlet: null
  headline: null
  url: null
  rights: full
`,
  actors: `
- id: lukashenko
  name: Alexander Lukashenko
  kind: person
  side: authorities
  description: President of Belarus.
  aliases: [Lukashenko]
- id: workers
  name: Workers at the plant
  kind: group
  side: opposition
  description: Workers who heckled the president.
- id: opposition
  name: The opposition
  kind: group
  side: opposition
  description: Opponents of the president.
- id: state-media
  name: State media
  kind: organisation
  side: authorities
  description: Belarusian state media.
`,
  places: `
- id: belarus
  name: Belarus
  kind: country
  lat: 53.7
  lon: 27.9
- id: minsk
  name: Minsk
  kind: city
  lat: 53.9
  lon: 27.56
  parent: belarus
`,
  events: `
- id: election
  date: 2020-08-09
  basis: August 9
  type: election
  title: Presidential election
  place: belarus
  actors: [lukashenko]
  milestone: true
  attribution: null
  evidence:
    - source: fixture-2020-08-17
      exact: the August 9 election
- id: march-of-freedom-gathering
  date: null
  type: rally
  title: Supporters of the March of Freedom campaign gather in Minsk, the opposition says
  place: minsk
  actors: [opposition]
  attribution:
    actor: opposition
    kind: claim
    evidence:
      source: fixture-2020-08-17
      exact: the opposition said
  evidence:
    - source: fixture-2020-08-17
      exact: campaign gathered in Minsk
`,
  quotes: `
- id: lukashenko-elections
  actor: lukashenko
  date: 2020-08-17
  basis: on Monday
  place: minsk
  medium: speech
  via:
    actor: state-media
    evidence:
      source: fixture-2020-08-17
      exact: according to state media
  evidence:
    - source: fixture-2020-08-17
      exact: We already held elections.
- id: workers-go-away
  actor: workers
  date: null
  medium: chant
  evidence:
    - source: fixture-2020-08-17
      exact: Go away!
- id: opposition-lie
  actor: opposition
  date: null
  evidence:
    - source: fixture-2020-08-17
      exact: a lie
`,
  figures: `
- id: detentions-6700
  metric: detentions
  value: 6700
  qualifier: more than
  label: more than 6,700
  asOf: 2020-08-17
  basis: published
  place: belarus
  attribution: null
  evidence:
    - source: fixture-2020-08-17
      exact: detained more than 6,700 people
`,
  notSpeech: `
- source: fixture-2020-08-17
  exact: March of Freedom
  reason: name of a campaign
`,
  ledger: `
- source: fixture-2020-08-17
  exact: The crisis has no end in sight.
  reason: assessment
  note: The article's reading of the situation.
`,
};

export type FixtureFile = keyof typeof FIXTURE_YAML;

/** Where each fixture file stands in the repository (and in a tree written for a test). */
export const FIXTURE_FILE_NAMES: Record<FixtureFile, string> = {
  sources: 'data/sources.yaml',
  actors: 'data/annotations/actors.yaml',
  places: 'data/annotations/places.yaml',
  events: 'data/annotations/events.yaml',
  quotes: 'data/annotations/quotes.yaml',
  figures: 'data/annotations/figures.yaml',
  notSpeech: 'data/annotations/not-speech.yaml',
  ledger: 'data/annotations/context.yaml',
};

/** Builds input from the fixture, with some files' YAML replaced; YAML syntax problems land in `problems`. */
export function fixtureInput(
  replace: Partial<Record<FixtureFile, string>> = {},
  texts: Record<string, string> = { 'fixture-2020-08-17': FIXTURE_TEXT },
): { input: BuildInput; yamlProblems: string[] } {
  const problems = new Problems();
  const file = (name: FixtureFile): EntryFile => ({
    file: FIXTURE_FILE_NAMES[name],
    entries: parseYamlEntries(FIXTURE_FILE_NAMES[name], replace[name] ?? FIXTURE_YAML[name], problems),
  });
  const input: BuildInput = {
    sources: file('sources'),
    texts: new Map(Object.entries(texts).map(([id, text]) => [id, { file: `data/sources/${id}.txt`, text }])),
    actors: file('actors'),
    places: file('places'),
    events: file('events'),
    quotes: file('quotes'),
    figures: file('figures'),
    notSpeech: file('notSpeech'),
    ledger: file('ledger'),
  };
  return { input, yamlProblems: problems.list.map(formatProblem) };
}

/** Builds the fixture with some YAML replaced and returns the error report's lines (none when it builds). */
export function problemsWith(replace: Partial<Record<FixtureFile, string>>, texts?: Record<string, string>): string[] {
  const { input, yamlProblems } = fixtureInput(replace, texts);
  const result = compileDataset(input);
  return [...yamlProblems, ...(result.ok ? [] : result.problems.map(formatProblem))];
}

/** The fixture's YAML for `file` with one passage replaced, as a `replace` argument; throws if it is not there. */
export function swap(file: FixtureFile, from: string, to: string): Partial<Record<FixtureFile, string>> {
  const yaml = FIXTURE_YAML[file];
  if (!yaml.includes(from)) throw new Error(`fixture ${file} has no "${from}"`);
  return { [file]: yaml.replace(from, to) };
}
