import { describe, expect, it } from 'vitest';
import { FIXTURE_TEXT, FIXTURE_YAML, fixtureInput, problemsWith, swap } from './build-fixture';
import { compileDataset } from './compile';
import { formatProblem } from './problems';

describe('compileDataset on valid annotations', () => {
  it('anchors every piece of evidence, attribution and relay to offsets that select its exact words', () => {
    const result = compileDataset(fixtureInput().input);
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    const { quotes, figures, events } = result.dataset;
    const evidence = [
      ...[...quotes, ...figures, ...events].flatMap((item) => item.evidence),
      ...quotes.flatMap((quote) => (quote.via ? [quote.via.evidence] : [])),
      ...[...events, ...figures].flatMap((item) => (item.attribution ? [item.attribution.evidence] : [])),
    ];
    expect(evidence.map((item) => item.exact)).toEqual(
      expect.arrayContaining(['according to state media', 'the opposition said']),
    );
    expect(evidence.length).toBe(8);
    for (const item of evidence) expect(FIXTURE_TEXT.slice(item.start, item.end)).toBe(item.exact);
  });

  it('resolves a weekday to the latest such day on or before publication', () => {
    const result = compileDataset(fixtureInput().input);
    expect(result.ok && result.dataset.quotes.find((quote) => quote.id === 'lukashenko-elections')?.dateBasis).toEqual({
      sourceId: 'fixture-2020-08-17',
      expression: 'on Monday',
    });
  });

  it('reports what it wrote: records, evidence spans, every quoted passage and every sentence checked', () => {
    const result = compileDataset(fixtureInput().input);
    expect(result.ok && result.stats).toEqual({
      sources: 1,
      actors: 4,
      places: 2,
      events: 2,
      quotes: 3,
      figures: 1,
      evidence: 6,
      quotedPassages: 4,
      quotedPassagesAsQuotes: 3,
      quotedPassagesNotSpeech: 1,
      sentences: 5,
      sentencesWithEvidence: 4,
      sentencesInLedger: { heading: 0, summary: 0, background: 0, assessment: 1 },
    });
  });
});

describe('compileDataset refuses evidence it cannot find', () => {
  it('names file, line, entry and reason when the words are not in the source', () => {
    const problems = problemsWith(
      swap('quotes', 'exact: We already held elections.', 'exact: We have already held elections.'),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /^data\/annotations\/quotes\.yaml:2: quote "lukashenko-elections": evidence 1: "We have already held elections\." is not in the source/,
      ),
    ]);
  });

  it('says when the words differ from the article only by Unicode normalisation', () => {
    const texts = {
      'fixture-2020-08-17': FIXTURE_TEXT.replace('no end in sight.', 'no end in sight at the caf\u00e9.'),
    };
    const ledger = FIXTURE_YAML.ledger.replace(
      'exact: The crisis has no end in sight.',
      'exact: The crisis has no end in sight at the cafe\u0301.',
    );
    expect(problemsWith({ ledger }, texts)).toContain(
      'data/annotations/context.yaml:2: context #1 "The crisis has no end in sight at the c…": "The crisis has no end in sight at the cafe\u0301." is not in the source: the words match the article once both are NFC-normalised: copy them again from the article (source "fixture-2020-08-17")',
    );
  });

  it('asks for context when the words occur more than once', () => {
    const problems = problemsWith(swap('figures', 'exact: detained more than 6,700 people', 'exact: Minsk'));
    expect(problems.join('\n')).toMatch(
      /figure "detentions-6700": evidence 1: "Minsk" occurs 2 times in the source; add a prefix or suffix/,
    );
  });

  it('accepts repeated words once a prefix makes them unique', () => {
    const yaml = FIXTURE_YAML.figures
      .replace('exact: detained more than 6,700 people', 'exact: Minsk\n      prefix: "plant in "')
      .replace('label: more than 6,700', 'label: Minsk')
      .replace('value: 6700', 'value: null');
    expect(problemsWith({ figures: yaml })).toEqual([]);
  });

  it('rejects a prefix that does not stand before the words', () => {
    const yaml = FIXTURE_YAML.quotes.replace('exact: Go away!', 'exact: Go away!\n      prefix: "Soldiers chanted "');
    expect(problemsWith({ quotes: yaml }).join('\n')).toMatch(
      /quote "workers-go-away": evidence 1: "Go away!" is in the source, but not with the given prefix\/suffix/,
    );
  });

  it('rejects evidence from an unknown source', () => {
    expect(
      problemsWith(
        swap(
          'quotes',
          'source: fixture-2020-08-17\n      exact: Go away!',
          'source: missing-article\n      exact: Go away!',
        ),
      ).join('\n'),
    ).toMatch(/quote "workers-go-away": evidence 1: unknown source "missing-article"/);
  });
});

