import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './content-security-policy';

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
