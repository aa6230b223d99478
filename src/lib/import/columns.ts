/**
 * The columns of the facility template: the Chinese header staff see, the English
 * equivalents accepted too, and whether a value is required. data/README.md documents
 * each column; keep the two in step.
 */
import { distance } from 'fastest-levenshtein';

export type ColumnKey =
  | 'id'
  | 'name'
  | 'type'
  | 'address'
  | 'town'
  | 'community'
  | 'townCode'
  | 'communityCode'
  | 'lon'
  | 'lat'
  | 'lonLat'
  | 'crs'
  | 'phone'
  | 'hours'
  | 'holidays'
  | 'services'
  | 'meals'
  | 'price'
  | 'tierPrices'
  | 'delivery'
  | 'booking'
  | 'beds'
  | 'nursingBeds'
  | 'stepFree'
  | 'lift'
  | 'accessibleToilet'
  | 'operator'
  | 'source'
  | 'lastVerified'
  | 'notes'
  | 'sample';

export type Column = {
  key: ColumnKey;
  /** The header in the template. */
  zh: string;
  /** Other headers that mean the same (Chinese synonyms and English names), compared case-insensitively. */
  aliases: string[];
  /** Must every row have a value? */
  required: boolean;
};

/** In template order. */
export const COLUMNS: readonly Column[] = [
  { key: 'id', zh: '编号', aliases: ['id', 'ID', '机构编号', '设施编号'], required: false },
  { key: 'name', zh: '名称', aliases: ['name', '机构名称', '设施名称', '站点名称', '食堂名称'], required: true },
  { key: 'type', zh: '类型', aliases: ['type', '机构类型', '设施类型', '类别'], required: true },
  { key: 'address', zh: '地址', aliases: ['address', '详细地址', '机构地址'], required: true },
  { key: 'town', zh: '所属街道', aliases: ['town', 'street', '街道', '镇街', '所属镇街', '乡镇街道', '所属乡镇（街道）', '所属乡镇'], required: false },
  { key: 'community', zh: '所属村社', aliases: ['community', 'village', '村社', '村（社区）', '所属村（社区）', '所属社区', '所属村居', '村居'], required: false },
  { key: 'townCode', zh: '街道代码', aliases: ['townCode', 'town_code', 'streetCode', '镇街代码', '乡镇代码'], required: false },
  { key: 'communityCode', zh: '村社代码', aliases: ['communityCode', 'community_code', 'villageCode', '村居代码', '社区代码'], required: false },
  { key: 'lon', zh: '经度', aliases: ['lon', 'lng', 'longitude', 'x'], required: true },
  { key: 'lat', zh: '纬度', aliases: ['lat', 'latitude', 'y'], required: true },
  { key: 'crs', zh: '坐标系', aliases: ['crs', 'coordinateSystem', '坐标类型'], required: false },
  { key: 'phone', zh: '联系电话', aliases: ['phone', 'phones', 'tel', 'telephone', '电话', '联系方式'], required: false },
  { key: 'hours', zh: '开放时间', aliases: ['hours', 'openingHours', 'opening_hours', '服务时间', '营业时间', '供餐时间'], required: false },
  { key: 'holidays', zh: '节假日', aliases: ['holidays', 'publicHolidays', '节假日安排', '节假日开放'], required: false },
  { key: 'services', zh: '服务内容', aliases: ['services', '服务项目'], required: false },
  { key: 'meals', zh: '供餐', aliases: ['meals', '供餐餐次', '餐次'], required: false },
  { key: 'price', zh: '餐费', aliases: ['price', 'pricePerMeal', '每餐价格', '餐标', '价格'], required: false },
  { key: 'tierPrices', zh: '优惠价', aliases: ['tierPrices', 'tier_prices', '优惠价格', '补贴价'], required: false },
  { key: 'delivery', zh: '送餐', aliases: ['delivery', '送餐上门', '是否送餐'], required: false },
  { key: 'booking', zh: '订餐电话', aliases: ['booking', '订餐', '订餐方式', '预订'], required: false },
  { key: 'beds', zh: '床位', aliases: ['beds', '床位数', '总床位'], required: false },
  { key: 'nursingBeds', zh: '护理床位', aliases: ['nursingBeds', 'nursing_beds', '护理型床位', '护理床位数'], required: false },
  { key: 'stepFree', zh: '无障碍入口', aliases: ['stepFree', 'step_free', '无障碍通道', '无障碍坡道'], required: false },
  { key: 'lift', zh: '电梯', aliases: ['lift', 'elevator', '有无电梯'], required: false },
  { key: 'accessibleToilet', zh: '无障碍卫生间', aliases: ['accessibleToilet', 'accessible_toilet', '无障碍厕所'], required: false },
  { key: 'operator', zh: '运营单位', aliases: ['operator', '运营机构', '运营方', '管理单位'], required: false },
  { key: 'source', zh: '数据来源', aliases: ['source', '来源'], required: false },
  { key: 'lastVerified', zh: '核实日期', aliases: ['lastVerified', 'last_verified', 'verified', '最后核实', '最后核实日期', '更新日期', '核实时间'], required: false },
  { key: 'notes', zh: '备注', aliases: ['notes', 'note', '说明'], required: false },
  { key: 'sample', zh: '示例数据', aliases: ['sample', '是否示例', '示例'], required: false },
];

