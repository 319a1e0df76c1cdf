/**
 * Type-ahead matching for the pickers and the place list: case and accents do not matter ("minsk" finds
 * "Minsk", "zodzina" finds "Žodzina"), and a query matches the start of any word of a name.
 */

/** Lower case without diacritics, so a reader can type what their keyboard has. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** True when every word of the query starts some word of the (already folded) name. */
export function matchesQuery(foldedName: string, foldedQuery: string): boolean {
  const words = foldedQuery.split(/\s+/).filter((word) => word !== '');
  if (words.length === 0) return true;
  const nameWords = foldedName.split(/[\s,.()'’-]+/).filter((word) => word !== '');
  return words.every((word) => nameWords.some((nameWord) => nameWord.startsWith(word)));
}

/**
 * The items whose name matches the query, in their given order, at most `limit` of them; with the number
 * that matched, so a list can say how many it leaves out.
 */
export function searchByName<T>(
  items: readonly T[],
  nameOf: (item: T) => string,
  query: string,
  limit = Infinity,
): { matches: T[]; total: number } {
  const folded = foldForSearch(query.trim());
  const matches: T[] = [];
  let total = 0;
  for (const item of items) {
    if (folded !== '' && !matchesQuery(foldForSearch(nameOf(item)), folded)) continue;
    total += 1;
    if (matches.length < limit) matches.push(item);
  }
  return { matches, total };
}
