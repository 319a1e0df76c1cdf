import { findIntegrityProblems } from '../data/schema';
import { voiceDataset as dataset } from '../test/fixtures/voice-dataset';
import { testWording } from '../test/wording';
import { getDatasetNames } from './dataset-names';
import {
  describeAttribution,
  describeInferences,
  describeItemDate,
  describeRelay,
  describeReporter,
  findItem,
  getDisagreements,
  getVoiceOf,
  type ItemRef,
} from './item-voice';

const english = testWording('en');

const names = getDatasetNames(dataset);
const ref = (kind: ItemRef['kind'], id: string): ItemRef => {
  const found = findItem(dataset, { kind, id });
  if (!found) throw new Error(`no ${kind} ${id} in the fixture`);
  return found;
};
const figure = (id: string) => dataset.figures.find((item) => item.id === id)!;
const event = (id: string) => dataset.events.find((item) => item.id === id)!;
const quote = (id: string) => dataset.quotes.find((item) => item.id === id)!;

it('works on a fixture the app itself would accept', () => {
  expect(findIntegrityProblems(dataset).count).toBe(0);
});

describe('describeAttribution', () => {
  it('names the outlet for its own crew’s estimate, and the kind as a noun', () => {
    const mark = describeAttribution(figure('crowd-50000'), names, english.t);
    expect(mark).toMatchObject({ who: 'CNN', kind: 'estimate', label: 'CNN estimate' });
    expect(mark?.evidence.exact).toBe('a CNN crew in Minsk estimated');
  });

  it('names the actor who reports what the article does not state in its own voice', () => {
    expect(describeAttribution(event('lukashenko-denies-leaving'), names, english.t)?.label).toBe('Belta report');
  });

  it('says nothing where the article states it in its own voice', () => {
    expect(describeAttribution(figure('detentions-scores'), names, english.t)).toBeNull();
  });
});

describe('describeReporter', () => {
  it('is the attributed actor or outlet, else the outlet that published it', () => {
    expect(describeReporter(event('lukashenko-denies-leaving'), names, english)).toBe('Belta');
    expect(describeReporter(figure('crowd-50000'), names, english)).toBe('CNN');
    expect(describeReporter(event('video-posted-saturday'), names, english)).toBe('Reuters');
    expect(describeReporter(figure('detentions-scores'), names, english)).toBe('Article of 27 Oct 2020');
  });

  it('names every outlet of an item reported by several articles', () => {
    const twice = {
      ...event('video-posted-saturday'),
      evidence: [...event('video-posted-saturday').evidence, ...event('video-posted-sunday').evidence],
    };
    expect(describeReporter(twice, names, english)).toBe('Reuters and CNN');
  });
});

describe('describeRelay', () => {
  it('says through whom a relayed statement reached the article, with the relaying words', () => {
    const relay = describeRelay(quote('build-up'), names, english.t);
    expect(relay?.label).toBe('via Belta');
    expect(relay?.evidence.exact).toBe('according to state news agency Belta');
    expect(describeRelay(quote('no-threat'), names, english.t)).toBeNull();
  });
});

describe('describeItemDate', () => {
  it('gives an item’s own date', () => {
    expect(describeItemDate(quote('build-up'), 'long', english)).toBe('17 August 2020');
    expect(describeItemDate(figure('crowd-50000'), 'short', english)).toBe('16 Aug 2020');
  });

  it('never shows when an undated item was reported as its date', () => {
    expect(describeItemDate(quote('feed-the-kids'), 'long', english)).toBe(
      'reported 27 October 2020; the article gives no date',
    );
    expect(describeItemDate(figure('detentions-scores'), 'short', english)).toBe(
      'reported 27 Oct 2020; the article gives no date',
    );
  });

  it('speaks of the articles when several report an undated item', () => {
    const twice = {
      ...quote('feed-the-kids'),
      evidence: [...quote('feed-the-kids').evidence, ...quote('build-up').evidence],
    };
    expect(describeItemDate(twice, 'long', english)).toMatch(/; the articles give no date$/);
  });
});

describe('describeInferences', () => {
  it('says which values were inferred, once per note', () => {
    expect(describeInferences(quote('build-up'), english)).toEqual([
      {
        fields: ['place', 'date'],
        label: 'Place and date inferred',
        note: 'The article reports the speech with his visit to a plant in Minsk.',
      },
    ]);
    expect(describeInferences(figure('detentions-scores'), english).map((mark) => mark.label)).toEqual([
      'Place inferred',
    ]);
    expect(describeInferences(quote('no-threat'), english)).toEqual([]);
  });

  it('names a speaker and a figure’s day in readers’ words', () => {
    const marks = describeInferences(
      {
        inferred: [
          { field: 'actorId', note: 'From the paragraph before.' },
          { field: 'asOf', note: 'From the lede.' },
        ],
      },
      english,
    );
    expect(marks.map((mark) => mark.label)).toEqual(['Speaker inferred', 'Date inferred']);
  });
});

