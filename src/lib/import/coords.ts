/**
 * Coordinates: parsing, conversion to WGS-84, and the checks that catch the usual
 * mistakes (swapped columns, zeros, points outside the district, the wrong coordinate system).
 *
 * GCJ-02 ("火星坐标", used by AMap and Tencent) is offset from WGS-84 by about 540 m in
 * Ouhai; BD-09 (Baidu) by about 1.2 km. Points picked on those maps must be converted.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { booleanPointInPolygon, buffer, distance, point } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import gcoord from 'gcoord';
import type { Crs, LonLat } from '../../schemas/common.ts';
import type { Town } from '../../schemas/region.ts';
import { districtData, repoRoot } from './regions-match.ts';

export const CRS_LABELS: Record<Crs, string> = {
  wgs84: 'WGS-84（GPS、天地图）',
  gcj02: 'GCJ-02（高德、腾讯地图）',
  bd09: 'BD-09（百度地图）',
};

const CRS_ALIASES: Record<Crs, string[]> = {
  wgs84: ['wgs84', 'wgs-84', 'wgs 84', 'epsg:4326', '4326', 'gps', '天地图', 'cgcs2000', '2000国家大地坐标系', '国家2000', '北斗'],
  gcj02: ['gcj02', 'gcj-02', 'gcj', '高德', '高德地图', '腾讯', '腾讯地图', '火星坐标', '火星坐标系', '国测局坐标'],
  bd09: ['bd09', 'bd-09', 'bd09ll', 'bd', '百度', '百度地图', '百度坐标'],
};

/** Reads the 坐标系 column; undefined when the text names no known system. */
export function parseCrs(text: string): Crs | undefined {
  const s = text.normalize('NFKC').trim().toLowerCase();
  for (const crs of Object.keys(CRS_ALIASES) as Crs[]) if (CRS_ALIASES[crs].includes(s)) return crs;
  return undefined;
}

const GCOORD: Record<Crs, typeof gcoord.WGS84 | typeof gcoord.GCJ02 | typeof gcoord.BD09> = { wgs84: gcoord.WGS84, gcj02: gcoord.GCJ02, bd09: gcoord.BD09 };

/** Converts a position in `crs` to WGS-84 (a fresh array each time: gcoord mutates GeoJSON input). */
export function toWgs84(lon: number, lat: number, crs: Crs): LonLat {
  if (crs === 'wgs84') return { lon, lat };
  const [x, y] = gcoord.transform([lon, lat], GCOORD[crs], gcoord.WGS84) as [number, number];
  return { lon: x, lat: y };
}

/** Converts a WGS-84 position to `crs`. */
export function fromWgs84(lon: number, lat: number, crs: Crs): LonLat {
  if (crs === 'wgs84') return { lon, lat };
  const [x, y] = gcoord.transform([lon, lat], gcoord.WGS84, GCOORD[crs]) as [number, number];
  return { lon: x, lat: y };
}

/** Rounds to 6 decimals (about 0.1 m), so re-imports give byte-identical output. */
export const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

/**
 * The outline is Tianditu's at ~1.6 km between vertices, so straight edges cut corners;
 * a 1 km margin keeps real facilities near the border from being rejected.
 */
export const OUTLINE_MARGIN_KM = 1;

let outlineCache: { outline: Feature<Polygon | MultiPolygon>; buffered: Feature<Polygon | MultiPolygon> } | undefined;
function outline() {
  if (!outlineCache) {
    const fc = JSON.parse(readFileSync(join(repoRoot(), 'data/geo/ouhai-outline.geojson'), 'utf8')) as { features: Feature<Polygon | MultiPolygon>[] };
    const feature = fc.features[0];
    if (!feature) throw new Error('data/geo/ouhai-outline.geojson 中没有区界要素，请运行 npm run regions');
    const buffered = buffer(feature, OUTLINE_MARGIN_KM, { units: 'kilometers' }) as Feature<Polygon | MultiPolygon> | undefined;
    if (!buffered) throw new Error('无法计算瓯海区界的缓冲区');
    outlineCache = { outline: feature, buffered };
  }
  return outlineCache;
}

/** Inside the district outline, with the margin. */
export function insideDistrict(p: LonLat, margin = true): boolean {
  const o = outline();
  return booleanPointInPolygon(point([p.lon, p.lat]), margin ? o.buffered : o.outline);
}

/** Kilometres between two positions. */
export const km = (a: LonLat, b: LonLat) => distance(point([a.lon, a.lat]), point([b.lon, b.lat]), { units: 'kilometers' });

/** The town whose (approximate) centre is nearest. */
export function nearestTown(p: LonLat): { town: Town; km: number } {
  let best: { town: Town; km: number } | undefined;
  for (const town of districtData().towns) {
    const d = km(p, town.centre);
    if (!best || d < best.km) best = { town, km: d };
  }
  return best as { town: Town; km: number };
}

/**
 * Reads one coordinate cell: 120.65, "120.65°", "E120.65", "120°39′00″".
 * Returns NaN when the text is not a coordinate.
 */
