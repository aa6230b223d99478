/**
 * The street background of a print sheet when the deployment has no street layer of its own but
 * a basemap (src/map/basemap.ts): a PMTiles vector basemap is read at build time and drawn as the
 * sheet's own vector street layer; 天地图 (or PMTiles raster) tiles are fetched at build time and
 * embedded in the SVG as images, with the basemap's attribution and 审图号 beside the map. Build
 * time only: printing needs no network and the reader's browser asks no one.
 *
 * A basemap that cannot be read (no network, wrong key, missing file) warns in the build log and
 * leaves the sheet as it is without street data, saying so.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { PMTiles, type RangeResponse, type Source } from 'pmtiles';
import { tiandituTileUrls, type BasemapConfig } from '../../map/basemap.ts';
import type { StreetLayerFeature, StreetProperties } from '../../schemas/streets.ts';
import type { MapImage } from './render.ts';

/** A box in WGS-84 degrees. */
export interface LonLatBox {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** What a sheet draws under its facilities from a basemap. */
export type PrintBasemap = { kind: 'vector'; features: StreetLayerFeature[] } | { kind: 'raster'; images: MapImage[] };

/** Web Mercator tile numbers covering a box at zoom z. */
export function tilesCovering(box: LonLatBox, z: number): { x: number; y: number }[] {
  const n = 2 ** z;
  const tx = (lon: number) => Math.min(n - 1, Math.max(0, Math.floor(((lon + 180) / 360) * n)));
  const ty = (lat: number) => {
    const r = (lat * Math.PI) / 180;
    return Math.min(n - 1, Math.max(0, Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n)));
  };
  const out: { x: number; y: number }[] = [];
  for (let x = tx(box.west); x <= tx(box.east); x++) for (let y = ty(box.north); y <= ty(box.south); y++) out.push({ x, y });
  return out;
}

/** The WGS-84 box of tile (z, x, y). */
export function tileBox(z: number, x: number, y: number): LonLatBox {
  const n = 2 ** z;
  const lon = (tx: number) => (tx / n) * 360 - 180;
  const lat = (ty: number) => (Math.atan(Math.sinh(Math.PI * (1 - (2 * ty) / n))) * 180) / Math.PI;
  return { west: lon(x), east: lon(x + 1), north: lat(y), south: lat(y + 1) };
}

/**
 * The zoom whose tile pixels print at about 0.25 mm (a 256-pixel tile ≈ 64 mm): sharp enough on
 * paper without fetching more tiles than the sheet needs.
 */
export function rasterZoom(unitsPerMetre: number, lat: number, maxZoom = 18): number {
  const metresPerPixelWanted = 0.25 / unitsPerMetre;
  const z = Math.round(Math.log2((156_543.03 * Math.cos((lat * Math.PI) / 180)) / metresPerPixelWanted));
  return Math.max(10, Math.min(maxZoom, z));
}

/** A PMTiles archive in the site's public/ folder, read from disk at build time. */
class DiskSource implements Source {
  private readonly path: string;
  constructor(path: string) {
    this.path = path;
  }
  getKey(): string {
    return this.path;
  }
  async getBytes(offset: number, length: number): Promise<RangeResponse> {
    const file = await readFile(this.path);
    return { data: file.buffer.slice(file.byteOffset + offset, file.byteOffset + Math.min(file.length, offset + length)) as ArrayBuffer };
  }
}

const archives = new Map<string, PMTiles>();

