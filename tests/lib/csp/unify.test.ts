import { describe, expect, it } from 'vitest';
import { unionPolicy } from '../../../src/lib/csp/unify.ts';

describe('one policy for every page', () => {
  it('lists every source any page allows, keywords first and hashes sorted, each once', () => {
    const a = "default-src 'self'; style-src 'self' 'sha256-BBB=' 'sha256-AAA='; object-src 'none'";
    const b = "default-src 'self'; style-src 'self' 'sha256-CCC=' 'sha256-AAA='; object-src 'none'";
    expect(unionPolicy([a, b])).toBe("default-src 'self'; style-src 'self' 'sha256-AAA=' 'sha256-BBB=' 'sha256-CCC='; object-src 'none'");
  });

  it('adds no source that no page had (no unsafe-inline appears)', () => {
    const union = unionPolicy(["script-src 'self' 'sha256-X='", "script-src 'self' 'wasm-unsafe-eval'"]);
    expect(union).toBe("script-src 'self' 'wasm-unsafe-eval' 'sha256-X='");
    expect(union).not.toContain('unsafe-inline');
  });
});
