import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { benchFacilityRows } from '../../scripts/lib/bench-facilities.ts';
import { mulberry32 } from '../../scripts/lib/synthetic.ts';
import { loadDistrict } from '../../src/lib/data/regions.ts';
import { importFile } from '../../src/lib/import/index.ts';
import { templateCsv } from '../../src/lib/import/template.ts';

const district = loadDistrict();
// Enough to give every community one (197 communities) several times over.
const COUNT = 1200;

/** Temporary folders of this file's tests, removed after each. */
const folders: string[] = [];
function csvPath(): string {
  const folder = mkdtempSync(join(tmpdir(), 'oh-bench-rows-'));
  folders.push(folder);
  return join(folder, 'bench.csv');
}
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('the facilities npm run bench:build generates', () => {
  it('are accepted by the importer, every row, with unique ids, over the real streets and communities, and say they are invented', async () => {
    const path = csvPath();
    writeFileSync(path, templateCsv(benchFacilityRows(district, COUNT, mulberry32(7))));
    const { facilities, report } = await importFile(path);
    expect(report.rejected).toEqual([]);
    expect(facilities).toHaveLength(COUNT);
    expect(new Set(facilities.map((f) => f.id)).size).toBe(COUNT);
    const communities = new Set(district.towns.flatMap((t) => t.communities.map((c) => c.code)));
    const withCommunity = facilities.filter((f) => f.region.communityCode !== undefined);
    expect(withCommunity.every((f) => communities.has(f.region.communityCode ?? ''))).toBe(true);
    // Every community gets some; one town centre per town.
    expect(new Set(withCommunity.map((f) => f.region.communityCode)).size).toBe(communities.size);
    expect(facilities.filter((f) => f.type === 'town-centre')).toHaveLength(district.towns.length);
    expect(new Set(facilities.map((f) => f.type))).toEqual(new Set(['canteen', 'care-centre', 'town-centre', 'care-home', 'health-partner']));
    expect(facilities.every((f) => f.sample && f.source.includes('合成数据'))).toBe(true);
  }, 60_000);

  it('have every type at the size of the sample, 161 rows, so that validate accepts a small benchmark too', async () => {
    const path = csvPath();
    writeFileSync(path, templateCsv(benchFacilityRows(district, 161, mulberry32(7))));
    const { facilities } = await importFile(path);
    expect(new Set(facilities.map((f) => f.type))).toEqual(new Set(['canteen', 'care-centre', 'town-centre', 'care-home', 'health-partner']));
  });

  it('are the same for the same seed, so that two runs build the same site', () => {
    expect(templateCsv(benchFacilityRows(district, 300, mulberry32(7)))).toBe(templateCsv(benchFacilityRows(district, 300, mulberry32(7))));
    expect(templateCsv(benchFacilityRows(district, 300, mulberry32(8)))).not.toBe(templateCsv(benchFacilityRows(district, 300, mulberry32(7))));
  });
});
