import { actorSides, type Actor } from '../data/schema';
import { testWording } from '../test/wording';
import { actorSideKeys, groupActorsBySide } from './actor-groups';

const english = testWording('en');

const actor = (id: string, side: Actor['side'], name = id): Actor => ({
  id,
  name,
  aliases: [],
  kind: 'person',
  side,
  description: '',
});

const actors = [
  actor('merkel', 'foreign', 'Angela Merkel'),
  actor('omon', 'authorities', 'OMON'),
  actor('lukashenko', 'authorities', 'Alexander Lukashenko'),
  actor('workers', 'other', 'Factory workers'),
];

describe('groupActorsBySide', () => {
  it('puts the authorities first and the others last, names in order, no empty groups', () => {
    const groups = groupActorsBySide(actors, english.t);
    expect(groups.map((group) => group.label)).toEqual([
      'Belarusian authorities',
      'Foreign governments and institutions',
      'Others',
    ]);
    expect(groups[0]?.actors.map((a) => a.id)).toEqual(['lukashenko', 'omon']);
  });

  it('names the sides in the reader’s language, in the same order', () => {
    expect(groupActorsBySide(actors, testWording('be').t).map((group) => group.label)).toEqual([
      'Беларускія ўлады',
      'Замежныя ўрады і арганізацыі',
      'Іншыя',
    ]);
  });
});

describe('actorSideKeys', () => {
  it('names exactly the sides the schema allows', () => {
    expect(Object.keys(actorSideKeys).sort()).toEqual([...actorSides].sort());
  });
});
