import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cspHash, inlineBlocks, inlineHashes } from '../../../src/lib/csp/inline-sources.ts';

// Hashes computed outside the code under test: printf '…' | openssl dgst -sha256 -binary | base64
const ALERT = 'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=';
const READY = 'sha256-IhMVu9rqW9lmTwevtAUXRty9oNmXv6gHAPgUJCS1RPc=';
const RED = 'sha256-pckGv9YvNcB5xy+Y4fbqhyo+ib850wyiuWeNbZvLi00=';

describe('hashes of the scripts and styles written in .astro files', () => {
  it('a hash is the SHA-256 of the exact text, as the browser computes it', () => {
    expect(cspHash('alert(1)')).toBe(ALERT);
  });

  it('an is:inline script is taken exactly as written, whitespace and all, after Chinese text that shifts byte offsets', () => {
    const source = `---\nconst title = '瓯海 · 养老';\n---\n<p>中文说明</p>\n<script is:inline>\n  document.documentElement.dataset.ready = "1";\n</script>\n`;
    expect(inlineBlocks(source)).toEqual([{ tag: 'script', text: '\n  document.documentElement.dataset.ready = "1";\n' }]);
    expect(cspHash(inlineBlocks(source)[0]?.text ?? '')).toBe(READY);
  });

  it('a script Astro bundles, a JSON data block, a define:vars script and an external script are not hashed here', () => {
    const source = [
      '<script>import { x } from "./x.ts"; x();</script>',
      '<script type="application/json" data-words set:html={JSON.stringify(words).replace(/</g, "\\\\u003c")} />',
      '<script type="application/json">{"a": 1}</script>',
      '<script is:inline define:vars={{ a }}>console.log(a)</script>',
      '<script is:inline src="/x.js"></script>',
    ].join('\n');
    expect(inlineBlocks(source)).toEqual([]);
  });

  it('a <style> inside <noscript> is hashed, so it applies when JavaScript is off', () => {
    expect(inlineBlocks('<noscript slot="head"><style>p { color: red; }</style></noscript>')).toEqual([{ tag: 'style', text: 'p { color: red; }' }]);
  });

  describe('over a folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'oh-inline-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('collects every .astro file below it, once per distinct text', () => {
      mkdirSync(join(dir, 'components/deep'), { recursive: true });
      writeFileSync(join(dir, 'components/A.astro'), '<script is:inline>alert(1)</script>');
      writeFileSync(join(dir, 'components/deep/B.astro'), '<script is:inline>alert(1)</script><style>p { color: red; }</style>');
      writeFileSync(join(dir, 'components/deep/not-astro.html'), '<script>alert(2)</script>');
      expect(inlineHashes(dir)).toEqual({ scripts: [ALERT], styles: [RED] });
    });
  });
});
