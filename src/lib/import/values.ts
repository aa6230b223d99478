/**
 * Parsers for single cells: yes/no, prices, tier prices, dates, phone numbers, counts,
 * lists. Each returns a value or a Chinese message saying what was expected.
 */
import type { Meal } from '../../schemas/hours.ts';
import type { TierPrice } from '../../schemas/facility.ts';
import type { Cell } from './read-table.ts';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (message: string): Parsed<never> => ({ ok: false, message });

/** A cell as trimmed text, '' for empty. Numbers keep their digits, dates become YYYY-MM-DD. */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return isoOfDate(cell);
  if (typeof cell === 'number') return Number.isInteger(cell) ? cell.toFixed(0) : String(cell);
  return String(cell).normalize('NFC').trim();
}

const YES = ['是', '有', 'y', 'yes', 'true', '1', '✓', '✔', '√', '对', '支持', '提供', '可以'];
const NO = ['否', '无', '没有', 'n', 'no', 'false', '0', '✗', '✘', '×', 'x', '不支持', '不提供', '不'];
const UNKNOWN = ['', '不详', '未知', '不清楚', '待核实', '-', '—', '/'];
export const BOOLEAN_FORMS = '是/否（也可写 有/无、Y/N、yes/no、✓/×），不知道就留空或写“不详”';

/** 是/否/有/无/yes/no/Y/N/✓/×; null for unknown. */
export function parseBoolean(cell: Cell | undefined): Parsed<boolean | null> {
  if (typeof cell === 'boolean') return ok(cell);
  const s = cellText(cell).normalize('NFKC').toLowerCase();
  if (UNKNOWN.includes(s)) return ok(null);
  if (YES.includes(s)) return ok(true);
  if (NO.includes(s)) return ok(false);
  return fail(`无法识别「${cellText(cell)}」。请填写${BOOLEAN_FORMS}`);
}

/** "12", "12元", "12.5 元/餐", "¥12". */
export function parsePrice(cell: Cell | undefined): Parsed<number | undefined> {
  if (typeof cell === 'number') return cell >= 0 ? ok(cell) : fail(`价格不能为负数（${cell}）`);
  const s = cellText(cell).normalize('NFKC').replace(/\s+/g, '');
  if (s === '' || UNKNOWN.includes(s)) return ok(undefined);
  const m = /^[¥￥]?(\d+(?:\.\d{1,2})?)(?:元)?(?:\/(?:餐|份|人|次|人次|顿))?$/.exec(s);
  return m ? ok(Number(m[1])) : fail(`无法识别价格「${cellText(cell)}」。请填每餐价格的数字，例如 12 或 12元`);
}

/**
 * 优惠价: entries "人群:价格" separated by semicolons (；;，,、 also accepted), e.g.
 * "80周岁以上:8;低保:5". The colon may be left out ("低保5元").
 */
export function parseTierPrices(cell: Cell | undefined): Parsed<TierPrice[]> {
  const s = cellText(cell).normalize('NFKC');
  if (s === '' || UNKNOWN.includes(s)) return ok([]);
  const tiers: TierPrice[] = [];
  for (const part of s.split(/[;,、\n]/).map((p) => p.trim()).filter(Boolean)) {
    const m = /^(.+?)\s*[:=]?\s*[¥]?(\d+(?:\.\d{1,2})?)\s*(?:元)?(?:\/(?:餐|份|人|次))?$/.exec(part);
    const tier = m?.[1]?.trim().replace(/[:=]$/, '');
    if (!m || !tier) return fail(`无法识别优惠价「${part}」。请写成“人群:价格”，多项用分号隔开，例如 80周岁以上:8;低保:5`);
    tiers.push({ tier, price: Number(m[2]) });
  }
  return ok(tiers);
}

