/**
 * The content of a print map page (a community or a town) on one paper, computed at build
 * time from the data: title, map SVG, numbered rows, notes and sources. Astro pages only lay
 * it out.
 */
import { href, t, type Lang } from '../../i18n/index.ts';
import type { Facility } from '../../schemas/facility.ts';
import { FACILITY_TYPE_ORDER, type FacilityType } from '../../schemas/facility-type.ts';
import type { Community, District, Town } from '../../schemas/region.ts';
import { communityByCode, townByCode } from '../data/regions.ts';
import { communityMapHref, mapHref } from '../directory/links.ts';
import { estimateSheet, rowsThatFit, TIGHT_MARGIN_MM, type RowText, type SheetText } from './fit.ts';
import { DEFAULT_PACE } from '../geo/pace.ts';
import { mealTimeLines } from './meals.ts';
import type { MultiPolygonCoords } from '../static-map/render.ts';
import type { Paper } from './paper.ts';
import { qrSvg } from './qr.ts';
import { layoutCommunityMap, markerIconSvg, renderCommunityMap, type CommunityMapInput, type MapLabels } from './render.ts';
import { basemapAttribution, type BasemapConfig } from '../../map/basemap.ts';
import { loadPrintBasemap, type PrintBasemapOptions } from './basemap.ts';
import { pinyinOf } from '../text/pinyin.ts';
import { communityPoint, maxReachMetres, nearestBeyond, ringMetres, selectForTown, selectNearby, type CommunityPoint, type NearFacility } from './select.ts';
import type { StreetLayer } from '../../schemas/streets.ts';
import type { WalkGraph } from '../geo/graph.ts';
import { nearestStreets } from '../streets/nearest.ts';
import { sheetAreas, sheetReach, walkingFacilities, type SheetFacility } from './walking.ts';

/** The path of a print page: /print/<code>/ for A4 portrait, /print/<code>/<paper>/ for the others. */
export function printPath(code: string, paper?: Paper): string {
  return paper?.segment ? `/print/${code}/${paper.segment}/` : `/print/${code}/`;
}

/** A short distance for a narrow cell: “280米”, “1.2公里”, or “★处” for the star's own spot. */
export function distanceText(metres: number, lang: Lang): string {
  if (metres < 5) return t(lang, 'print.atStar');
  if (metres < 1000) return t(lang, 'print.distance.short', { m: Math.max(10, Math.round(metres / 10) * 10) });
  return t(lang, 'print.km.short', { n: (Math.round(metres / 100) / 10).toString() });
}

/** An address without the “温州市瓯海区” every address on the sheet shares. */
export function shortAddress(address: string): string {
  const short = address.replace(/^(浙江省)?(温州市)?(瓯海区)?/, '');
  return short === '' ? address : short;
}

/** One numbered row of the table beside the map. */
export interface MapRow {
  number: number;
  facility: Facility;
  /** Short type name for the narrow number cell (食堂, 照料中心…). */
  typeShort: string;
  /** Full type name. */
  typeLabel: string;
  address: string;
  /** Distance and walking minutes, one per line. */
  distance: string[];
  /** The marker as drawn on the map, as a small SVG. */
  icon: string;
  /** Meal-time lines (empty when the facility serves no meals). */
  meals: string[];
}

/** Everything a print map page shows. */
export interface MapPageModel {
  kind: 'community' | 'town';
  /** Id of the page heading, which also names the map (the SVG is labelled by it and its own title). */
  headingId: string;
  town: Town;
  community?: Community;
  title: string;
  subtitle: string;
  /** Where ★ is and, when it is a stand-in, why. */
  pointNote: string;
  /** True when ★ is not the community's own care centre. */
  pointIsStandIn: boolean;
  svg: string;
  rows: MapRow[];
  /** In reach but left off the sheet, the nearest MAX_MORE_ON_WEB of them (listed on the web page only). */
  more: { facility: Facility; distance: string; typeLabel: string }[];
  /** How many more are in reach than `more` lists (the map page shows them). */
  moreUnlisted: number;
  /** The map page centred on the sheet's ★. */
  mapUrl: string;
  /** “另有 N 处，见网页 …” when `more` is not empty. */
  moreNote?: string;
  /** Said when nothing is in reach. */
  noneNote?: string;
  /** The print page's own URL, for “见网页” (the web version lists what did not fit on the sheet). */
  onlineUrl: string;
  /** The community's (or town's) own page, with today's opening hours: the QR code leads there. */
  placeUrl: string;
  qr: string;
  /** Lines beside the QR code: address, data date, sources, 审图号. */
  footLines: string[];
  /** “★ 附近的道路：…” when a street layer is loaded and a named street is near. */
  streetsNote?: string;
  /** Community sheets: the build's estimate of the sheet (fit.ts), written into the page for the print tests. */
  fit?: SheetFit;
}

