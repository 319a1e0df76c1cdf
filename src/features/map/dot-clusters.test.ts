import { describe, expect, it } from 'vitest';
import type { Place } from '../../data/schema';
import type { PlaceActivity } from '../../domain/place-activity';
import { indexDots, type MapDot } from './dot-clusters';

function town(id: string, lat: number, lon: number, events: number, quotes = 0): PlaceActivity {
  const place: Place = { id, name: id, kind: 'city', lat, lon, parentId: null };
  return { place, label: id, events, quotes, figures: 0, total: events + quotes, placeIds: [id] };
}

// Minsk and three towns within a few kilometres of it; Brest, 330 km away; somewhere the map cannot place.
const minsk = town('minsk', 53.9, 27.56, 10, 2);
const nearMinsk = [town('a', 53.92, 27.6, 1), town('b', 53.88, 27.5, 2), town('c', 53.95, 27.55, 3, 1)];
const brest = town('brest', 52.1, 23.7, 4);
const nowhere = town('nowhere', 0, 0, 50);
const activities = [minsk, ...nearMinsk, brest, nowhere];
const positionOf = (activity: PlaceActivity) =>
  activity === nowhere ? null : ([activity.place.lat, activity.place.lon] as const);
const belarus = [23, 51, 33, 57] as const;
const options = { minZoom: 4, maxZoom: 12, radius: 30 };
const nobody = () => false;

const byKind = (dots: MapDot[], kind: MapDot['kind']) => dots.filter((dot) => dot.kind === kind);
const placeIds = (dots: MapDot[]) => dots.flatMap((dot) => (dot.kind === 'place' ? [dot.activity.place.id] : []));

describe('indexDots', () => {
  it('groups places close together into one circle that counts their places and items', () => {
    const dots = indexDots(activities, positionOf, nobody, options).dotsIn(belarus, 6);
    const [cluster, ...otherClusters] = byKind(dots, 'cluster');
    expect(otherClusters).toEqual([]);
    expect(cluster).toMatchObject({ places: 4, events: 16, quotes: 3, figures: 0, total: 19 });
    expect(placeIds(dots)).toEqual(['brest']);
  });

  it('shows every place on its own once zoomed in past the grouping', () => {
    const index = indexDots(activities, positionOf, nobody, options);
    const cluster = byKind(index.dotsIn(belarus, 6), 'cluster')[0]!;
    if (cluster.kind !== 'cluster') throw new Error('expected a cluster');
    const zoom = index.expansionZoom(cluster.clusterId);
    expect(zoom).toBeGreaterThan(6);
    const closer = index.dotsIn(belarus, options.maxZoom + 1);
    expect(byKind(closer, 'cluster')).toEqual([]);
    expect(placeIds(closer).sort()).toEqual(['a', 'b', 'brest', 'c', 'minsk']);
    // At the expansion zoom the cluster has come apart: nothing there counts all four places any more.
    const expanded = index.dotsIn(belarus, zoom);
    expect(expanded.length).toBeGreaterThan(2);
    expect(expanded.every((dot) => dot.kind === 'place' || dot.places < 4)).toBe(true);
  });

  it('keeps the selected place out of any group, so the reader sees where it is', () => {
    const dots = indexDots(activities, positionOf, (activity) => activity === minsk, options).dotsIn(belarus, 6);
    expect(byKind(dots, 'cluster')[0]).toMatchObject({ places: 3, events: 6 });
    expect(placeIds(dots).sort()).toEqual(['brest', 'minsk']);
  });

  it('gives only what is in view, and sizes against the busiest circle anywhere at that zoom', () => {
    const index = indexDots(activities, positionOf, (activity) => activity === brest, options);
    const aroundBrest = [23, 51.5, 24.5, 52.5] as const;
    expect(placeIds(index.dotsIn(aroundBrest, 6))).toEqual(['brest']);
    expect(index.maxTotal(6)).toBe(19);
    expect(index.maxTotal(options.maxZoom + 1)).toBe(12);
  });

  it('leaves out places the map cannot place', () => {
    const dots = indexDots(activities, positionOf, nobody, options).dotsIn([-180, -85, 180, 85], 4);
    const counted = dots.reduce((sum, dot) => sum + (dot.kind === 'cluster' ? dot.places : 1), 0);
    expect(counted).toBe(5);
  });
});
