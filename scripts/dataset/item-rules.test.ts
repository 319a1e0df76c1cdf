import { describe, expect, it } from 'vitest';
import { FIXTURE_TEXT, FIXTURE_YAML, fixtureInput, problemsWith, swap } from './build-fixture';
import { compileDataset } from './compile';

const MARCH = 'data/annotations/events.yaml:14: event "march-of-freedom-gathering"';

/** A second article, listed and with its text, whose one sentence is in the ledger. */
function withSecondArticle(text: string) {
  return {
    yaml: {
      sources: `${FIXTURE_YAML.sources}- id: other-2020-08-18\n  published: 2020-08-18\n  outlet: null\n  headline: null\n  url: null\n  rights: full\n`,
      ledger: `${FIXTURE_YAML.ledger}- source: other-2020-08-18\n  exact: "${text}"\n  reason: background\n  note: A test sentence.\n`,
    },
    texts: { 'fixture-2020-08-17': FIXTURE_TEXT, 'other-2020-08-18': text },
  };
}

describe('the data build refuses attributions it cannot verify', () => {
  it('refuses attributing words that are not in the source', () => {
    expect(problemsWith(swap('events', 'exact: the opposition said', 'exact: the opposition says'))).toEqual([
      `${MARCH}: attribution: evidence: "the opposition says" is not in the source (check curly quotes and apostrophes: ’ “ ”) (source "fixture-2020-08-17")`,
    ]);
  });

  it('refuses attributing words that occur more than once', () => {
    expect(problemsWith(swap('events', 'exact: the opposition said', 'exact: the opposition'))).toEqual([
      `${MARCH}: attribution: evidence: "the opposition" occurs 2 times in the source; add a prefix or suffix (the words just before or after) to say which (source "fixture-2020-08-17")`,
    ]);
  });

  it('refuses attributing words in an article the item does not cite', () => {
    const second = withSecondArticle('Officials said the opposition said nothing.');
    const moved = FIXTURE_YAML.events.replace(
      'source: fixture-2020-08-17\n      exact: the opposition said',
      'source: other-2020-08-18\n      exact: the opposition said',
    );
    expect(problemsWith({ ...second.yaml, events: moved }, second.texts)).toEqual([
      `${MARCH}: attribution: its words are in source "other-2020-08-18", which none of the event's evidence comes from: they must stand in an article that reports it`,
    ]);
  });

  it('refuses an attribution to an unknown actor', () => {
    expect(problemsWith(swap('events', 'actor: opposition\n', 'actor: organisers\n'))).toEqual([
      `${MARCH}: attribution: unknown actor "organisers"`,
    ]);
  });

  it('refuses an event or a figure without the attribution key, even though null is allowed', () => {
    const problems = problemsWith({
      ...swap('events', '  milestone: true\n  attribution: null\n', '  milestone: true\n'),
      ...swap('figures', '  place: belarus\n  attribution: null\n', '  place: belarus\n'),
    });
    expect(problems).toEqual([
      'data/annotations/events.yaml:2: event "election": attribution is missing: write "attribution: null" where the article says it in its own voice, or who says so (actor, kind, evidence)',
      'data/annotations/figures.yaml:2: figure "detentions-6700": attribution is missing: write "attribution: null" where the article says it in its own voice, or who says so (actor, kind, evidence)',
    ]);
  });

  it('publishes who says so, of what kind, with the words anchored', () => {
    const result = compileDataset(fixtureInput().input);
    const march = result.ok ? result.dataset.events.find((event) => event.id === 'march-of-freedom-gathering') : null;
    expect(march?.attribution).toMatchObject({
      actorId: 'opposition',
      kind: 'claim',
      evidence: { sourceId: 'fixture-2020-08-17', exact: 'the opposition said' },
    });
  });
});

describe('the data build refuses relays it cannot verify', () => {
  const relay =
    'via:\n    actor: state-media\n    evidence:\n      source: fixture-2020-08-17\n      exact: according to state media\n';

  it('refuses a relay without evidence', () => {
    expect(problemsWith(swap('quotes', relay, 'via:\n    actor: state-media\n'))).toEqual([
      'data/annotations/quotes.yaml:2: quote "lukashenko-elections": via: has no evidence: copy the words that say who says so ("Belta reported", "according to …")',
    ]);
  });

  it('refuses a relay through an unknown actor, and relaying words not in the source', () => {
    const problems = problemsWith(
      swap('quotes', relay, relay.replace('actor: state-media', 'actor: belta').replace('state media', 'Belta')),
    );
    expect(problems).toEqual([
      'data/annotations/quotes.yaml:2: quote "lukashenko-elections": via: unknown actor "belta"',
      'data/annotations/quotes.yaml:2: quote "lukashenko-elections": via: evidence: "according to Belta" is not in the source (check curly quotes and apostrophes: ’ “ ”) (source "fixture-2020-08-17")',
    ]);
  });
});

