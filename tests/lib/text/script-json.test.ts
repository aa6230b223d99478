import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scriptJson } from '../../../src/lib/text/script-json.ts';

const HOSTILE = '测试食堂</script><script>window.__pwned=1</script><!-- <img src=x onerror=alert(1)> & \u2028';

describe('data written into a page as JSON', () => {
  it('never contains a tag, comment or entity opener the HTML parser would act on', () => {
    const text = scriptJson({ name: HOSTILE, list: [HOSTILE] });
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text).not.toMatch(/<\/script/i);
  });

  it('reads back as exactly the same data', () => {
    const value = { name: HOSTILE, n: 3, nested: { words: ['<b>', 'a&b', '1 > 0'] } };
    expect(JSON.parse(scriptJson(value))).toEqual(value);
  });

  it('writes the escapes JSON.parse understands', () => {
    expect(scriptJson('</script>')).toBe('"\\u003c/script\\u003e"');
    expect(scriptJson('a&b')).toBe('"a\\u0026b"');
  });
});

/** Every file under src/ that writes markup (.astro pages and components, .tsx islands). */
function sourceFiles(dir = 'src'): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(astro|tsx)$/.test(name) ? [path] : [];
  });
}

describe('the pages’ embedded JSON', () => {
  it('goes through scriptJson in every <script type="application/json"> of the site', () => {
    const embeds = sourceFiles().flatMap((path) =>
      [...readFileSync(path, 'utf8').matchAll(/<script\b[^>]*type="application\/json"[^>]*>/g)].map((m) => ({ path, tag: m[0] })),
    );
    // The canteen list, the search page and the live status lines embed data today.
    expect(embeds.map((e) => e.path).sort()).toEqual(expect.arrayContaining([
      join('src', 'components', 'directory', 'CanteenList.astro'),
      join('src', 'components', 'directory', 'LiveStatusData.astro'),
      join('src', 'pages', '[...lang]', 'search.astro'),
    ]));
    expect(embeds.filter((e) => !/set:html=\{scriptJson\(/.test(e.tag))).toEqual([]);
  });
});
