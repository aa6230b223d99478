/**
 * The search index (Pagefind), written into the site folder. With a page per facility: one bundle,
 * <site>/pagefind/, of every page marked data-pagefind-body. In the grouped layout
 * (src/lib/directory/facility-layout.ts) the build also wrote each facility's record in each
 * language to search-records.json: then each language gets its own bundles of at most
 * RECORDS_PER_BUNDLE records (src/lib/search/bundles.ts; OH_SEARCH_BUNDLE_RECORDS on the test
 * site), its pages going into the first, each bundle written by a process (and a Pagefind) of its
 * own, two at a time, so that memory stays that of two bundles. The records files are removed
 * (they are not part of the site). `npm run build` runs this after astro build; bench:build with
 * its temporary folder.
 *
 *   node scripts/search-index.ts [site folder, default dist]
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import type { SearchRecord } from '../src/lib/search/facility-record.ts';
import { recordsPerBundle, searchBundles } from '../src/lib/search/bundles.ts';

const site = process.argv[2] ?? 'dist';
let perBundle = 0;
try {
  perBundle = recordsPerBundle(process.env.OH_SEARCH_BUNDLE_RECORDS);
} catch (error) {
  fail((error as Error).message);
}

function fail(message: string): never {
  process.stderr.write(`搜索索引失败：${message}\n`);
  process.exit(2);
}

/** Pagefind answers with a list of errors instead of throwing. */
function check(what: string, response: { errors: string[] }): void {
  if (response.errors.length > 0) fail(`${what}：${response.errors.join('；')}`);
}

/** What a bundle's search finds (pagefind-entry.json: pages and records, per language). */
function indexedIn(bundle: string): number {
  const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
}

/** Writes one bundle from `pages` (paths relative to the site) and `records`, in a Pagefind process of its own. */
async function writeBundle(bundle: string, pages: 'all' | string[], records: readonly SearchRecord[]): Promise<{ files: number; indexed: number }> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) fail(errors.join('；'));
  let files = 0;
  if (pages === 'all') {
    const added = await index.addDirectory({ path: site });
    check(`读取 ${site} 的页面`, added);
    files = added.page_count;
  } else {
    for (const sourcePath of pages) check(`读取 ${sourcePath}`, await index.addHTMLFile({ sourcePath, content: readFileSync(join(site, sourcePath), 'utf8') }));
    files = pages.length;
  }
  // Sent together, answered in turn: a round trip per record would be most of the time.
  for (let i = 0; i < records.length; i += 1000) {
    const batch = records.slice(i, i + 1000);
    const answers = await Promise.all(batch.map((record) => index.addCustomRecord(record)));
    answers.forEach((answer, j) => check(`${batch[j]?.url} 的记录`, answer));
  }
  check('写出索引', await index.writeFiles({ outputPath: bundle }));
  await pagefind.close();
  return { files, indexed: indexedIn(bundle) };
}

const recordFiles = { 'zh-cn': join(site, 'search-records.json'), en: join(site, 'en/search-records.json') } as const;
type Language = keyof typeof recordFiles;

/** A bundle of the grouped layout: its folder, its language's HTML pages (the first bundle only), its slice of the records. */
interface BundlePlan {
  language: Language;
  bundle: string;
  withPages: boolean;
  from: number;
  to: number;
}

function readRecords(language: Language): SearchRecord[] {
  const file = recordFiles[language];
  if (!existsSync(file)) fail(`${file} 不存在：分组布局的两种语言都应有机构记录，请重新构建`);
  return JSON.parse(readFileSync(file, 'utf8')) as SearchRecord[];
}

function htmlPages(language: Language): string[] {
  return readdirSync(site, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.html') && path.startsWith('en/') === (language === 'en'))
    .map((path) => relative(site, join(site, path)));
}

function plans(): BundlePlan[] {
  return (Object.keys(recordFiles) as Language[]).flatMap((language) => {
    const count = readRecords(language).length;
    return searchBundles(language === 'en' ? '/en' : '', true, count, perBundle).map((bundle, i) => ({
      language,
      bundle,
      withPages: i === 0,
      from: i * perBundle,
      to: Math.min(count, (i + 1) * perBundle),
    }));
  });
}

/** Writes one planned bundle (in a process of its own: `--bundle <plan as JSON>`). */
async function writePlanned(plan: BundlePlan): Promise<void> {
  const records = readRecords(plan.language).slice(plan.from, plan.to);
  const pages = plan.withPages ? htmlPages(plan.language) : [];
  const { indexed } = await writeBundle(join(site, plan.bundle), pages, records);
  process.stdout.write(`  ${plan.bundle}: ${indexed} (${records.length} facility records${plan.withPages ? `, ${pages.length} HTML files` : ''})\n`);
}

/** Runs `node this-script site --bundle plan` for each plan, two at a time (Pagefind uses about one core). */
async function writeAll(all: BundlePlan[]): Promise<void> {
  const queue = [...all];
  const worker = async () => {
    for (let plan = queue.shift(); plan; plan = queue.shift()) {
      const child = spawn(process.execPath, [fileURLToPath(import.meta.url), site, '--bundle', JSON.stringify(plan)], { stdio: 'inherit', env: process.env });
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      if (code !== 0) fail(`${plan.bundle} 没有写成（退出码 ${code}）`);
    }
  };
  await Promise.all([worker(), worker()]);
}

const bundleArg = process.argv.indexOf('--bundle');
if (bundleArg > 0) {
  await writePlanned(JSON.parse(process.argv[bundleArg + 1] ?? '') as BundlePlan);
} else if (!Object.values(recordFiles).some((file) => existsSync(file))) {
  const { files, indexed } = await writeBundle(join(site, 'pagefind'), 'all', []);
  process.stdout.write(`Indexed ${indexed} pages of ${files} HTML files into ${join(site, 'pagefind')}\n`);
} else {
  const all = plans();
  await writeAll(all);
  for (const file of Object.values(recordFiles)) rmSync(file);
  const total = all.reduce((sum, plan) => sum + indexedIn(join(site, plan.bundle)), 0);
  const records = all.reduce((sum, plan) => sum + plan.to - plan.from, 0);
  process.stdout.write(`Indexed ${total} pages (${records} of them facility records) into ${site}\n`);
}