describe('compileDataset refuses words that hold no letter or digit', () => {
  const refusal = 'must hold a letter or a digit: copy the words themselves, not only spaces or punctuation';

  it('refuses evidence of a single space, even where a prefix makes it unique', () => {
    const problems = problemsWith(
      swap('events', 'exact: the August 9 election', 'exact: " "\n      prefix: "since the August 9"'),
    );
    expect(problems).toContain(`data/annotations/events.yaml:2: event "election": evidence.0.exact: ${refusal}`);
  });

  it('refuses attributing and relaying words of punctuation only', () => {
    const attribution = problemsWith(
      swap('events', 'exact: the opposition said', 'exact: ","\n      suffix: " the opposition said"'),
    );
    expect(attribution).toContain(
      `data/annotations/events.yaml:14: event "march-of-freedom-gathering": attribution.evidence.exact: ${refusal}`,
    );
    const relay = problemsWith(
      swap('quotes', 'exact: according to state media', 'exact: ","\n      suffix: " according to state media"'),
    );
    expect(relay).toContain(
      `data/annotations/quotes.yaml:2: quote "lukashenko-elections": via.evidence.exact: ${refusal}`,
    );
  });

  it('refuses a not-speech entry and a ledger entry of punctuation only', () => {
    const notSpeech = problemsWith({
      notSpeech: '- source: fixture-2020-08-17\n  exact: "“"\n  suffix: We already\n  reason: a mark\n',
    });
    expect(notSpeech).toContain(`data/annotations/not-speech.yaml:1: not-speech #1: exact: ${refusal}`);
    const ledger = problemsWith(
      swap('ledger', 'exact: The crisis has no end in sight.', 'exact: "."\n  prefix: in sight'),
    );
    expect(ledger).toContain(`data/annotations/context.yaml:2: context #1: exact: ${refusal}`);
  });
});

