import { Facility } from '../../../src/schemas/facility.ts';
import type { FacilityType } from '../../../src/schemas/facility-type.ts';

let next = 0;

/** A valid facility record at `at`, with overrides. */
export function facility(type: FacilityType, at: { lon: number; lat: number }, more: Record<string, unknown> = {}): Facility {
  next++;
  return Facility.parse({
    id: `t-${next}`,
    name: `测试设施${next}`,
    type,
    address: '温州市瓯海区梧田街道测试路1号',
    region: { districtCode: '330304', townCode: '330304002', communityCode: '330304002001' },
    location: at,
    sourceCrs: 'wgs84',
    phones: ['0577-88880000'],
    hours: { periods: [], text: '' },
    accessibility: {},
    source: '测试',
    sample: true,
    lastVerified: '2026-01-01',
    ...(type === 'canteen' ? { canteen: { meals: ['lunch'], delivery: null } } : {}),
    ...more,
  });
}
