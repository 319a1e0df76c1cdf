/**
 * The credit line every embed carries: which articles the data comes from and when they were published,
 * short enough for one line in a 280 px frame's footer.
 */
import type { Source } from '../data/schema';
import { formatShortDate } from './format';
import type { Wording } from './translate';

const maxNamedOutlets = 3;

/** "Data: 5 news articles (Bloomberg, Reuters, CNN and 2 more), 14 Aug 2020 – 27 Oct 2020", in the reader's language. */
export function getEmbedCredit(sources: readonly Source[], { t, intl }: Wording): string {
  if (sources.length === 0) return t('credit.none');
  const byDate = [...sources].sort((a, b) => a.published.localeCompare(b.published) || a.id.localeCompare(b.id));
  const outlets = [...new Set(byDate.flatMap((source) => (source.outlet === null ? [] : [source.outlet])))];
  const named = outlets.slice(0, maxNamedOutlets);
  // Articles that name no outlet are counted, never attributed to one.
  const unnamed = sources.length - byDate.filter((source) => named.includes(source.outlet ?? '')).length;
  const first = byDate[0]?.published ?? '';
  const last = byDate[byDate.length - 1]?.published ?? '';
  const when =
    first === last ? formatShortDate(first, intl) : `${formatShortDate(first, intl)} – ${formatShortDate(last, intl)}`;
  const count = sources.length;
  if (named.length === 0) return t('credit.line', { count, when });
  const list = named.join(', ');
  const who = unnamed > 0 ? t('credit.outletsAndMore', { outlets: list, more: unnamed }) : list;
  return t('credit.lineWithOutlets', { count, outlets: who, when });
}
