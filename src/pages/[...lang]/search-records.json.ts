import { langFromParam, langPaths } from '../../i18n/index.ts';
import { loadFacilities } from '../../lib/data/facilities.ts';
import { loadDistrict } from '../../lib/data/regions.ts';
import { layoutOf } from '../../lib/directory/facility-layout.ts';
import { facilityRecord } from '../../lib/search/facility-record.ts';

/**
 * In the grouped layout (facility-layout.ts), each facility's search record in each language, for
 * scripts/search-index.ts to give Pagefind, which then removes this file. In the pages layout
 * there is none: Pagefind reads each facility's page.
 */
export async function getStaticPaths() {
  return layoutOf(await loadFacilities()) === 'grouped' ? langPaths() : [];
}

export async function GET({ params }: { params: { lang?: string } }): Promise<Response> {
  const lang = langFromParam(params.lang);
  const district = loadDistrict();
  const records = (await loadFacilities()).map((f) => facilityRecord(lang, f, district));
  return new Response(JSON.stringify(records), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