/**
 * Columns the importer accepts that are not in the template: forms staff produce that can be
 * read without loss. 经纬度 holds both coordinates in one cell ("120.6241,28.0098"), as map
 * pickers copy them; it is used when 经度/纬度 are absent or empty.
 */
export const EXTRA_COLUMNS: readonly Column[] = [
  { key: 'lonLat', zh: '经纬度', aliases: ['坐标', '经纬度坐标', '位置坐标', '坐标位置', 'lonLat', 'lngLat', 'coordinates'], required: false },
];

/** Every column the importer knows: the template's, then the extra ones. */
export const ALL_COLUMNS: readonly Column[] = [...COLUMNS, ...EXTRA_COLUMNS];

export const COLUMN_BY_KEY = new Map(ALL_COLUMNS.map((c) => [c.key, c]));

/** Strips what people add around a header: spaces, a required-star, a unit or note in brackets. */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/^\*|\*$/g, '')
    .replace(/[(（][^)）]*[)）]$/, '')
    .toLowerCase();
}

const HEADER_INDEX = new Map<string, ColumnKey>();
for (const c of ALL_COLUMNS) {
  for (const h of [c.zh, c.key, ...c.aliases]) HEADER_INDEX.set(normalizeHeader(h), c.key);
}

/** The column a header names, if any. */
export function columnOfHeader(header: string): ColumnKey | undefined {
  return HEADER_INDEX.get(normalizeHeader(header)) ?? HEADER_INDEX.get(header.normalize('NFKC').replace(/\s+/g, '').toLowerCase());
}

/** The template header closest to an unknown one, for "did you mean". */
export function closestHeader(header: string): string | undefined {
  const h = normalizeHeader(header);
  let best: { name: string; d: number } | undefined;
  for (const c of ALL_COLUMNS) {
    for (const name of [c.zh, c.key]) {
      const d = distance(h, normalizeHeader(name));
      if (!best || d < best.d) best = { name: c.zh, d };
    }
  }
  return best && best.d <= Math.max(1, Math.floor(h.length / 2)) ? best.name : undefined;
}

/**
 * The column each field of a normalized Facility comes from (paths without list indices),
 * so that a schema problem is named by the column a data officer knows.
 */
const FACILITY_FIELD_COLUMN: Record<string, ColumnKey> = {
  id: 'id',
  name: 'name',
  type: 'type',
  address: 'address',
  region: 'town',
  'region.districtCode': 'townCode',
  'region.townCode': 'townCode',
  'region.communityCode': 'communityCode',
  location: 'lonLat',
  'location.lon': 'lon',
  'location.lat': 'lat',
  sourceCrs: 'crs',
  phones: 'phone',
  hours: 'hours',
  'hours.publicHolidays': 'holidays',
  'hours.adjustedWorkdays': 'holidays',
  services: 'services',
  canteen: 'meals',
  'canteen.meals': 'meals',
  'canteen.pricePerMeal': 'price',
  'canteen.tierPrices': 'tierPrices',
  'canteen.delivery': 'delivery',
  'canteen.booking': 'booking',
  careHome: 'beds',
  'careHome.beds': 'beds',
  'careHome.nursingBeds': 'nursingBeds',
  accessibility: 'stepFree',
  'accessibility.stepFree': 'stepFree',
  'accessibility.lift': 'lift',
  'accessibility.accessibleToilet': 'accessibleToilet',
  operator: 'operator',
  notes: 'notes',
  source: 'source',
  sample: 'sample',
  lastVerified: 'lastVerified',
};

/** The column a Facility field path (e.g. ["canteen", "tierPrices", 0, "price"]) comes from: the longest known prefix. */
export function columnOfFacilityPath(path: readonly PropertyKey[]): ColumnKey | undefined {
  const names = path.filter((p): p is string => typeof p === 'string');
  for (let n = names.length; n > 0; n--) {
    const key = FACILITY_FIELD_COLUMN[names.slice(0, n).join('.')];
    if (key) return key;
  }
  return undefined;
}

/** The lines around the generated synonyms table in data/README.md. */
export const SYNONYMS_BEGIN = '<!-- 列名的其他写法：由 npm run templates（scripts/make-templates.ts）根据 src/lib/import/columns.ts 生成，请勿手改 -->';
export const SYNONYMS_END = '<!-- 生成结束 -->';

/**
 * The Markdown table of every header the importer accepts for each column (the template
 * name, the English key and the aliases, each spelling once), between the markers above.
 */
export function synonymsMarkdown(): string {
  const rows = ALL_COLUMNS.map((c) => {
    const seen = new Set([normalizeHeader(c.zh)]);
    const others = [c.key, ...c.aliases].filter((h) => {
      const n = normalizeHeader(h);
      if (seen.has(n)) return false;
      seen.add(n);
      return true;
    });
    const name = COLUMNS.includes(c) ? c.zh : `${c.zh}（不在模板中）`;
    return `| ${name} | ${others.map((h) => `\`${h}\``).join('、')} |`;
  });
  return [SYNONYMS_BEGIN, '', '| 列名 | 也可以写作 |', '|---|---|', ...rows, '', SYNONYMS_END].join('\n');
}