/** A whole number of beds: "120", "120张". */
export function parseCount(cell: Cell | undefined): Parsed<number | undefined> {
  if (typeof cell === 'number') return Number.isInteger(cell) && cell >= 0 ? ok(cell) : fail(`应为不小于 0 的整数，而不是 ${cell}`);
  const s = cellText(cell).normalize('NFKC').replace(/\s+/g, '');
  if (s === '' || UNKNOWN.includes(s)) return ok(undefined);
  const m = /^(\d+)(?:张|个|床)?$/.exec(s);
  return m ? ok(Number(m[1])) : fail(`无法识别数量「${cellText(cell)}」。请填整数，例如 120`);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A date cell from a spreadsheet is a calendar day with no time zone; read it in UTC. */
function isoOfDate(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Excel serial day numbers count from 1899-12-30 (Excel's 1900 leap-year bug included). */
function isoOfSerial(serial: number): string {
  return isoOfDate(new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000));
}

function validDay(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? `${y}-${pad(m)}-${pad(d)}` : undefined;
}

export const DATE_FORMS = '2026-05-01、2026/5/1 或 2026年5月1日';

/** 2026-05-01, 2026/5/1, 2026.5.1, 2026年5月1日, with or without a time after it (2026/5/1 0:00), an Excel date cell or serial number. */
export function parseDate(cell: Cell | undefined): Parsed<string | undefined> {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? fail(`日期无效，请写成 ${DATE_FORMS}`) : ok(isoOfDate(cell));
  if (typeof cell === 'number') {
    // Serial numbers 20000–80000 are the years 1954–2119.
    return cell >= 20000 && cell <= 80000 ? ok(isoOfSerial(cell)) : fail(`无法识别日期「${cell}」，请写成 ${DATE_FORMS}`);
  }
  // A time of day after the date, as Excel writes a date cell saved to CSV ("2026/5/1 0:00").
  const s = cellText(cell)
    .normalize('NFKC')
    .trim()
    .replace(/(?:\s+|T)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/, '')
    .replace(/\s+/g, '');
  if (s === '') return ok(undefined);
  if (/^\d{5}(?:\.\d+)?$/.test(s)) return parseDate(Number(s));
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  const iso = m ? validDay(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
  return iso ? ok(iso) : fail(`无法识别日期「${cellText(cell)}」。请写成 ${DATE_FORMS}`);
}

/**
 * Splits phone numbers on ，,、/;； and on spaces between whole numbers (a space inside one
 * number, "0577 8800 1234", is kept). Checks each looks like a Chinese phone number.
 */
export function parsePhones(cell: Cell | undefined): Parsed<{ phones: string[]; fixedZero: boolean }> {
  let fixedZero = false;
  let text = cellText(cell);
  // Excel stores 057788001234 as a number and drops the leading 0.
  if (typeof cell === 'number' && /^577\d{7,8}$/.test(text)) {
    text = `0${text}`;
    fixedZero = true;
  }
  const s = text.normalize('NFKC');
  if (s === '' || UNKNOWN.includes(s)) return ok({ phones: [], fixedZero });
  const phones: string[] = [];
  for (const part of s.split(/[,、/;\n]|\s{2,}/).map((p) => p.trim()).filter(Boolean)) {
    const words = part.split(/\s+/);
    const pieces = words.length > 1 && words.every((w) => w.replace(/\D/g, '').length >= 7) ? words : [part];
    for (const piece of pieces) {
      const digits = piece.replace(/\D/g, '');
      if (!/^[0-9+\-()\s转分机#]+$/.test(piece) || digits.length < 5 || digits.length > 16) {
        return fail(`无法识别电话「${piece}」。请填写座机（如 0577-88001234）或手机号，多个号码用逗号或顿号隔开`);
      }
      phones.push(piece.replace(/\s+/g, ' '));
    }
  }
  return ok({ phones, fixedZero });
}

/** 服务内容 and similar lists: split on 、，,;；/ and line breaks. */
export function parseList(cell: Cell | undefined): string[] {
  return cellText(cell)
    .split(/[、，,;；/\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

const MEAL_NAMES: [RegExp, Meal][] = [
  [/^(?:早餐|早饭|早|breakfast)$/i, 'breakfast'],
  [/^(?:午餐|午饭|中餐|中饭|午|中|lunch)$/i, 'lunch'],
  [/^(?:晚餐|晚饭|晚|supper|dinner)$/i, 'supper'],
];

/** 供餐: "午餐、晚餐", "lunch, supper". */
export function parseMeals(cell: Cell | undefined): Parsed<Meal[] | undefined> {
  const items = parseList(cell).flatMap((s) => s.split(/\s*(?:和|及|\+|\s)\s*/)).filter(Boolean);
  if (items.length === 0) return ok(undefined);
  const meals: Meal[] = [];
  for (const item of items) {
    const found = MEAL_NAMES.find(([re]) => re.test(item));
    if (!found) return fail(`无法识别餐次「${item}」。请填 早餐、午餐、晚餐 中的一项或几项，用顿号隔开，例如 午餐、晚餐`);
    if (!meals.includes(found[1])) meals.push(found[1]);
  }
  const order: Meal[] = ['breakfast', 'lunch', 'supper'];
  return ok(meals.sort((a, b) => order.indexOf(a) - order.indexOf(b)));
}

/**
 * Characters that show nothing but change what is shown: bidirectional controls (U+202E turns
 * “食堂” around), zero-width spaces and joiners, soft hyphens, byte-order marks (Unicode format
 * characters, Cf) and control characters other than tab and line breaks (Cc).
 */
const INVISIBLE = /[\p{Cf}\p{Cc}]/gu;
const KEPT_CONTROLS = new Set(['\t', '\n', '\r']);

/** The text without invisible characters, and the code points removed (U+202E, …). */
export function stripInvisible(text: string): { text: string; removed: string[] } {
  const removed: string[] = [];
  const cleaned = text.replace(INVISIBLE, (ch) => {
    if (KEPT_CONTROLS.has(ch)) return ch;
    removed.push(`U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`);
    return '';
  });
  return { text: cleaned, removed };
}

/** The warning for a cell that held invisible characters, which were removed. */
export function invisibleWarning(field: string, removed: readonly string[]): string {
  const codes = [...new Set(removed)].join('、');
  return `「${field}」中有 ${removed.length} 个看不见的控制字符（${codes}），已删除。这类字符会让文字倒过来显示或藏起一部分内容，常见于从网页或聊天软件复制的文字；请在原表中删去`;
}
