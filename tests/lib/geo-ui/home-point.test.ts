import { describe, expect, it } from 'vitest';
import { communityCareCentre, homeForCommunity, homeForTown } from '../../../src/lib/geo-ui/home-point.ts';
import { eastOf, facility, TOWNS } from './fixtures.ts';

describe('where a community is', () => {
  const centre = facility('cc-b', 'care-centre', eastOf(100), { communityCode: '330304004001' });
  const second = facility('cc-c', 'care-centre', eastOf(300), { communityCode: '330304004001' });
  const canteen = facility('ct', 'canteen', eastOf(50), { communityCode: '330304004001' });

  it('a community with a care centre is placed at that centre', () => {
    const chosen = homeForCommunity([canteen, centre], TOWNS, '330304004001');
    expect(chosen.kind).toBe('care-centre');
    if (chosen.kind !== 'care-centre') return;
    expect(chosen.home).toMatchObject({ lon: centre.lon, lat: centre.lat, label: '茶山村', source: 'community', communityCode: '330304004001' });
  });

  it('of two care centres in one community the one with the smaller id stands for it, whatever the input order', () => {
    expect(communityCareCentre([second, centre], '330304004001')?.id).toBe('cc-b');
  });

  it('a canteen alone does not give a community a position', () => {
    expect(communityCareCentre([canteen], '330304004001')).toBeUndefined();
  });

  it('a community without a care centre falls back to its town centre, labelled as such', () => {
    const chosen = homeForCommunity([centre], TOWNS, '330304004002');
    expect(chosen).toEqual({
      kind: 'town-centre',
      home: { lon: 120.715, lat: 27.9201, label: '丁岙村', source: 'town-centre', communityCode: '330304004002', townCode: '330304004' },
    });
  });

  it('an unknown community code gives no home at all', () => {
    expect(homeForCommunity([centre], TOWNS, '330304004099').kind).toBe('unknown');
  });

  it('a town is placed at its approximate centre', () => {
    expect(homeForTown(TOWNS, '330304001')).toMatchObject({ lon: 120.6271, lat: 28.0075, source: 'town-centre', townCode: '330304001' });
    expect(homeForTown(TOWNS, '330304099')).toBeUndefined();
  });
});
