import type { Place } from '../data/schema';
import { getPlaceOptions, getPlaceWithDescendants } from './place-tree';

const place = (id: string, parentId: string | null, name = id): Place => ({
  id,
  name,
  kind: 'city',
  lat: 0,
  lon: 0,
  parentId,
});

const places = [
  place('minsk', 'belarus', 'Minsk'),
  place('independence-square', 'minsk', 'Independence Square'),
  place('belarus', null, 'Belarus'),
  place('zhodino', 'belarus', 'Zhodino'),
  place('lithuania', null, 'Lithuania'),
];

describe('getPlaceWithDescendants', () => {
  it('includes the place, its children and their children', () => {
    expect([...getPlaceWithDescendants(places, 'belarus')].sort()).toEqual([
      'belarus',
      'independence-square',
      'minsk',
      'zhodino',
    ]);
    expect([...getPlaceWithDescendants(places, 'lithuania')]).toEqual(['lithuania']);
  });

  it('stops at a cycle instead of looping', () => {
    const cyclic = [place('a', 'b'), place('b', 'a')];
    expect([...getPlaceWithDescendants(cyclic, 'a')].sort()).toEqual(['a', 'b']);
  });
});

describe('getPlaceOptions', () => {
  it('lists each parent before its children, siblings by name', () => {
    expect(getPlaceOptions(places).map(({ place, depth }) => `${depth}:${place.id}`)).toEqual([
      '0:belarus',
      '1:minsk',
      '2:independence-square',
      '1:zhodino',
      '0:lithuania',
    ]);
  });

  it('keeps places whose parents form a cycle or are missing', () => {
    const odd = [place('a', 'b'), place('b', 'a'), place('c', 'nowhere')];
    expect(
      getPlaceOptions(odd)
        .map(({ place }) => place.id)
        .sort(),
    ).toEqual(['a', 'b', 'c']);
  });
});
