/** vt-pbf ships no types; this is the one function the street tiles use. */
declare module 'vt-pbf' {
  import type { LegacyTile } from 'geojson-vt';
  export function fromGeojsonVt(layers: Record<string, LegacyTile>, options?: { version?: number; extent?: number }): Uint8Array<ArrayBuffer>;
}
