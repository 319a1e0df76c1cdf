import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseUrlState } from '../../src/domain/url-state';
import { loadBaseTexts, synthesizeDataset } from './synth-dataset';
import { planFilterChanges } from './filter-plan';

const baseTexts = loadBaseTexts(join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'sources'));
const dataset = synthesizeDataset({ events: 2000, seed: 11 }, baseTexts);

describe('planFilterChanges', () => {
  const changes = planFilterChanges(dataset, 24);

  it('plans as many changes as asked, each one different from the last', () => {
    expect(changes).toHaveLength(24);
    changes.forEach((change, index) => expect(change.search).not.toBe(changes[index - 1]?.search ?? ''));
  });

  it('changes actor, date and place, and clears now and then', () => {
    expect(new Set(changes.map((change) => change.kind))).toEqual(new Set(['actor', 'date', 'place', 'clear']));
  });

  it('writes URLs the app reads back without a notice, naming actors and places that exist', () => {
    const actorIds = new Set(dataset.actors.map((actor) => actor.id));
    const placeIds = new Set(dataset.places.map((place) => place.id));
    for (const change of changes) {
      const { state, notices } = parseUrlState(change.search);
      expect(notices).toEqual([]);
      expect(state.filters.actorIds.every((id) => actorIds.has(id))).toBe(true);
      if (state.filters.placeId !== null) expect(placeIds.has(state.filters.placeId)).toBe(true);
    }
  });
});
