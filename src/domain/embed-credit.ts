/**
 * The credit line every embed carries: which articles the data comes from and when they were published,
 * short enough for one line in a 280 px frame's footer.
 */
import type { Source } from '../data/schema';
import { formatShortDate } from './format';

const maxNamedOutlets = 3;

/** "Data: 5 news articles (Bloomberg, Reuters, CNN and 2 more), 14 Aug 2020 – 27 Oct 2020". */
export function getEmbedCredit(sources: readonly Source[]): string {
  if (sources.length === 0) return 'Data: no articles yet';
  const byDate = [...sources].sort((a, b) => a.published.localeCompare(b.published) || a.id.localeCompare(b.id));
  const outlets = [...new Set(byDate.flatMap((source) => (source.outlet === null ? [] : [source.outlet])))];
  const named = outlets.slice(0, maxNamedOutlets);
  // Articles that name no outlet are counted, never attributed to one.
  const unnamed = sources.length - byDate.filter((source) => named.includes(source.outlet ?? '')).length;
  const who = named.length === 0 ? '' : ` (${named.join(', ')}${unnamed > 0 ? ` and ${unnamed} more` : ''})`;
  const first = byDate[0]?.published ?? '';
  const last = byDate[byDate.length - 1]?.published ?? '';
  const when = first === last ? formatShortDate(first) : `${formatShortDate(first)} – ${formatShortDate(last)}`;
  const count = sources.length === 1 ? '1 news article' : `${sources.length} news articles`;
  return `Data: ${count}${who}, ${when}`;
}
