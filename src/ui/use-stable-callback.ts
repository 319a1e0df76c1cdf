import { useCallback, useLayoutEffect, useRef } from 'react';

/**
 * A function that never changes identity yet always calls the latest `callback`: memoised children keep
 * their props, so a filter change does not draw them again just because the parent made new closures.
 */
export function useStableCallback<Args extends unknown[]>(callback: (...args: Args) => void): (...args: Args) => void {
  const latest = useRef(callback);
  useLayoutEffect(() => {
    latest.current = callback;
  });
  return useCallback((...args: Args) => latest.current(...args), []);
}
