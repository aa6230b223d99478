import { describe, expect, it } from 'vitest';
import type { FeatureCollection, LineString } from 'geojson';
import { buildWalkGraph, tagsOf, walkability, WALKABLE_HIGHWAYS } from '../../../src/lib/geo/roads.ts';
import { EDGE_STEPS } from '../../../src/lib/geo/graph.ts';
import { lineFeature, loadRiver } from '../../fixtures/geo/river.ts';

const meta = { source: 'test', generated: '' };

describe('which ways are walkable', () => {
  it('ordinary streets, footways, paths and steps are walkable; steps are flagged', () => {
    for (const highway of ['residential', 'footway', 'path', 'living_street', 'pedestrian', 'primary', 'service']) {
      expect(walkability({ highway })).toEqual({ walkable: true, steps: false });
    }
    expect(walkability({ highway: 'steps' })).toEqual({ walkable: true, steps: true });
  });

  it('motorways and their slip roads are excluded even when foot=yes', () => {
    expect(walkability({ highway: 'motorway' })).toEqual({ walkable: false, reason: 'motorway' });
    expect(walkability({ highway: 'motorway_link', foot: 'yes' })).toEqual({ walkable: false, reason: 'motorway' });
  });

  it('expressways (motorroad=yes or expressway=yes) are excluded whatever their highway class', () => {
    expect(walkability({ highway: 'primary', motorroad: 'yes' })).toEqual({ walkable: false, reason: 'expressway' });
    expect(walkability({ highway: 'trunk', expressway: 'yes', sidewalk: 'both' })).toEqual({ walkable: false, reason: 'expressway' });
  });

  it('trunk roads are excluded unless they allow walkers or have a sidewalk', () => {
    expect(walkability({ highway: 'trunk' })).toEqual({ walkable: false, reason: 'trunk-without-foot' });
    expect(walkability({ highway: 'trunk_link', sidewalk: 'no' })).toEqual({ walkable: false, reason: 'trunk-without-foot' });
    expect(walkability({ highway: 'trunk', sidewalk: 'both' }).walkable).toBe(true);
    expect(walkability({ highway: 'trunk', foot: 'designated' }).walkable).toBe(true);
  });

  it('foot=no and foot=use_sidepath exclude a way', () => {
    expect(walkability({ highway: 'footway', foot: 'no' })).toEqual({ walkable: false, reason: 'foot-no' });
    expect(walkability({ highway: 'primary', foot: 'use_sidepath' })).toEqual({ walkable: false, reason: 'foot-no' });
  });

  it('access=no excludes a way unless foot allows walking; access=private is kept', () => {
    expect(walkability({ highway: 'service', access: 'no' })).toEqual({ walkable: false, reason: 'access-no' });
    expect(walkability({ highway: 'service', access: 'no', foot: 'yes' }).walkable).toBe(true);
    expect(walkability({ highway: 'service', access: 'private' }).walkable).toBe(true);
  });

  it('construction sites, proposed roads and untagged lines are not walkable', () => {
    expect(walkability({ highway: 'construction' })).toEqual({ walkable: false, reason: 'not-walkable-highway' });
    expect(walkability({ highway: 'proposed' })).toEqual({ walkable: false, reason: 'not-walkable-highway' });
    expect(walkability({ waterway: 'river' })).toEqual({ walkable: false, reason: 'no-highway' });
    expect(WALKABLE_HIGHWAYS.has('motorway')).toBe(false);
  });
});

describe('reading tags from the usual GeoJSON exports', () => {
  const geometry = { type: 'LineString' as const, coordinates: [] };
  it('reads osmtogeojson tags, flat Overpass-turbo properties and ogr2ogr other_tags', () => {
    expect(tagsOf({ type: 'Feature', geometry, properties: { id: 'way/1', tags: { highway: 'footway', foot: 'no' } } })).toMatchObject({
      highway: 'footway',
      foot: 'no',
    });
    expect(tagsOf({ type: 'Feature', geometry, properties: { '@id': 'way/1', highway: 'steps', layer: 1 } })).toMatchObject({
      highway: 'steps',
      layer: '1',
    });
    expect(
      tagsOf({
        type: 'Feature',
        geometry,
        properties: { osm_id: '1', highway: 'service', other_tags: '"access"=>"no","name"=>"a \\"quoted\\" name"' },
      }),
    ).toMatchObject({ highway: 'service', access: 'no', name: 'a "quoted" name' });
  });
});

describe('building the walking graph', () => {
  it('ways that share a vertex are joined at one node; a vertex within 0.1 m counts as shared', () => {
    const collection: FeatureCollection<LineString> = {
      type: 'FeatureCollection',
      features: [
        lineFeature({ highway: 'residential' }, [
          [0, 0],
          [100, 0],
        ]),
        lineFeature({ highway: 'residential' }, [
          [100.03, 0],
          [100, 100],
        ]),
      ],
    };
    const { graph, stats } = buildWalkGraph(collection, meta);
    expect(graph.nodeCount).toBe(3);
    expect(graph.edgeCount).toBe(2);
    expect(stats.components).toBe(1);
  });

  it('two ways over the same two vertices become one edge, which is steps only if both are', () => {
    const line: [number, number][] = [
      [0, 0],
      [50, 0],
    ];
    const both = buildWalkGraph(
      { type: 'FeatureCollection', features: [lineFeature({ highway: 'steps' }, line), lineFeature({ highway: 'steps' }, line)] },
      meta,
    );
    expect(both.graph.edgeCount).toBe(1);
    expect(both.graph.edgeFlags[0]! & EDGE_STEPS).toBe(EDGE_STEPS);
    const mixed = buildWalkGraph(
      { type: 'FeatureCollection', features: [lineFeature({ highway: 'steps' }, line), lineFeature({ highway: 'footway' }, line)] },
      meta,
    );
    expect(mixed.graph.edgeCount).toBe(1);
    expect(mixed.graph.edgeFlags[0]! & EDGE_STEPS).toBe(0);
  });

  it('edge lengths are great-circle metres (a 100 m street measures 100 m within 0.1 m)', () => {
    const { graph } = buildWalkGraph(
      {
        type: 'FeatureCollection',
        features: [
          lineFeature({ highway: 'path' }, [
            [0, 0],
            [60, 80],
          ]),
        ],
      },
      meta,
    );
    expect(graph.edgeLength[0]).toBeCloseTo(100, 1);
  });

  it('the river fixture keeps its streets, the bridge and the pier, and counts what it skipped', () => {
    const { graph, stats } = buildWalkGraph(loadRiver(), meta);
    expect(stats.features).toBe(25);
    expect(stats.kept).toBe(22);
    expect(stats.skipped.motorway).toBe(1);
    expect(stats.skipped['foot-no']).toBe(1);
    expect(stats.skipped['access-no']).toBe(1);
    expect(stats.skippedHighways).toEqual({ motorway: 1, footway: 1, service: 1 });
    // Two banks of 5 × 9 nodes, plus the pier's end; one connected part thanks to the bridge.
    expect(graph.nodeCount).toBe(91);
    expect(stats.components).toBe(1);
  });

  it('polygons (pedestrian squares drawn as areas) are skipped', () => {
    const { stats } = buildWalkGraph(
      {
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { highway: 'pedestrian', area: 'yes' },
            geometry: {
              type: 'Polygon',
              coordinates: [
                [
                  [120, 28],
                  [120.001, 28],
                  [120, 28.001],
                  [120, 28],
                ],
              ],
            },
          },
        ],
      },
      meta,
    );
    expect(stats.skipped['not-a-line']).toBe(1);
    expect(stats.nodes).toBe(0);
  });
});
