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
import { estimateSheet, largestThatFits, sheetFits, TIGHT_MARGIN_MM, type SheetText } from './fit.ts';
import { DEFAULT_PACE } from '../geo/pace.ts';
import type { MultiPolygonCoords } from '../static-map/render.ts';
import type { Paper } from './paper.ts';
import { qrSvg } from './qr.ts';
import { layoutCommunityMap, renderCommunityMap, type CommunityMapInput, type MapLabels } from './render.ts';
import { basemapAttribution, type BasemapConfig } from '../../map/basemap.ts';
import { loadPrintBasemap, type PrintBasemapOptions } from './basemap.ts';
import { pinyinOf } from '../text/pinyin.ts';
import { communityPoint, maxReachMetres, nearestBeyond, ringMetres, selectForTown, selectNearby, type CommunityPoint, type NearFacility } from './select.ts';
import { mealPlaces, townCentreFacility } from '../data/derived.ts';
import type { StreetLayer } from '../../schemas/streets.ts';
import type { WalkGraph } from '../geo/graph.ts';
import { nearestStreets } from '../streets/nearest.ts';
import { sheetAreas, sheetReach, walkingFacilities, type SheetFacility } from './walking.ts';

/** The path of a print page: /print/<code>/ for A4 portrait, /print/<code>/<paper>/ for the others. */
export function printPath(code: string, paper?: Paper): string {
  return paper?.segment ? `/print/${code}/${paper.segment}/` : `/print/${code}/`;
}

import { distanceText, rowText, sheetRows, type MapRow, type RowsInput, type SheetRows } from './rows.ts';

export { distanceText, shortAddress, type MapRow } from './rows.ts';

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
  /** Community sheets: the town's 居家养老服务中心 and its phone, unless a row names it. */
  contactNote?: string;
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

/** Where a sheet is and what it is about: the place, its ★, the facilities in reach and the words at its top. */
interface SheetPlace {
  town: Town;
  community?: Community;
  point: CommunityPoint;
  near: NearFacility[];
  title: string;
  subtitle: string;
  pointNote: string;
}

function sheetPlace(input: MapPageInput): SheetPlace {
  const { lang, code, district, facilities } = input;
  const isTown = code.length === 9;
  const town = isTown ? townByCode(district, code) : communityByCode(district, code)?.town;
  const community = isTown ? undefined : communityByCode(district, code)?.community;
  if (!town || (!isTown && !community)) throw new Error(`打印地图：区划代码 ${code} 不在 data/regions/ouhai.json 中`);
  if (community) {
    const point = communityPoint(community, town, facilities);
    const pointNote =
      point.kind === 'care-centre'
        ? t(lang, 'print.point.careCentre', { name: point.facility.name })
        : point.kind === 'town-centre-facility'
          ? t(lang, 'print.point.townFacility', { town: town.name, name: point.facility.name })
          : t(lang, 'print.point.townApprox', { town: town.name });
    return {
      town,
      community,
      point,
      near: selectNearby(point, facilities, maxReachMetres(), Infinity).listed,
      title: t(lang, 'print.map.title.community', { community: community.name }),
      subtitle: t(lang, 'print.map.subtitle.community', { town: town.name, pace: DEFAULT_PACE.metresPerSecond }),
      pointNote,
    };
  }
  const picked = selectForTown(town, facilities, Infinity);
  const point = picked.point;
  return {
    town,
    point,
    near: picked.selection.listed,
    title: t(lang, 'print.map.title.town', { town: town.name }),
    subtitle: t(lang, 'print.map.subtitle.town', { kind: town.kind === '镇' ? (lang === 'en' ? 'town' : '镇') : lang === 'en' ? 'street' : '街道' }),
    pointNote: point.kind === 'town-centre-facility' ? t(lang, 'print.point.town.facility', { name: point.facility.name }) : t(lang, 'print.point.town.approx', { town: town.name }),
  };
}

