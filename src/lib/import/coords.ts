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
  wgs84: ['wgs84', 'wgs-84', 'wgs', 'epsg:4326', 'epsg4326', '4326', 'gps', '天地图', 'cgcs2000', 'cgcs-2000', '2000', '2000国家大地坐标系', '国家2000', '国家大地2000', '北斗'],
  gcj02: ['gcj02', 'gcj-02', 'gcj', '高德', '高德地图', '腾讯', '腾讯地图', '火星', '国测局', '国测局02'],
  bd09: ['bd09', 'bd-09', 'bd09ll', 'bd', '百度', '百度地图'],
};

/** What people add after the name of a coordinate system: 高德坐标系, GCJ02坐标, 百度地图坐标, 天地图经纬度. */
const CRS_SUFFIX = /(?:坐标系统|坐标系|坐标|经纬度|系)$/;

/**
 * Reads the 坐标系 column; undefined when the text names no known system. CGCS2000 (天地图)
 * is read as WGS-84: the two differ by centimetres here.
 */
export function parseCrs(text: string): Crs | undefined {
  let s = text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
  // A note in brackets after the name: "gcj02（高德）" — try the name, then the note.
  const bracket = /^(.+?)[(（]([^)）]*)[)）]$/.exec(s);
  if (bracket?.[1] && bracket[2] !== undefined) return parseCrs(bracket[1]) ?? parseCrs(bracket[2]);
  for (;;) {
    for (const crs of Object.keys(CRS_ALIASES) as Crs[]) if (CRS_ALIASES[crs].includes(s)) return crs;
    const shorter = s.replace(CRS_SUFFIX, '');
    if (shorter === s || shorter === '') return undefined;
    s = shorter;
  }
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

/**
 * Reads a combined 经纬度 cell: "120.6241,28.0098", "120.6241，28.0098", "120.6241 28.0098".
 * Map pickers differ in order (AMap and Baidu give 经度,纬度; Tencent and Google 纬度,经度);
 * in China the two ranges do not overlap, so a 纬度,经度 pair is recognised and read the
 * other way round (`latFirst`). Undefined when the cell is not two coordinates.
 */
export function parseLonLatPair(text: string): { lon: number; lat: number; latFirst: boolean } | undefined {
  const parts = text
    .normalize('NFKC')
    .trim()
    .replace(/^[[(（]|[\])）]$/g, '')
    .split(/\s*[,;/|]\s*|\s+/)
    .filter(Boolean);
  if (parts.length !== 2) return undefined;
  const [a, b] = parts.map((p) => parseCoordinate(p)) as [number, number];
  if (Number.isNaN(a) || Number.isNaN(b)) return undefined;
  const latFirst = a >= 3 && a <= 54 && b >= 73 && b <= 136;
  return latFirst ? { lon: b, lat: a, latFirst } : { lon: a, lat: b, latFirst };
}

export type CoordCheck =
  | { ok: true; location: LonLat; warnings: string[] }
  | { ok: false; field: 'lon' | 'lat'; message: string };

const fmt = (n: number) => String(round6(n));
const otherCrs = (crs: Crs) => (['wgs84', 'gcj02', 'bd09'] as const).filter((c) => c !== crs);
const CRS_HINT = '坐标系列可填 wgs84（GPS/天地图）、gcj02（高德/腾讯）或 bd09（百度）';

/**
 * Where the position was read from, for the wording of messages: a table row with its own
 * 坐标系 cell, a table row read in the default system (--crs), or the geometry of a GeoJSON
 * feature already in the normalized form, which is WGS-84 by definition.
 */
export type CoordSource = 'row' | 'default' | 'geojson';

/**
 * Checks a position as written and converts it to WGS-84. `source` says where the
 * declared system came from, for messages.
 */
export function checkCoordinates(lon: number, lat: number, crs: Crs, statedTown: Town | undefined, source: CoordSource): CoordCheck {
  if (lon === 0 || lat === 0) {
    return { ok: false, field: lon === 0 ? 'lon' : 'lat', message: `经纬度为 0（${fmt(lon)}, ${fmt(lat)}），通常是地图取点失败或公式出错。请重新在地图上取点，瓯海区的经度约 120.4–120.8，纬度约 27.8–28.1` };
  }
  if (lon < 0 || lat < 0) {
    const field = lon < 0 ? 'lon' : 'lat';
    const positive = toWgs84(Math.abs(lon), Math.abs(lat), crs);
    const inside = Math.abs(lat) <= 90 && Math.abs(lon) <= 180 && insideDistrict(positive);
    return {
      ok: false,
      field,
      message: `${field === 'lon' ? '经度' : '纬度'}是负数（${fmt(field === 'lon' ? lon : lat)}）。瓯海区在东经、北纬，经度和纬度都是正数（经度约 120.6、纬度约 28.0），负号多半是误加的，请删去负号${inside ? '（去掉负号后该点在瓯海区内）' : '后再核对经纬度'}`,
    };
  }
  // Longitude of China is 73–136°E, latitude 3–54°N: the two ranges do not overlap.
  if (lon >= 3 && lon <= 54 && lat >= 73 && lat <= 136) {
    const fix = source === 'geojson' ? '请交换坐标中两个数的顺序：GeoJSON 的坐标写作 [经度, 纬度]' : '请交换“经度”和“纬度”两列的值';
    return { ok: false, field: 'lon', message: `经度和纬度可能填反了（经度 ${fmt(lon)}，纬度 ${fmt(lat)}）。瓯海区经度约 120.6、纬度约 28.0，${fix}` };
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
  const crsFrom =
    source === 'row' ? `坐标系列填的 ${crs}` : source === 'default' ? `默认坐标系 ${crs}（可用 --crs 或坐标系列指定）` : 'WGS-84（规范格式 GeoJSON 的坐标都是 WGS-84）';
  const crsFix =
    source === 'geojson'
      ? '坐标可能取自高德/腾讯或百度地图而没有换算：请改用表格导入，在坐标系列注明取点用的地图，由程序换算'
      : `请确认坐标取自哪种地图并填写坐标系列。${CRS_HINT}`;
  if (!insideDistrict(declared)) {
    const fits = otherCrs(crs).filter((c) => insideDistrict(toWgs84(lon, lat, c)));
    if (fits.length > 0) {
      return {
        ok: false,
        field: 'lon',
        message: `按${crsFrom}，该点在瓯海区外；按 ${fits.join(' 或 ')}（${fits.map((c) => CRS_LABELS[c]).join('、')}）换算则在区内。${crsFix}`,
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
          `按${crsFrom}，该点离「${asDeclared.town.name}」中心比离所属街道「${statedTown.name}」中心更近；按 ${fits.join(' 或 ')} 换算则靠近${statedTown.name}。坐标系可能填错了，请核对。${source === 'geojson' ? crsFix : CRS_HINT}`,
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
