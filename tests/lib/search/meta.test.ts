import { describe, expect, test } from 'vitest';
import { decodeHoursMeta, encodeHoursMeta } from '../../../src/lib/search/meta.ts';
import { canteen } from '../../fixtures/hours.ts';

describe('opening hours in search metadata', () => {
  test('travel without commas, which Pagefind’s attribute syntax would split on', () => {
    expect(encodeHoursMeta(canteen)).not.toContain(',');
  });

  test('come back with the same periods and rules (the source text is left out to keep the index small)', () => {
    expect(decodeHoursMeta(encodeHoursMeta(canteen))).toEqual({ ...canteen, text: '' });
  });

  test('that are missing or broken give nothing rather than a guess', () => {
    expect(decodeHoursMeta(undefined)).toBeUndefined();
    expect(decodeHoursMeta('%7Bnot json')).toBeUndefined();
    expect(decodeHoursMeta(encodeURIComponent('{"text":"x"}'))).toBeUndefined();
  });
});
