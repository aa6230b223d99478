/**
 * The page side of offline reading (src/components/offline/OfflineNotice.astro): shows the offline
 * line on a page the service worker served from the phone's copy, and registers the worker.
 *
 * Markup: `[data-offline-notice]` (hidden) with `data-dated` / `data-undated` templates and a
 * `[data-offline-line]` to fill; `<html data-oh-saved-at>` set by the worker on a saved copy.
 */
import { SAVED_AT_ATTRIBUTE, savedNotice } from './copies.ts';

export function showOfflineNotice(doc: Document): void {
  const box = doc.querySelector<HTMLElement>('[data-offline-notice]');
  const line = box?.querySelector<HTMLElement>('[data-offline-line]');
  const saved = doc.documentElement.getAttribute(SAVED_AT_ATTRIBUTE);
  if (!box || !line || saved === null) return;
  const templates = { dated: box.dataset.dated ?? '', undated: box.dataset.undated ?? '' };
  line.textContent = savedNotice(templates, doc.documentElement.lang, saved ? new Date(saved) : undefined);
  box.hidden = false;
}

/** Registers /sw.js once the page has loaded, so it never competes with the page itself. */
export function registerServiceWorker(): void {
  // The development server has no sw.js; browsers without service workers simply read from the network.
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => {
      // Refused (private browsing, storage off): the site works from the network as before.
    });
  });
}
