/**
 * The service worker: keeps the site readable with no signal after a first visit. Built after the
 * site by scripts/build-sw.ts (esbuild bundles it, workbox-build writes in the precache list);
 * the pages register it from src/components/offline/OfflineNotice.astro. Nothing depends on it: a
 * browser without service workers (or without JavaScript) reads the same pages from the network.
 *
 * - Precache (Workbox): the shell — home, canteen list, eligibility wizard and rules, 404 and offline
 *   pages in both languages, the icons and manifests, and every small file under /_astro/ (styles,
 *   the wizard's island; the map's big library is kept when the map is first opened).
 * - Pages a person opens: network first (fresh hours when there is signal), the phone's copy when the
 *   network fails or takes longer than NETWORK_TIMEOUT_S; a copy is marked so the page says it is one.
 * - A page never opened, with no network: the offline page, which lists what is kept.
 * - Other files: fingerprinted /_astro/ files cache first (they never change under one name); map
 *   data and the search index network first.
 * - Every build has its own caches (named with BUILD): when a new build takes over, the pages kept
 *   under the old one are fetched again from the new one and the old caches are deleted, so no page
 *   mixes two builds.
 */
/// <reference lib="webworker" />
import { setCacheNameDetails, type RouteHandlerCallbackOptions, type WorkboxPlugin } from 'workbox-core';
import { addRoute, cleanupOutdatedCaches, matchPrecache, precache, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { CACHE_PREFIX, PRECACHE_ID, filesCacheName, isBuildCache, isPagePath, isPagesCache, markSavedCopy, offlinePagePath, pageKey, pagesCacheName } from '../lib/offline/copies.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (PrecacheEntry | string)[] };
/** This build's id (a hash of the built site), written in by scripts/build-sw.ts. */
declare const __OH_BUILD__: string;

const BUILD = __OH_BUILD__;
const PAGES = pagesCacheName(BUILD);
const FILES = filesCacheName(BUILD);
/** A weak signal gets this long before the phone's copy is shown instead. */
const NETWORK_TIMEOUT_S = 4;
/** How long a page kept under the previous build may take to fetch again when a new build takes over. */
const REFETCH_TIMEOUT_MS = 15_000;

setCacheNameDetails({ prefix: CACHE_PREFIX, precache: PRECACHE_ID });

/** A saved page, as served from the phone: marked with the date it was saved (the server's Date header). */
async function markedCopy(response: Response): Promise<Response> {
  const date = response.headers.get('date');
  const html = markSavedCopy(await response.text(), date ? new Date(date) : undefined);
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(html, { status: response.status, statusText: response.statusText, headers });
}

const onlyComplete = new CacheableResponsePlugin({ statuses: [200] });
const pageKeys: WorkboxPlugin = { cacheKeyWillBeUsed: async ({ request }) => pageKey(request.url) };
const markCopies: WorkboxPlugin = { cachedResponseWillBeUsed: async ({ cachedResponse }) => (cachedResponse ? markedCopy(cachedResponse) : cachedResponse) };
const pages = new NetworkFirst({ cacheName: PAGES, networkTimeoutSeconds: NETWORK_TIMEOUT_S, plugins: [onlyComplete, pageKeys, markCopies] });

/** A page with no network and no copy of its own: the shell's copy if it is a shell page, else the offline page. */
async function withoutNetwork(url: URL): Promise<Response> {
  const shell = await matchPrecache(url.pathname);
  if (shell) return markedCopy(shell);
  return (await matchPrecache(offlinePagePath(url.pathname))) ?? Response.error();
}

const sameOrigin = (url: URL) => url.origin === self.location.origin;

// Pages first: they must not fall to the precache route, which would answer the shell pages from the
// phone even with signal.
registerRoute(
  ({ request, url }) => request.mode === 'navigate' && sameOrigin(url) && isPagePath(url.pathname),
  async (options: RouteHandlerCallbackOptions) => {
    try {
      return await pages.handle(options);
    } catch {
      return withoutNetwork(options.url);
    }
  },
);

precache(self.__WB_MANIFEST);
addRoute({ directoryIndex: '', cleanURLs: false, ignoreURLParametersMatching: [/.*/] });
cleanupOutdatedCaches();

registerRoute(({ url }) => sameOrigin(url) && url.pathname.startsWith('/_astro/'), new CacheFirst({ cacheName: FILES, plugins: [onlyComplete] }));
// Map data, the road graph, the search index, the print sheets' sizes. Downloads (/data/) are not kept.
registerRoute(
  ({ request, url }) => sameOrigin(url) && request.mode !== 'navigate' && !url.pathname.startsWith('/data/') && url.pathname !== '/sw.js',
  new NetworkFirst({ cacheName: FILES, networkTimeoutSeconds: NETWORK_TIMEOUT_S, plugins: [onlyComplete] }),
);

self.addEventListener('install', () => {
  // A new build takes over at once: its caches are complete before it does (Workbox precaches during install).
  void self.skipWaiting();
});

/**
 * The pages to keep under this build: those kept under older builds, and the page open now (the one
 * the visit began on, opened before this worker could keep it).
 */
async function pagesToKeep(): Promise<string[]> {
  const urls = new Set<string>();
  for (const name of (await caches.keys()).filter((n) => isPagesCache(n) && n !== PAGES)) {
    for (const request of await (await caches.open(name)).keys()) urls.add(pageKey(request.url));
  }
  for (const client of await self.clients.matchAll({ type: 'window', includeUncontrolled: true })) {
    const url = new URL(client.url);
    if (sameOrigin(url) && isPagePath(url.pathname)) urls.add(pageKey(url));
  }
  return [...urls];
}

async function takeOver(): Promise<void> {
  const cache = await caches.open(PAGES);
  await Promise.all(
    (await pagesToKeep()).map(async (url) => {
      try {
        const response = await fetch(url, { cache: 'no-cache', signal: AbortSignal.timeout(REFETCH_TIMEOUT_MS) });
        if (response.status === 200) await cache.put(url, response);
      } catch {
        // No signal now: the page is kept again the next time it is opened.
      }
    }),
  );
  const old = (await caches.keys()).filter((n) => isBuildCache(n) && n !== PAGES && n !== FILES);
  await Promise.all(old.map((n) => caches.delete(n)));
  await self.clients.claim();
}

self.addEventListener('activate', (event) => event.waitUntil(takeOver()));
