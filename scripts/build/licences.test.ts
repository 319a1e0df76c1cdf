import {
  checkLicences,
  formatThirdPartyLicences,
  getPackageFolder,
  isLicenceFileName,
  parseLicenceTables,
  readLicenceField,
  type RuntimePackage,
} from './licences';

describe('getPackageFolder', () => {
  it('finds the package of a bundled module, scoped or not, nested or not', () => {
    expect(getPackageFolder('/app/node_modules/react-dom/cjs/react-dom.production.js')).toBe(
      '/app/node_modules/react-dom',
    );
    expect(getPackageFolder('/app/node_modules/@tanstack/query-core/build/modern/query.js')).toBe(
      '/app/node_modules/@tanstack/query-core',
    );
    expect(getPackageFolder('/app/node_modules/recharts/node_modules/immer/dist/immer.mjs')).toBe(
      '/app/node_modules/recharts/node_modules/immer',
    );
  });

  it('reads through the prefixes and queries bundlers add', () => {
    expect(getPackageFolder('\0/app/node_modules/leaflet/dist/leaflet.css?commonjs-proxy')).toBe(
      '/app/node_modules/leaflet',
    );
    expect(getPackageFolder('C:\\app\\node_modules\\zod\\mini\\index.js')).toBe('C:/app/node_modules/zod');
  });

  it('leaves the project’s own code and virtual modules alone', () => {
    expect(getPackageFolder('/app/src/main.tsx')).toBeNull();
    expect(getPackageFolder('\0vite/preload-helper.js')).toBeNull();
    expect(getPackageFolder('/app/node_modules/')).toBeNull();
  });
});

describe('isLicenceFileName', () => {
  it('knows the names packages give their licence', () => {
    for (const name of ['LICENSE', 'license', 'LICENCE.md', 'LICENSE.txt', 'COPYING', 'LICENSE-MIT'])
      expect(isLicenceFileName(name), name).toBe(true);
    for (const name of ['README.md', 'package.json', 'licensed.js']) expect(isLicenceFileName(name), name).toBe(false);
  });
});

describe('readLicenceField', () => {
  it('reads the SPDX string, and the old object forms', () => {
    expect(readLicenceField({ license: 'MIT' })).toBe('MIT');
    expect(readLicenceField({ license: { type: 'ISC' } })).toBe('ISC');
    expect(readLicenceField({ licenses: [{ type: 'MIT' }, { type: 'Apache-2.0' }] })).toBe('MIT OR Apache-2.0');
    expect(readLicenceField({})).toBe('UNKNOWN');
  });
});

describe('formatThirdPartyLicences', () => {
  const text = formatThirdPartyLicences(
    [
      { name: 'zod', version: '4.0.0', licence: 'MIT', text: 'MIT License\n\nCopyright (c) Colin McDonnell\n' },
      { name: 'leaflet', version: '1.9.4', licence: 'BSD-2-Clause', text: null },
    ],
    new Map([['leaflet', 'Note: a note.']]),
  );

  it('lists each package by name, with its version, licence, note and text', () => {
    expect(text.indexOf('leaflet@1.9.4')).toBeLessThan(text.indexOf('zod@4.0.0'));
    expect(text).toContain('zod@4.0.0\nLicence: MIT\n\nMIT License\n\nCopyright (c) Colin McDonnell');
    expect(text).toContain('leaflet@1.9.4\nLicence: BSD-2-Clause\nNote: a note.');
  });

  it('says so when a package ships no licence file, rather than leaving a blank', () => {
    expect(text).toContain('ships no licence file; its package.json names the licence BSD-2-Clause');
  });
});

const doc = `# Licences

## Runtime dependencies

| Package | Licence | Shipped |
| ------- | ------- | ------- |
| \`react\` | \`MIT\` | yes |
| \`react-leaflet\` | \`Hippocratic-2.1\` | yes |

## What they bring in

| Licence | Packages |
| ------- | -------- |
| \`MIT\` | \`scheduler\`, \`immer\` |
| \`ISC\` | \`d3-array\` |

## Something else

| Licence | Meaning |
| ------- | ------- |
| \`GPL-3.0\` | copyleft |
`;

describe('parseLicenceTables', () => {
  it('reads both tables, names and licences without their backticks, and nothing under other headings', () => {
    const tables = parseLicenceTables(doc);
    expect([...tables.dependencies]).toEqual([
      ['react', 'MIT'],
      ['react-leaflet', 'Hippocratic-2.1'],
    ]);
    expect([...tables.broughtIn]).toEqual([
      ['scheduler', 'MIT'],
      ['immer', 'MIT'],
      ['d3-array', 'ISC'],
    ]);
  });
});

describe('checkLicences', () => {
  const tables = parseLicenceTables(doc);
  const tree: RuntimePackage[] = [
    { name: 'react', licence: 'MIT', direct: true },
    { name: 'react-leaflet', licence: 'Hippocratic-2.1', direct: true },
    { name: 'scheduler', licence: 'MIT', direct: false },
    { name: 'immer', licence: 'MIT', direct: false },
    { name: 'd3-array', licence: 'ISC', direct: false },
  ];

  it('passes when the document lists every runtime package under its own licence', () => {
    expect(checkLicences(tables, tree)).toEqual([]);
  });

  it('fails on a runtime dependency the table does not list, naming it and its licence', () => {
    const problems = checkLicences(tables, [...tree, { name: 'gpl-thing', licence: 'GPL-3.0', direct: true }]);
    expect(problems).toEqual([
      'gpl-thing (GPL-3.0) is a runtime dependency not listed in the "Runtime dependencies" table',
    ]);
  });

  it('fails on a package something brings in under a licence the document does not give it', () => {
    const changed = tree.map((pkg) => (pkg.name === 'immer' ? { ...pkg, licence: 'SSPL-1.0' } : pkg));
    expect(checkLicences(tables, changed)).toEqual(['immer is listed under MIT, but its package.json says SSPL-1.0']);
  });

  it('does not accept a direct dependency listed only among what others bring in', () => {
    const direct = tree.map((pkg) => (pkg.name === 'immer' ? { ...pkg, direct: true } : pkg));
    expect(checkLicences(tables, direct)).toEqual([
      'immer (MIT) is a runtime dependency not listed in the "Runtime dependencies" table',
    ]);
  });

  it('fails on an entry for a package that is gone, so the document cannot go stale', () => {
    expect(checkLicences(tables, tree.slice(0, 4))).toEqual([
      'd3-array is listed, but is no longer a runtime dependency',
    ]);
  });
});