/** What the build estimated for a community sheet, in mm. */
export interface SheetFit {
  rowHeights: number[];
  total: number;
  available: number;
  /** Facilities in reach left off the sheet. */
  cut: number;
  /** Rows were left off, or the estimate is within TIGHT_MARGIN_MM of the printable height. */
  tight: boolean;
}

/** Map labels in the page's language. */
function mapLabels(lang: Lang, point: CommunityPoint, streetsSource: string | null): MapLabels {
  const rings = ringMetres();
  const homeKey =
    point.kind === 'care-centre' ? 'print.legend.home.careCentre' : point.kind === 'town-centre-facility' ? 'print.legend.home.townFacility' : 'print.legend.home.townApprox';
  return {
    title: t(lang, 'print.map.svgTitle'),
    legend: t(lang, 'print.legend'),
    home: t(lang, homeKey),
    types: Object.fromEntries(FACILITY_TYPE_ORDER.map((type) => [type, t(lang, `type.${type}`)])) as Record<FacilityType, string>,
    typesShort: Object.fromEntries(FACILITY_TYPE_ORDER.map((type) => [type, t(lang, `type.${type}.short`)])) as Record<FacilityType, string>,
    rings: t(lang, 'print.legend.rings', { m5: rings[0]?.metres ?? '', m10: rings[1]?.metres ?? '', m15: rings[2]?.metres ?? '' }),
    areas: t(lang, 'print.legend.areas'),
    blocked: t(lang, 'print.legend.blocked'),
    ...(streetsSource !== null ? { streets: t(lang, 'print.legend.streets') } : {}),
    noStreets: t(lang, 'print.streets.none'),
    outline: t(lang, 'print.legend.outline'),
    north: t(lang, 'print.north'),
    metres: (m) => (m >= 1000 ? t(lang, 'print.km', { n: m / 1000 }) : t(lang, 'print.metres', { n: m })),
  };
}

/** The distance cell: distance and minutes (walking ones when measured so), or the cut-off flag. */
function distanceLines(lang: Lang, n: SheetFacility, withMinutes: boolean): string[] {
  if (n.blocked) return [t(lang, 'print.distance.straight', { distance: distanceText(n.straightMetres, lang) }), t(lang, 'print.blocked.short')];
  if (n.metres < 5 || !withMinutes) return [distanceText(n.metres, lang)];
  return [distanceText(n.metres, lang), t(lang, 'print.minutes.short', { min: Math.max(1, n.minutes) })];
}

function rowOf(lang: Lang, n: SheetFacility, index: number, withMinutes: boolean): MapRow {
  const f = n.facility;
  return {
    number: index + 1,
    facility: f,
    typeShort: t(lang, `type.${f.type}.short`),
    typeLabel: t(lang, `type.${f.type}`),
    address: shortAddress(f.address),
    // Walking minutes only on community maps: across a town they would mislead.
    distance: distanceLines(lang, n, withMinutes),
    icon: markerIconSvg(f.type, index + 1),
    meals: f.canteen || f.type === 'canteen' ? mealTimeLines(f.hours, lang) : [],
  };
}

function rowText(row: MapRow): RowText {
  return { typeShort: row.typeShort, name: row.facility.name, address: row.address, phones: row.facility.phones, meals: row.meals, distance: row.distance };
}

