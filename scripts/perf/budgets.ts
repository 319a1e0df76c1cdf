/**
 * The JavaScript budgets of issue "Fast at any size", as data, and the pure checks that the budget script
 * applies to what a page actually loaded. Sizes are gzip (level 9, as size-limit measures) in kB of 1000 bytes.
 */
export type Library = 'react' | 'leaflet';

export interface PageBudget {
  name: string;
  /** Path and query relative to the build root; `{quote}` becomes the id of a quote in the shipped dataset. */
  path: string;
  /** All same-origin JS the page loads until the network is idle. */
  totalKb: number;
  /** The module scripts and modulepreloads index.html itself asks for; checked on the dashboard. */
  shellKb?: number;
  forbidden?: Library[];
}

// The embed page meets these on preact/compat (scripts/build/embed-build.ts); on React it could not, since React
// DOM alone is 67.7 kB (`npm run size:floor`; docs/performance.md has both floors). So an embed that loads React
// fails, whatever it weighs.
export const pageBudgets: PageBudget[] = [
  { name: 'dashboard', path: '/', totalKb: 200, shellKb: 90 },
  {
    name: 'embed quote',
    path: '/embed/?view=quote&quote={quote}',
    totalKb: 85,
    forbidden: ['react', 'leaflet'],
  },
  {
    name: 'embed actors',
    path: '/embed/?view=actors',
    totalKb: 85,
    forbidden: ['react', 'leaflet'],
  },
  {
    name: 'embed timeline',
    path: '/embed/?view=timeline',
    totalKb: 85,
    forbidden: ['react', 'leaflet'],
  },
  {
    name: 'embed map',
    path: '/embed/?view=map',
    totalKb: 125,
    forbidden: ['react'],
  },
  {
    name: 'embed chart',
    path: '/embed/?view=chart',
    totalKb: 85,
    forbidden: ['react', 'leaflet'],
  },
];

// Strings that survive minification because they are CSS class names or links the libraries write into the page,
// or, for React, the address its production build points errors to (preact/compat has none).
const signatures: Record<Library, string[]> = {
  react: ['react.dev/errors/'],
  leaflet: ['leaflet-container', 'leafletjs.com'],
};

/**
 * The scripts index.html loads for the dashboard before any dynamic import: its module scripts (the entry, and the
 * legacy embed redirect before it) and the entry's modulepreloads.
 */
export function findShellScripts(html: string): string[] {
  const found: string[] = [];
  for (const tag of html.match(/<(?:script|link)\b[^>]*>/gi) ?? []) {
    const isModule = /^<script\b/i.test(tag) && /\btype=["']?module/i.test(tag);
    const isPreload = /^<link\b/i.test(tag) && /\brel=["']?modulepreload/i.test(tag);
    const url = /\b(?:src|href)=["']?([^"'\s>]+)/i.exec(tag)?.[1];
    if ((isModule || isPreload) && url !== undefined) found.push(toBuildPath(url));
  }
  return [...new Set(found)];
}

/** A URL as written in index.html or requested by the page, as a path from the build root (`assets/x.js`). */
export function toBuildPath(url: string): string {
  const pathname = /^[a-z]+:\/\//i.test(url) ? new URL(url).pathname : (url.split(/[?#]/)[0] ?? url);
  return pathname.replace(/^\.?\/+/, '');
}

/** Which of the heavy libraries a piece of bundled code contains. */
export function findLibraries(code: string): Library[] {
  return (Object.keys(signatures) as Library[]).filter((library) =>
    signatures[library].some((marker) => code.includes(marker)),
  );
}

export interface LoadedScript {
  path: string;
  gzipBytes: number;
  libraries: Library[];
}

export interface PageResult {
  budget: PageBudget;
  scripts: LoadedScript[];
  totalBytes: number;
  shellBytes: number;
  problems: string[];
}

/** Sums what a page loaded and lists every way it breaks its budget, so one run reports all of them. */
export function evaluatePage(budget: PageBudget, scripts: LoadedScript[], shell: readonly string[]): PageResult {
  const totalBytes = scripts.reduce((sum, script) => sum + script.gzipBytes, 0);
  const shellBytes = scripts.filter((script) => shell.includes(script.path)).reduce((sum, s) => sum + s.gzipBytes, 0);
  const problems: string[] = [];
  if (scripts.length === 0) problems.push('loaded no JavaScript at all: is the build broken or the page blank?');
  if (totalBytes > budget.totalKb * 1000) {
    problems.push(`loads ${formatKb(totalBytes)} of JS, over its ${budget.totalKb} kB budget`);
  }
  if (budget.shellKb !== undefined && shellBytes > budget.shellKb * 1000) {
    problems.push(`shell is ${formatKb(shellBytes)}, over its ${budget.shellKb} kB budget`);
  }
  for (const library of budget.forbidden ?? []) {
    const culprits = scripts.filter((script) => script.libraries.includes(library)).map((script) => script.path);
    if (culprits.length > 0) problems.push(`loads ${library} (in ${culprits.join(', ')})`);
  }
  return { budget, scripts, totalBytes, shellBytes, problems };
}

/** Bytes as kB with one decimal, the unit the budgets are written in. */
export function formatKb(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}