describe('compileDataset refuses duplicated ids and dangling references', () => {
  it('rejects a duplicated id, pointing at the first definition', () => {
    const problems = problemsWith({
      actors: `${FIXTURE_YAML.actors}- id: lukashenko\n  name: Again\n  kind: person\n  side: other\n  description: x\n`,
    });
    expect(problems.join('\n')).toMatch(
      /actors\.yaml:23: actor "lukashenko": duplicate actor id "lukashenko" \(first defined at data\/annotations\/actors\.yaml:2\)/,
    );
  });

  it('rejects an unknown actor', () => {
    expect(problemsWith(swap('quotes', 'actor: workers', 'actor: strikers')).join('\n')).toMatch(
      /quote "workers-go-away": unknown actor "strikers"/,
    );
  });

  it('rejects an unknown place', () => {
    expect(problemsWith(swap('events', 'place: belarus', 'place: atlantis')).join('\n')).toMatch(
      /event "election": unknown place "atlantis"/,
    );
  });

  it('rejects an unknown parent place and an unknown disputed figure', () => {
    const problems = problemsWith({
      ...swap('places', 'parent: belarus', 'parent: europe'),
      ...swap('figures', 'place: belarus', 'place: belarus\n  disputedBy: [detentions-9000]'),
    });
    expect(problems.join('\n')).toMatch(/place "minsk": parent refers to unknown place "europe"/);
    expect(problems.join('\n')).toMatch(
      /figure "detentions-6700": disputedBy refers to unknown figure "detentions-9000"/,
    );
  });

  it('rejects places that lie within each other, naming every place of the cycle once', () => {
    const places = `${FIXTURE_YAML.places.replace('lon: 27.9\n', 'lon: 27.9\n  parent: minsk\n')}
- id: square
  name: Minsk
  kind: site
  lat: 53.9
  lon: 27.56
  parent: district
- id: district
  name: Minsk
  kind: region
  lat: 53.9
  lon: 27.56
  parent: centre
- id: centre
  name: Minsk
  kind: region
  lat: 53.9
  lon: 27.56
  parent: square
`;
    expect(problemsWith({ places })).toEqual([
      'data/annotations/places.yaml:2: place "belarus": parents form a cycle (belarus → minsk → belarus): a place cannot lie within itself',
      'data/annotations/places.yaml:15: place "square": parents form a cycle (square → district → centre → square): a place cannot lie within itself',
    ]);
  });

  // Generous for a busy machine; a walk per place round the ring (10¹⁰ steps) would still take far longer.
  it('names a long cycle by its ends, found in one walk up each chain', () => {
    const { input } = fixtureInput();
    const length = 100_000;
    for (let index = 0; index < length; index++) {
      const parent = `ring-${(index + 1) % length}`;
      const value = { id: `ring-${index}`, name: 'Minsk', kind: 'site', lat: 53.9, lon: 27.56, parent };
      input.places.entries.push({ value, line: 100 + index, index: input.places.entries.length });
    }
    const result = compileDataset(input);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      'data/annotations/places.yaml:100: place "ring-0": parents form a cycle (ring-0 → ring-1 → ring-2 → ring-3 → … → ring-99999 → ring-0: 100000 places): a place cannot lie within itself',
    ]);
  }, 60_000);

  it('rejects an article text that is not listed, and a listed article without text', () => {
    const problems = problemsWith({}, { 'fixture-2020-08-17': FIXTURE_TEXT, 'sixth-article': 'Text.' });
    expect(problems).toContain(
      'data/sources/sixth-article.txt: source "sixth-article": article is not listed in data/sources.yaml (add its id and publication date there)',
    );
    const missing = problemsWith({}, {});
    expect(missing.join('\n')).toMatch(
      /data\/sources\.yaml:2: source "fixture-2020-08-17": no article text: expected data\/sources\/fixture-2020-08-17\.txt/,
    );
  });

  it('rejects an alias or place name that no article uses', () => {
    const problems = problemsWith({
      ...swap('actors', 'aliases: [Lukashenko]', 'aliases: [Lukashenka]'),
      ...swap('places', 'name: Belarus', 'name: Belorussia'),
    });
    expect(problems.join('\n')).toMatch(/actor "lukashenko": alias "Lukashenka" does not occur in any article/);
    expect(problems.join('\n')).toMatch(/place "belarus": place name "Belorussia" does not occur in any article/);
  });
});

describe('compileDataset refuses dates its source does not support', () => {
  it('rejects a date after the publication date', () => {
    const problems = problemsWith(swap('figures', 'asOf: 2020-08-17', 'asOf: 2020-08-18'));
    expect(problems.join('\n')).toMatch(
      /figure "detentions-6700": date 2020-08-18 is after the publication date 2020-08-17 of source "fixture-2020-08-17"/,
    );
  });

  it('rejects a date that does not match its relative expression', () => {
    const problems = problemsWith(swap('quotes', 'date: 2020-08-17', 'date: 2020-08-10'));
    expect(problems.join('\n')).toMatch(
      /quote "lukashenko-elections": date 2020-08-10 does not match "on Monday", which resolves to 2020-08-17 from the publication date 2020-08-17/,
    );
  });

  it('rejects an expression that is not in the source', () => {
    const problems = problemsWith(swap('events', 'basis: August 9', 'basis: 9 August'));
    expect(problems.join('\n')).toMatch(
      /event "election": date basis "9 August" is not in source "fixture-2020-08-17"/,
    );
  });

  it('rejects "published" when the date is not the publication date', () => {
    const problems = problemsWith(swap('figures', 'asOf: 2020-08-17', 'asOf: 2020-08-16'));
    expect(problems.join('\n')).toMatch(
      /figure "detentions-6700": date 2020-08-16 is not the publication date 2020-08-17 .*basis: published/,
    );
  });

  it('rejects a day before 1900 or after 2100, in an annotation and in the list of articles', () => {
    expect(problemsWith(swap('events', 'date: 2020-08-09', 'date: 1899-12-31'))).toContain(
      'data/annotations/events.yaml:2: event "election": date: must be a day from 1900-01-01 to 2100-12-31',
    );
    expect(problemsWith(swap('sources', 'published: 2020-08-17', 'published: 2101-01-01'))).toContain(
      'data/sources.yaml:2: source "fixture-2020-08-17": published: must be a day from 1900-01-01 to 2100-12-31',
    );
  });

  it('rejects a dated quote without a basis', () => {
    const problems = problemsWith(swap('quotes', 'date: 2020-08-17\n  basis: on Monday\n', 'date: 2020-08-17\n'));
    expect(problems.join('\n')).toMatch(/quote "lukashenko-elections": date 2020-08-17 needs a basis/);
  });
});

