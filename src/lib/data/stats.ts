import type { Facility } from '../../schemas/facility.ts';
import { FACILITY_TYPE_ORDER, type FacilityType } from '../../schemas/facility-type.ts';
import type { District } from '../../schemas/region.ts';

export type TypeCounts = Record<FacilityType, number>;

function emptyCounts(): TypeCounts {
  return Object.fromEntries(FACILITY_TYPE_ORDER.map((type) => [type, 0])) as TypeCounts;
}

/** Facility counts by type for the district and for each town, in the district's town order. */
export function countByTownAndType(district: District, facilities: Facility[]) {
  const total = emptyCounts();
  const byTown = new Map(district.towns.map((town) => [town.code, emptyCounts()]));
  for (const f of facilities) {
    total[f.type] += 1;
    const counts = byTown.get(f.region.townCode);
    if (counts) counts[f.type] += 1;
  }
  return { total, towns: district.towns.map((town) => ({ town, counts: byTown.get(town.code) ?? emptyCounts() })) };
}
