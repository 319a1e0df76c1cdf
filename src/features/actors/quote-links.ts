import { createContext, use } from 'react';
import type { VoiceOf } from '../../domain/item-voice';

export interface QuoteLinks {
  getQuoteSourceHref: (quoteId: string, sourceId: string) => string;
  onOpenQuoteSource: (quoteId: string, sourceId: string) => void;
  /** Each quote's marks: its date or when it was reported, its relay, inferences and disagreements. */
  voiceOf: VoiceOf;
}

/**
 * The Source links' targets, and the quotes' marks. The links carry the whole URL state, so they change with
 * every filter; a context lets only the quotes on screen draw them again, not every actor card.
 */
export const QuoteLinksContext = createContext<QuoteLinks | null>(null);

/** The Source links' targets, from the Actors panel around the quote. */
export function useQuoteLinks(): QuoteLinks {
  const links = use(QuoteLinksContext);
  if (links === null) throw new Error('useQuoteLinks: a quote list must be inside the Actors panel');
  return links;
}
