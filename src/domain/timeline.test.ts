import type { Dataset, Evidence } from '../data/schema';
import { testEvent } from '../test/fixtures/event';
import { orderTimelineEvents } from './event-order';
import { describeTimelineEntry, groupTimelineByDay } from './timeline';
import { wholeSource } from '../data/source-text';
import { testWording } from '../test/wording';

const english = testWording('en');

const evidence = (sourceId: string, exact = 'words'): Evidence => ({
  sourceId,
  start: 0,
  end: exact.length,
  exact,
  prefix: '',
  suffix: '',
});

const event = testEvent;

const dataset: Dataset = {
  schemaVersion: 3,
  sources: [
    wholeSource({ id: 'reuters', published: '2020-08-16', outlet: 'Reuters', headline: null, text: 'words' }),
    wholeSource({ id: 'cnn', published: '2020-08-17', outlet: 'CNN', headline: null, text: 'words' }),
    wholeSource({ id: 'unnamed', published: '2020-10-27', outlet: null, headline: null, text: 'words' }),
  ],
  actors: [
    { id: 'belta', name: 'Belta', aliases: [], kind: 'organisation', side: 'authorities', description: '' },
    {
      id: 'lukashenko',
      name: 'Alexander Lukashenko',
      aliases: [],
      kind: 'person',
      side: 'authorities',
      description: '',
    },
  ],
  places: [{ id: 'minsk', name: 'Minsk', kind: 'city', lat: 53.9, lon: 27.56, parentId: null }],
  events: [
    event('video-saturday', '2020-08-15', '2020-08-16', { disputedBy: ['video-sunday'] }),
    event('video-sunday', '2020-08-16', '2020-08-17', {
      evidence: [evidence('cnn')],
      disputedBy: ['video-saturday'],
    }),
  ],
  quotes: [],
  figures: [],
};

describe('describeTimelineEntry', () => {
  it('names the place, the actors, who says so and what was inferred', () => {
    const entry = describeTimelineEntry(
      dataset,
      event('denial', '2020-08-14', '2020-08-16', {
        placeId: 'minsk',
        actorIds: ['lukashenko'],
        attribution: { actorId: 'belta', kind: 'report', evidence: evidence('reuters') },
        inferred: [{ field: 'date', note: 'Friday is the day Belta reported it.' }],
      }),
      english,
    );
    expect(entry).toMatchObject({
      when: '14 August 2020',
      dated: true,
      place: 'Minsk',
      actors: ['Alexander Lukashenko'],
      voice: 'Belta report',
      inferences: [{ label: 'Date inferred', note: 'Friday is the day Belta reported it.' }],
      disagreements: [],
    });
  });

  it('links each article once, at the first of its words', () => {
    const first = evidence('reuters', 'first');
    const entry = describeTimelineEntry(
      dataset,
      event('twice', null, '2020-08-16', { evidence: [first, evidence('reuters', 'again'), evidence('cnn')] }),
      english,
    );
    expect(entry.sources).toEqual([
      { evidence: first, name: 'Reuters, 16 Aug 2020' },
      { evidence: evidence('cnn'), name: 'CNN, 17 Aug 2020' },
    ]);
    expect(entry.when).toBe('Reported 16 August 2020; the articles give no date');
  });

  it('shows the other side of a disagreement with its own date and article', () => {
    const [saturday] = dataset.events;
    const entry = describeTimelineEntry(dataset, saturday!, english);
    expect(entry.disagreements).toEqual([
      {
        id: 'video-sunday',
        title: 'Title of video-sunday',
        when: '16 August 2020',
        sources: [{ evidence: evidence('cnn'), name: 'CNN, 17 Aug 2020' }],
      },
    ]);
  });
});

describe('groupTimelineByDay', () => {
  it('puts the undated events reported on a day under that day’s heading, after the dated ones', () => {
    const events = orderTimelineEvents([
      event('undated', null, '2020-08-16'),
      event('dated', '2020-08-16', '2020-08-16'),
      event('earlier', '2020-08-15', '2020-08-16'),
    ]);
    const days = groupTimelineByDay(
      events.map((item) => describeTimelineEntry(dataset, item, english)),
      english.intl,
    );
    expect(days.map((day) => [day.heading, day.entries.map((entry) => entry.id)])).toEqual([
      ['15 August 2020', ['earlier']],
      ['16 August 2020', ['dated', 'undated']],
    ]);
  });
});

describe('the timeline in Russian and Belarusian', () => {
  it('words an undated, attributed, inferred event in Russian', () => {
    const entry = describeTimelineEntry(
      dataset,
      event('undated', null, '2020-10-27', {
        evidence: [evidence('unnamed')],
        attribution: { actorId: 'belta', kind: 'report', evidence: evidence('unnamed') },
        inferred: [
          { field: 'placeId', note: 'The article names the city.' },
          { field: 'date', note: 'The article names the city.' },
        ],
      }),
      testWording('ru'),
    );
    expect(entry).toMatchObject({
      when: 'Сообщено 27 октября 2020 г.; дата в статье не указана',
      voice: 'Сообщение Belta',
      inferences: [{ label: 'Место и дата выведены', note: 'The article names the city.' }],
      sources: [{ evidence: evidence('unnamed'), name: 'Статья от 27 окт. 2020 г.' }],
    });
  });

  it('heads each day with its date in Belarusian, and names the articles in it', () => {
    const belarusian = testWording('be');
    const [saturday] = dataset.events;
    const days = groupTimelineByDay([describeTimelineEntry(dataset, saturday!, belarusian)], belarusian.intl);
    expect(days[0]?.heading).toBe('15 жніўня 2020 г.');
    expect(days[0]?.entries[0]?.disagreements[0]?.when).toBe('16 жніўня 2020 г.');
    expect(
      describeTimelineEntry(
        dataset,
        event('both', null, '2020-08-16', { evidence: [evidence('reuters'), evidence('cnn')] }),
        belarusian,
      ).when,
    ).toBe('Паведамлена 16 жніўня 2020 г.; дата ў артыкулах не пазначана');
  });
});
