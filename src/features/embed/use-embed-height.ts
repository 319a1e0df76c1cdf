import { useEffect, type RefObject } from 'react';
import { createHeightReporter, getHeightMessages } from '../../domain/embed-height';
import { parsePymMessage } from '../../domain/pym-messages';

/**
 * Tells the parent frame the embed's content height whenever it changes: pym.js's message (when the
 * parent gave a childId) and AMP's `embed-size`. Observes the embed's root, not the document, whose
 * height is at least the frame's: measuring that would let the frame only ever grow.
 */
export function useEmbedHeight(rootRef: RefObject<HTMLElement | null>, childId: string | null): void {
  useEffect(() => {
    const root = rootRef.current;
    const parent = window.parent;
    if (!root || parent === window) return;

    // '*' as pym.js does: the message carries only a height, and the parent's origin is not ours to know.
    const reporter = createHeightReporter((height) => {
      for (const message of getHeightMessages(childId, height)) parent.postMessage(message, '*');
    });
    // The bottom edge in page coordinates counts whatever margin sits above the root, too.
    const measure = () => reporter.report(root.getBoundingClientRect().bottom + window.scrollY);
    const observer = new ResizeObserver(measure);
    observer.observe(root);

    // pym.js parents send `width` when their window resizes and expect a height back.
    const onMessage = (event: MessageEvent) => {
      if (event.source !== parent || childId === null) return;
      if (parsePymMessage(event.data, childId)?.type === 'width') reporter.resend();
    };
    window.addEventListener('message', onMessage);
    return () => {
      observer.disconnect();
      window.removeEventListener('message', onMessage);
    };
  }, [rootRef, childId]);
}
