/**
 * Property-based fuzzing of the importer over mutated templates in CSV, XLSX and GeoJSON: no
 * input crashes it or makes it hang. Every input either imports, with every data row accounted
 * for (accepted, or named in the rejections), or is refused as a whole with an ImportFileError
 * (which the CLI turns into exit 2 and a Chinese message). Seeded and bounded, so the run is the
 * same every time and takes a few seconds; FUZZ_RUNS raises the count for a longer hunt.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ImportFileError, importBytes } from '../../../src/lib/import/index.ts';

const SEED = 20261203;
const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
/** Each read is given this long here (the CLI allows 60 s): a hang shows as an ImportFileError. */
const TIME_LIMIT_MS = 10_000;

const CSV = readFileSync('data/templates/facilities-template.csv');
const XLSX = readFileSync('data/templates/facilities-template.xlsx');
const GEOJSON = readFileSync('tests/fixtures/import/facilities.geojson', 'utf8');

/** Byte-level damage: flips, deletions, insertions and truncation at random places. */
const byteEdits = fc.array(
  fc.oneof(
    fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 64 }) }),
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 32 }) }),
    fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  ),
  { minLength: 1, maxLength: 6 },
);

function applyBytes(source: Uint8Array, edits: { kind: string; at: number; value?: number; length?: number; bytes?: Uint8Array }[]): Uint8Array {
  let b = Buffer.from(source);
  for (const e of edits) {
    const at = b.length === 0 ? 0 : e.at % b.length;
    if (e.kind === 'flip') b[at] = e.value ?? 0;
    else if (e.kind === 'delete') b = Buffer.concat([b.subarray(0, at), b.subarray(at + (e.length ?? 1))]);
    else if (e.kind === 'insert') b = Buffer.concat([b.subarray(0, at), Buffer.from(e.bytes ?? []), b.subarray(at)]);
    else b = b.subarray(0, at);
  }
  return b;
}

/** Cell-level changes to the CSV text: odd strings in random cells, quotes, separators, whole columns removed. */
const csvEdits = fc.array(
  fc.record({
    row: fc.nat(),
    column: fc.nat(),
    value: fc.oneof(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.constantFrom('', '"', '""', ',', '\n', '\r', '=1+1', '-0', '1e309', 'NaN', '0', '-120.6', '99999999999', '\u202e名称', '\ufeff', '２０２６－０５－０１')),
  }),
  { minLength: 1, maxLength: 8 },
);

function applyCsv(edits: { row: number; column: number; value: string }[]): Uint8Array {
  const lines = CSV.toString('utf8').split('\n').map((l) => l.split(','));
  for (const e of edits) {
    const line = lines[e.row % lines.length] ?? [];
    line[e.column % Math.max(1, line.length)] = e.value;
  }
  return Buffer.from(lines.map((l) => l.join(',')).join('\n'));
}

/** Structural damage inside the workbook: an XML part truncated, edited or removed, then zipped again. */
const xlsxEdits = fc.array(
  fc.record({ part: fc.nat(), kind: fc.constantFrom('truncate', 'replace', 'remove', 'inject'), at: fc.nat(), text: fc.constantFrom('<', '>', '&', '<c r="A1"><f>1+1</f></c>', '<mergeCell ref="A1:XFD1048576"/>', '<row r="0">', 'r="ZZZZ9"', '"', '<v>', '</sheetData>', '\u0000') }),
  { minLength: 1, maxLength: 4 },
);

function applyXlsx(edits: { part: number; kind: string; at: number; text: string }[]): Uint8Array {
  const files = unzipSync(XLSX);
  const names = Object.keys(files).sort();
  for (const e of edits) {
    const name = names[e.part % names.length] as string;
    const data = files[name];
    if (!data) continue;
    const text = strFromU8(data);
    const at = text.length === 0 ? 0 : e.at % text.length;
    if (e.kind === 'remove') delete files[name];
    else if (e.kind === 'truncate') files[name] = strToU8(text.slice(0, at));
    else if (e.kind === 'replace') files[name] = strToU8(text.slice(0, at) + e.text + text.slice(at + e.text.length));
    else files[name] = strToU8(text.slice(0, at) + e.text + text.slice(at));
  }
  return zipSync(files);
}

