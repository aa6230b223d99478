import { describe, expect, it } from 'vitest';
import { RECORDS_PER_BUNDLE, recordsPerBundle, searchBundles } from '../../../src/lib/search/bundles.ts';

describe('the search index’s bundles', () => {
  it('is one bundle for both languages while facilities have pages of their own', () => {
    expect(searchBundles('', false, 50_000, RECORDS_PER_BUNDLE)).toEqual(['/pagefind/']);
    expect(searchBundles('/en', false, 50_000, RECORDS_PER_BUNDLE)).toEqual(['/pagefind/']);
  });

  it('splits each language’s records into bundles of 10,000 in the grouped layout', () => {
    expect(RECORDS_PER_BUNDLE).toBe(10_000);
    expect(searchBundles('', true, 25_000, RECORDS_PER_BUNDLE)).toEqual(['/pagefind/', '/pagefind-2/', '/pagefind-3/']);
    expect(searchBundles('/en', true, 20_000, RECORDS_PER_BUNDLE)).toEqual(['/en/pagefind/', '/en/pagefind-2/']);
    expect(searchBundles('/en', true, 0, RECORDS_PER_BUNDLE)).toEqual(['/en/pagefind/']);
    expect(searchBundles('', true, 162, 100)).toEqual(['/pagefind/', '/pagefind-2/']);
  });

  it('takes another bundle size only as a positive whole number', () => {
    expect(recordsPerBundle(undefined)).toBe(10_000);
    expect(recordsPerBundle('')).toBe(10_000);
    expect(recordsPerBundle('100')).toBe(100);
    expect(() => recordsPerBundle('0')).toThrow(/OH_SEARCH_BUNDLE_RECORDS=0 无效/);
    expect(() => recordsPerBundle('1.5')).toThrow(/正整数/);
  });
});
