/**
 * What the service worker (src/sw/sw.ts) and the pages agree on about offline copies: the caches'
 * names, which addresses are pages, how a page served from the phone's copy is marked, and the line
 * that says so. Runs in both the service worker and the page, so it uses neither's own APIs.
 */

/** Prefix of every cache the site makes on the phone. */
export const CACHE_PREFIX = 'oh';
/** The precache (Workbox's, revision by revision): the shell pages and the files they need. */
export const PRECACHE_ID = 'precache';

/** The cache of pages kept for this build, e.g. 'oh-pages-1a2b3c4d5e6f'. */
export function pagesCacheName(build: string): string {
  return `${CACHE_PREFIX}-pages-${build}`;
}

/** The cache of the other files (map data, search index, the map's code) kept for this build. */
export function filesCacheName(build: string): string {
  return `${CACHE_PREFIX}-files-${build}`;
}

/** Whether a cache holds pages or files of some build (this one or an older one). */
export function isBuildCache(name: string): boolean {
  return /^oh-(pages|files)-/.test(name);
}

export function isPagesCache(name: string): boolean {
  return name.startsWith(`${CACHE_PREFIX}-pages-`);
}

export function isPrecache(name: string): boolean {
  return name.startsWith(`${CACHE_PREFIX}-${PRECACHE_ID}`);
}

/**
 * Whether an address of this site is a page (kept for offline reading) rather than a download or a
 * data file: the site's pages end in '/' (or are .html files, such as the 404 page).
 */
export function isPagePath(pathname: string): boolean {
  return pathname.endsWith('/') || pathname.endsWith('.html');
}

/**
 * The key a page is kept under: its address without the query, so a canteen list opened with a
 * home point (?lon=…&lat=…) is one copy, and no point the reader chose is written into the cache.
 */
export function pageKey(url: string | URL): string {
  const u = new URL(url);
  return `${u.origin}${u.pathname}`;
}

/** The offline page in the language of an address (English pages live under /en/). */
export function offlinePagePath(pathname: string): string {
  return pathname === '/en/' || pathname.startsWith('/en/') ? '/en/offline/' : '/offline/';
}

/** The attribute on <html> that marks a page served from the phone's copy; its value is when the copy was saved (ISO), or empty. */
export const SAVED_AT_ATTRIBUTE = 'data-oh-saved-at';

/**
 * Marks a page's HTML as a saved copy: the page's own script then shows the offline line. `savedAt`
 * is the copy's date (the server's Date header when it was fetched).
 */
export function markSavedCopy(html: string, savedAt: Date | undefined): string {
  const value = savedAt && !Number.isNaN(savedAt.getTime()) ? savedAt.toISOString() : '';
  return html.replace(/<html(?=[\s>])/i, `<html ${SAVED_AT_ATTRIBUTE}="${value}"`);
}

/**
 * The offline line, from its two templates (src/i18n: offline.notice with {month} and {day}, and
 * offline.noticeUndated): the month as a number in Chinese, by name in English, in the phone's own time zone.
 */
export function savedNotice(templates: { dated: string; undated: string }, lang: string, savedAt: Date | undefined): string {
  if (!savedAt || Number.isNaN(savedAt.getTime())) return templates.undated;
  const month = lang.startsWith('zh') ? String(savedAt.getMonth() + 1) : new Intl.DateTimeFormat('en-GB', { month: 'long' }).format(savedAt);
  return templates.dated.replace('{month}', month).replace('{day}', String(savedAt.getDate()));
}
