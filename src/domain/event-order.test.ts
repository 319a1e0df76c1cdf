import { describe, expect, it } from 'vitest';
import type { DatasetEvent } from '../data/schema';
import { testEvent } from '../test/fixtures/event';
import { notePickedInOrder, orderTimelineEvents } from './event-order';

const event = testEvent;

const ids = (events: readonly DatasetEvent[]) => events.map((item) => item.id);

describe('orderTimelineEvents', () => {
  it('puts every event at its day, undated ones at the day they were reported, after that day’s dated ones', () => {
    const undated = event('undated', null, '2020-08-16');
    const dated = event('dated', '2020-08-16', '2020-08-17');
    const earlier = event('earlier', '2020-08-09', '2020-08-16');
    const later = event('later', null, '2020-10-27');
    expect(ids(orderTimelineEvents([later, undated, dated, earlier]))).toEqual([
      'earlier',
      'dated',
      'undated',
      'later',
    ]);
  });

  it('keeps the order given between events of the same kind on the same day', () => {
    const events = [event('b', '2020-08-16', '2020-08-16'), event('a', '2020-08-16', '2020-08-16')];
    expect(ids(orderTimelineEvents(events))).toEqual(['b', 'a']);
  });

  it('hands back the same array when it is in order already', () => {
    const events = [event('a', '2020-08-09', '2020-08-16'), event('b', null, '2020-08-16')];
    expect(orderTimelineEvents(events)).toBe(events);
  });
});

describe('notePickedInOrder', () => {
  it('keeps a filter’s pick from a dataset in timeline order as it is', () => {
    const all = [event('a', '2020-08-09', '2020-08-09'), event('b', '2020-08-10', '2020-08-10')];
    const picked = [all[1]!];
    notePickedInOrder(all, picked);
    expect(orderTimelineEvents(picked)).toBe(picked);
  });

  it('still sorts a pick from a dataset that is not in timeline order', () => {
    const all = [event('late', '2020-08-16', '2020-08-16'), event('early', '2020-08-09', '2020-08-09')];
    const picked = [...all];
    notePickedInOrder(all, picked);
    expect(ids(orderTimelineEvents(picked))).toEqual(['early', 'late']);
  });
});
