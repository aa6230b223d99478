/**
 * The HSDS download against the official Open Referral HSDS 3.0 JSON schemas (vendored in
 * tests/fixtures/hsds-3.0 with their CC BY-SA 4.0 licence), built from the sample data as the
 * site builds it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { dataDate, loadFacilities } from '../../../src/lib/data/facilities.ts';
import { loadDistrict } from '../../../src/lib/data/regions.ts';
import { facilitiesHsds, type HsdsDataset } from '../../../src/lib/open-data/hsds.ts';
import { loadOpenDataMeta } from '../../../src/lib/open-data/meta.ts';

const SCHEMAS = join(import.meta.dirname, '../../fixtures/hsds-3.0');

/** ajv with every vendored schema registered under its file name, as the schemas' $refs name them. */
function hsdsAjv(): Ajv {
  // The schemas carry Frictionless Data annotations beside JSON Schema; they describe, not constrain.
  const ajv = new Ajv({ allErrors: true, strict: true });
  ajv.addVocabulary(['name', 'path', 'datapackage_metadata', 'datapackage_type', 'constraints', 'example', 'tabular_required', 'core']);
  addFormats(ajv);
  for (const file of readdirSync(SCHEMAS).filter((f) => f.endsWith('.json') && f !== 'tabular.json')) {
    ajv.addSchema(JSON.parse(readFileSync(join(SCHEMAS, file), 'utf8')) as object, file);
  }
  return ajv;
}

/** Each table of the download and the schema its rows follow. */
const TABLES: [keyof HsdsDataset, string][] = [
  ['organizations', 'organization.json'],
  ['services', 'service.json'],
  ['locations', 'location.json'],
  ['service_at_locations', 'service_at_location.json'],
  ['addresses', 'address.json'],
  ['phones', 'phone.json'],
  ['schedules', 'schedule.json'],
  ['cost_options', 'cost_option.json'],
  ['accessibility', 'accessibility.json'],
];

const explain = (errors: ErrorObject[] | null | undefined) => (errors ?? []).slice(0, 5).map((e) => `${e.instancePath} ${e.message}`).join('; ');

describe('the HSDS download', async () => {
  const facilities = await loadFacilities();
  const hsds = facilitiesHsds(facilities, loadDistrict(), loadOpenDataMeta(), 'https://example.org/', dataDate(facilities));
  const ajv = hsdsAjv();

  for (const [table, schema] of TABLES) {
    it(`has every row of ${table} valid against HSDS 3.0 ${schema}`, () => {
      const rows = hsds[table] as unknown[];
      expect(rows.length, `${table} is empty: the test would check nothing`).toBeGreaterThan(0);
      const validate = ajv.getSchema(schema);
      if (!validate) throw new Error(`schema ${schema} not registered`);
      const bad = rows.flatMap((row, i) => (validate(row) ? [] : [`${table}[${i}]: ${explain(validate.errors)}`]));
      expect(bad).toEqual([]);
    });
  }

  it('is valid as a whole against HSDS 3.0 tabular.json (tables under their singular names)', () => {
    const tabular = JSON.parse(readFileSync(join(SCHEMAS, 'tabular.json'), 'utf8')) as object;
    const validate = ajv.compile(tabular);
    const asTabular = Object.fromEntries(TABLES.map(([table, schema]) => [schema.replace(/\.json$/, ''), hsds[table]]));
    expect(validate(asTabular), explain(validate.errors)).toBe(true);
  });

  it('gives a service last checked on a day its date and time in Asia/Shanghai, as HSDS asks', () => {
    const dated = facilities.find((f) => f.lastVerified);
    const service = hsds.services.find((s) => s.x_facility_id === dated?.id);
    expect(service?.last_modified).toBe(`${dated?.lastVerified}T00:00:00+08:00`);
  });
});
