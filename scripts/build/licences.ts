/**
 * Licences of the packages the app runs on, as pure functions: which package a bundled module belongs to, the
 * notices file dist/ ships (third-party-licences.ts writes it), and the check that docs/licences.md lists every
 * runtime dependency with its licence (check-licences.ts runs it in `npm test`).
 */

/** A package as its package.json and licence file describe it. */
export interface PackageLicence {
  name: string;
  version: string;
  /** The `license` field: an SPDX expression such as `MIT` or `Hippocratic-2.1`. */
  licence: string;
  /** The text of its LICENSE (or LICENCE, COPYING) file, or null when the package has none. */
  text: string | null;
}

/**
 * The folder of the package a module id belongs to (`…/node_modules/@scope/name`), or null for the project's own
 * code and for virtual modules. Ids may carry a `\0` prefix and a `?query` suffix (Vite's CSS, CommonJS wrappers).
 */
export function getPackageFolder(moduleId: string): string | null {
  const path = moduleId.replace(/^\0/, '').replace(/\?.*$/, '').replaceAll('\\', '/');
  const marker = '/node_modules/';
  const start = path.lastIndexOf(marker);
  if (start === -1) return null;
  const parts = path.slice(start + marker.length).split('/');
  const nameParts = parts[0]?.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1);
  if (nameParts.length === 0 || nameParts.some((part) => part === '')) return null;
  return `${path.slice(0, start + marker.length)}${nameParts.join('/')}`;
}

/** Whether a file name is a licence file: LICENSE, LICENCE or COPYING, with or without .md or .txt, any case. */
export function isLicenceFileName(fileName: string): boolean {
  return /^(licen[cs]e|copying)([.-][\w-]+)?(\.(md|txt))?$/i.test(fileName);
}

/** The `license` field of a package.json, whatever its era's form (a string, or the old `{ type }` and `licenses`). */
export function readLicenceField(packageJson: Record<string, unknown>): string {
  const field = packageJson.license ?? packageJson.licenses;
  if (typeof field === 'string') return field;
  const types = (Array.isArray(field) ? field : [field])
    .map((entry) => (entry && typeof entry === 'object' ? (entry as { type?: unknown }).type : undefined))
    .filter((type): type is string => typeof type === 'string');
  return types.length > 0 ? types.join(' OR ') : 'UNKNOWN';
}

/** The notices file: one section per package, sorted by name, each with its licence's full text. */
export function formatThirdPartyLicences(packages: readonly PackageLicence[], notes: ReadonlyMap<string, string>) {
  const sorted = [...packages].sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
  const sections = sorted.map((pkg) => {
    const note = notes.get(pkg.name);
    return [
      `${pkg.name}@${pkg.version}`,
      `Licence: ${pkg.licence}`,
      ...(note ? [note] : []),
      '',
      pkg.text?.trim() ?? `(The package ships no licence file; its package.json names the licence ${pkg.licence}.)`,
    ].join('\n');
  });
  const header = [
    'Third-party software in this build',
    '',
    `The Belarus 2020 dashboard's own code is under the MIT licence (LICENSE in its repository). The build bundles`,
    `the ${sorted.length} packages below; each is listed with its version, the licence its package.json names, and`,
    'the licence text it ships. docs/licences.md says what each licence asks of a newsroom that serves this build.',
  ].join('\n');
  return `${[header, ...sections].join(`\n\n${'-'.repeat(80)}\n\n`)}\n`;
}

/** What docs/licences.md declares: runtime dependencies by name, and the licences of what they bring in. */
export interface LicenceTables {
  /** Package name → licence, from the table under "## Runtime dependencies". */
  dependencies: Map<string, string>;
  /** Package name → licence, from the table under "## What they bring in" (a licence, then its packages). */
  broughtIn: Map<string, string>;
}

const dependencyHeading = 'Runtime dependencies';
const broughtInHeading = 'What they bring in';

/** Reads the two tables of docs/licences.md; cells may wrap names and licences in backticks. */
export function parseLicenceTables(markdown: string): LicenceTables {
  const tables: LicenceTables = { dependencies: new Map(), broughtIn: new Map() };
  let section = '';
  let headerSeen = false;
  for (const line of markdown.split('\n')) {
    const heading = /^##\s+(.*?)\s*$/.exec(line);
    if (heading) {
      section = heading[1] ?? '';
      headerSeen = false;
      continue;
    }
    if (!line.startsWith('|') || /^\|[\s|:-]+\|$/.test(line)) continue;
    // The first row of a table names its columns.
    if (!headerSeen) {
      headerSeen = true;
      continue;
    }
    const [first = '', second = ''] = line.split('|').slice(1, -1);
    if (section === dependencyHeading) tables.dependencies.set(unwrap(first), unwrap(second));
    if (section === broughtInHeading) {
      for (const name of second.split(',').map(unwrap)) if (name !== '') tables.broughtIn.set(name, unwrap(first));
    }
  }
  return tables;
}

function unwrap(cell: string): string {
  return cell.trim().replace(/^`(.*)`$/, '$1');
}

/** A package of the installed runtime tree, as `npm query .prod` describes it. */
export interface RuntimePackage {
  name: string;
  licence: string;
  /** Listed in package.json's `dependencies`, rather than brought in by one. */
  direct: boolean;
}

/**
 * Every way docs/licences.md disagrees with the installed runtime tree: a runtime dependency it does not list (or
 * lists under another licence), a package something brings in whose licence it does not list, and entries for
 * packages that are no longer there. Empty when the document is right.
 */
export function checkLicences(tables: LicenceTables, packages: readonly RuntimePackage[]): string[] {
  const problems: string[] = [];
  const installed = new Set(packages.map((pkg) => pkg.name));
  for (const pkg of packages) {
    const listed = tables.dependencies.get(pkg.name) ?? (pkg.direct ? undefined : tables.broughtIn.get(pkg.name));
    const where = pkg.direct ? `the "${dependencyHeading}" table` : `"${dependencyHeading}" or "${broughtInHeading}"`;
    if (listed === undefined)
      problems.push(`${pkg.name} (${pkg.licence}) is a runtime dependency not listed in ${where}`);
    else if (listed !== pkg.licence)
      problems.push(`${pkg.name} is listed under ${listed}, but its package.json says ${pkg.licence}`);
  }
  for (const name of [...tables.dependencies.keys(), ...tables.broughtIn.keys()]) {
    if (!installed.has(name)) problems.push(`${name} is listed, but is no longer a runtime dependency`);
  }
  return problems;
}
