/**
 * The data officer's real file: the template's columns without 核实日期, with a few real
 * mistakes. Its good rows go in (with or without --verified), the bad ones are reported.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { OFFICER_ROWS, officerCsv, officerXlsx } from '../../fixtures/import/officer-list.ts';

const dir = mkdtempSync(join(tmpdir(), 'officer-'));
let n = 0;

/** Runs `npm run import -- FILE …` and returns the exit code, stderr, the written features and the report. */
function run(file: string, ...args: string[]) {
  const out = join(dir, `out-${n}.geojson`);
  const report = join(dir, `report-${n++}.json`);
  const r = spawnSync('node_modules/.bin/node', ['scripts/import.ts', file, '--out', out, '--report', report, ...args], { encoding: 'utf8' });
  type Feature = { properties: { name: string; lastVerified?: string; phones: string[]; hours: { text: string; periods: unknown[] }; asWritten?: Record<string, string> } };
  return {
    code: r.status,
    stderr: r.stderr,
    features: (JSON.parse(readFileSync(out, 'utf8')) as { features: Feature[] }).features.map((f) => f.properties),
    report: JSON.parse(readFileSync(report, 'utf8')) as { accepted: number; rejected: { row: number; field: string; message: string }[]; warnings: { row: number; field: string; message: string }[] },
  };
}

/** One run per file and flags: the tests below read the same output. */
const runs = new Map<string, ReturnType<typeof run>>();
const runOnce = (file: string, ...args: string[]) => {
  const key = [file, ...args].join(' ');
  if (!runs.has(key)) runs.set(key, run(file, ...args));
  return runs.get(key) as ReturnType<typeof run>;
};

const good = OFFICER_ROWS.filter((r) => !r.rejected);
const bad = OFFICER_ROWS.flatMap((r, i) => (r.rejected ? [{ ...r, row: i + 2 }] : []));

const files: Record<string, string> = {};
beforeAll(async () => {
  files.csv = join(dir, '名单.csv');
  writeFileSync(files.csv, officerCsv());
  files.xlsx = join(dir, '名单.xlsx');
  writeFileSync(files.xlsx, await officerXlsx());
});

// Each run starts a Node process; on a busy machine that can take longer than vitest's 5 s default.
describe.each(['csv', 'xlsx'])('a %s list in the template’s columns without 核实日期', { timeout: 30_000 }, (format) => {
  it('imports every good row and exits 1, reporting only the bad rows, the typo row suggesting the right 街道', () => {
    const r = runOnce(files[format] as string);
    expect(r.code).toBe(1);
    expect(r.features.map((f) => f.name)).toEqual(good.map((g) => g.cells[0]));
    expect(r.report.rejected.map((x) => [x.row, x.field])).toEqual(bad.map((b) => [b.row, b.rejected]));
    for (const b of bad) for (const word of b.mentions ?? []) expect(r.report.rejected.find((x) => x.row === b.row)?.message).toContain(word);
    expect(r.report.rejected.some((x) => x.message.includes('核实日期'))).toBe(false);
  });

  it('without --verified, leaves every record without a date and warns once that the column is missing', () => {
    const r = runOnce(files[format] as string);
    expect(r.features.map((f) => f.lastVerified)).toEqual(good.map(() => undefined));
    const dateWarnings = r.report.warnings.filter((w) => w.field === '核实日期');
    expect(dateWarnings).toEqual([expect.objectContaining({ row: 1, message: expect.stringContaining('--verified') })]);
  });

  it('with --verified, gives every record the list’s date', () => {
    const r = runOnce(files[format] as string, '--verified', '2026-11-01');
    expect(r.code).toBe(1);
    expect(r.features.map((f) => f.lastVerified)).toEqual(good.map(() => '2026-11-01'));
    expect(r.report.warnings.filter((w) => w.field === '核实日期')).toEqual([]);
    expect(r.stderr).toContain('按 --verified 记为 2026-11-01');
  });

  it('keeps hours in words and an unreadable phone cell as written, with a warning quoting them', () => {
    const r = runOnce(files[format] as string);
    const hours = r.features.find((f) => f.name === '西山社区老年食堂');
    expect(hours?.hours).toMatchObject({ text: '看情况', periods: [] });
    const phone = r.features.find((f) => f.name === '景山第二老年食堂');
    expect(phone?.phones).toEqual([]);
    expect(phone?.asWritten).toEqual({ phones: '找村委会' });
    expect(r.report.warnings).toContainEqual(expect.objectContaining({ row: 3, field: '开放时间', message: expect.stringContaining('看情况') }));
    expect(r.report.warnings).toContainEqual(expect.objectContaining({ row: 4, field: '联系电话', message: expect.stringContaining('找村委会') }));
  });
});

describe('--verified', { timeout: 30_000 }, () => {
  it('exits 2 on a date that is not YYYY-MM-DD or lies in the future', () => {
    for (const bad of ['2026/11/01', '2099-01-01']) {
      const r = spawnSync('node_modules/.bin/node', ['scripts/import.ts', 'data/templates/facilities-template.csv', '--verified', bad], { encoding: 'utf8' });
      expect(r.status, bad).toBe(2);
      expect(r.stderr).toContain('--verified');
    }
  });

  it('does not replace a row’s own 核实日期', () => {
    const r = run('data/templates/facilities-template.csv', '--verified', '2026-11-01');
    expect(r.code).toBe(0);
    expect(r.features.every((f) => f.lastVerified !== '2026-11-01')).toBe(true);
  });
});
