import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * True while the page is being printed: from the print dialog's `beforeprint` to `afterprint`, and whenever print
 * media applies without those events (a headless browser's PDF, print emulation). A view that draws only what is on
 * screen draws everything for paper. `beforeprint` renders synchronously, since the browser lays out for print as soon
 * as its handlers return.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => typeof matchMedia === 'function' && matchMedia('print').matches);
  useEffect(() => {
    const print = typeof matchMedia === 'function' ? matchMedia('print') : null;
    const start = () => flushSync(() => setPrinting(true));
    const end = () => setPrinting(print?.matches ?? false);
    const onMediaChange = () => (print?.matches ? start() : end());
    window.addEventListener('beforeprint', start);
    window.addEventListener('afterprint', end);
    print?.addEventListener('change', onMediaChange);
    return () => {
      window.removeEventListener('beforeprint', start);
      window.removeEventListener('afterprint', end);
      print?.removeEventListener('change', onMediaChange);
    };
  }, []);
  return printing;
}
