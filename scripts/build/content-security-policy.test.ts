import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, inlineScriptHashes } from './content-security-policy';

describe('contentSecurityPolicy', () => {
  it('allows only our own origin by default, with no inline or eval’d script', () => {
    const policy = contentSecurityPolicy(undefined);
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).toContain("img-src 'self' data:;");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
  });

  it('admits the tile server’s origin for images only when a tile layer is configured', () => {
    const policy = contentSecurityPolicy('https://{s}.tile.example.org/{z}/{x}/{y}.png');
    expect(policy).toContain("img-src 'self' data: https://a.tile.example.org;");
    expect(policy).toContain("connect-src 'self';");
  });
});

describe('inlineScriptHashes', () => {
  it('hashes each inline script the page runs, so that exactly those scripts are admitted', () => {
    const html = `<script>document.write('a')</script><script type="module">import './b.js'</script>`;
    // The standard example: 'sha256-' and the base64 SHA-256 of the script's exact text.
    expect(inlineScriptHashes('<script>alert(1)</script>')).toEqual([
      'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=',
    ]);
    expect(inlineScriptHashes(html)).toHaveLength(2);
    expect(contentSecurityPolicy(undefined, inlineScriptHashes(html))).toMatch(
      /script-src 'self' 'sha256-[^']+' 'sha256-[^']+';/,
    );
  });

  it('needs no hash for scripts loaded from a file or for JSON data blocks, which never run', () => {
    expect(inlineScriptHashes('<script type="module" crossorigin src="./a.js"></script>')).toEqual([]);
    expect(inlineScriptHashes('<script type="application/json" id="x">{"a":1}</script>')).toEqual([]);
  });
});