/** The archive a PMTiles URL names: a file under public/ for a site path, else over HTTP. */
function archiveOf(url: string, root: string): PMTiles {
  let archive = archives.get(url);
  if (!archive) {
    archive = new PMTiles(/^https?:\/\//.test(url) ? url : new DiskSource(join(root, 'public', url.replace(/^\/+/, ''))));
    archives.set(url, archive);
  }
  return archive;
}

/** A Protomaps basemap (schema v4) feature as a street-layer feature; null for what sheets do not draw. */
export function protomapsFeature(layer: string, props: Record<string, unknown>, geometry: StreetLayerFeature['geometry']): StreetLayerFeature | null {
  const kind = String(props.kind ?? '');
  const detail = String(props.kind_detail ?? '');
  const label = typeof props.name === 'string' ? props.name.trim() : '';
  const name = label ? { name: label } : {};
  const line = geometry.type === 'LineString' || geometry.type === 'MultiLineString';
  const area = geometry.type === 'Polygon' || geometry.type === 'MultiPolygon';
  let properties: StreetProperties | null = null;
  if (layer === 'roads' && line) {
    if (kind === 'rail') properties = { kind: 'railway', class: 'rail', ...name };
    else if (kind === 'path') properties = { kind: 'path', class: detail === 'steps' ? 'steps' : 'footway', ...name };
    else if (kind === 'highway' || kind === 'major_road') properties = { kind: 'road', class: 'major', ...name };
    else if (kind === 'medium_road') properties = { kind: 'road', class: 'secondary', ...name };
    else if (kind === 'minor_road') properties = { kind: 'road', class: detail === 'service' ? 'service' : 'minor', ...name };
  } else if (layer === 'transit' && line && kind === 'rail') {
    properties = { kind: 'railway', class: 'rail', ...name };
  } else if (layer === 'water') {
    if (area) properties = { kind: 'water', class: 'water', ...name };
    else if (line) properties = { kind: 'waterway', class: kind === 'canal' ? 'canal' : kind === 'stream' || kind === 'drain' || kind === 'ditch' ? 'stream' : 'river', ...name };
  } else if (layer === 'places' && geometry.type === 'Point' && label) {
    properties = { kind: 'place', class: kind || 'place', name: label };
  } else if (layer === 'pois' && geometry.type === 'Point' && label) {
    properties = { kind: 'landmark', class: kind || 'poi', name: label };
  }
  return properties ? ({ type: 'Feature', properties, geometry } as StreetLayerFeature) : null;
}

/** The vector features of a PMTiles basemap over the box, at its most detailed zoom up to 15. */
async function pmtilesVector(url: string, box: LonLatBox, root: string): Promise<StreetLayerFeature[]> {
  const archive = archiveOf(url, root);
  const header = await archive.getHeader();
  const z = Math.min(15, header.maxZoom);
  const out: StreetLayerFeature[] = [];
  for (const { x, y } of tilesCovering(box, z)) {
    const tile = await archive.getZxy(z, x, y);
    if (!tile) continue;
    const vt = new VectorTile(new PbfReader(new Uint8Array(tile.data)));
    for (const [name, layer] of Object.entries(vt.layers)) {
      for (let i = 0; i < layer.length; i++) {
        const geo = layer.feature(i).toGeoJSON(x, y, z);
        const f = protomapsFeature(name, geo.properties ?? {}, geo.geometry as StreetLayerFeature['geometry']);
        if (f) out.push(f);
      }
    }
  }
  return out;
}

const fetched = new Map<string, Promise<string | null>>();

/** A tile image as a data: URL, fetched once per build; null when it cannot be had. */
function tileImage(url: string): Promise<string | null> {
  let image = fetched.get(url);
  if (!image) {
    image = fetch(url)
      .then(async (r) => {
        const type = r.headers.get('content-type')?.split(';')[0]?.trim() ?? '';
        if (!r.ok || !/^image\/(png|jpeg|webp)$/.test(type)) return null;
        return `data:${type};base64,${Buffer.from(await r.arrayBuffer()).toString('base64')}`;
      })
      .catch(() => null);
    fetched.set(url, image);
  }
  return image;
}

/** A raster tile of a PMTiles archive as a data: URL. */
async function pmtilesImage(archive: PMTiles, z: number, x: number, y: number): Promise<string | null> {
  const tile = await archive.getZxy(z, x, y);
  if (!tile) return null;
  const bytes = new Uint8Array(tile.data);
  const type = bytes[0] === 0x89 ? 'image/png' : bytes[0] === 0xff ? 'image/jpeg' : 'image/webp';
  return `data:${type};base64,${Buffer.from(bytes).toString('base64')}`;
}

export interface PrintBasemapOptions {
  /** The project folder (public/ holds a site-relative PMTiles file). */
  root?: string;
  /** 天地图 WMTS host to use instead of t0–t7.tianditu.gov.cn, e.g. a mirror or a test server (TIANDITU_PRINT_BASE). */
  tiandituBase?: string;
}

/**
 * The basemap for a sheet showing `box` at `unitsPerMetre` mm per metre; null for the schematic
 * basemap or when the basemap cannot be read (a warning is logged).
 */
export async function loadPrintBasemap(config: BasemapConfig, box: LonLatBox, unitsPerMetre: number, options: PrintBasemapOptions = {}): Promise<PrintBasemap | null> {
  const root = options.root ?? process.cwd();
  try {
    if (config.kind === 'pmtiles' && config.tileType === 'vector') return { kind: 'vector', features: await pmtilesVector(config.url, box, root) };
    if (config.kind === 'schematic') return null;
    const z = rasterZoom(unitsPerMetre, (box.south + box.north) / 2, config.kind === 'tianditu' ? 18 : 15);
    const images: MapImage[] = [];
    for (const { x, y } of tilesCovering(box, z)) {
      const hrefs =
        config.kind === 'tianditu'
          ? await Promise.all((['vec', 'cva'] as const).map((layer) => tileImage(tiandituUrl(layer, config.token, z, x, y, options.tiandituBase))))
          : [await pmtilesImage(archiveOf(config.url, root), z, x, y)];
      for (const href of hrefs) if (href) images.push({ href, ...tileBox(z, x, y) });
    }
    if (images.length === 0) throw new Error('没有取到任何底图瓦片');
    return { kind: 'raster', images };
  } catch (error) {
    console.warn(`打印地图：底图（${config.kind}）读取失败，图上不画街道：${(error as Error).message}`);
    return null;
  }
}

function tiandituUrl(layer: 'vec' | 'cva', token: string, z: number, x: number, y: number, base?: string): string {
  const template = base
    ? `${base.replace(/\/+$/, '')}/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${encodeURIComponent(token)}`
    : (tiandituTileUrls(layer, token)[(x + y) % 8] as string);
  return template.replace('{z}', String(z)).replace('{x}', String(x)).replace('{y}', String(y));
}