/** JSON-level changes to the GeoJSON: any value (null, arrays, deep objects) put at a random path. */
const jsonEdits = fc.array(fc.record({ path: fc.array(fc.nat(), { minLength: 0, maxLength: 4 }), value: fc.jsonValue({ maxDepth: 3 }) }), { minLength: 1, maxLength: 4 });

function applyJson(edits: { path: number[]; value: unknown }[]): Uint8Array {
  let root: unknown = JSON.parse(GEOJSON);
  for (const e of edits) {
    if (e.path.length === 0) {
      root = e.value;
      continue;
    }
    let node: unknown = root;
    for (const [i, step] of e.path.entries()) {
      if (node === null || typeof node !== 'object') break;
      const keys = Object.keys(node);
      if (keys.length === 0) break;
      const key = keys[step % keys.length] as string;
      if (i === e.path.length - 1) (node as Record<string, unknown>)[key] = e.value;
      else node = (node as Record<string, unknown>)[key];
    }
  }
  return Buffer.from(JSON.stringify(root) ?? 'null');
}

/** The property: an import result accounting for every row, or an ImportFileError; nothing else. */
async function importsOrRefuses(name: string, bytes: Uint8Array): Promise<void> {
  let result: Awaited<ReturnType<typeof importBytes>>;
  try {
    result = await importBytes(name, bytes, { timeLimitMs: TIME_LIMIT_MS });
  } catch (error) {
    expect(error, String((error as Error)?.stack)).toBeInstanceOf(ImportFileError);
    expect((error as Error).message).toMatch(/[\u4e00-\u9fff]/);
    expect((error as Error).message).not.toMatch(/读取超过/);
    return;
  }
  const rejectedRows = new Set(result.report.rejected.map((r) => r.row));
  expect(result.report.accepted).toBe(result.facilities.length);
  expect(result.facilities.length + rejectedRows.size).toBe(result.rows);
  expect(result.facilityRows.filter((r) => rejectedRows.has(r))).toEqual([]);
}

describe('the importer under random damage to the templates', { timeout: 120_000 }, () => {
  const params = { seed: SEED, numRuns: RUNS, endOnFailure: true };

  it('never crashes on damaged CSV bytes', async () => {
    await fc.assert(fc.asyncProperty(byteEdits, (edits) => importsOrRefuses('t.csv', applyBytes(CSV, edits))), params);
  });

  it('never crashes on odd CSV cells', async () => {
    await fc.assert(fc.asyncProperty(csvEdits, (edits) => importsOrRefuses('t.csv', applyCsv(edits))), params);
  });

  it('never crashes or hangs on damaged XLSX bytes', async () => {
    await fc.assert(fc.asyncProperty(byteEdits, (edits) => importsOrRefuses('t.xlsx', applyBytes(XLSX, edits))), params);
  });

  it('never crashes or hangs on structurally odd workbooks', async () => {
    await fc.assert(fc.asyncProperty(xlsxEdits, (edits) => importsOrRefuses('t.xlsx', applyXlsx(edits))), params);
  });

  it('never crashes on odd GeoJSON values', async () => {
    await fc.assert(fc.asyncProperty(jsonEdits, (edits) => importsOrRefuses('t.geojson', applyJson(edits))), params);
  });

  it('never crashes on damaged GeoJSON bytes', async () => {
    await fc.assert(fc.asyncProperty(byteEdits, (edits) => importsOrRefuses('t.geojson', applyBytes(Buffer.from(GEOJSON), edits))), params);
  });
});

describe('the time limit on reading', () => {
  it('abandons a read that takes longer than the limit with a Chinese message saying so', async () => {
    // 1 ms is shorter than any XLSX read: the limit, not the file, ends it.
    await expect(importBytes('slow.xlsx', XLSX, { timeLimitMs: 1 })).rejects.toThrow(/slow\.xlsx：读取超过 1 毫秒仍未完成/);
  });
});