describe('compileDataset keeps every quoted passage accounted for', () => {
  it('rejects a quoted passage that is neither a quote nor listed as not speech', () => {
    const problems = problemsWith({ notSpeech: '[]' });
    expect(problems).toEqual([
      'data/sources/fixture-2020-08-17.txt:5: quoted passage "March of Freedom": is neither a quote\'s evidence nor listed in data/annotations/not-speech.yaml with a reason',
    ]);
  });

  it('rejects a quote whose words are not inside quotation marks', () => {
    const yaml = FIXTURE_YAML.quotes.replace('exact: a lie', 'exact: the opposition called');
    expect(problemsWith({ quotes: yaml }).join('\n')).toMatch(
      /quote "opposition-lie": evidence 1: "the opposition called" is not inside quotation marks/,
    );
  });

  it('rejects a not-speech entry outside quotation marks, and one without a reason', () => {
    expect(problemsWith(swap('notSpeech', 'exact: March of Freedom', 'exact: campaign gathered')).join('\n')).toMatch(
      /not-speech #1 "campaign gathered": is not inside quotation marks/,
    );
    expect(problemsWith(swap('notSpeech', '  reason: name of a campaign\n', '')).join('\n')).toMatch(
      /not-speech #1: reason: Invalid input/,
    );
  });
});

describe('compileDataset refuses figures the words do not support', () => {
  it('rejects a value that is not the number written', () => {
    expect(problemsWith(swap('figures', 'value: 6700', 'value: 7600')).join('\n')).toMatch(
      /figure "detentions-6700": value 7600 is not the number written in the label "more than 6,700"/,
    );
  });

  it('rejects a label that is not in the evidence', () => {
    expect(problemsWith(swap('figures', 'label: more than 6,700', 'label: over 6,700')).join('\n')).toMatch(
      /figure "detentions-6700": label "over 6,700" is not part of the evidence's exact words/,
    );
  });
});

describe('compileDataset reports malformed entries and files', () => {
  it('names the field that has the wrong shape', () => {
    const problems = problemsWith(swap('figures', 'metric: detentions', 'metric: arrests'));
    expect(problems.join('\n')).toMatch(
      /figures\.yaml:2: figure "detentions-6700": metric: Invalid option: expected one of "detentions"\|"crowd"\|"deaths"/,
    );
  });

  it('reports YAML syntax errors with their line', () => {
    const problems = problemsWith({ actors: '- id: lukashenko\n  name: [unclosed\n' });
    expect(problems.join('\n')).toMatch(/^data\/annotations\/actors\.yaml:\d+: YAML: /m);
  });

  it('reports every problem in one pass', () => {
    const problems = problemsWith({
      ...swap('quotes', 'actor: workers', 'actor: strikers'),
      ...swap('figures', 'value: 6700', 'value: 7600'),
      notSpeech: '[]',
    });
    expect(problems).toHaveLength(3);
  });
});
