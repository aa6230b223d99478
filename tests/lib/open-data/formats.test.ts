import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { dataDate, loadFacilities } from '../../../src/lib/data/facilities.ts';
import { loadDistrict } from '../../../src/lib/data/regions.ts';
import { importFile } from '../../../src/lib/import/index.ts';
import { facilitiesGeoJson } from '../../../src/lib/open-data/geojson.ts';
import { facilitiesHsds, stableUuid } from '../../../src/lib/open-data/hsds.ts';
import { loadOpenDataMeta } from '../../../src/lib/open-data/meta.ts';

const district = loadDistrict();
const meta = loadOpenDataMeta();
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('the GeoJSON download', () => {
  test('is a FeatureCollection of WGS-84 points, one per facility, with the licence and data date', async () => {
    const facilities = await loadFacilities();
    const geojson = facilitiesGeoJson(facilities, district, meta, dataDate(facilities));
    expect(geojson.type).toBe('FeatureCollection');
    expect(geojson.features).toHaveLength(facilities.length);
    expect(geojson.license.id).toBe(meta.licence.id);
    expect(geojson.data_date).toBe(dataDate(facilities));
    for (const [i, feature] of geojson.features.entries()) {
      const f = facilities[i];
      expect(feature.type).toBe('Feature');
      expect(feature.geometry).toEqual({ type: 'Point', coordinates: [f?.location.lon, f?.location.lat] });
      expect(feature.properties.名称).toBe(f?.name);
    }
  });

  test('names the type and street in plain Chinese fields a GIS can show', async () => {
    const facilities = await loadFacilities();
    const canteen = facilities.find((f) => f.type === 'canteen' && f.region.communityCode);
    if (!canteen) throw new Error('the sample has no canteen with a community');
    const feature = facilitiesGeoJson(facilities, district, meta, '').features.find((x) => x.id === canteen.id);
    expect(feature?.properties.类型).toBe('老年食堂');
    expect(feature?.properties.所属街道).toBe(district.towns.find((t) => t.code === canteen.region.townCode)?.name);
    expect(feature?.properties.所属村社).not.toBe('');
  });

  test('imports back to the same facilities', async () => {
    const facilities = await loadFacilities();
    const path = join(mkdtempSync(join(tmpdir(), 'oh-geojson-')), 'export.geojson');
    writeFileSync(path, JSON.stringify(facilitiesGeoJson(facilities, district, meta, '')), 'utf8');
    const { facilities: back, report } = await importFile(path);
    expect(report.rejected).toEqual([]);
    expect(back).toEqual(facilities);
  });
});

describe('the HSDS download', () => {
  test('links every service to an organization and to a location through service_at_locations', async () => {
    const facilities = await loadFacilities();
    const hsds = facilitiesHsds(facilities, district, meta, 'https://example.org/', dataDate(facilities));
    expect(hsds.hsds_version).toBe('3.0');
    expect(hsds.services).toHaveLength(facilities.length);
    expect(hsds.locations).toHaveLength(facilities.length);
    const orgIds = new Set(hsds.organizations.map((o) => o.id));
    const locationIds = new Set(hsds.locations.map((l) => l.id));
    const serviceIds = new Set(hsds.services.map((s) => s.id));
    for (const s of hsds.services) expect(orgIds.has(s.organization_id), s.name).toBe(true);
    expect(hsds.service_at_locations).toHaveLength(facilities.length);
    for (const sal of hsds.service_at_locations) {
      expect(serviceIds.has(sal.service_id)).toBe(true);
      expect(locationIds.has(sal.location_id)).toBe(true);
    }
    for (const table of [hsds.schedules, hsds.phones, hsds.cost_options]) for (const row of table) expect(serviceIds.has(row.service_id)).toBe(true);
    for (const table of [hsds.addresses, hsds.accessibility]) for (const row of table) expect(locationIds.has(row.location_id)).toBe(true);
  });

  test('uses unique UUIDs that stay the same from one build to the next', async () => {
    const facilities = await loadFacilities();
    const a = facilitiesHsds(facilities, district, meta, 'https://example.org/', '');
    const b = facilitiesHsds([...facilities].reverse(), district, meta, 'https://example.org/', '');
    const ids = [a.organizations, a.services, a.locations, a.service_at_locations, a.addresses, a.phones, a.schedules, a.cost_options, a.accessibility].flat().map((r) => r.id);
    for (const id of ids) expect(id).toMatch(UUID);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(b.services.map((s) => s.id))).toEqual(new Set(a.services.map((s) => s.id)));
    expect(stableUuid('service', 'x')).toBe(stableUuid('service', 'x'));
    expect(stableUuid('service', 'x')).not.toBe(stableUuid('service', 'y'));
  });

  test('writes weekly schedules as RRULE days with Shanghai times, and canteen prices as cost options', async () => {
    const facilities = await loadFacilities();
    const hsds = facilitiesHsds(facilities, district, meta, 'https://example.org/', '');
    const canteen = facilities.find((f) => f.type === 'canteen' && (f.canteen?.tierPrices.length ?? 0) > 0 && f.hours.periods.length > 0);
    if (!canteen?.canteen) throw new Error('the sample has no canteen with reduced prices and hours');
    const service = hsds.services.find((s) => s.x_facility_id === canteen.id);
    const rows = hsds.schedules.filter((s) => s.service_id === service?.id);
    expect(rows).toHaveLength(canteen.hours.periods.length);
    const first = canteen.hours.periods[0];
    expect(rows[0]?.opens_at).toBe(`${first?.open}+08:00`);
    expect(rows[0]?.byday.split(',').length).toBe(first?.days.length);
    expect(rows[0]?.byday).toMatch(/^(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*$/);
    const costs = hsds.cost_options.filter((c) => c.service_id === service?.id);
    expect(costs.map((c) => c.amount).sort()).toEqual(
      [...(canteen.canteen.pricePerMeal === undefined ? [] : [canteen.canteen.pricePerMeal]), ...canteen.canteen.tierPrices.map((t) => t.price)].sort(),
    );
    expect(service?.url).toBe(`https://example.org/facilities/${canteen.id}/`);
  });

  test('gives facilities of one operator one organization', async () => {
    const facilities = await loadFacilities();
    const hsds = facilitiesHsds(facilities, district, meta, 'https://example.org/', '');
    const operators = new Set(facilities.map((f) => f.operator).filter(Boolean));
    const withoutOperator = facilities.filter((f) => !f.operator).length;
    expect(hsds.organizations).toHaveLength(operators.size + withoutOperator);
  });
});
