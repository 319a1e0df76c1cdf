/**
 * What the bench runs inside the page, as plain JavaScript strings: a function passed to `page.evaluate`
 * would be rewritten by the TypeScript loader (helpers such as `__name`) that the page does not have.
 *
 * "Settled" means: the DOM stopped changing for a quiet period, and the page has painted twice since its
 * last change (two animation frames: the first runs before the paint of the changed frame, the second after).
 * The app has no "ready" attribute, so the probe reads what the DOM offers: the dashboard's regions
 * (`section.region`), no loading skeleton, and the "Showing N of M" status.
 */

/** Installed with `addInitScript`: records DOM changes, paints after them, long tasks and layout shifts. */
export const probeInitScript = `(() => {
  const state = { lastMutation: 0, lastPaint: 0, mutations: 0, longTasks: [], layoutShift: 0 };
  Object.defineProperty(window, '__bench', { value: state });
  const painted = () => requestAnimationFrame(() => requestAnimationFrame(() => {
    state.lastPaint = Math.max(state.lastPaint, performance.now());
    // The same moment on the trace clock, for the main-thread CPU figures (scripts/perf/trace-cpu.ts).
    console.timeStamp('bench-paint');
  }));
  const observer = new MutationObserver((records) => {
    // Leaflet moves its panes by rewriting style and class while it pans or zooms: motion, not new content.
    const content = records.some((record) => record.type !== 'attributes' ||
      !(record.target instanceof Element && record.target.closest('.leaflet-pane')));
    if (!content) return;
    state.lastMutation = performance.now();
    state.mutations += 1;
    painted();
  });
  observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) state.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) state.layoutShift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {}
})();`;

/** True once every view has rendered: at least `minRegions` regions, no skeleton, a quiet DOM. */
export const readyExpression = (minRegions: number, quietMs: number) => `(() => {
  const state = window.__bench;
  if (!state) return false;
  if (document.querySelector('[role="alert"]')?.textContent?.match(/could not|damaged|expected shape/i)) {
    throw new Error('the app reports: ' + document.querySelector('[role="alert"]').textContent);
  }
  const regions = document.querySelectorAll('section.region').length;
  const loading = document.querySelector('.skeleton, [aria-busy="true"]');
  return regions >= ${minRegions} && !loading && state.lastPaint >= state.lastMutation &&
    performance.now() - state.lastMutation > ${quietMs};
})()`;

export interface LoadProbe {
  datasetRequestStart: number | null;
  datasetResponseEnd: number | null;
  lastMutation: number;
  lastPaint: number;
  longTasks: { start: number; duration: number }[];
  layoutShift: number;
  summary: string | null;
  regions: string[];
  domNodes: number;
}

/** Reads the load timings once the page is ready; all times are ms since navigation start. */
export const loadProbeExpression = `(() => {
  const state = window.__bench;
  const dataset = performance.getEntriesByType('resource').find((entry) => /data\\/dataset\\.json$/.test(entry.name));
  return {
    datasetRequestStart: dataset ? dataset.requestStart : null,
    datasetResponseEnd: dataset ? dataset.responseEnd : null,
    lastMutation: state.lastMutation,
    lastPaint: state.lastPaint,
    longTasks: state.longTasks,
    layoutShift: state.layoutShift,
    summary: document.querySelector('.filter-summary__count')?.textContent ?? null,
    regions: [...document.querySelectorAll('section.region')].map((region) => region.id),
    domNodes: document.getElementsByTagName('*').length,
  };
})()`;

export interface ChangeProbe {
  /** From the navigation to the first paint after it: how soon the reader sees a response. */
  firstPaintMs: number;
  /** From the navigation to the paint after the DOM's last change: the views have settled. */
  settledMs: number;
  /** False when the DOM did not change at all: the filter had no visible effect. */
  changed: boolean;
  longTaskMs: number;
  summary: string | null;
}

/**
 * Navigates in-page the way the back button does (pushState + popstate, which the app's URL store
 * follows), then waits for the DOM to settle. Resolves with a ChangeProbe.
 */
export const changeExpression = (
  search: string,
  quietMs: number,
  timeoutMs: number,
) => `new Promise((resolve, reject) => {
  const state = window.__bench;
  const longTasksBefore = state.longTasks.length;
  const mutationsBefore = state.mutations;
  const start = performance.now();
  console.timeStamp('bench-change');
  let firstPaint = null;
  requestAnimationFrame(() => requestAnimationFrame(() => { firstPaint = performance.now(); }));
  history.pushState(null, '', location.pathname + ${JSON.stringify(search)} + location.hash);
  dispatchEvent(new PopStateEvent('popstate', { state: null }));
  const check = () => {
    const now = performance.now();
    const changed = state.mutations > mutationsBefore;
    const lastChange = changed ? state.lastMutation : start;
    if (firstPaint !== null && (!changed || state.lastPaint >= state.lastMutation) && now - lastChange > ${quietMs}) {
      const longTaskMs = state.longTasks.slice(longTasksBefore).reduce((sum, task) => sum + task.duration, 0);
      resolve({
        firstPaintMs: firstPaint - start,
        settledMs: (changed ? Math.max(state.lastPaint, firstPaint) : firstPaint) - start,
        changed,
        longTaskMs,
        summary: document.querySelector('.filter-summary__count')?.textContent ?? null,
      });
    } else if (now - start > ${timeoutMs}) {
      reject(new Error('views did not settle within ${timeoutMs} ms'));
    } else {
      setTimeout(check, 20);
    }
  };
  setTimeout(check, 20);
})`;
