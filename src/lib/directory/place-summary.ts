/**
 * What a village, community or street has, in one line for its search result: “照料中心 1 ·
 * 老年食堂 1 · 最近食堂 1.8 公里”. The search page shows it under the place's name, so a reader
 * sees what is there before opening the page.
 */
import { t, type Lang } from '../../i18n/index.ts';
import type { Facility } from '../../schemas/facility.ts';
import { FACILITY_TYPE_ORDER } from '../../schemas/facility-type.ts';
import { formatDistance } from './distance-text.ts';
import type { CircleAnswer } from './nearby.ts';

/**
 * The line for a place with `facilities` in it: the count of each type there, then, when known,
 * the straight-line distance to the nearest canteen from the place's point (its care centre).
 */
export function placeSummary(lang: Lang, facilities: readonly Facility[], canteen?: CircleAnswer): string {
  const parts = FACILITY_TYPE_ORDER.flatMap((type) => {
    const count = facilities.filter((f) => f.type === type).length;
    return count > 0 ? [t(lang, 'search.summary.count', { type: t(lang, `type.${type}.short`), count })] : [];
  });
  const near = canteen?.nearest;
  if (near) {
    const distance = formatDistance(near.metres, { metres: t(lang, 'canteens.metres', { n: '{n}' }), km: t(lang, 'canteens.km', { n: '{n}' }) });
    parts.push(t(lang, 'search.summary.nearestCanteen', { distance }));
  }
  return parts.length > 0 ? parts.join(t(lang, 'search.separator')) : t(lang, 'search.summary.none');
}