/** “步行 15 分钟范围内没有…最近的是…” for a community sheet with nothing in reach. */
function noneNoteOf(lang: Lang, point: CommunityPoint, facilities: readonly Facility[]): string {
  const nearest = nearestBeyond(point, facilities);
  const none = t(lang, 'print.none', { m: maxReachMetres() });
  return nearest ? none + t(lang, 'print.nearest', { name: nearest.facility.name, type: t(lang, `type.${nearest.facility.type}`), m: Math.round(nearest.metres / 10) * 10 }) : none;
}

/**
 * Whom to ask, on every community sheet: the town's 居家养老服务中心 and its phone — unless a row of
 * the sheet already is that centre (its phone is then in the table).
 */
function contactNoteOf(lang: Lang, town: Town, facilities: readonly Facility[], rows: readonly MapRow[]): string | undefined {
  const centre = townCentreFacility(facilities, town.code);
  if (!centre) return t(lang, 'print.contact.none', { town: town.name });
  if (rows.some((r) => r.facility.id === centre.id)) return undefined;
  if (centre.phones.length === 0) return t(lang, 'print.contact.noPhone', { name: centre.name });
  return t(lang, 'print.contact', { name: centre.name, phones: centre.phones.join(lang === 'en' ? ', ' : '、') });
}

/** The table of a sheet: for a community, as many numbered rows as fit (fit.ts) with the ★'s row and the meal row kept. */
function fittedRows(input: MapPageInput, place: SheetPlace, measured: readonly SheetFacility[], textFor: (rows: readonly MapRow[]) => SheetText): SheetRows {
  const { lang, facilities, paper } = input;
  const star = place.point.kind === 'town-centre-approx' ? undefined : place.point.facility;
  const others = measured.filter((n) => n.facility.id !== star?.id);
  const rowsInput: RowsInput = {
    lang,
    star,
    others,
    withMinutes: place.community !== undefined,
    nameMeals: place.community !== undefined,
    mealBeyond: place.community ? nearestBeyond(place.point, mealPlaces(facilities)) : undefined,
  };
  if (!place.community) return sheetRows(rowsInput, Math.min(others.length, MAX_ON_TOWN_MAP));
  const fits = (count: number) => {
    const { rows, left } = sheetRows(rowsInput, count);
    return sheetFits(paper, textFor(rows), rows.map(rowText), left.length > 0);
  };
  // One row always fits the layouts in paper.ts: the ★'s, or else the nearest facility's.
  return sheetRows(rowsInput, largestThatFits(Math.min(others.length, MAX_ON_SHEET), star ? 0 : Math.min(1, others.length), fits));
}

/** The sheet's map: rings or walking areas around the ★, the streets, and a marker for each numbered row. */
function drawSheet(
  input: MapPageInput,
  place: SheetPlace,
  rows: readonly MapRow[],
  at: { measured: readonly SheetFacility[]; reach: ReturnType<typeof sheetReach>; streets: ReturnType<typeof streetsNear>; headingId: string },
): ReturnType<typeof sheetMap> {
  const { lang, code, paper } = input;
  const rings = place.community ? ringMetres().map((r) => ({ metres: r.metres, label: t(lang, 'print.ring', { minutes: r.minutes }) })) : [];
  const blocked = new Set(at.measured.filter((m) => m.blocked).map((m) => m.facility.id));
  return sheetMap(input, {
    outline: input.outline,
    home: place.point,
    rings,
    areas: sheetAreas(at.reach, (minutes) => t(lang, 'print.ring', { minutes })),
    streets: at.streets,
    // Only the numbered rows have markers: the ★'s facility is the ★, the meal row beyond the rings is off the map.
    facilities: rows.flatMap((r) =>
      r.mark === 'numbered' && r.number !== undefined
        ? [{ number: r.number, id: r.facility.id, type: r.facility.type, lon: r.facility.location.lon, lat: r.facility.location.lat, name: r.facility.name, blocked: blocked.has(r.facility.id) }]
        : [],
    ),
    layout: paper.map,
    labels: mapLabels(lang, place.point, input.streets?.source ?? (input.basemap && input.basemap.kind !== 'schematic' ? '' : null)),
    minExtentMetres: place.community ? undefined : 1500,
    idPrefix: `pm-${code}`,
    labelledBy: at.headingId,
  });
}

