/**
 * Sorts the canteen cards of a built list by straight-line distance from the visitor's home
 * (home.ts: the address, else the `oh-home` entry the map page stores), and writes each
 * card's distance and walking minutes at the default elder pace. Without a home, or without
 * JavaScript, the list keeps its built order (by street, then name). Browser-safe.
 *
 * Markup it reads (CanteenList.astro): `script[data-canteen-data]` with the community points,
 * town centres and words, `[data-canteen-list] > [data-canteen-card][data-lon][data-lat]` with a
 * `[data-distance]` slot, the `[data-home-*]` notes, and links marked `[data-keep-home]` (the
 * street filters, the map), which get the address's home added so it survives the click.
 */
import { haversineMetres } from '../geo/distance.ts';
import { scriptRuns } from '../text/script-runs.ts';
import { formatDistance } from './distance-text.ts';
import { walkMinutesAt } from './walk.ts';
import { chooseHome, homeRequestFromSearch, homeSearch, HOME_STORAGE_KEY, type CommunityPoints, type TownPoints } from './home.ts';

interface CanteenData {
  points: CommunityPoints;
  towns: TownPoints;
  metresPerSecond: number;
  words: { distance: string; metres: string; km: string; sorted: string; here: string; noPoint: string; nearestIn: string; nearestOut: string };
  /** 15 minutes at the default elder pace, in metres. */
  circleMetres: number;
}

function storedHome(): string | null {
  try {
    return window.localStorage.getItem(HOME_STORAGE_KEY);
  } catch {
    // Storage can be blocked (private mode, settings); the list then keeps its order.
    return null;
  }
}

/**
 * Adds the home the address asks for to every `[data-keep-home]` link under `root`, so that
 * choosing a street, or going to the map to change the place, keeps it. Links keep their own
 * path; a home from local storage needs no help, it is still there on the next page.
 */
export function keepHomeInLinks(root: ParentNode, search: string): void {
  const query = homeSearch(homeRequestFromSearch(search));
  if (query === '') return;
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-keep-home]')) {
    const url = new URL(link.getAttribute('href') ?? '', 'http://site.invalid');
    link.setAttribute('href', `${url.pathname}${query}${url.hash}`);
  }
}

/** Text with its Chinese runs in <span lang="zh-CN"> (place and canteen names inside an English sentence too). */
function markedChinese(doc: Document, text: string): (string | HTMLElement)[] {
  return scriptRuns(text).map((run) => {
    if (!run.zh) return run.text;
    const span = doc.createElement('span');
    span.lang = 'zh-CN';
    span.textContent = run.text;
    return span;
  });
}

export function sortCanteensByHome(doc: Document, search: string): void {
  keepHomeInLinks(doc, search);
  const text = doc.querySelector('script[data-canteen-data]')?.textContent;
  const list = doc.querySelector<HTMLElement>('[data-canteen-list]');
  if (!text || !list) return;
  const data = JSON.parse(text) as CanteenData;
  const choice = chooseHome(search, storedHome(), data.points, data.words.here, data.towns);
  const none = doc.querySelector<HTMLElement>('[data-home-none]');
  const sorted = doc.querySelector<HTMLElement>('[data-home-sorted]');
  const sortedText = doc.querySelector<HTMLElement>('[data-home-sorted-text]');

  if (choice.kind === 'community-without-point') {
    if (none) none.textContent = data.words.noPoint;
    return;
  }
  if (choice.kind !== 'home') return;
  const { home } = choice;
  const cards = [...list.querySelectorAll<HTMLElement>(':scope > [data-canteen-card]')].map((card) => {
    const metres = haversineMetres(home.lon, home.lat, Number(card.dataset.lon), Number(card.dataset.lat));
    return { card, metres };
  });
  cards.sort((a, b) => a.metres - b.metres);
  for (const { card, metres } of cards) {
    const minutes = walkMinutesAt(metres, data.metresPerSecond);
    const slot = card.querySelector<HTMLElement>('[data-distance]');
    if (slot) {
      slot.textContent = data.words.distance
        .replace('{distance}', formatDistance(metres, { metres: data.words.metres, km: data.words.km }))
        .replace('{minutes}', String(minutes));
      slot.hidden = false;
    }
    list.append(card);
  }
  if (none) none.hidden = true;
  // The nearest is always named with its distance and minutes, and whether it is within 15 minutes.
  const nearest = doc.querySelector<HTMLElement>('[data-home-nearest]');
  const first = cards[0];
  if (nearest && first) {
    const template = first.metres <= data.circleMetres ? data.words.nearestIn : data.words.nearestOut;
    const text = template
      .replace('{name}', first.card.dataset.name ?? '')
      .replace('{distance}', formatDistance(first.metres, { metres: data.words.metres, km: data.words.km }))
      .replace('{minutes}', String(walkMinutesAt(first.metres, data.metresPerSecond)));
    nearest.replaceChildren(...markedChinese(doc, text));
    nearest.classList.toggle('oh-near__meal--far', first.metres > data.circleMetres);
    nearest.hidden = false;
  }
  if (sorted && sortedText) {
    // The label is usually a Chinese place name (“茶山村”, “the approximate centre of 梧田街道”):
    // its Chinese runs get their own lang, also inside an English sentence.
    const [before = '', after = ''] = data.words.sorted.split('{label}');
    sortedText.replaceChildren(before, ...markedChinese(doc, home.label), after);
    sorted.hidden = false;
  }
}

/**
 * The list's “您家在哪个村社？” (form[data-sort-here]): with JavaScript the choice sorts this list in
 * place (and goes into the address, so a reload or a shared link keeps it) instead of opening the
 * community's page; the form shows the community the address names.
 */
export function sortOnPick(doc: Document): void {
  const form = doc.querySelector<HTMLFormElement>('form[data-community-picker][data-sort-here]');
  const select = form?.querySelector<HTMLSelectElement>('select[name="community"]');
  if (!form || !select) return;
  const chosen = new URLSearchParams(window.location.search).get('community');
  if (chosen && [...select.options].some((o) => o.value === chosen)) select.value = chosen;
  form.addEventListener('submit', (event) => {
    if (!select.value) return;
    event.preventDefault();
    const search = `?community=${encodeURIComponent(select.value)}`;
    window.history.replaceState(null, '', `${window.location.pathname}${search}`);
    sortCanteensByHome(doc, search);
    doc.querySelector<HTMLElement>('[data-home-note]')?.scrollIntoView({ block: 'start' });
  });
}