describe('getDisagreements', () => {
  it('gives both sides of a dispute: who, their words and their article', () => {
    const [disagreement, ...more] = getDisagreements(dataset, ref('event', 'video-posted-sunday'), english);
    expect(more).toEqual([]);
    expect(disagreement?.self).toMatchObject({
      id: 'video-posted-sunday',
      who: 'CNN',
      words: ['Nasha Niva posted a video of the ambassador on Sunday'],
      sourceName: 'CNN, 17 Aug 2020',
    });
    expect(disagreement?.other).toMatchObject({
      kind: 'event',
      id: 'video-posted-saturday',
      who: 'Reuters',
      words: ['Nasha Niva posted the ambassador’s video on Saturday'],
      sourceName: 'Reuters, 16 Aug 2020',
    });
    expect(disagreement?.other.evidence.sourceId).toBe('reuters-2020-08-16');
  });

  it('names the speakers of two quotes that contradict each other', () => {
    const [disagreement] = getDisagreements(dataset, ref('quote', 'no-threat'), english);
    expect([disagreement?.self.who, disagreement?.other.who]).toEqual(['Jens Stoltenberg', 'Alexander Lukashenko']);
  });

  it('finds nothing for an undisputed item, and skips an id that names nothing', () => {
    expect(getDisagreements(dataset, ref('figure', 'crowd-50000'), english)).toEqual([]);
    const dangling = { kind: 'quote' as const, item: { ...quote('no-threat'), disputedBy: ['gone'] } };
    expect(getDisagreements(dataset, dangling, english)).toEqual([]);
  });
});

describe('getVoiceOf', () => {
  it('gathers an item’s marks by its key, the same object each time', () => {
    const voiceOf = getVoiceOf(dataset, english);
    const voice = voiceOf({ kind: 'quote', id: 'build-up' });
    expect(voice).toMatchObject({ date: '17 August 2020', reporter: 'Alexander Lukashenko', attribution: null });
    expect(voice?.relay?.label).toBe('via Belta');
    expect(voice?.disagreements).toHaveLength(1);
    expect(voiceOf({ kind: 'quote', id: 'build-up' })).toBe(voice);
    expect(getVoiceOf(dataset, english)).toBe(voiceOf);
  });

  it('answers null for an item the dataset does not have', () => {
    expect(getVoiceOf(dataset, english)({ kind: 'event', id: 'nothing' })).toBeNull();
  });
});

describe('the marks in Russian and Belarusian', () => {
  const russian = testWording('ru');
  const belarusian = testWording('be');
  const russianNames = getDatasetNames(dataset, russian);

  it('words who says so and through whom, names kept as the articles spell them', () => {
    expect(describeAttribution(figure('crowd-50000'), russianNames, russian.t)?.label).toBe('оценка CNN');
    expect(describeAttribution(event('lukashenko-denies-leaving'), russianNames, russian.t)?.label).toBe(
      'сообщение Belta',
    );
    expect(describeRelay(quote('build-up'), russianNames, belarusian.t)?.label).toBe('праз Belta');
    expect(describeReporter(figure('detentions-scores'), russianNames, russian)).toBe('Статья от 27 окт. 2020 г.');
    const twice = {
      ...event('video-posted-saturday'),
      evidence: [...event('video-posted-saturday').evidence, ...event('video-posted-sunday').evidence],
    };
    expect(describeReporter(twice, russianNames, russian)).toBe('Reuters и CNN');
  });

  it('dates an undated item by its report, for one article and for several', () => {
    expect(describeItemDate(quote('feed-the-kids'), 'long', russian)).toBe(
      'сообщено 27 октября 2020 г.; дата в статье не указана',
    );
    const twice = {
      ...quote('feed-the-kids'),
      evidence: [...quote('feed-the-kids').evidence, ...quote('build-up').evidence],
    };
    expect(describeItemDate(twice, 'long', belarusian)).toBe(
      'паведамлена 27 кастрычніка 2020 г.; дата ў артыкулах не пазначана',
    );
  });

  it('agrees "inferred" with the field it names', () => {
    const marks = (wording: typeof russian) =>
      describeInferences(
        {
          inferred: [
            { field: 'placeId', note: 'a' },
            { field: 'date', note: 'b' },
            { field: 'actorId', note: 'c' },
            { field: 'actorIds', note: 'd' },
            { field: 'placeId', note: 'e' },
            { field: 'date', note: 'e' },
          ],
        },
        wording,
      ).map((mark) => mark.label);
    expect(marks(russian)).toEqual([
      'Место выведено',
      'Дата выведена',
      'Автор слов выведен',
      'Участники выведены',
      'Место и дата выведены',
    ]);
    expect(marks(belarusian)).toEqual([
      'Месца выведзена',
      'Дата выведзена',
      'Аўтар слоў выведзены',
      'Удзельнікі выведзены',
      'Месца і дата выведзены',
    ]);
  });

  it('words each item once per language, and names both sides’ articles in it', () => {
    const voiceOf = getVoiceOf(dataset, russian);
    expect(voiceOf).not.toBe(getVoiceOf(dataset, english));
    expect(getVoiceOf(dataset, russian)).toBe(voiceOf);
    const voice = voiceOf({ kind: 'event', id: 'video-posted-sunday' });
    expect(voice?.date).toBe('16 августа 2020 г.');
    expect(voice?.disagreements[0]?.other.sourceName).toBe('Reuters, 16 авг. 2020 г.');
  });
});