export function parseCoordinate(value: string | number): number {
  if (typeof value === 'number') return value;
  const s = value.normalize('NFKC').trim().replace(/^[ENen东北]\s*|\s*[ENen东北]$/g, '');
  // NFKC turns ″ into two primes (′′), so seconds may end with either.
  const dms = /^(\d{1,3})\s*[°度]\s*(\d{1,2})\s*['′分]\s*(?:(\d{1,2}(?:\.\d+)?)\s*(?:"|″|′′|''|秒)?)?$/.exec(s);
  if (dms) return Number(dms[1]) + Number(dms[2]) / 60 + Number(dms[3] ?? 0) / 3600;
  const plain = /^-?\d+(?:\.\d+)?\s*°?$/.exec(s);
  return plain ? Number.parseFloat(s) : Number.NaN;
}

export type CoordCheck =
  | { ok: true; location: LonLat; warnings: string[] }
  | { ok: false; field: 'lon' | 'lat'; message: string };

const fmt = (n: number) => String(round6(n));
const otherCrs = (crs: Crs) => (['wgs84', 'gcj02', 'bd09'] as const).filter((c) => c !== crs);
const CRS_HINT = '坐标系列可填 wgs84（GPS/天地图）、gcj02（高德/腾讯）或 bd09（百度）';

/**
 * Checks a position as written and converts it to WGS-84. `crsSource` says where the
 * declared system came from (the row's 坐标系 column or the --crs default), for messages.
 */
export function checkCoordinates(lon: number, lat: number, crs: Crs, statedTown: Town | undefined, crsSource: 'row' | 'default'): CoordCheck {
  if (lon === 0 || lat === 0) {
    return { ok: false, field: lon === 0 ? 'lon' : 'lat', message: `经纬度为 0（${fmt(lon)}, ${fmt(lat)}），通常是地图取点失败或公式出错。请重新在地图上取点，瓯海区的经度约 120.4–120.8，纬度约 27.8–28.1` };
  }
  // Longitude of China is 73–136°E, latitude 3–54°N: the two ranges do not overlap.
  if (lon >= 3 && lon <= 54 && lat >= 73 && lat <= 136) {
    return { ok: false, field: 'lon', message: `经度和纬度可能填反了（经度 ${fmt(lon)}，纬度 ${fmt(lat)}）。瓯海区经度约 120.6、纬度约 28.0，请交换“经度”和“纬度”两列的值` };
  }
  if (Math.abs(lon) > 180 || Math.abs(lat) > 90) {
    const projected = Math.abs(lon) > 1e5 || Math.abs(lat) > 1e5;
    return {
      ok: false,
      field: Math.abs(lon) > 180 ? 'lon' : 'lat',
      message: projected
        ? `坐标（${lon}, ${lat}）看起来是以米为单位的投影坐标，不是经纬度。请填写经纬度（度），例如 经度 120.65、纬度 28.0`
        : `坐标（${lon}, ${lat}）超出经纬度范围。请填写十进制度，例如 经度 120.65、纬度 28.0`,
    };
  }
  const declared = toWgs84(lon, lat, crs);
  const crsFrom = crsSource === 'row' ? `坐标系列填的 ${crs}` : `默认坐标系 ${crs}（可用 --crs 或坐标系列指定）`;
  if (!insideDistrict(declared)) {
    const fits = otherCrs(crs).filter((c) => insideDistrict(toWgs84(lon, lat, c)));
    if (fits.length > 0) {
      return {
        ok: false,
        field: 'lon',
        message: `按${crsFrom}，该点在瓯海区外；按 ${fits.join(' 或 ')}（${fits.map((c) => CRS_LABELS[c]).join('、')}）换算则在区内。请确认坐标取自哪种地图并填写坐标系列。${CRS_HINT}`,
      };
    }
    const near = nearestTown(declared);
    return {
      ok: false,
      field: 'lon',
      message: `该点（${fmt(lon)}, ${fmt(lat)}）不在瓯海区范围内，离最近的${near.town.name}中心约 ${near.km.toFixed(1)} 公里。请核对经纬度（瓯海区经度约 120.4–120.8，纬度约 27.8–28.1）`,
    };
  }
  const warnings: string[] = [];
  if (statedTown) {
    // Town centres are approximate and towns have no boundaries here, so this is only a
    // hint: the point is nearer another town's centre as declared, but nearest its own
    // town's centre under another coordinate system.
    const asDeclared = nearestTown(declared);
    if (asDeclared.town.code !== statedTown.code) {
      const fits = otherCrs(crs).filter((c) => {
        const alt = toWgs84(lon, lat, c);
        return insideDistrict(alt) && nearestTown(alt).town.code === statedTown.code;
      });
      const toStated = km(declared, statedTown.centre);
      if (fits.length > 0) {
        warnings.push(
          `按${crsFrom}，该点离「${asDeclared.town.name}」中心比离所属街道「${statedTown.name}」中心更近；按 ${fits.join(' 或 ')} 换算则靠近${statedTown.name}。坐标系可能填错了，请核对。${CRS_HINT}`,
        );
      } else if (toStated > 2 * asDeclared.km && toStated - asDeclared.km > 2) {
        warnings.push(
          `该点离「${asDeclared.town.name}」中心约 ${asDeclared.km.toFixed(1)} 公里，离所属街道「${statedTown.name}」中心约 ${toStated.toFixed(1)} 公里。请核对所属街道或经纬度`,
        );
      }
    }
  }
  return { ok: true, location: { lon: round6(declared.lon), lat: round6(declared.lat) }, warnings };
}
