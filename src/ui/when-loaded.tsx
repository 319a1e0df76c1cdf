import { useEffect, useState, type ReactNode } from 'react';

interface WhenLoadedProps {
  /** Loads the children's code (a lazy component's preload); without it the children render at once. */
  load?: () => Promise<unknown>;
  /** Stands in until the code has come. */
  placeholder: ReactNode;
  children: ReactNode;
}

/**
 * Shows the placeholder until `load` settles, then the children. React reveals a Suspense boundary's content no
 * sooner than 300 ms after it last showed a fallback, so a lazy view that suspended on its code appeared up to
 * 300 ms after the code had arrived; here no fallback is shown, and the children (made with `lazyPreloadable`) render
 * without suspending. A failure renders the children too: their lazy import fails again inside their error boundary.
 */
export function WhenLoaded({ load, placeholder, children }: WhenLoadedProps) {
  const [loaded, setLoaded] = useState(load === undefined);
  useEffect(() => {
    if (loaded || load === undefined) return;
    let current = true;
    const settle = () => current && setLoaded(true);
    load().then(settle, settle);
    return () => {
      current = false;
    };
  }, [loaded, load]);
  return loaded ? children : placeholder;
}