/**
 * At most this many of the facilities left off a sheet are listed on its web page, nearest
 * first, so that the page stays the same size however dense the data; the rest are counted and
 * the map page shows them.
 */
export const MAX_MORE_ON_WEB = 100;

/** At most this many facilities are numbered on a community sheet; fewer when their rows do not fit (fit.ts). */
export const MAX_ON_SHEET = 12;

/**
 * A town map numbers every facility of the town (up to this many): it is an overview for the
 * street office, and its table may run onto a second sheet (rows never split).
 */
export const MAX_ON_TOWN_MAP = 60;

/** Inputs of a print map page. */
export interface MapPageInput {
  lang: Lang;
  /** 9-digit town code or 12-digit community code. */
  code: string;
  paper: Paper;
  district: District;
  facilities: readonly Facility[];
  /** The district outline (src/lib/static-map/outline.ts loadOutline). */
  outline: MultiPolygonCoords;
  /** The site's address (Astro.site), for the QR code. */
  site: URL | undefined;
  /** Whether the sample-data notice is shown above the sheet. */
  sample: boolean;
  /** The latest lastVerified date of the data. */
  dataDate: string;
  /** The 审图号 to print, when a Tianditu basemap is configured. */
  reviewNumber?: string;
  /** The imported street layer (npm run roads), drawn under the facilities; null without one. */
  streets?: StreetLayer | null;
  /** The imported walking graph: community sheets then draw walking areas and walking distances. */
  graph?: WalkGraph | null;
  /** The deployment's basemap: without a street layer, a 天地图 or PMTiles basemap is drawn instead. */
  basemap?: BasemapConfig;
  basemapOptions?: PrintBasemapOptions;
}

/**
 * The map of the sheet, with what lies under the facilities: the street layer when imported, else
 * the deployment's 天地图 or PMTiles basemap over the ground the map shows, else nothing. Also
 * names the source for the lines beside the map (null: no street data).
 */
async function sheetMap(input: MapPageInput, map: CommunityMapInput): Promise<{ svg: string; streetSource: string | null }> {
  if (map.streets?.length || !input.basemap || input.basemap.kind === 'schematic') {
    return { svg: renderCommunityMap(map), streetSource: input.streets ? t(input.lang, 'print.source.streets', { source: input.streets.source }) : null };
  }
  const { frame, projection } = layoutCommunityMap(map);
  const nw = projection.invert(frame.x, frame.y);
  const se = projection.invert(frame.x + frame.width, frame.y + frame.height);
  const box = { west: nw.lon, north: nw.lat, east: se.lon, south: se.lat };
  const basemap = await loadPrintBasemap(input.basemap, box, projection.unitsPerMetre, input.basemapOptions);
  if (!basemap) return { svg: renderCommunityMap(map), streetSource: null };
  const drawn = basemap.kind === 'vector' ? { ...map, streets: basemap.features } : { ...map, images: basemap.images };
  return { svg: renderCommunityMap(drawn), streetSource: basemapAttribution(input.basemap)[0] ?? null };
}

/** The lines beside the QR code: the place's page, the data date, the sources, the street data, the 审图号. */
function footLinesOf(lang: Lang, input: MapPageInput, placeUrl: string, shown: readonly MapRow[], walked: boolean, streetSource: string | null): string[] {
  const sources = [...new Set(shown.map((r) => r.facility.source))];
  const lines = [
    placeUrl,
    ...(input.dataDate ? [t(lang, 'print.dataDate', { date: input.dataDate })] : []),
    t(lang, walked ? 'print.source.line.walk' : 'print.source.line', { facilities: sources.length > 0 ? t(lang, 'print.source.facilitiesPart', { sources: sources.join('、') }) : '' }),
    ...(streetSource !== null ? [streetSource] : []),
  ];
  if (input.graph && (!input.streets || input.graph.meta.source.trim() !== input.streets.source.trim())) lines.push(t(lang, 'print.source.roads', { source: input.graph.meta.source }));
  if (input.reviewNumber) lines.push(t(lang, 'print.reviewNumber', { number: input.reviewNumber }));
  return lines;
}

