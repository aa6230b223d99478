/**
 * Writes data/templates/facilities-template.csv and .xlsx: the template headers with four
 * example rows (a canteen serving lunch and supper, a community care centre, a care home,
 * and one row picked on AMap in GCJ-02), and the table of accepted header spellings in
 * data/README.md. Re-run after changing the columns.
 *
 *   npm run templates
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SYNONYMS_BEGIN, SYNONYMS_END, synonymsMarkdown } from '../src/lib/import/columns.ts';
import { repoRoot } from '../src/lib/import/regions-match.ts';
import { templateCsv, templateXlsx, type TemplateRow } from '../src/lib/import/template.ts';

const EXAMPLE = '填写示例（非官方），导入前请删除本行';

/** The example rows, shared with the tests that check the template round-trips. */
export const TEMPLATE_ROWS: TemplateRow[] = [
  {
    id: 'canteen-example-jingshan',
    name: '景山社区老年食堂',
    type: '老年食堂',
    address: '瓯海区景山街道景山社区示例路 1 号',
    town: '景山街道',
    community: '景山社区',
    lon: '120.624100',
    lat: '28.009800',
    crs: 'wgs84',
    phone: '0577-80009001',
    hours: '周一至周五 11:00-12:30，16:30-17:30',
    holidays: '节假日休息',
    services: '助餐、送餐上门',
    meals: '午餐、晚餐',
    price: '12元',
    tierPrices: '80周岁以上:8;低保:5',
    delivery: '是',
    booking: '0577-80009001',
    stepFree: '是',
    lift: '否',
    accessibleToilet: '是',
    operator: '示例运营单位',
    source: EXAMPLE,
    lastVerified: '2026-05-01',
    notes: '送餐需提前一天预订',
    sample: '是',
  },
  {
    name: '鹅湖村居家养老服务照料中心',
    type: '村社居家养老服务照料中心',
    address: '瓯海区南白象街道鹅湖村示例路 8 号',
    town: '南白象街道',
    community: '鹅湖村委会',
    lon: '120.668500',
    lat: '27.941200',
    phone: '0577-80009002',
    hours: '周一至周六 8:00-11:30，13:30-17:00',
    holidays: '节假日休息',
    services: '日间照料、文体娱乐、健康监测',
    stepFree: '是',
    source: EXAMPLE,
    lastVerified: '2026-05-01',
    sample: '是',
  },
  {
    id: 'care-home-example-louqiao',
    name: '娄桥颐养院（示例）',
    type: '养老机构',
    address: '瓯海区娄桥街道示例路 20 号',
    town: '娄桥街道',
    townCode: '330304005',
    lon: '120.603500',
    lat: '27.958900',
    crs: 'wgs84',
    phone: '0577-80009003、0577-80009004',
    hours: '每天 全天',
    holidays: '节假日照常',
    services: '长期照护、失能照护、康复护理',
    beds: '200',
    nursingBeds: '150',
    stepFree: '是',
    lift: '是',
    accessibleToilet: '是',
    operator: '示例养老服务有限公司',
    source: EXAMPLE,
    lastVerified: '2026-05-01',
    sample: '是',
  },
  {
    name: '茶山村助餐点',
    type: '助餐点',
    address: '瓯海区茶山街道茶山村示例路 3 号',
    town: '茶山街道',
    community: '茶山村',
    // Picked on AMap: GCJ-02, converted on import.
    lon: '120.713200',
    lat: '27.918400',
    crs: 'gcj02',
    phone: '0577-80009005',
    hours: '每天 午餐 11:00-12:30',
    meals: '午餐',
    price: '10',
    tierPrices: '90周岁以上:5',
    delivery: '否',
    source: EXAMPLE,
    lastVerified: '2026-05-01',
    sample: '是',
  },
];

if (import.meta.main) {
  const dir = join(repoRoot(), 'data/templates');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'facilities-template.csv'), templateCsv(TEMPLATE_ROWS));
  writeFileSync(join(dir, 'facilities-template.xlsx'), await templateXlsx(TEMPLATE_ROWS));
  process.stderr.write(`已写入 ${dir}/facilities-template.csv 和 .xlsx（${TEMPLATE_ROWS.length} 行示例）\n`);
  const readme = join(repoRoot(), 'data/README.md');
  const text = readFileSync(readme, 'utf8');
  const start = text.indexOf(SYNONYMS_BEGIN);
  const end = text.indexOf(SYNONYMS_END);
  if (start < 0 || end < start) throw new Error(`data/README.md 中找不到列名表的起止标记（${SYNONYMS_BEGIN} … ${SYNONYMS_END}）`);
  writeFileSync(readme, `${text.slice(0, start)}${synonymsMarkdown()}${text.slice(end + SYNONYMS_END.length)}`);
  process.stderr.write(`已更新 data/README.md 的列名表\n`);
}
