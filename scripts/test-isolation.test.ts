import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testFilesNeedingIsolation } from './test-isolation';

function projectWith(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'isolation-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('testFilesNeedingIsolation', () => {
  it('names the files that mock a module, stub a global or an env variable, patch a prototype, or ask for a DOM', () => {
    const root = projectWith({
      'src/a/mocks.test.ts': "vi.mock('./x', () => ({}));",
      'src/a/stubs.test.ts': "vi.stubGlobal('fetch', f);",
      'src/env.test.ts': "vi.stubEnv('TZ', 'UTC');",
      'src/b/dom.test.ts': '/** @vitest-environment jsdom */',
      'src/b/plain.test.ts': 'expect(add(1, 2)).toBe(3); // vi.fn() is fine: it changes nothing shared',
      'src/b/mocks.test.tsx': "vi.mock('./y');",
      'src/b/component.test.tsx': 'render(<Chart />);',
      'src/b/dialog.test.tsx': 'HTMLDialogElement.prototype.showModal = open;',
      'src/b/helper.ts': "vi.mock('./not-a-test');",
      'top.test.ts': "vi.mock('./z');",
    });
    expect(testFilesNeedingIsolation(root, ['src']).sort()).toEqual([
      'src/a/mocks.test.ts',
      'src/a/stubs.test.ts',
      'src/b/dialog.test.tsx',
      'src/b/dom.test.ts',
      'src/b/mocks.test.tsx',
      'src/env.test.ts',
      'top.test.ts',
    ]);
  });
});
