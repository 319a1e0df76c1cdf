import { useEffect, useRef, useState, type ReactNode } from 'react';
import { WhenLoaded } from './when-loaded';

// The reader's first key press, tap or wheel turn: after it, a keyboard or screen-reader user may be heading
// for a view that is not on screen, so it loads without waiting to be scrolled to.
const interactions = ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const;

interface LoadWhenNeededProps {
  /** Stands in, at the view's size, until the view is needed. */
  placeholder: ReactNode;
  /** Loads the view's code once the view is needed; the placeholder stays until it settles (`WhenLoaded`). */
  load?: () => Promise<unknown>;
  children: ReactNode;
}

/**
 * Renders a heavy view (and so downloads its code) only once the reader may need it: when its place on the
 * page enters the viewport, at the reader's first interaction, or when the page is printed. A view below the fold then
 * costs nothing at first load. Without IntersectionObserver it renders at once.
 */
export function LoadWhenNeeded({ placeholder, load: loadCode, children }: LoadWhenNeededProps) {
  const [needed, setNeeded] = useState(() => typeof IntersectionObserver === 'undefined');
  const placeholderRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (needed) return;
    const load = () => setNeeded(true);
    const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && load(), {
      rootMargin: '0px',
    });
    if (placeholderRef.current) observer.observe(placeholderRef.current);
    for (const type of interactions) window.addEventListener(type, load, { passive: true });
    // Paper shows every view: load on the print dialog's `beforeprint`, and when print media applies without one
    // (a headless browser's PDF, print emulation), which only the media query reports.
    const print = typeof matchMedia === 'function' ? matchMedia('print') : null;
    if (print?.matches) load();
    print?.addEventListener('change', load);
    window.addEventListener('beforeprint', load);
    return () => {
      observer.disconnect();
      for (const type of interactions) window.removeEventListener(type, load);
      print?.removeEventListener('change', load);
      window.removeEventListener('beforeprint', load);
    };
  }, [needed]);

  const waiting = (
    <div ref={placeholderRef} className="load-when-needed">
      {placeholder}
    </div>
  );
  return needed ? (
    <WhenLoaded load={loadCode} placeholder={waiting}>
      {children}
    </WhenLoaded>
  ) : (
    waiting
  );
}
