import { useEffect, useRef, useState, type ReactNode } from 'react';

// The reader's first key press, tap or wheel turn: after it, a keyboard or screen-reader user may be heading
// for a view that is not on screen, so it loads without waiting to be scrolled to.
const interactions = ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const;

interface LoadWhenNeededProps {
  /** Stands in, at the view's size, until the view is needed. */
  placeholder: ReactNode;
  /**
   * Loads the view's code; the placeholder stays until it settles. Without it the children render as soon as they
   * are needed, and a lazy view among them suspends: React then shows its content no sooner than 300 ms after the
   * Suspense fallback, however soon the code arrives.
   */
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
  const [loaded, setLoaded] = useState(loadCode === undefined);
  const placeholderRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!needed || loaded || loadCode === undefined) return;
    let current = true;
    // A failure renders the view too: its lazy import fails again there, and its error boundary says so.
    const settle = () => current && setLoaded(true);
    loadCode().then(settle, settle);
    return () => {
      current = false;
    };
  }, [needed, loaded, loadCode]);

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

  return needed && loaded ? (
    children
  ) : (
    <div ref={placeholderRef} className="load-when-needed">
      {placeholder}
    </div>
  );
}