describe('the data build refuses inferences it cannot place', () => {
  const inferred = (lines: string) => swap('quotes', 'medium: chant\n', `medium: chant\n  inferred:\n${lines}`);

  it('refuses a field that does not apply to the item, one with no value, and an empty note', () => {
    const problems = problemsWith(
      inferred(
        '    - field: asOf\n      note: Read from the day.\n' +
          '    - field: placeId\n      note: Read from the paragraph.\n' +
          '    - field: actorId\n      note: ""\n',
      ),
    );
    expect(problems).toEqual([
      'data/annotations/quotes.yaml:16: quote "workers-go-away": inferred asOf: does not apply to a quote (it may list placeId, date, actorId)',
      'data/annotations/quotes.yaml:16: quote "workers-go-away": inferred placeId: the quote has no placeId to infer',
      'data/annotations/quotes.yaml:16: quote "workers-go-away": inferred actorId: the note is empty: say in a sentence what it was read from',
    ]);
  });

  it('refuses a place that none of the item’s articles names as a whole word, unless it is marked inferred', () => {
    // "Belarusian" holds the place name "Belarus", but does not name it.
    const texts = { 'fixture-2020-08-17': FIXTURE_TEXT.replace('Police in Belarus', 'Belarusian police') };
    expect(problemsWith({}, texts)).toEqual([
      'data/annotations/events.yaml:2: event "election": place "belarus" ("Belarus") is named in none of the event\'s sources (fixture-2020-08-17): if it was read between the lines, list placeId in inferred with a note saying from what',
      'data/annotations/figures.yaml:2: figure "detentions-6700": place "belarus" ("Belarus") is named in none of the figure\'s sources (fixture-2020-08-17): if it was read between the lines, list placeId in inferred with a note saying from what',
    ]);
    const marked = (yaml: string) =>
      yaml.replace(
        'place: belarus\n',
        'place: belarus\n  inferred:\n    - field: placeId\n      note: The police of the country.\n',
      );
    expect(problemsWith({ events: marked(FIXTURE_YAML.events), figures: marked(FIXTURE_YAML.figures) }, texts)).toEqual(
      [],
    );
  });

  it('publishes each inference with its note', () => {
    const { input } = fixtureInput(inferred('    - field: actorId\n      note: The crowd is not named.\n'));
    const result = compileDataset(input);
    const quote = result.ok ? result.dataset.quotes.find((item) => item.id === 'workers-go-away') : null;
    expect(quote?.inferred).toEqual([{ field: 'actorId', note: 'The crowd is not named.' }]);
  });
});

describe('the data build keeps disputes two-sided', () => {
  const secondFigure = `
- id: detentions-thousands
  metric: detentions
  value: null
  qualifier: thousands
  label: more than
  asOf: null
  place: belarus
  attribution: null
  evidence:
    - source: fixture-2020-08-17
      exact: have detained more than
`;

  it('refuses an event, a figure or a quote that lists another that does not list it back', () => {
    const problems = problemsWith({
      ...swap('events', 'milestone: true\n', 'milestone: true\n  disputedBy: [march-of-freedom-gathering]\n'),
      figures: `${FIXTURE_YAML.figures.replace('place: belarus\n', 'place: belarus\n  disputedBy: [detentions-thousands]\n')}${secondFigure}`,
      ...swap('quotes', 'medium: speech\n', 'medium: speech\n  disputedBy: [opposition-lie]\n'),
    });
    expect(problems).toEqual([
      'data/annotations/events.yaml:2: event "election": disputedBy lists event "march-of-freedom-gathering", which does not list "election" back: a dispute has two sides, add it to that event\'s disputedBy',
      'data/annotations/quotes.yaml:2: quote "lukashenko-elections": disputedBy lists quote "opposition-lie", which does not list "lukashenko-elections" back: a dispute has two sides, add it to that quote\'s disputedBy',
      'data/annotations/figures.yaml:2: figure "detentions-6700": disputedBy lists figure "detentions-thousands", which does not list "detentions-6700" back: a dispute has two sides, add it to that figure\'s disputedBy',
    ]);
  });

  it('publishes a dispute both sides list', () => {
    const quotes = FIXTURE_YAML.quotes
      .replace('medium: speech\n', 'medium: speech\n  disputedBy: [opposition-lie]\n')
      .replace('  date: null\n  evidence', '  date: null\n  disputedBy: [lukashenko-elections]\n  evidence');
    const result = compileDataset(fixtureInput({ quotes }).input);
    expect(result.ok && result.dataset.quotes.map((quote) => [quote.id, quote.disputedBy])).toEqual([
      ['lukashenko-elections', ['opposition-lie']],
      ['opposition-lie', ['lukashenko-elections']],
      ['workers-go-away', []],
    ]);
  });
});

describe('the data build dates items that may be undated', () => {
  it('refuses a basis given for an event without a date', () => {
    expect(problemsWith(swap('events', '  date: null\n', '  date: null\n  basis: published\n'))).toEqual([
      `${MARCH}: basis "published" is given but date is null`,
    ]);
  });

  it('gives an undated item the date it was reported', () => {
    const result = compileDataset(fixtureInput().input);
    const march = result.ok ? result.dataset.events.find((event) => event.id === 'march-of-freedom-gathering') : null;
    expect(march).toMatchObject({ date: null, dateBasis: null, reported: '2020-08-17' });
  });
});
