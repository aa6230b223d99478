import type { APIRoute } from 'astro';
import { loadFacilities } from '../../lib/data/facilities.ts';
import { loadDistrict } from '../../lib/data/regions.ts';
import { DOWNLOADS } from '../../lib/open-data/files.ts';
import { facilitiesXlsx } from '../../lib/open-data/xlsx.ts';

/** All facilities as the import template's XLSX, codes as text (see src/lib/open-data/xlsx.ts). */
export const GET: APIRoute = async () => {
  const bytes = await facilitiesXlsx(await loadFacilities(), loadDistrict());
  const type = DOWNLOADS.find((d) => d.id === 'xlsx')?.type ?? 'application/octet-stream';
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': type } });
};
