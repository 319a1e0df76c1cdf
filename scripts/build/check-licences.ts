/**
 * `npm run licences` (part of `npm test`): fails when docs/licences.md does not list a runtime dependency, or
 * something one brings in, under the licence its package.json names. The runtime tree is npm's own
 * (`npm query .prod`), so a new dependency, or a new version under another licence, fails here until the
 * document, and whoever reads it, have caught up.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkLicences, parseLicenceTables, readLicenceField, type RuntimePackage } from './licences.ts';

const root = join(import.meta.dirname, '../..');
const documentPath = 'docs/licences.md';

interface QueriedPackage extends Record<string, unknown> {
  name?: string;
  location?: string;
}

function readRuntimeTree(): RuntimePackage[] {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  const direct = new Set(Object.keys(manifest.dependencies ?? {}));
  const queried = JSON.parse(
    execFileSync('npm', ['query', '.prod'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }),
  ) as QueriedPackage[];
  const packages = new Map<string, RuntimePackage>();
  for (const pkg of queried) {
    // The project itself is the tree's root, at location ''.
    if (!pkg.location || typeof pkg.name !== 'string') continue;
    const entry = { name: pkg.name, licence: readLicenceField(pkg), direct: direct.has(pkg.name) };
    packages.set(`${entry.name} ${entry.licence}`, entry);
  }
  return [...packages.values()];
}

const problems = checkLicences(parseLicenceTables(readFileSync(join(root, documentPath), 'utf8')), readRuntimeTree());
if (problems.length > 0) {
  console.error(`${documentPath} does not match the runtime dependencies:`);
  for (const problem of problems) console.error(`- ${problem}`);
  console.error(`Add each package to ${documentPath} with its licence, after reading what that licence asks.`);
  process.exit(1);
}
console.log(`${documentPath}: every runtime dependency is listed under its licence.`);
