import type { Dataset, DatasetEvent, Evidence, Figure } from '../data/schema';
import { emphasise, getHeadline, getStoryAtAGlance, pickLargestFigure } from './at-a-glance';
import { wholeSource } from '../data/source-text';
import { testEvent } from '../test/fixtures/event';
import { testWording } from '../test/wording';

const english = testWording('en');

const evidence = (sourceId: string, exact: string): Evidence => ({
  sourceId,
  start: 0,
  end: exact.length,
  exact,
  prefix: '',
  suffix: '',
});

function figure(id: string, value: number | null, overrides: Partial<Figure> = {}): Figure {
  return {
    id,
    metric: 'detentions',
    value,
    low: null,
    high: null,
    qualifier: null,
    label: value === null ? 'thousands' : String(value),
    asOf: '2020-08-16',
    dateBasis: { sourceId: 'reuters', expression: null },
    reported: '2020-08-16',
    placeId: null,
    evidence: [evidence('reuters', `${id} words`)],
    attribution: null,
    inferred: [],
    disputedBy: [],
    ...overrides,
  };
}

function milestone(id: string, date: string | null, reported: string): DatasetEvent {
  return testEvent(id, date, reported, {
    type: 'strike',
    evidence: [evidence('reuters', `${id} words`)],
    milestone: true,
  });
}

describe('pickLargestFigure', () => {
  it('picks the highest number', () => {
    const figures = [figure('a', 6700), figure('b', 15000), figure('c', 2)];
    expect(pickLargestFigure(figures)?.id).toBe('b');
  });

  it('never ranks a vague amount above a number, wherever it stands', () => {
    expect(pickLargestFigure([figure('vague', null), figure('number', 2)])?.id).toBe('number');
    expect(pickLargestFigure([figure('number', 2), figure('vague', null)])?.id).toBe('number');
  });

  it('ranks a figure that gives only a bound by that bound', () => {
    expect(pickLargestFigure([figure('value', 100), figure('bound', null, { high: 200 })])?.id).toBe('bound');
  });

  it('keeps the first of two equal numbers', () => {
    expect(pickLargestFigure([figure('first', 50), figure('second', 50)])?.id).toBe('first');
  });

  it('takes the most recent of vague amounts only', () => {
    const figures = [
      figure('early', null, { asOf: '2020-08-13' }),
      figure('late', null, { asOf: null, reported: '2020-10-27' }),
      figure('middle', null, { asOf: '2020-08-16' }),
    ];
    expect(pickLargestFigure(figures)?.id).toBe('late');
  });

  it('has nothing to pick from no figures', () => {
    expect(pickLargestFigure([])).toBeNull();
  });
});

describe('getStoryAtAGlance', () => {
  const dataset: Dataset = {
    schemaVersion: 3,
    sources: [
      wholeSource({ id: 'reuters', published: '2020-08-16', outlet: 'Reuters', headline: null, text: '' }),
      wholeSource({ id: 'cnn', published: '2020-08-17', outlet: 'CNN', headline: null, text: '' }),
    ],
    actors: [],
    places: [{ id: 'minsk', name: 'Minsk', kind: 'city', lat: 53.9, lon: 27.56, parentId: null }],
    events: [
      milestone('strike', '2020-10-26', '2020-10-27'),
      milestone('election', '2020-08-09', '2020-08-16'),
      { ...milestone('ordinary', '2020-08-10', '2020-08-16'), milestone: false },
    ],
    quotes: [],
    figures: [
      figure('detentions-6700', 6700, { label: 'more than 6,700', qualifier: 'more than' }),
      figure('detentions-thousands', null),
      figure('crowd-50000', 50000, {
        metric: 'crowd',
        label: 'around 50,000',
        qualifier: 'around',
        placeId: 'minsk',
        evidence: [evidence('cnn', 'around 50,000 people attended the opposition protest')],
        attribution: { actorId: null, kind: 'estimate', evidence: evidence('cnn', 'CNN crew estimated') },
        disputedBy: ['crowd-10000'],
      }),
      figure('crowd-10000', 10000, { metric: 'crowd', label: '10,000', disputedBy: ['crowd-50000'] }),
    ],
  };

  it('gives one fact per metric reported, largest first, in the articles’ words and with who counted', () => {
    const { figures } = getStoryAtAGlance(dataset, english);
    expect(figures.map((fact) => [fact.heading, fact.figure.label])).toEqual([
      ['Detentions reported', 'more than 6,700'],
      ['Largest crowd', 'around 50,000'],
    ]);
    expect(figures[1]).toMatchObject({
      words: { before: '', emphasis: 'around 50,000', after: ' people attended the opposition protest' },
      when: '16 Aug 2020',
      place: 'Minsk',
      voice: 'CNN estimate',
      disputedBy: [{ label: '10,000', sources: [{ name: 'Reuters, 16 Aug 2020' }] }],
    });
    expect(figures[1]?.sources[0]?.name).toBe('CNN, 17 Aug 2020');
  });

  it('lists the milestones oldest first, each with its date and article', () => {
    const { milestones } = getStoryAtAGlance(dataset, english);
    expect(milestones.map((item) => [item.event.id, item.when])).toEqual([
      ['election', '9 Aug 2020'],
      ['strike', '26 Oct 2020'],
    ]);
    expect(milestones[0]?.headline).toBe('Title of election');
    expect(milestones[0]?.sources[0]?.evidence.exact).toBe('election words');
  });

  it('says when a milestone has no date of its own', () => {
    const undated = { ...dataset, events: [milestone('ultimatum', null, '2020-10-27')] };
    expect(getStoryAtAGlance(undated, english).milestones[0]?.when).toBe(
      'Reported 27 Oct 2020; the article gives no date',
    );
  });

  it('heads each fact in the reader’s language, the figure itself in the article’s words', () => {
    const [belarusian, russian] = [testWording('be'), testWording('ru')];
    expect(getStoryAtAGlance(dataset, russian).figures.map((fact) => [fact.heading, fact.figure.label])).toEqual([
      ['Задержания (по сообщениям СМИ)', 'more than 6,700'],
      ['Самая массовая акция', 'around 50,000'],
    ]);
    expect(getStoryAtAGlance(dataset, belarusian).figures.map((fact) => fact.heading)).toEqual([
      'Затрыманні (паводле СМІ)',
      'Самая масавая акцыя',
    ]);
  });
});

describe('emphasise', () => {
  it('picks out the figure’s words in its sentence', () => {
    expect(emphasise('arresting around 15,000 people', 'around 15,000')).toEqual({
      before: 'arresting ',
      emphasis: 'around 15,000',
      after: ' people',
    });
  });

  it('leaves the sentence whole where it does not hold them', () => {
    expect(emphasise('thousands have been detained', 'Thousands')).toEqual({
      before: 'thousands have been detained',
      emphasis: '',
      after: '',
    });
  });
});

describe('getHeadline', () => {
  it('keeps a title’s first clause', () => {
    expect(getHeadline('Presidential election; Lukashenko claims victory with official results of over 80%')).toBe(
      'Presidential election',
    );
    expect(getHeadline('National strike called by the opposition')).toBe('National strike called by the opposition');
  });
});
