/**
 * Brings the status lines of a built page up to date in the browser.
 *
 * A page is built once, but people open it on many days: the state written at build time
 * (“营业中”) goes stale by the next meal. This script recomputes every status on the page
 * from the opening hours in its markup, the holiday table rendered beside it and the
 * visitor's clock, evaluated on the Shanghai clock whatever the visitor's time zone.
 *
 * Markup it reads (rendered by src/components/directory/TodayStatus.astro and LiveStatusData.astro):
 * - `<script type="application/json" data-live-status-data>`: `{ table, words }`;
 * - `[data-live-status][data-hours]`: one status, with `[data-live-status-text]` and an icon `<use>`;
 * - `[data-stale-notice][data-last-verified]`: shown when the record is more than six months old;
 * - `[data-live-status-time][data-template]`: “as of” line, with {date} and {time}; its container
 *   `[data-live-status-note]` gets `data-live` so the built “as arranged on” note gives way to it.
 * Browser-safe.
 */
import type { OpeningHours } from '../../schemas/hours.ts';
import { calendarFromTable, type HolidayTable } from '../hours/calendar-table.ts';
import { isStale, statusAt } from '../hours/evaluate.ts';
import { fromMinutes, shanghaiMoment } from '../hours/local-time.ts';
import { statusLine, statusLook, type StatusWords } from './line.ts';

/** What the page hands the script. */
export interface LiveStatusData {
  table: HolidayTable;
  words: StatusWords;
}

/** The id prefix of the status icons (an SVG <symbol> per look). */
export const STATUS_ICON_PREFIX = 'oh-status-icon-';

/**
 * The look of a line as built, before the script has run: “as arranged on <build date>”, with a
 * calendar icon. Without JavaScript it stays; the script replaces it with one of the StatusLooks.
 */
export const PLANNED_LOOK = 'planned';

/** Dispatched on the document after each refresh, so that what reads the statuses (the 现在开门 filter) follows them whichever script ran first. */
export const STATUSES_REFRESHED = 'oh-statuses-refreshed';

/** Reads the page's data element; undefined when the page has none or it cannot be read. */
export function readLiveStatusData(doc: Document): LiveStatusData | undefined {
  const text = doc.querySelector('script[data-live-status-data]')?.textContent;
  if (!text) return undefined;
  try {
    return JSON.parse(text) as LiveStatusData;
  } catch {
    return undefined;
  }
}

/** Recomputes every status, stale notice and “as of” line of the page for the instant `now`, then says so (STATUSES_REFRESHED). */
export function refreshStatuses(root: Document, now: Date, data: LiveStatusData): void {
  const calendar = calendarFromTable(data.table);
  const moment = shanghaiMoment(now);
  for (const el of root.querySelectorAll<HTMLElement>('[data-live-status][data-hours]')) {
    let hours: OpeningHours;
    try {
      hours = JSON.parse(el.dataset.hours ?? '') as OpeningHours;
    } catch {
      continue;
    }
    const status = statusAt(hours, now, calendar);
    const look = statusLook(status);
    el.dataset.look = look;
    const text = el.querySelector('[data-live-status-text]');
    if (text) text.textContent = statusLine(status, data.words);
    el.querySelector('use')?.setAttribute('href', `#${STATUS_ICON_PREFIX}${look}`);
  }
  for (const el of root.querySelectorAll<HTMLElement>('[data-stale-notice][data-last-verified]')) {
    const lastVerified = el.dataset.lastVerified ?? '';
    if (/^\d{4}-\d{2}-\d{2}$/.test(lastVerified)) el.hidden = !isStale(lastVerified, moment.date);
  }
  for (const el of root.querySelectorAll<HTMLElement>('[data-live-status-time][data-template]')) {
    el.textContent = (el.dataset.template ?? '').replace('{date}', moment.date).replace('{time}', fromMinutes(moment.minutes));
    el.closest<HTMLElement>('[data-live-status-note]')?.setAttribute('data-live', '');
  }
  root.dispatchEvent(new Event(STATUSES_REFRESHED));
}
