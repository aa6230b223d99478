/**
 * The street layer (data/geo/streets.json, written by npm run roads from an OpenStreetMap extract):
 * what the map and the print sheets draw under the facilities, and what the map's search finds by
 * name. A GeoJSON FeatureCollection (so QGIS opens it as it is) with the file's own members
 * `format`, `version`, `source` and `generated` beside `features`. WGS-84, coordinates rounded to
 * 1e-5 degree (about 1 m) and simplified for a community sheet and a phone map.
 */
import { z } from 'zod';

/** What a feature is; the classes of each kind are STREET_CLASSES. */
export const StreetKind = z.enum(['road', 'path', 'waterway', 'water', 'railway', 'place', 'landmark']);
export type StreetKind = z.infer<typeof StreetKind>;

/**
 * Classes by kind. road: major (trunk, primary), secondary (secondary, tertiary), minor
 * (residential, unclassified, living street), service. path: footway (also path, pedestrian,
 * cycleway, bridleway), steps, track. waterway: river, canal, stream. water: an area of water.
 * railway: rail (also light rail, subway, narrow gauge), tram. place: the OSM place value
 * (neighbourhood, village…). landmark: the OSM amenity value (school, hospital…).
 */
export const STREET_CLASSES = {
  road: ['major', 'secondary', 'minor', 'service'],
  path: ['footway', 'steps', 'track'],
  waterway: ['river', 'canal', 'stream'],
  water: ['water'],
  railway: ['rail', 'tram'],
} as const satisfies Partial<Record<StreetKind, readonly string[]>>;

const Position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const Line = z.array(Position).min(2);
const Ring = z.array(Position).min(4);

const LineGeometry = z.union([
  z.object({ type: z.literal('LineString'), coordinates: Line }),
  z.object({ type: z.literal('MultiLineString'), coordinates: z.array(Line).min(1) }),
]);
const AreaGeometry = z.union([
  z.object({ type: z.literal('Polygon'), coordinates: z.array(Ring).min(1) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(Ring).min(1)).min(1) }),
]);
const PointGeometry = z.object({ type: z.literal('Point'), coordinates: Position });

/** Properties every feature carries. */
const Common = {
  /** The name people read (OSM `name`); absent for most paths and small waters. */
  name: z.string().min(1).optional(),
};

export const StreetFeature = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('road'), class: z.enum(STREET_CLASSES.road), ...Common, /** On a bridge. */ bridge: z.literal(true).optional() }),
  z.object({ kind: z.literal('path'), class: z.enum(STREET_CLASSES.path), ...Common, /** A footbridge. */ bridge: z.literal(true).optional() }),
  z.object({ kind: z.literal('waterway'), class: z.enum(STREET_CLASSES.waterway), ...Common }),
  z.object({ kind: z.literal('water'), class: z.enum(STREET_CLASSES.water), ...Common }),
  z.object({ kind: z.literal('railway'), class: z.enum(STREET_CLASSES.railway), ...Common }),
  z.object({ kind: z.literal('place'), class: z.string().min(1), name: z.string().min(1) }),
  z.object({ kind: z.literal('landmark'), class: z.string().min(1), name: z.string().min(1) }),
]);
export type StreetProperties = z.infer<typeof StreetFeature>;

/** One feature: its properties with the geometry its kind needs. */
export const StreetLayerFeature = z
  .object({ type: z.literal('Feature'), properties: StreetFeature, geometry: z.union([LineGeometry, AreaGeometry, PointGeometry]) })
  .superRefine((f, ctx) => {
    const kind = f.properties.kind;
    const want = kind === 'water' ? ['Polygon', 'MultiPolygon'] : kind === 'place' || kind === 'landmark' ? ['Point'] : ['LineString', 'MultiLineString'];
    if (!want.includes(f.geometry.type)) ctx.addIssue({ code: 'custom', path: ['geometry', 'type'], message: `${kind} 要素的几何应为 ${want.join(' 或 ')}，实际为 ${f.geometry.type}` });
  });
export type StreetLayerFeature = z.infer<typeof StreetLayerFeature>;

/** The value of `format` in a street-layer file. */
export const STREETS_FORMAT = 'ouhai-streets';
export const STREETS_VERSION = 1;

export const StreetLayer = z.object({
  type: z.literal('FeatureCollection'),
  format: z.literal(STREETS_FORMAT),
  version: z.literal(STREETS_VERSION),
  /** Attribution and licence of the data, shown wherever the layer is: “© OpenStreetMap contributors, ODbL 1.0 …”. */
  source: z.string().min(1),
  /** When the file was written, ISO 8601. */
  generated: z.string(),
  /** [west, south, east, north] of the area the import kept. */
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  features: z.array(StreetLayerFeature),
});
export type StreetLayer = z.infer<typeof StreetLayer>;
