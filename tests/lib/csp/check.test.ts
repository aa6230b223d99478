import { describe, expect, it } from 'vitest';
import { checkPage, parsePolicy } from '../../../src/lib/csp/check.ts';

// printf 'alert(1)' | openssl dgst -sha256 -binary | base64
const ALERT = "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='";
const page = (policy: string, body: string, head = '') =>
  `<!DOCTYPE html><html><head>${head}<meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;
const POLICY = `default-src 'self'; script-src 'self' ${ALERT}; style-src 'self'`;

describe('the build check of each page against its policy', () => {
  it('passes a page whose inline script has its hash, and ignores JSON data blocks and external scripts', () => {
    const html = page(POLICY, '<script>alert(1)</script><script type="application/json">{"a":"</"}</script><script type="module" src="/_astro/x.js"></script>');
    expect(checkPage(html)).toEqual({ policy: POLICY, problems: [] });
  });

  it('checks a script above the policy (Astro writes its <meta> at the end of <head>) against the policy too', () => {
    expect(checkPage(page(POLICY, '', '<script>alert(1)</script>')).problems).toEqual([]);
    expect(checkPage(page(POLICY, '', '<script>alert(2)</script>')).problems).toHaveLength(1);
  });

  it('names a script that reached the page without a hash (for example through data)', () => {
    const { problems } = checkPage(page(POLICY, '<p>王大妈</p><script>fetch("https://evil.example/")</script>'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('fetch(\\"https://evil.example/\\")');
    expect(problems[0]).toContain('不在 CSP 的哈希中');
  });

  it('names an inline <style> without a hash', () => {
    expect(checkPage(page(POLICY, '<style>p{color:red}</style>')).problems).toHaveLength(1);
  });

  it('names event-handler attributes, style attributes and javascript: links, which the policy blocks', () => {
    const { problems } = checkPage(page(POLICY, '<img src="x" onerror="alert(1)"><p style="color:red">x</p><a href=" javascript:alert(1)">x</a>'));
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toMatch(/onerror/);
    expect(problems.join('\n')).toMatch(/style 属性/);
    expect(problems.join('\n')).toMatch(/javascript:/);
  });

  it('names a page without a policy, and a page with two', () => {
    expect(checkPage('<html><head></head><body></body></html>')).toEqual({ policy: undefined, problems: ['页面没有 CSP（<meta http-equiv="content-security-policy">）'] });
    expect(checkPage(page(POLICY, '', `<meta http-equiv="Content-Security-Policy" content="${POLICY}">`)).problems).toHaveLength(1);
  });

  it('reads a script hash from script-src-elem before script-src', () => {
    const policy = `script-src 'self'; script-src-elem 'self' ${ALERT}`;
    expect(checkPage(page(policy, '<script>alert(1)</script>')).problems).toEqual([]);
    expect(parsePolicy(policy).get('script-src-elem')).toEqual(["'self'", ALERT]);
  });
});
