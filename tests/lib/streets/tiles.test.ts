import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';
import { STREET_TILE_LAYER, streetTiles } from '../../../src/lib/streets/tiles.ts';
import { cihuStreetData } from '../../fixtures/osm/cihu.ts';

const data = cihuStreetData();
const tiles = streetTiles(data.layer);

/** The names in all tiles of zoom z, decoded from the MVT bytes as MapLibre reads them. */
function namesAt(z: number): string[] {
  const names = new Set<string>();
  for (const coord of tiles.coords.filter((c) => c.z === z)) {
    const bytes = tiles.tile(coord.z, coord.x, coord.y);
    const layer = bytes ? new VectorTile(new PbfReader(bytes)).layers[STREET_TILE_LAYER] : undefined;
    for (let i = 0; i < (layer?.length ?? 0); i++) {
      const name = layer?.feature(i).properties.name;
      if (typeof name === 'string') names.add(name);
    }
  }
  return [...names].sort();
}

describe('the street tiles of the service map', () => {
  it('cut tiles from zoom 10 to 15 over the fixture, and none outside it', () => {
    expect([...new Set(tiles.coords.map((c) => c.z))]).toEqual([10, 11, 12, 13, 14, 15]);
    expect(tiles.tile(15, 0, 0)).toBeNull();
  });

  it('hold every named street, path, river, rail and place from zoom 13', () => {
    expect(namesAt(15)).toEqual(['塘河北路', '塘河南路', '慈湖', '慈湖南路', '慈湖小学', '慈湖桥', '慈湖菜场', '慈湖街', '慈湖路', '温瑞塘河', '瓯海大道', '金温铁路', '龙霞路']);
  });

  it('keep the overview light: below zoom 13 only major and secondary roads, rivers and rails', () => {
    expect(namesAt(12)).toEqual(['慈湖南路', '慈湖路', '温瑞塘河', '瓯海大道', '金温铁路']);
  });
});
