/** A tiny, valid article and annotation set for tests; each test breaks one thing and reads the message. */
import type { BuildInput, EntryFile } from './build-input';
import { formatProblem, Problems } from './problems';
import { parseYamlEntries } from './yaml-entries';

export const FIXTURE_TEXT = [
  'Lukashenko told workers at the plant in Minsk on Monday: “We already held elections.” Workers chanted "Go away!"',
  '',
  'Police in Belarus have detained more than 6,700 people since the August 9 election, a count the opposition called "a lie".',
  '',
  'Supporters of the "March of Freedom" campaign gathered in Minsk.',
  '',
].join('\n');

export const FIXTURE_YAML = {
  sources: `
- id: fixture-2020-08-17
  published: 2020-08-17
  outlet: null
  headline: null
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
  evidence:
    - source: fixture-2020-08-17
      exact: the August 9 election
`,
  quotes: `
- id: lukashenko-elections
  actor: lukashenko
  date: 2020-08-17
  basis: on Monday
  place: minsk
  medium: speech
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
  evidence:
    - source: fixture-2020-08-17
      exact: detained more than 6,700 people
`,
  notSpeech: `
- source: fixture-2020-08-17
  exact: March of Freedom
  reason: name of a campaign
`,
};

export type FixtureFile = keyof typeof FIXTURE_YAML;

const FILE_NAMES: Record<FixtureFile, string> = {
  sources: 'data/sources.yaml',
  actors: 'data/annotations/actors.yaml',
  places: 'data/annotations/places.yaml',
  events: 'data/annotations/events.yaml',
  quotes: 'data/annotations/quotes.yaml',
  figures: 'data/annotations/figures.yaml',
  notSpeech: 'data/annotations/not-speech.yaml',
};

/** Builds input from the fixture, with some files' YAML replaced; YAML syntax problems land in `problems`. */
export function fixtureInput(
  replace: Partial<Record<FixtureFile, string>> = {},
  texts: Record<string, string> = { 'fixture-2020-08-17': FIXTURE_TEXT },
): { input: BuildInput; yamlProblems: string[] } {
  const problems = new Problems();
  const file = (name: FixtureFile): EntryFile => ({
    file: FILE_NAMES[name],
    entries: parseYamlEntries(FILE_NAMES[name], replace[name] ?? FIXTURE_YAML[name], problems),
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
  };
  return { input, yamlProblems: problems.list.map(formatProblem) };
}
