/**
 * The search page's script: asks Pagefind (its JS API, /pagefind/pagefind.js, written by
 * scripts/search-index.ts after the Astro build) and lists the results in our own markup,
 * with a live count, the type, the street and today's state of each facility.
 *
 * Markup it reads (src/pages/[...lang]/search.astro): `form[data-search-form]` with the
 * `q`, `type` and `town` fields and the bundles to search (data-search-bundles), `[data-search-clear]`, `[data-search-status]` (a live
 * region), `ol[data-search-results]`, `[data-search-more]`, `[data-search-nojs]`, and
 * `script[data-search-words]`. Results come services first (rank.ts). Browser-safe.
 */
import { calendarFromTable } from '../hours/calendar-table.ts';
import { isStale, statusAt } from '../hours/evaluate.ts';
import { shanghaiToday } from '../hours/local-time.ts';
import { STATUS_ICON_PREFIX, readLiveStatusData, type LiveStatusData } from '../live-status/refresh.ts';
import { statusLine, statusLook } from '../live-status/line.ts';
import { decodeHoursMeta, decodePlaceMeta } from './meta.ts';
import { bigramQuery } from './cjk-terms.ts';
import { mergeRanked, rankGroups, type TypeGroups } from './rank.ts';

/** The parts of Pagefind's browser API this page uses. */
interface PagefindResultData {
  url: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  /** How well the page matches the words (higher is better). */
  score: number;
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(opts: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, opts: { baseUrl: string }): Promise<void>;
  search(term: string | null, opts?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

/** Words the page renders for the script. */
interface SearchWords {
  /** “{count} results”, and the form for one result (English “1 result”). */
  count: string;
  countOne: string;
  none: string;
  empty: string;
  searching: string;
  failed: string;
  /** Said instead of `failed` when the phone has no network (Pagefind's index is fetched as it is needed). */
  offline: string;
  more: string;
  separator: string;
  /** “最后核实：{date}”. */
  verified: string;
  /** The notice for records more than six months old. */
  stale: string;
  /** The type filter's values by role, for ranking services first (rank.ts). */
  types: TypeGroups;
}

/** How many results are drawn at a time; a “show more” button draws the next ones. */
const PAGE_SIZE = 20;
/** Wait this long after the last key press before searching (slow typists, Chinese input methods). */
const DEBOUNCE_MS = 300;

/**
 * Every result for `term` and `filters`, services first (rank.ts): when the reader has not chosen
 * a type, each type is searched on its own and the lists are merged group by group.
 */
async function rankedSearch(pagefind: Pagefind, term: string | null, filters: Record<string, string>, groups: string[][] | undefined): Promise<PagefindResult[]> {
  const all = (await pagefind.search(term, { filters }))?.results ?? [];
  if (!groups) return all;
  const types = [...new Set(groups.flat())];
  const byType = await Promise.all(types.map(async (type) => [type, (await pagefind.search(term, { filters: { ...filters, type } }))?.results ?? []] as const));
  return mergeRanked(groups, new Map(byType), all);
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** True when a text is (mostly) Chinese, so that it gets lang="zh-CN" on English pages. */
function isChinese(text: string): boolean {
  return /\p{Script=Han}/u.test(text);
}

function textNode(tag: 'span' | 'a', text: string, pageLang: string): HTMLElement {
  const node = el(tag, undefined, text);
  if (pageLang !== 'zh-CN' && isChinese(text)) node.lang = 'zh-CN';
  return node;
}

function statusElement(hoursMeta: string | undefined, live: LiveStatusData, now: Date): HTMLElement | undefined {
  const hours = decodeHoursMeta(hoursMeta);
  if (!hours) return undefined;
  const status = statusAt(hours, now, calendarFromTable(live.table));
  const look = statusLook(status);
  const p = el('p', 'oh-status');
  p.dataset.look = look;
  const svgNs = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(svgNs, 'svg');
  svg.setAttribute('class', 'oh-status__icon');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('width', '24');
  svg.setAttribute('height', '24');
  const use = document.createElementNS(svgNs, 'use');
  use.setAttribute('href', `#${STATUS_ICON_PREFIX}${look}`);
  svg.append(use);
  p.append(svg, el('span', undefined, statusLine(status, live.words)));
  return p;
}

function resultItem(data: PagefindResultData, pageLang: string, live: LiveStatusData | undefined, words: SearchWords): HTMLLIElement {
  const li = el('li', 'oh-result');
  const title = data.meta.title ?? data.url;
  const heading = el('h2', 'oh-result__title');
  const link = textNode('a', title, pageLang) as HTMLAnchorElement;
  link.href = data.url;
  heading.append(link);
  li.append(heading);
  const facts = el('p', 'oh-result__facts');
  const parts = [data.meta.type, data.meta.town].filter((p): p is string => Boolean(p));
  parts.forEach((part, i) => {
    if (i > 0) facts.append(words.separator);
    facts.append(textNode('span', part, pageLang));
  });
  if (parts.length > 0) li.append(facts);
  const status = live ? statusElement(data.meta.hours, live, new Date()) : undefined;
  if (status) li.append(status);
  // A facility's hours, or what a street or village has (“照料中心 1 · 最近食堂 1.8 公里”).
  const summaryText = data.meta.summary ?? decodePlaceMeta(data.meta.place);
  if (summaryText) {
    const summary = el('p', 'oh-result__summary');
    summary.append(textNode('span', summaryText, pageLang));
    li.append(summary);
  }
  const verified = data.meta.verified;
  if (verified && /^\d{4}-\d{2}-\d{2}$/.test(verified)) {
    const [before = '', after = ''] = words.verified.split('{date}');
    const time = el('time', undefined, verified);
    time.dateTime = verified;
    const line = el('p', 'oh-result__verified');
    line.append(before, time, after);
    li.append(line);
    // Judged on the reader's day, like the notices on the cards.
    if (isStale(verified, shanghaiToday(new Date()))) {
      const icon = el('span', undefined, '⚠');
      icon.setAttribute('aria-hidden', 'true');
      const notice = el('p', 'oh-stale');
      notice.append(icon, ` ${words.stale}`);
      li.append(notice);
    }
  }
  return li;
}

/** Wires up the search page. */
export async function startSearch(doc: Document): Promise<void> {
  const form = doc.querySelector<HTMLFormElement>('form[data-search-form]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const typeSelect = form?.querySelector<HTMLSelectElement>('select[name="type"]');
  const townSelect = form?.querySelector<HTMLSelectElement>('select[name="town"]');
  const clear = doc.querySelector<HTMLButtonElement>('[data-search-clear]');
  const status = doc.querySelector<HTMLElement>('[data-search-status]');
  const list = doc.querySelector<HTMLOListElement>('ol[data-search-results]');
  const more = doc.querySelector<HTMLButtonElement>('[data-search-more]');
  const wordsText = doc.querySelector('script[data-search-words]')?.textContent;
  if (!form || !input || !typeSelect || !townSelect || !clear || !status || !list || !more || !wordsText) return;
  const words = JSON.parse(wordsText) as SearchWords;
  const live = readLiveStatusData(doc);
  const pageLang = doc.documentElement.lang;
  const plural = new Intl.PluralRules(pageLang);
  const lists = doc.querySelectorAll<HTMLElement>('[data-search-nojs]');
  lists.forEach((note) => (note.hidden = true));
  /** Search cannot run (no network, or the index is missing): say why, and bring back the lists it points to. */
  const cannotSearch = () => {
    const offline = !navigator.onLine;
    status.textContent = offline ? words.offline : words.failed;
    // The lists are a no-JavaScript hint (.oh-nojs-only); here they are the way on, so they are shown.
    lists.forEach((note) => {
      note.classList.remove('oh-nojs-only');
      note.hidden = false;
    });
    doc.querySelectorAll<HTMLElement>('[data-search-offline]').forEach((link) => (link.hidden = !offline));
  };

  let pagefind: Pagefind;
  try {
    // The files exist only in the built site (scripts/search-index.ts runs after astro build), so the bundler must not resolve them.
    // The form lists the bundles to search (src/lib/search/bundles.ts): the first is loaded, the others merged into it.
    const [first = '/pagefind/', ...others] = (form.dataset.searchBundles ?? '').split(' ').filter(Boolean);
    const path = `${first}pagefind.js`;
    pagefind = (await import(/* @vite-ignore */ path)) as Pagefind;
    // Addresses in every bundle are from the site's root (a bundle under /en/ would otherwise add /en/ again).
    await pagefind.options({ baseUrl: '/' });
    await pagefind.init();
    for (const other of others) await pagefind.mergeIndex(other, { baseUrl: '/' });
  } catch {
    cannotSearch();
    return;
  }

  let results: PagefindResult[] = [];
  let shown = 0;
  let generation = 0;

  async function showMore(moveFocus = false) {
    const mine = generation;
    const batch = results.slice(shown, shown + PAGE_SIZE);
    const datas = await Promise.all(batch.map((r) => r.data()));
    // A newer search started while these loaded: its results, not these, belong in the list.
    if (mine !== generation) return;
    const items = datas.map((d) => resultItem(d, pageLang, live, words));
    list?.append(...items);
    shown += batch.length;
    if (more) more.hidden = shown >= results.length;
    // After “show more”, keyboard and screen-reader users continue at the first new result.
    if (moveFocus) items[0]?.querySelector('a')?.focus();
  }

  function syncUrl(q: string, type: string, town: string) {
    const params = new URLSearchParams();
    if (q) params.set('q', q);
    if (type) params.set('type', type);
    if (town) params.set('town', town);
    const query = params.toString();
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
  }

  async function run() {
    const q = input?.value.trim() ?? '';
    const type = typeSelect?.value ?? '';
    const town = townSelect?.value ?? '';
    if (clear) clear.hidden = q === '';
    syncUrl(q, type, town);
    const mine = ++generation;
    if (!q && !type && !town) {
      results = [];
      list?.replaceChildren();
      if (more) more.hidden = true;
      if (status) status.textContent = words.empty;
      return;
    }
    if (status) status.textContent = words.searching;
    const filters: Record<string, string> = {};
    if (type) filters.type = type;
    if (town) filters.town = town;
    // Chinese pages' index splits Chinese words; English pages' index holds the pairs of SearchTerms.astro instead.
    const term = pageLang.startsWith('zh') ? q : bigramQuery(q);
    try {
      const found = await rankedSearch(pagefind, term || null, filters, type ? undefined : rankGroups(q, words.types));
      // A slower, older search must not overwrite a newer one.
      if (mine !== generation) return;
      results = found;
      shown = 0;
      list?.replaceChildren();
      await showMore();
    } catch {
      // The index parts this search needs were never saved on the phone, and there is no network.
      if (mine === generation) cannotSearch();
      return;
    }
    if (mine !== generation) return;
    const count = plural.select(results.length) === 'one' ? words.countOne : words.count;
    if (status) status.textContent = results.length === 0 ? words.none : count.replace('{count}', String(results.length));
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), DEBOUNCE_MS);
  };
  input.addEventListener('input', soon);
  typeSelect.addEventListener('change', () => void run());
  townSelect.addEventListener('change', () => void run());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run();
  });
  clear.addEventListener('click', () => {
    input.value = '';
    input.focus();
    void run();
  });
  more.addEventListener('click', () => void showMore(true).catch(cannotSearch));

  // Restore a shared search from the address: only what the address names, so a choice the reader made
  // while the script loaded stays unless the address says otherwise.
  const params = new URLSearchParams(location.search);
  if (params.has('q')) input.value = params.get('q') ?? '';
  if (params.has('type')) typeSelect.value = params.get('type') ?? '';
  if (params.has('town')) townSelect.value = params.get('town') ?? '';
  // Unknown values fall back to “all”.
  if (typeSelect.selectedIndex < 0) typeSelect.value = '';
  if (townSelect.selectedIndex < 0) townSelect.value = '';
  await run();
}
