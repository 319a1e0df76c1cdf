import { createContext, use } from 'react';

export interface QuoteLinks {
  getQuoteSourceHref: (quoteId: string, sourceId: string) => string;
  onOpenQuoteSource: (quoteId: string, sourceId: string) => void;
}

/**
 * The Source links' targets. They carry the whole URL state, so they change with every filter; a
 * context lets only the quotes on screen draw them again, not every actor card.
 */
export const QuoteLinksContext = createContext<QuoteLinks | null>(null);

/** The Source links' targets, from the Actors panel around the quote. */
export function useQuoteLinks(): QuoteLinks {
  const links = use(QuoteLinksContext);
  if (links === null) throw new Error('useQuoteLinks: a quote list must be inside the Actors panel');
  return links;
}