/** Builds a print map page; throws on an unknown code. */
export async function buildMapPage(input: MapPageInput): Promise<MapPageModel> {
  const { lang, code, paper, facilities } = input;
  const place = sheetPlace(input);
  const { town, community, point } = place;
  // Walking along streets when a graph is loaded (community sheets: a town is too wide for a 15-minute walk).
  const reach = community ? sheetReach(input.graph, point) : null;
  const measured = walkingFacilities(place.near, reach);
  const subtitle = community && reach ? t(lang, 'print.map.subtitle.community.walk', { town: town.name, pace: DEFAULT_PACE.metresPerSecond }) : place.subtitle;
  const noneNote = community && place.near.length === 0 ? noneNoteOf(lang, point, facilities) : undefined;

  const headingId = `pp-title-${code}`;
  const onlineUrl = new URL(href(lang, printPath(code)), input.site ?? 'http://localhost/').toString();
  const placeUrl = new URL(href(lang, community ? `/communities/${code}/` : `/towns/${code}/`), input.site ?? 'http://localhost/').toString();
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
  const contactFor = (rows: readonly MapRow[]) => (community ? contactNoteOf(lang, town, facilities, rows) : undefined);
  // The heading as printed: English sheets add the place name's pinyin (PrintMapSheet.astro).
  const placeName = community?.name ?? town.name;
  const printedTitle = lang === 'en' ? place.title.replace(placeName, `${placeName} ${pinyinOf(placeName)}`) : place.title;
  const textFor = (rows: readonly MapRow[]): SheetText => ({
    notice: input.sample ? `⚠ ${t(lang, 'sample.short')}${t(lang, 'sample.notice')}` : '',
    title: printedTitle,
    subtitle,
    pointNote: streetsNote ? `${place.pointNote}${streetsNote}` : place.pointNote,
    contactNote: contactFor(rows),
    noneNote,
    moreNote: moreNoteFor(measured.length),
    sources: footLinesFor(rows),
    qrCaption: t(lang, 'print.qr'),
    headers: [t(lang, 'print.table.number'), t(lang, 'print.table.name'), t(lang, 'print.table.phone'), t(lang, 'print.table.meals'), t(lang, 'print.table.distance')],
  });
  const { rows, left } = fittedRows(input, place, measured, textFor);
  let fit: SheetFit | undefined;
  if (community) {
    const estimate = estimateSheet(paper, textFor(rows), rows.map(rowText), left.length > 0);
    fit = { ...estimate, cut: left.length, tight: left.length > 0 || estimate.total > estimate.available - TIGHT_MARGIN_MM };
  }
  const drawn = await drawSheet(input, place, rows, { measured, reach, streets, headingId });
  streetSource = drawn.streetSource;

  return {
    kind: community ? 'community' : 'town',
    headingId,
    town,
    community,
    title: place.title,
    subtitle,
    pointNote: place.pointNote,
    pointIsStandIn: community !== undefined && point.kind !== 'care-centre',
    svg: drawn.svg,
    rows,
    more: left.slice(0, MAX_MORE_ON_WEB).map((n) => ({ facility: n.facility, distance: distanceText(n.metres, lang), typeLabel: t(lang, `type.${n.facility.type}`) })),
    moreUnlisted: Math.max(0, left.length - MAX_MORE_ON_WEB),
    mapUrl: community ? communityMapHref(lang, code) : mapHref(lang, point),
    moreNote: left.length > 0 ? moreNoteFor(left.length) : undefined,
    contactNote: contactFor(rows),
    noneNote,
    onlineUrl,
    placeUrl,
    qr: await qrSvg(placeUrl),
    footLines: footLinesFor(rows),
    streetsNote,
    fit,
  };
}
