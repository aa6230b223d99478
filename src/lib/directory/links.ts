/** Links between the directory and the map page. */
import { href, type Lang } from '../../i18n/index.ts';
import type { LonLat } from '../../schemas/common.ts';

/** The map page centred on a point (the map page reads ?lon=&lat=, WGS-84, 6 decimals). */
export function mapHref(lang: Lang, point: LonLat): string {
  return href(lang, `/map/?lon=${point.lon.toFixed(6)}&lat=${point.lat.toFixed(6)}`);
}

/** The map page with a community's point as home. */
export function communityMapHref(lang: Lang, code: string): string {
  return href(lang, `/map/?community=${code}`);
}
