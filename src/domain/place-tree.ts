import type { Place } from '../data/schema';

/** The place and every place inside it (Minsk → Independence Square), so a filter on a city keeps its sites. */
export function getPlaceWithDescendants(places: readonly Place[], placeId: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const place of places) {
    if (place.parentId === null) continue;
    const siblings = children.get(place.parentId) ?? [];
    siblings.push(place.id);
    children.set(place.parentId, siblings);
  }
  const found = new Set<string>([placeId]);
  const queue = [placeId];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    for (const child of children.get(id) ?? []) {
      // The schema does not forbid a cycle; the set stops one from looping forever.
      if (!found.has(child)) {
        found.add(child);
        queue.push(child);
      }
    }
  }
  return found;
}

export interface PlaceOption {
  place: Place;
  /** 0 for a place with no parent (or an unknown one), 1 for its children, and so on. */
  depth: number;
}

/** Places in reading order for a picker: each parent followed by its children, siblings by name. */
export function getPlaceOptions(places: readonly Place[]): PlaceOption[] {
  const ids = new Set(places.map((place) => place.id));
  const byName = new Intl.Collator('en').compare;
  const byPlaceName = (a: Place, b: Place) => byName(a.name, b.name);
  // Grouped once: filtering every place for each place's children took seconds at 10,000 places.
  const children = new Map<string | null, Place[]>();
  for (const place of places) {
    const parentId = place.parentId !== null && ids.has(place.parentId) ? place.parentId : null;
    const siblings = children.get(parentId);
    if (siblings) siblings.push(place);
    else children.set(parentId, [place]);
  }
  for (const siblings of children.values()) siblings.sort(byPlaceName);
  const childrenOf = (parentId: string | null) => children.get(parentId) ?? [];
  const options: PlaceOption[] = [];
  const visited = new Set<string>();
  const visit = (place: Place, depth: number) => {
    if (visited.has(place.id)) return;
    visited.add(place.id);
    options.push({ place, depth });
    for (const child of childrenOf(place.id)) visit(child, depth + 1);
  };
  for (const root of childrenOf(null)) visit(root, 0);
  // Places caught in a parent cycle have no root; list them rather than lose them.
  for (const place of [...places].sort(byPlaceName)) visit(place, 0);
  return options;
}
