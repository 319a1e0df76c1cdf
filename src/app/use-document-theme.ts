import { useLayoutEffect } from 'react';
import type { Theme } from '../domain/url-state';

/**
 * `theme=light|dark` forces a theme through `data-theme` on <html>; without it the stylesheet follows
 * the reader's prefers-color-scheme. Set before paint so a dark embed never flashes light.
 */
export function useDocumentTheme(theme: Theme | null) {
  useLayoutEffect(() => {
    const root = document.documentElement;
    if (theme === null) return;
    root.dataset.theme = theme;
    return () => {
      delete root.dataset.theme;
    };
  }, [theme]);
}