/** The street features near the sheet's point: the map shows at most a few km around it. */
function streetsNear(layer: StreetLayer | null | undefined, point: { lon: number; lat: number }, metres: number) {
  if (!layer) return undefined;
  const dLat = metres / 111_195;
  const dLon = dLat / Math.cos((point.lat * Math.PI) / 180);
  const inBox = (c: unknown): boolean =>
    Array.isArray(c) && typeof c[0] === 'number' ? Math.abs((c[0] as number) - point.lon) <= dLon && Math.abs((c[1] as number) - point.lat) <= dLat : Array.isArray(c) && c.some(inBox);
  return layer.features.filter((f) => inBox(f.geometry.coordinates));
}

/** Builds a print map page; throws on an unknown code. */
export async function buildMapPage(input: MapPageInput): Promise<MapPageModel> {
  const { lang, code, paper, district, facilities } = input;
  const isTown = code.length === 9;
  const town = isTown ? townByCode(district, code) : communityByCode(district, code)?.town;
  const community = isTown ? undefined : communityByCode(district, code)?.community;
  if (!town || (!isTown && !community)) throw new Error(`打印地图：区划代码 ${code} 不在 data/regions/ouhai.json 中`);

  let point: CommunityPoint;
  let near: NearFacility[];
  let title: string;
  let subtitle: string;
  let pointNote: string;
  if (community) {
    point = communityPoint(community, town, facilities);
    const selection = selectNearby(point, facilities, maxReachMetres(), Infinity);
    near = selection.listed;
    title = t(lang, 'print.map.title.community', { community: community.name });
    subtitle = t(lang, 'print.map.subtitle.community', { town: town.name, pace: DEFAULT_PACE.metresPerSecond });
    pointNote =
      point.kind === 'care-centre'
        ? t(lang, 'print.point.careCentre', { name: point.facility.name })
        : point.kind === 'town-centre-facility'
          ? t(lang, 'print.point.townFacility', { town: town.name, name: point.facility.name })
          : t(lang, 'print.point.townApprox', { town: town.name });
  } else {
    const picked = selectForTown(town, facilities, Infinity);
    point = picked.point;
    near = picked.selection.listed;
    title = t(lang, 'print.map.title.town', { town: town.name });
    subtitle = t(lang, 'print.map.subtitle.town', { kind: town.kind === '镇' ? (lang === 'en' ? 'town' : '镇') : lang === 'en' ? 'street' : '街道' });
    pointNote = point.kind === 'town-centre-facility' ? t(lang, 'print.point.town.facility', { name: point.facility.name }) : t(lang, 'print.point.town.approx', { town: town.name });
  }

  // Walking along streets when a graph is loaded (community sheets: a town is too wide for a 15-minute walk).
  const reach = community ? sheetReach(input.graph, point) : null;
  const measured = walkingFacilities(near, reach);
  if (community && reach) subtitle = t(lang, 'print.map.subtitle.community.walk', { town: town.name, pace: DEFAULT_PACE.metresPerSecond });

  let noneNote: string | undefined;
  if (community && near.length === 0) {
    const nearest = nearestBeyond(point, facilities);
    noneNote = t(lang, 'print.none', { m: maxReachMetres() });
    if (nearest) noneNote += t(lang, 'print.nearest', { name: nearest.facility.name, type: t(lang, `type.${nearest.facility.type}`), m: Math.round(nearest.metres / 10) * 10 });
  }

  const headingId = `pp-title-${code}`;
  const onlineUrl = new URL(href(lang, printPath(code)), input.site ?? 'http://localhost/').toString();
  const placeUrl = new URL(href(lang, community ? `/communities/${code}/` : `/towns/${code}/`), input.site ?? 'http://localhost/').toString();
  const candidates = measured.slice(0, community ? MAX_ON_SHEET : MAX_ON_TOWN_MAP).map((n, i) => rowOf(lang, n, i, community !== undefined));
  // Until the map is drawn, the sheet is fitted with the longest line the street source can add.
  let streetSource: string | null = input.streets
    ? t(lang, 'print.source.streets', { source: input.streets.source })
    : input.basemap && input.basemap.kind !== 'schematic'
      ? (basemapAttribution(input.basemap)[0] ?? null)
      : null;
  const footLinesFor = (shown: readonly MapRow[]) => footLinesOf(lang, input, placeUrl, shown, reach !== null, streetSource);
  const streets = streetsNear(input.streets, point, community ? 2500 : 8000);
  const nearStreets = streets ? nearestStreets(streets, point.lon, point.lat) : [];
  const streetsNote = nearStreets.length > 0 ? t(lang, 'print.streets.near', { names: nearStreets.map((s) => s.name).join('、') }) : undefined;
  const moreNoteFor = (n: number) => t(lang, 'print.more', { n, url: onlineUrl });
  // The heading as printed: English sheets add the place name's pinyin (PrintMapSheet.astro).
  const placeName = community?.name ?? town.name;
  const printedTitle = lang === 'en' ? title.replace(placeName, `${placeName} ${pinyinOf(placeName)}`) : title;
  const sheetText: SheetText = {
    notice: input.sample ? `⚠ ${t(lang, 'sample.short')}${t(lang, 'sample.notice')}` : '',
    title: printedTitle,
    subtitle,
    pointNote: streetsNote ? `${pointNote}${streetsNote}` : pointNote,
    noneNote,
    moreNote: moreNoteFor(near.length),
    sources: footLinesFor(candidates),
    qrCaption: t(lang, 'print.qr'),
    headers: [t(lang, 'print.table.number'), t(lang, 'print.table.name'), t(lang, 'print.table.phone'), t(lang, 'print.table.meals'), t(lang, 'print.table.distance')],
  };
  const count = community ? rowsThatFit(paper, sheetText, candidates.map(rowText), measured.length > candidates.length) : candidates.length;
  const rows = candidates.slice(0, count);
  const left = measured.slice(count);
  let fit: SheetFit | undefined;
  if (community) {
    const estimate = estimateSheet(paper, sheetText, rows.map(rowText), left.length > 0);
    fit = { ...estimate, cut: left.length, tight: left.length > 0 || estimate.total > estimate.available - TIGHT_MARGIN_MM };
  }

  const rings = community ? ringMetres().map((r) => ({ metres: r.metres, label: t(lang, 'print.ring', { minutes: r.minutes }) })) : [];
  const blocked = new Set(measured.filter((m) => m.blocked).map((m) => m.facility.id));
  const drawn = await sheetMap(input, {
    outline: input.outline,
    home: point,
    rings,
    areas: sheetAreas(reach, (minutes) => t(lang, 'print.ring', { minutes })),
    streets,
    facilities: rows.map((r) => ({ number: r.number, id: r.facility.id, type: r.facility.type, lon: r.facility.location.lon, lat: r.facility.location.lat, name: r.facility.name, blocked: blocked.has(r.facility.id) })),
    layout: paper.map,
    labels: mapLabels(lang, point, input.streets?.source ?? (input.basemap && input.basemap.kind !== 'schematic' ? '' : null)),
    minExtentMetres: community ? undefined : 1500,
    idPrefix: `pm-${code}`,
    labelledBy: headingId,
  });
  const svg = drawn.svg;
  streetSource = drawn.streetSource;

  return {
    kind: community ? 'community' : 'town',
    headingId,
    town,
    community,
    title,
    subtitle,
    pointNote,
    pointIsStandIn: community !== undefined && point.kind !== 'care-centre',
    svg,
    rows,
    more: left.slice(0, MAX_MORE_ON_WEB).map((n) => ({ facility: n.facility, distance: distanceText(n.metres, lang), typeLabel: t(lang, `type.${n.facility.type}`) })),
    moreUnlisted: Math.max(0, left.length - MAX_MORE_ON_WEB),
    mapUrl: community ? communityMapHref(lang, code) : mapHref(lang, point),
    moreNote: left.length > 0 ? moreNoteFor(left.length) : undefined,
    noneNote,
    onlineUrl,
    placeUrl,
    qr: await qrSvg(placeUrl),
    footLines: footLinesFor(rows),
    streetsNote,
    fit,
  };
}
