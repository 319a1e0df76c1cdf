import { useEffect, type RefObject } from 'react';
import { getEmbedLinkTarget } from '../../domain/embed-url';

/**
 * Makes every link inside the embed open in a new tab, and the app's own links (to a source, a quote)
 * open the full dashboard rather than the embed. The panels are the dashboard's own, so links are
 * rewritten where they render instead of teaching each panel about embeds.
 */
export function useEmbedLinks(rootRef: RefObject<HTMLElement | null>, pageUrl: string): void {
  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const rewrite = () => {
      for (const link of root.querySelectorAll<HTMLAnchorElement>('a[href]')) {
        const target = getEmbedLinkTarget(link.getAttribute('href') ?? '', pageUrl);
        if (target === null) continue;
        // Writing only on change keeps this observer from feeding itself.
        if (link.getAttribute('href') !== target) link.setAttribute('href', target);
        if (link.target !== '_blank') link.target = '_blank';
        if (link.rel !== 'noopener') link.rel = 'noopener';
      }
    };
    rewrite();
    const observer = new MutationObserver(rewrite);
    observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['href'] });

    // In-app links change the app's state on a plain click; in an embed the new tab is the whole point.
    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest('a[target="_blank"]') : null;
      if (link && root.contains(link)) event.stopPropagation();
    };
    root.addEventListener('click', onClick, { capture: true });
    return () => {
      observer.disconnect();
      root.removeEventListener('click', onClick, { capture: true });
    };
  }, [rootRef, pageUrl]);
}
