/**
 * The offline page's script (src/pages/[...lang]/offline.astro): lists the pages kept on this phone,
 * read from the service worker's caches, each with its title and the day it was saved, and lets the
 * reader delete them. Titles come from the saved pages themselves and are shown as text.
 *
 * Markup: `[data-offline-missing]`, `[data-offline-always]`, `[data-offline-kept]` with
 * `ul[data-offline-list]`, `[data-offline-empty]`, `[data-offline-clear]`, `[data-offline-status]`,
 * `[data-offline-unsupported]`, and `script[data-offline-words]` ({ savedOn, self, cleared }).
 */
import { scriptRuns } from '../text/script-runs.ts';
import { isPagesCache, isPrecache, offlinePagePath, savedNotice } from './copies.ts';

interface KeptPage {
  path: string;
  title: string;
  savedAt: Date | undefined;
}

/** The title a saved page gives itself, without the site name after “ · ”. */
function pageTitle(html: string, fallback: string): string {
  const title = new DOMParser().parseFromString(html, 'text/html').title.trim();
  return title.split(' · ')[0]?.trim() || fallback;
}

/** Every page in the pages caches, newest first. */
async function keptPages(): Promise<KeptPage[]> {
  const pages: KeptPage[] = [];
  for (const name of (await caches.keys()).filter(isPagesCache)) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      const response = await cache.match(request);
      if (!response) continue;
      const path = new URL(request.url).pathname;
      const date = response.headers.get('date');
      pages.push({ path, title: pageTitle(await response.text(), path), savedAt: date ? new Date(date) : undefined });
    }
  }
  return pages.sort((a, b) => (b.savedAt?.getTime() ?? 0) - (a.savedAt?.getTime() ?? 0));
}

export async function showKeptPages(doc: Document): Promise<void> {
  const words = JSON.parse(doc.querySelector('script[data-offline-words]')?.textContent ?? '{}') as { savedOn?: string; self?: string; cleared?: string };
  // Shown in place of a page never opened, the address is that page's.
  const missing = doc.querySelector<HTMLElement>('[data-offline-missing]');
  if (missing && location.pathname !== words.self && offlinePagePath(location.pathname) === words.self) missing.hidden = false;

  const always = doc.querySelector<HTMLElement>('[data-offline-always]');
  const kept = doc.querySelector<HTMLElement>('[data-offline-kept]');
  const list = doc.querySelector<HTMLUListElement>('ul[data-offline-list]');
  const empty = doc.querySelector<HTMLElement>('[data-offline-empty]');
  const clear = doc.querySelector<HTMLButtonElement>('[data-offline-clear]');
  const status = doc.querySelector<HTMLElement>('[data-offline-status]');
  if (!always || !kept || !list || !empty || !clear || !status) return;
  if (!('caches' in window)) {
    doc.querySelectorAll<HTMLElement>('[data-offline-unsupported]').forEach((p) => (p.hidden = false));
    return;
  }
  const names = await caches.keys();
  always.hidden = !names.some(isPrecache);
  // The pages listed above, and the offline and 404 pages, are not listed again.
  const listedAbove = new Set([...always.querySelectorAll('a')].map((a) => new URL(a.href).pathname));
  const lang = doc.documentElement.lang;

  const draw = async () => {
    const pages = (await keptPages()).filter((p) => !listedAbove.has(p.path) && !/^(\/en)?\/offline\/$/.test(p.path) && p.path !== '/404.html');
    list.replaceChildren(
      ...pages.map((p) => {
        const item = doc.createElement('li');
        const link = doc.createElement('a');
        link.href = p.path;
        // An English page's title may hold Chinese names: those runs are marked as Chinese, as on the page itself.
        link.lang = p.path.startsWith('/en/') ? 'en' : 'zh-CN';
        for (const run of link.lang === 'en' ? scriptRuns(p.title) : [{ text: p.title, zh: false }]) {
          if (!run.zh) link.append(run.text);
          else link.append(Object.assign(doc.createElement('span'), { lang: 'zh-CN', textContent: run.text }));
        }
        item.append(link);
        const when = savedNotice({ dated: words.savedOn ?? '', undated: '' }, lang, p.savedAt);
        if (when) item.append(` · ${when}`);
        return item;
      }),
    );
    empty.hidden = pages.length > 0;
    clear.hidden = pages.length === 0;
    kept.hidden = false;
  };
  clear.addEventListener('click', async () => {
    for (const name of (await caches.keys()).filter(isPagesCache)) await caches.delete(name);
    await draw();
    status.textContent = words.cleared ?? '';
  });
  await draw();
}
