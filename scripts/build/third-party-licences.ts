/**
 * Writes dist/THIRD-PARTY-LICENSES.txt: the licence of every package whose code the build ships, read from the
 * modules each build bundled (the dashboard's and, in its own build, the embed page's), so the notices follow the
 * code and never a hand-kept list.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import {
  formatThirdPartyLicences,
  getPackageFolder,
  isLicenceFileName,
  readLicenceField,
  type PackageLicence,
} from './licences.ts';

/** Where the notices go in dist/. */
export const thirdPartyLicencesFile = 'THIRD-PARTY-LICENSES.txt';

/**
 * Packages whose data, not code, the build ships: no bundled module names them, so they are added by hand, each
 * with what of theirs is shipped.
 */
const shippedData = new Map([
  [
    'world-atlas',
    'Shipped as data: public/data/basemap.json is drawn from its Natural Earth outlines (Natural Earth is in the public domain).',
  ],
]);

function readPackage(folder: string): PackageLicence {
  const packageJson = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as Record<string, unknown>;
  const licenceFile = readdirSync(folder).find(isLicenceFileName);
  return {
    name: String(packageJson.name),
    version: String(packageJson.version),
    licence: readLicenceField(packageJson),
    text: licenceFile ? readFileSync(join(folder, licenceFile), 'utf8') : null,
  };
}

/**
 * Two plugins sharing what they found: `collect` goes into every build (its module ids of shipped code, CSS
 * included, count), `write` into the dashboard's, after the embed page's build has finished, and emits the file.
 */
export function thirdPartyLicences(root: string): { collect: () => Plugin; write: Plugin } {
  const folders = new Set<string>();
  const collect = (): Plugin => ({
    name: 'third-party-licences:collect',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        for (const [id, module] of Object.entries(file.modules)) {
          // Tree-shaken modules render nothing; a stylesheet's module renders nothing either, but its CSS ships.
          if (module.renderedLength === 0 && !/\.css(\?|$)/.test(id)) continue;
          const folder = getPackageFolder(id);
          if (folder) folders.add(folder);
        }
      }
    },
  });
  const write: Plugin = {
    name: 'third-party-licences:write',
    apply: 'build',
    generateBundle: {
      // After every other plugin's generateBundle, the embed page's build (which is awaited there) included.
      order: 'post',
      handler() {
        const packages = [...folders].map(readPackage);
        for (const name of shippedData.keys()) packages.push(readPackage(join(root, 'node_modules', name)));
        const unique = [...new Map(packages.map((pkg) => [`${pkg.name}@${pkg.version}`, pkg])).values()];
        this.emitFile({
          type: 'asset',
          fileName: thirdPartyLicencesFile,
          source: formatThirdPartyLicences(unique, shippedData),
        });
      },
    },
  };
  return { collect, write };
}
