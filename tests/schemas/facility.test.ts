import { describe, expect, it } from 'vitest';
import { Facility } from '../../src/schemas/facility.ts';

/** A complete, valid care-centre record; each test changes one thing. */
const VALID = {
  id: 'care-centre-jingshan-01',
  name: '景山社区居家养老服务照料中心',
  type: 'care-centre',
  address: '瓯海区景山街道示例路 1 号',
  region: { districtCode: '330304', townCode: '330304001', communityCode: '330304001003' },
  location: { lon: 120.6241, lat: 28.0098 },
  sourceCrs: 'wgs84',
  phones: ['0577-80009001'],
  hours: { periods: [{ days: [1, 2, 3, 4, 5], open: '08:30', close: '17:00' }], publicHolidays: 'closed', adjustedWorkdays: 'weekday-hours', text: '周一至周五 8:30-17:00' },
  accessibility: { stepFree: true, lift: null, accessibleToilet: false },
  source: '测试数据',
  sample: true,
  lastVerified: '2026-05-01',
} as const;

const CANTEEN = { meals: ['lunch'], tierPrices: [], delivery: null };

/** The paths of the issues for `data`, or [] when it is valid. */
const problems = (data: unknown) => {
  const r = Facility.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
};

describe('Facility schema', () => {
  it('accepts a complete care-centre record', () => {
    expect(problems(VALID)).toEqual([]);
  });

  describe('a canteen must carry its canteen details', () => {
    it('accepts a canteen with meals', () => {
      expect(problems({ ...VALID, type: 'canteen', canteen: CANTEEN })).toEqual([]);
    });

    it('rejects a canteen without them, under canteen', () => {
      expect(problems({ ...VALID, type: 'canteen' })).toEqual(['canteen']);
    });

    it('lets another type have canteen details (a centre that also serves meals)', () => {
      expect(problems({ ...VALID, canteen: CANTEEN })).toEqual([]);
    });
  });

  describe('nursing beds are part of the beds', () => {
    it('accepts as many nursing beds as beds', () => {
      expect(problems({ ...VALID, type: 'care-home', careHome: { beds: 120, nursingBeds: 120 } })).toEqual([]);
    });

    it('rejects more nursing beds than beds, under careHome.nursingBeds', () => {
      expect(problems({ ...VALID, type: 'care-home', careHome: { beds: 120, nursingBeds: 121 } })).toEqual(['careHome.nursingBeds']);
    });

    it('accepts nursing beds when the total is unknown', () => {
      expect(problems({ ...VALID, type: 'care-home', careHome: { nursingBeds: 30 } })).toEqual([]);
    });

    it('rejects a fractional bed count', () => {
      expect(problems({ ...VALID, type: 'care-home', careHome: { beds: 12.5 } })).toEqual(['careHome.beds']);
    });
  });

  describe('the id is lower-case letters, digits and hyphens, 2 to 63 characters', () => {
    for (const id of ['ab', 'canteen-330304001003-1a2b3c4d', '0a', 'a'.repeat(63)]) {
      it(`accepts ${id.length > 20 ? `an id of ${id.length} characters` : `“${id}”`}`, () => {
        expect(problems({ ...VALID, id })).toEqual([]);
      });
    }
    for (const [what, id] of [
      ['upper-case letters', 'Canteen-01'],
      ['a space', 'canteen 01'],
      ['a leading hyphen', '-canteen'],
      ['Chinese characters', '食堂-01'],
      ['one character', 'a'],
      ['64 characters', 'a'.repeat(64)],
    ] as const) {
      it(`rejects an id with ${what}`, () => {
        expect(problems({ ...VALID, id })).toEqual(['id']);
      });
    }
  });

  describe('region codes have the lengths of the statistics division list', () => {
    it('rejects an 8-digit town code', () => {
      expect(problems({ ...VALID, region: { ...VALID.region, townCode: '33030400' } })).toEqual(['region.townCode']);
    });

    it('accepts a record without a community code', () => {
      expect(problems({ ...VALID, region: { districtCode: '330304', townCode: '330304001' } })).toEqual([]);
    });
  });

  describe('the position is WGS-84 longitude and latitude', () => {
    it('rejects a latitude beyond 90°', () => {
      expect(problems({ ...VALID, location: { lon: 28.0098, lat: 120.6241 } })).toEqual(['location.lat']);
    });

    it('rejects an unknown coordinate system', () => {
      expect(problems({ ...VALID, sourceCrs: 'mars' })).toEqual(['sourceCrs']);
    });
  });

  describe('lastVerified is an ISO date', () => {
    it('accepts 2026-02-28', () => {
      expect(problems({ ...VALID, lastVerified: '2026-02-28' })).toEqual([]);
    });

    for (const date of ['2026/05/01', '2026-5-1', '2026-02-30', '']) {
      it(`rejects “${date}”`, () => {
        expect(problems({ ...VALID, lastVerified: date })).toEqual(['lastVerified']);
      });
    }
  });

  describe('opening periods close after they open', () => {
    it('accepts a period ending at 24:00', () => {
      expect(problems({ ...VALID, hours: { ...VALID.hours, periods: [{ days: [1], open: '00:00', close: '24:00' }] } })).toEqual([]);
    });

    it('rejects a period that closes when it opens, under its close time', () => {
      expect(problems({ ...VALID, hours: { ...VALID.hours, periods: [{ days: [1], open: '11:00', close: '11:00' }] } })).toEqual(['hours.periods.0.close']);
    });

    it('rejects a period across midnight', () => {
      expect(problems({ ...VALID, hours: { ...VALID.hours, periods: [{ days: [5], open: '22:00', close: '02:00' }] } })).toEqual(['hours.periods.0.close']);
    });
  });

  it('requires a source text and a sample flag', () => {
    const { source: _source, sample: _sample, ...rest } = VALID;
    expect(problems(rest).sort()).toEqual(['sample', 'source']);
  });
});
