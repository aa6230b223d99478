import { mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServiceWorker } from '../../scripts/lib/service-worker.ts';

/** A small built site: the shell pages, one other page, a small and a large /_astro/ file, a search index file. */
const FILES: Record<string, number> = {
  'index.html': 100,
  'en/index.html': 100,
  'canteens/index.html': 300,
  'en/canteens/index.html': 300,
  'eligibility/index.html': 200,
  'en/eligibility/index.html': 200,
  'eligibility/rules/index.html': 50,
  'en/eligibility/rules/index.html': 50,
  'offline/index.html': 40,
  'en/offline/index.html': 40,
  '404.html': 20,
  'manifest.webmanifest': 10,
  'icons/icon-192.png': 30,
  '_astro/Wizard.abc.js': 1000,
  '_astro/mount.def.js': 200 * 1024,
  'towns/330304004/index.html': 500,
  'pagefind/pagefind.js': 700,
};
// 2 × (100 + 300 + 200 + 50 + 40) + 20 + 10 + 30 + 1000
const PRECACHED_BYTES = 2440;

describe('the service worker build', () => {
  let dir: string;
  const write = (file: string, bytes: number, fill = 'x') => {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), fill.repeat(bytes));
  };
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'oh-sw-test-'));
    for (const [file, bytes] of Object.entries(FILES)) write(file, bytes);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('precaches the shell pages by their addresses and the small /_astro/ files, and leaves the large ones to first use', async () => {
    const result = await buildServiceWorker(dir);
    const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
    for (const url of ['/', '/en/', '/canteens/', '/en/eligibility/', '/eligibility/rules/', '/offline/', '/en/offline/', '/404.html', '/_astro/Wizard.abc.js', '/icons/icon-192.png', '/manifest.webmanifest']) {
      expect(sw, url).toContain(`"url":"${url}"`);
    }
    for (const url of ['/_astro/mount.def.js', '/towns/330304004/', '/pagefind/pagefind.js', 'index.html"']) expect(sw).not.toContain(`"url":"${url}`);
    expect(result.count).toBe(14);
    expect(result.size).toBe(PRECACHED_BYTES);
    expect(result.large).toEqual([{ url: '/_astro/mount.def.js', size: 200 * 1024 }]);
    // The build's own caches are named with its id.
    expect(sw).toContain(result.build);
  }, 60_000);

  it('gives a new build a new id when any page changes, even one not precached', async () => {
    const before = (await buildServiceWorker(dir)).build;
    expect((await buildServiceWorker(dir)).build).toBe(before);
    write('towns/330304004/index.html', 500, 'y');
    expect((await buildServiceWorker(dir)).build).not.toBe(before);
  }, 60_000);

  it('refuses a site that lacks a shell page, naming it', async () => {
    unlinkSync(join(dir, 'en/offline/index.html'));
    await expect(buildServiceWorker(dir)).rejects.toThrow(/en\/offline\/index\.html/);
  }, 60_000);
});
