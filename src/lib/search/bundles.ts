/**
 * The search index's bundles (Pagefind). With pages of their own for each facility there is one,
 * /pagefind/, for both languages. In the grouped layout (src/lib/directory/facility-layout.ts) each
 * facility has a record instead, and Pagefind holds every record of a bundle in memory while it
 * writes it (50,000 records of one language took 4.4 GB): each language then has its own bundles,
 * RECORDS_PER_BUNDLE records each, which its search page merges (Pagefind's mergeIndex).
 * scripts/search-index.ts writes them; the search page reads the list from its form. Browser-safe;
 * imported by that script too, so it imports nothing.
 */

/** Records in one bundle of the grouped layout (Pagefind took about 1.7 GB for the first, with the pages, at 50,000 facilities). */
export const RECORDS_PER_BUNDLE = 10_000;

/**
 * Records per bundle: RECORDS_PER_BUNDLE, or `setting` (OH_SEARCH_BUNDLE_RECORDS, a positive whole
 * number), with which the test site splits its few records so that merging bundles is tested.
 */
export function recordsPerBundle(setting?: string): number {
  if (setting === undefined || setting === '') return RECORDS_PER_BUNDLE;
  const n = Number(setting);
  if (!Number.isInteger(n) || n < 1) throw new Error(`OH_SEARCH_BUNDLE_RECORDS=${setting} 无效：请写正整数（每个搜索包的机构记录数），或不设（${RECORDS_PER_BUNDLE}）`);
  return n;
}

/**
 * The bundles a search page in the language under `prefix` ('' or '/en') merges, the first being
 * the one it loads: /pagefind/ alone when facilities have pages; else `prefix`/pagefind/, then
 * `prefix`/pagefind-2/, … for `records` records of that language, `perBundle` to a bundle.
 */
export function searchBundles(prefix: string, grouped: boolean, records: number, perBundle: number): string[] {
  if (!grouped) return ['/pagefind/'];
  const count = Math.max(1, Math.ceil(records / perBundle));
  return Array.from({ length: count }, (_, i) => `${prefix}/pagefind${i === 0 ? '' : `-${i + 1}`}/`);
}
