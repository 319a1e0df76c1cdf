import { actorSides, type Actor } from '../data/schema';
import { actorSideLabels, groupActorsBySide } from './actor-groups';

const actor = (id: string, side: Actor['side'], name = id): Actor => ({
  id,
  name,
  aliases: [],
  kind: 'person',
  side,
  description: '',
});

describe('groupActorsBySide', () => {
  it('puts the authorities first and the others last, names in order, no empty groups', () => {
    const groups = groupActorsBySide([
      actor('merkel', 'foreign', 'Angela Merkel'),
      actor('omon', 'authorities', 'OMON'),
      actor('lukashenko', 'authorities', 'Alexander Lukashenko'),
      actor('workers', 'other', 'Factory workers'),
    ]);
    expect(groups.map((group) => group.label)).toEqual([
      'Belarusian authorities',
      'Foreign governments and institutions',
      'Others',
    ]);
    expect(groups[0]?.actors.map((a) => a.id)).toEqual(['lukashenko', 'omon']);
  });
});

describe('actorSideLabels', () => {
  it('names exactly the sides the schema allows', () => {
    expect(Object.keys(actorSideLabels).sort()).toEqual([...actorSides].sort());
  });
});
