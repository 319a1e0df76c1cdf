import { useEffect, useState } from 'react';

/** How long to wait for an animation frame that may never come (a hidden tab, an off-screen frame). */
const frameTimeoutMs = 100;

/**
 * False until the browser has painted what the component first rendered, then true. A component draws its costly
 * part only once this is true, so its cheap part (words, a placeholder of the same size) reaches the screen first
 * and the costly drawing runs in a task of its own, not in the one that shows the page.
 */
export function useAfterPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let frame: number | undefined;
    // A task queued from an animation frame runs after that frame's paint.
    const afterFrame = () => {
      if (frame !== undefined) cancelAnimationFrame(frame);
      clearTimeout(timer);
      timer = setTimeout(() => setPainted(true));
    };
    timer = setTimeout(afterFrame, frameTimeoutMs);
    if (typeof requestAnimationFrame === 'function') frame = requestAnimationFrame(afterFrame);
    return () => {
      if (frame !== undefined) cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return painted;
}
