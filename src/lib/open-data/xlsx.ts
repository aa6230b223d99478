/**
 * All facilities as the import template's XLSX: the same rows as the CSV download, typed as
 * Excel holds them, so the 12-digit 村社代码 stays text (a CSV opened by double-clicking shows
 * it as 3.30304E+11). Downloading, editing in Excel and importing gives the same records.
 */
import type { Facility } from '../../schemas/facility.ts';
import type { District } from '../../schemas/region.ts';
import { templateXlsx } from '../import/template.ts';
import { facilityRow } from './csv.ts';

export function facilitiesXlsx(facilities: readonly Facility[], district: District): Promise<Buffer> {
  return templateXlsx(facilities.map((f) => facilityRow(f, district)));
}
