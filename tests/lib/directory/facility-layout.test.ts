import { describe, expect, it } from 'vitest';
import { chooseLayout, detailGroups, facilityPath, layOut, layoutOf, PAGES_UP_TO } from '../../../src/lib/directory/facility-layout.ts';
import { packPoints, toMapPoint, unpackPoints } from '../../../src/lib/geo-ui/map-data.ts';
import { facilityRecord } from '../../../src/lib/search/facility-record.ts';
import { loadDistrict } from '../../../src/lib/data/regions.ts';
import { facilityAt } from '../../fixtures/facilities.ts';

const COMMUNITY = '330304004201';

/** 43 facilities of one community, ids c-00 … c-42 (c-00 a care centre, the rest canteens), and two of the town only. */
function bigList() {
  const list = Array.from({ length: 43 }, (_, i) => facilityAt(`c-${String(i).padStart(2, '0')}`, i === 0 ? 'care-centre' : 'canteen', i, COMMUNITY));
  return [...list, facilityAt('t-1', 'town-centre', 0), facilityAt('t-2', 'canteen', 0)];
}

describe('where a facility’s details are published', () => {
  it('gives every facility its own pages up to 10,000 facilities, then groups them, unless OH_FACILITY_LAYOUT says which', () => {
    expect(PAGES_UP_TO).toBe(10_000);
    expect(chooseLayout(10_000)).toBe('pages');
    expect(chooseLayout(10_001)).toBe('grouped');
    expect(chooseLayout(161, 'grouped')).toBe('grouped');
    expect(chooseLayout(50_000, 'pages')).toBe('pages');
    expect(chooseLayout(161, '')).toBe('pages');
    expect(() => chooseLayout(161, 'grouped-by-town')).toThrow(/OH_FACILITY_LAYOUT=grouped-by-town 无效.*pages.*grouped/);
  });

  it('links each facility to its own page in the pages layout', () => {
    const list = bigList();
    layOut(list, 'pages');
    expect(layoutOf(list)).toBe('pages');
    expect(facilityPath(list[0]!)).toBe('/facilities/c-00/');
    expect(detailGroups(list).size).toBe(0);
  });

  it('groups by village or community (else by street or town), canteens first, 20 to a page, and links each to its entry', () => {
    const list = bigList();
    layOut(list, 'grouped');
    expect(layoutOf(list)).toBe('grouped');
    const byId = new Map(list.map((f) => [f.id, f]));
    const path = (id: string) => facilityPath(byId.get(id)!);
    // The 42 canteens come first (c-01 … c-42), then the care centre c-00.
    expect(path('c-01')).toBe('/facilities/in/330304004201/#f-c-01');
    expect(path('c-20')).toBe('/facilities/in/330304004201/#f-c-20');
    expect(path('c-21')).toBe('/facilities/in/330304004201/2/#f-c-21');
    expect(path('c-41')).toBe('/facilities/in/330304004201/3/#f-c-41');
    expect(path('c-00')).toBe('/facilities/in/330304004201/3/#f-c-00');
    expect(path('t-1')).toBe('/facilities/in/330304004/#f-t-1');
    const groups = detailGroups(list);
    expect([...groups.keys()]).toEqual(['330304004', '330304004201']);
    expect(groups.get('330304004')?.map((f) => f.id)).toEqual(['t-2', 't-1']);
    expect(groups.get(COMMUNITY)?.length).toBe(43);
  });

  it('carries the page in the map’s data, so the map links where the site does', () => {
    const list = bigList();
    layOut(list, 'grouped');
    const points = unpackPoints(packPoints(list.map(toMapPoint)));
    const c41 = points.find((p) => p.id === 'c-41')!;
    expect(c41.detailPage).toBe(3);
    expect(facilityPath(c41)).toBe('/facilities/in/330304004201/3/#f-c-41');
    expect(facilityPath(points.find((p) => p.id === 't-1')!)).toBe('/facilities/in/330304004/#f-t-1');

    const single = bigList();
    layOut(single, 'pages');
    const packed = packPoints(single.map(toMapPoint));
    expect('page' in packed).toBe(false);
    expect(facilityPath(unpackPoints(packed)[0]!)).toBe('/facilities/c-00/');
  });

  it('gives the search a record per facility in the grouped layout, with its entry’s address and its page’s fields', () => {
    const list = bigList();
    layOut(list, 'grouped');
    const district = loadDistrict();
    const c21 = list.find((f) => f.id === 'c-21')!;
    const zh = facilityRecord('zh-CN', c21, district);
    expect(zh.url).toBe('/facilities/in/330304004201/2/#f-c-21');
    expect(zh.language).toBe('zh-cn');
    expect(zh.meta.title).toBe('c-21 名称');
    expect(zh.filters).toEqual({ type: ['老年食堂'], town: ['茶山街道'] });
    expect(zh.meta.verified).toBe('2026-01-01');
    expect(zh.content).toContain('瓯海区茶山街道示例路1号');
    const en = facilityRecord('en', c21, district);
    expect(en.url).toBe('/en/facilities/in/330304004201/2/#f-c-21');
    expect(en.language).toBe('en');
    expect(en.filters.type).toEqual(['Elder canteen']);
  });
});
