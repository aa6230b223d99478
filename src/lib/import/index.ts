/**
 * The facility importer: reads a CSV (UTF-8 or GBK), XLSX or GeoJSON file in the template
 * format (data/README.md) and returns normalized facilities plus a report that accounts
 * for every row.
 */
import { basename } from 'node:path';
import type { FeatureCollection, Point } from 'geojson';
import type { Crs } from '../../schemas/common.ts';
import type { Facility } from '../../schemas/facility.ts';
import { normalizeTable, type ImportReport, type ReportItem } from './normalize.ts';
import { ImportFileError, readTable, readTableBytes, type Table } from './read-table.ts';

export type { ImportReport, ReportItem };
export { ImportFileError };
export { COLUMNS } from './columns.ts';
export { CRS_LABELS, fromWgs84, toWgs84 } from './coords.ts';
export { generatedId } from './normalize.ts';

export type ImportOptions = {
  /** Coordinate system of rows whose 坐标系 cell is empty; default wgs84. */
  crs?: Crs;
  /** Today (YYYY-MM-DD, Asia/Shanghai) for the 核实日期 check; default: the clock's. */
  today?: string;
  /** The list's own 核实日期 (YYYY-MM-DD), for rows without one (--verified). */
  verified?: string;
  /** How long reading the file may take (default READ_TIME_LIMIT_MS). */
  timeLimitMs?: number;
};

export type ImportResult = {
  facilities: Facility[];
  /** The row (GeoJSON: feature) number each facility came from, in the same order. */
  facilityRows: number[];
  report: ImportReport;
  format: 'csv' | 'xlsx' | 'geojson';
  encoding?: string;
  /** XLSX: the sheet read. */
  sheet?: string;
  /** Data rows in the file. */
  rows: number;
};

/** Imports one file. Throws ImportFileError (and nothing else) when the file cannot be read as a table at all. */
export async function importFile(path: string, opts: ImportOptions = {}): Promise<ImportResult> {
  return importTable(path, await readTable(path, opts.timeLimitMs), opts);
}

/** Imports file contents named `path` (the extension gives the format), as importFile does. */
export async function importBytes(path: string, bytes: Uint8Array, opts: ImportOptions = {}): Promise<ImportResult> {
  return importTable(path, await readTableBytes(path, bytes, opts.timeLimitMs), opts);
}

function importTable(path: string, table: Table, opts: ImportOptions): ImportResult {
  const { facilities, rows, report } = normalizeTable(table, {
    crs: opts.crs ?? 'wgs84',
    fileName: basename(path),
    ...(opts.today ? { today: opts.today } : {}),
    ...(opts.verified ? { verified: opts.verified } : {}),
  });
  return {
    facilities,
    facilityRows: rows,
    report,
    format: table.format,
    ...(table.encoding ? { encoding: table.encoding } : {}),
    ...(table.sheet ? { sheet: table.sheet } : {}),
    rows: table.rows.length,
  };
}

export type FacilityProperties = Omit<Facility, 'location'>;

/** Facilities as a GeoJSON FeatureCollection in WGS-84; properties are the Facility fields except location. */
export function toGeoJSON(facilities: Facility[]): FeatureCollection<Point, FacilityProperties> {
  return {
    type: 'FeatureCollection',
    features: facilities.map(({ location, ...properties }) => ({
      type: 'Feature',
      id: properties.id,
      geometry: { type: 'Point', coordinates: [location.lon, location.lat] },
      properties,
    })),
  };
}
