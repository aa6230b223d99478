import { describe, expect, it } from 'vitest';
import { ClockTime, IsoDate, LonLat } from '../../src/schemas/common.ts';

describe('IsoDate', () => {
  it('accepts a real day written YYYY-MM-DD, including 29 February of a leap year', () => {
    for (const d of ['2026-05-01', '2028-02-29']) expect(IsoDate.safeParse(d).success).toBe(true);
  });

  it('rejects other spellings and days that do not exist', () => {
    for (const d of ['2026/05/01', '20260501', '2026-5-1', '2026-02-29', '2026-13-01', '2026-04-31']) expect(IsoDate.safeParse(d).success, d).toBe(false);
  });
});

describe('ClockTime', () => {
  it('accepts 00:00, 23:59 and 24:00', () => {
    for (const t of ['00:00', '23:59', '24:00']) expect(ClockTime.safeParse(t).success).toBe(true);
  });

  it('rejects 24:01, 12:60 and a time without a leading zero', () => {
    for (const t of ['24:01', '12:60', '8:00']) expect(ClockTime.safeParse(t).success, t).toBe(false);
  });
});

describe('LonLat', () => {
  it('accepts a point in Ouhai and rejects a latitude beyond 90°', () => {
    expect(LonLat.safeParse({ lon: 120.65, lat: 28 }).success).toBe(true);
    expect(LonLat.safeParse({ lon: 28, lat: 120.65 }).success).toBe(false);
  });
});
