/**
 * The publishing guard: npm run validate refuses an empty facility set, one that shrank by more
 * than half against the previous build (unless confirmed), and one missing a type the site shows.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadFacilities } from '../../../src/lib/data/facilities.ts';
import { publishingProblems } from '../../../src/lib/data/publishing.ts';
import { TEMPLATE_HEADERS } from '../../../src/lib/import/template.ts';
import type { Facility } from '../../../src/schemas/facility.ts';

const ROOT = join(import.meta.dirname, '../../..');
const NODE = join(ROOT, 'node_modules/.bin/node');
const temp = mkdtempSync(join(tmpdir(), 'publishing-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A root whose previous build had `previous` features (none when undefined). */
function rootWith(previous: number | undefined): string {
  const root = mkdtempSync(join(temp, 'root-'));
  if (previous !== undefined) {
    mkdirSync(join(root, 'dist/data'), { recursive: true });
    writeFileSync(join(root, 'dist/data/facilities.geojson'), JSON.stringify({ type: 'FeatureCollection', features: Array.from({ length: previous }, () => ({ type: 'Feature' })) }));
  }
  return root;
}

describe('publishingProblems', async () => {
  const sample = await loadFacilities();

  it('passes the sample (every type, no previous build)', () => {
    expect(publishingProblems(sample, rootWith(undefined))).toEqual({ errors: [], warnings: [] });
  });

  it('refuses an empty facility set', () => {
    expect(publishingProblems([], rootWith(undefined)).errors).toEqual([expect.stringContaining('没有一个机构（可能是只有表头的导出文件）')]);
  });

  it('refuses a set under half the previous build’s, and names both counts', () => {
    const { errors } = publishingProblems(sample, rootWith(sample.length * 2 + 1));
    expect(errors).toEqual([expect.stringContaining(`从上次构建（dist/data/facilities.geojson）的 ${sample.length * 2 + 1} 个减少到 ${sample.length} 个`)]);
  });

  it('accepts exactly half the previous build’s count', () => {
    expect(publishingProblems(sample, rootWith(sample.length * 2)).errors).toEqual([]);
  });

  it('turns the shrink into a warning when confirmed', () => {
    const result = publishingProblems(sample, rootWith(sample.length * 3), { confirmShrink: true });
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([expect.stringContaining('已按 --confirm-shrink')]);
  });

  it('refuses a set with no facility of a type the site shows, naming the type', () => {
    const noHomes = sample.filter((f: Facility) => f.type !== 'care-home');
    expect(publishingProblems(noHomes, rootWith(undefined)).errors).toEqual([expect.stringContaining('全区没有一个「养老机构」')]);
  });
});

describe('npm run validate with the publishing guard', { timeout: 60_000 }, () => {
  /** A copy of the project's data/ with sample.csv replaced. */
  function project(sampleCsv: string | undefined, previous?: number): string {
    const root = mkdtempSync(join(temp, 'project-'));
    cpSync(join(ROOT, 'data'), join(root, 'data'), { recursive: true });
    cpSync(join(ROOT, 'src/i18n'), join(root, 'src/i18n'), { recursive: true });
    if (sampleCsv !== undefined) writeFileSync(join(root, 'data/facilities/sample.csv'), sampleCsv);
    if (previous !== undefined) {
      mkdirSync(join(root, 'dist/data'), { recursive: true });
      writeFileSync(join(root, 'dist/data/facilities.geojson'), JSON.stringify({ features: Array.from({ length: previous }, () => ({})) }));
    }
    return root;
  }
  const validate = (cwd: string, ...args: string[]) => spawnSync(NODE, [join(ROOT, 'scripts/validate.ts'), ...args], { cwd, encoding: 'utf8' });

  it('fails on a header-only export in place of the sample', () => {
    const r = validate(project(`\uFEFF${TEMPLATE_HEADERS.join(',')}\n`));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('没有一个机构（可能是只有表头的导出文件）');
  });

  it('fails on a set that shrank by more than half, and passes with --confirm-shrink', () => {
    const root = project(undefined, 1000);
    const r = validate(root);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/机构数从上次构建.*的 1000 个减少到 \d+ 个/);
    const confirmed = validate(root, '--confirm-shrink');
    expect(confirmed.status).toBe(0);
    expect(confirmed.stderr).toContain('已按 --confirm-shrink');
  });
});
