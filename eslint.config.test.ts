// @vitest-environment node
/**
 * The import zones of eslint.config.js, run for real: each test lints a few lines as if they stood in a file of
 * the project and expects the rule to name the violation. The linted text replaces the file's content in memory
 * only; the files named must exist so that the type-aware rules can place them in the project.
 */
import { readdirSync } from 'node:fs';
import { ESLint } from 'eslint';

/** A module of the feature, as a path from the project's root, without its extension. */
function someModuleOf(feature: string): string {
  const file = readdirSync(`src/features/${feature}`).find((name) => /^[^.]+\.tsx?$/.test(name));
  if (file === undefined) throw new Error(`src/features/${feature} has no module`);
  return `src/features/${feature}/${file}`;
}

const eslint = new ESLint({ cwd: import.meta.dirname });

// Read here, independently of the config: a feature the config failed to derive from the folder fails below.
const features = readdirSync('src/features', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

async function ruleIdsFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

// Type-aware linting builds a TypeScript program first: seconds of work, not a timing under test.
const slow = { timeout: 60_000 };

test('a feature importing another feature is refused, whichever two', slow, async () => {
  for (const [index, feature] of features.entries()) {
    const other = features[(index + 1) % features.length]!;
    const target = someModuleOf(other)
      .replace(/^src\/features\//, '../')
      .replace(/\.tsx?$/, '');
    expect(await ruleIdsFor(someModuleOf(feature), `export * from '${target}';\n`), `${feature} → ${other}`).toContain(
      'import-x/no-restricted-paths',
    );
  }
});

test('src/domain and src/data import no React and nothing above them', slow, async () => {
  const domainFile = 'src/domain/format.ts';
  expect(await ruleIdsFor(domainFile, "import { useState } from 'react';\nexport const s = useState;\n")).toContain(
    'no-restricted-imports',
  );
  expect(await ruleIdsFor(domainFile, "export * from '../ui/region';\n")).toContain('import-x/no-restricted-paths');
  expect(await ruleIdsFor('src/data/schema.ts', "export * from '../domain/format';\n")).toContain(
    'import-x/no-restricted-paths',
  );
});

test('src/ui imports no feature or app code', slow, async () => {
  const uiFile = 'src/ui/region.tsx';
  expect(await ruleIdsFor(uiFile, "export * from '../features/map/place-icon';\n")).toContain(
    'import-x/no-restricted-paths',
  );
  expect(await ruleIdsFor(uiFile, "export * from '../app/app';\n")).toContain('import-x/no-restricted-paths');
});

test('imports down the floors pass', slow, async () => {
  expect(await ruleIdsFor('src/features/map/place-icon.ts', "export * from '../../domain/format';\n")).not.toContain(
    'import-x/no-restricted-paths',
  );
});
