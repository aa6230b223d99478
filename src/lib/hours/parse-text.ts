/**
 * Turns the opening hours staff write in spreadsheets ("周一至周五 11:00-13:00，16:30-18:00",
 * "午餐 11:00-12:30；晚餐 16:30-17:30", "节假日休息") into structured weekly periods.
 *
 * The grammar is small on purpose: day specs, optional meal labels, time ranges and holiday
 * clauses, read left to right. A day spec or meal label applies to the time ranges after it,
 * until the next day spec. Anything the parser does not recognise makes the whole text fail,
 * so a wrong reading never reaches the map silently.
 */
import type { HolidayRule, Meal, OpeningHours, Weekday, WeeklyPeriod, WorkdayRule } from '../../schemas/hours.ts';

export type HoursTextResult =
  | {
      ok: true;
      hours: OpeningHours;
      /** Readings the parser had to assume (e.g. no days written, so every day); worth a warning. */
      assumptions: string[];
    }
  | { ok: false; error: string };

export type HoursTextOptions = {
  /** Label unlabelled periods as breakfast/lunch/supper by time of day (for canteens). */
  inferMeals?: boolean;
};

/** Forms the parser accepts, quoted in every error message. */
export const HOURS_EXAMPLES = '周一至周五 11:00-13:00，16:30-18:00；每天 8:00-17:00；午餐 11:00-12:30；晚餐 16:30-17:30；节假日休息';

const ALL_DAYS: Weekday[] = [1, 2, 3, 4, 5, 6, 7];
const DAY_CHARS: Record<string, Weekday> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7, 七: 7, '1': 1, '2': 2, '3': 3, '4': 4, '5': 5, '6': 6, '7': 7 };
const MEAL_WORDS: [RegExp, Meal][] = [
  [/^(?:早餐|早饭|早点)/, 'breakfast'],
  [/^(?:午餐|午饭|中餐|中饭)/, 'lunch'],
  [/^(?:晚餐|晚饭)/, 'supper'],
];

/** Full-width digits, colons, dashes and tildes to their ASCII forms; keeps 至/到 for the grammar. */
function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[－—–―‐−~〜～]/g, '-')
    .replace(/[：]/g, ':')
    .replace(/[，、]/g, ',')
    .replace(/[；。\n\r]/g, ';')
    .replace(/[（）()【】[\]]/g, ' ')
    .trim();
}

type Token =
  | { kind: 'days'; days: Weekday[] }
  | { kind: 'closed-days'; days: Weekday[] }
  | { kind: 'meal'; meal: Meal }
  | { kind: 'range'; open: string; close: string }
  | { kind: 'holidays'; rule: HolidayRule }
  | { kind: 'workdays'; rule: WorkdayRule };

const pad = (n: number) => String(n).padStart(2, '0');

/** A weekday name (周一, 星期三, 礼拜天) at the start of `s`. */
const DAY_NAME = /^(?:周|星期|礼拜)([一二三四五六日天七1-7])/;

function dayRange(a: Weekday, b: Weekday): Weekday[] {
  const days: Weekday[] = [];
  for (let d = a; ; d = ((d % 7) + 1) as Weekday) {
    days.push(d);
    if (d === b || days.length > 7) break;
  }
  return days;
}

/** Reads a day spec: 每天, 工作日, 周末, 周一至周五, 周一、三、五, 周二到周日 … */
function readDays(s: string): { days: Weekday[]; rest: string } | undefined {
  const words: [RegExp, Weekday[]][] = [
    [/^(?:每天|每日|天天|全天候|全周|全年无休|全年|7天|七天)/, ALL_DAYS],
    [/^(?:工作日|周一至五|周一到五)/, [1, 2, 3, 4, 5]],
    [/^(?:周末|双休日|节假日以外的周末)/, [6, 7]],
  ];
  for (const [re, days] of words) {
    const m = re.exec(s);
    if (m) return { days, rest: s.slice(m[0].length) };
  }
  const first = DAY_NAME.exec(s);
  if (!first?.[1]) return undefined;
  let rest = s.slice(first[0].length);
  let days: Weekday[] = [DAY_CHARS[first[1]] as Weekday];
  const range = /^\s*(?:至|到|-)\s*(?:周|星期|礼拜)?([一二三四五六日天七1-7])/.exec(rest);
  if (range?.[1]) {
    days = dayRange(days[0] as Weekday, DAY_CHARS[range[1]] as Weekday);
    rest = rest.slice(range[0].length);
  } else {
    // 周一、三、五 or 周一,周三: a list; the comma was normalised from 、 and ，.
    for (;;) {
      const more = /^\s*[,和及与]\s*(?:周|星期|礼拜)?([一二三四五六日天七])(?![0-9:])/.exec(rest);
      if (!more?.[1]) break;
      days.push(DAY_CHARS[more[1]] as Weekday);
      rest = rest.slice(more[0].length);
    }
  }
  return { days, rest };
}

/** Reads a clock time: 8:00, 08:30, 8点, 8点半, 8时30分, with 上午/下午/晚上 before it. */
function readTime(s: string, afternoon: boolean): { minutes: number; rest: string } | undefined {
  const m = /^(\d{1,2})(?::(\d{2})|[点时](半|(\d{1,2})分?)?)/.exec(s);
  if (!m) return undefined;
  let hour = Number(m[1]);
  const minute = m[2] !== undefined ? Number(m[2]) : m[3] === '半' ? 30 : m[4] !== undefined ? Number(m[4]) : 0;
  if (afternoon && hour < 12) hour += 12;
  if (hour > 24 || minute > 59 || (hour === 24 && minute > 0)) return undefined;
  return { minutes: hour * 60 + minute, rest: s.slice(m[0].length) };
}

const PART_OF_DAY = /^(?:上午|早上|中午|下午|晚上|傍晚)/;

/** Reads "8:00-17:00", "下午2:00-5:00", "8点至11点半". */
function readRange(s: string): { open: number; close: number; rest: string } | undefined {
  const p1 = PART_OF_DAY.exec(s);
  const pm1 = p1 !== null && /下午|晚上|傍晚/.test(p1[0]);
  let rest = p1 ? s.slice(p1[0].length) : s;
  const a = readTime(rest.trimStart(), pm1);
  if (!a) return undefined;
  const sep = /^\s*(?:-|至|到)\s*/.exec(a.rest);
  if (!sep) return undefined;
  rest = a.rest.slice(sep[0].length);
  const p2 = PART_OF_DAY.exec(rest);
  const pm2 = p2 !== null ? /下午|晚上|傍晚/.test(p2[0]) : pm1;
  if (p2) rest = rest.slice(p2[0].length);
  // "11:00-1:30" means 13:30: a close before the open and at most 7 o'clock is read as afternoon.
  let b = readTime(rest.trimStart(), pm2);
  if (b && b.minutes <= a.minutes && b.minutes < 8 * 60) b = readTime(rest.trimStart(), true);
  if (!b) return undefined;
  return { open: a.minutes, close: b.minutes, rest: b.rest };
}

/** Filler words that carry no meaning for the schedule. */
const FILLER = /^(?:开放时间|营业时间|服务时间|供餐时间|就餐时间|开放|营业|服务|供餐|就餐|上班|时间|为|均|都|及|和|以及|另|其中|正常|:|,|;|\s)+/;

function tokenize(text: string): Token[] | { unknown: string } {
  const tokens: Token[] = [];
  let s = text;
  while (s.length > 0) {
    const filler = FILLER.exec(s);
    if (filler) {
      s = s.slice(filler[0].length);
      continue;
    }
    const holidays = /^(?:法定)?(?:节假日|假日|节日)(?:期间)?\s*(休息|不开放|闭馆|关闭|停止?供?餐|暂停服务|照常开放|照常营业|照常|正常开放|正常营业|正常供餐|正常|开放|营业|供餐)/.exec(s);
    if (holidays?.[1]) {
      tokens.push({ kind: 'holidays', rule: /休息|不开放|闭馆|关闭|停|暂停/.test(holidays[1]) ? 'closed' : 'open' });
      s = s.slice(holidays[0].length);
      continue;
    }
    const workdays = /^调休(?:上班)?日?\s*(按实际星期|按星期|按周末|休息|不开放|照常|正常|按工作日|开放)/.exec(s);
    if (workdays?.[1]) {
      tokens.push({ kind: 'workdays', rule: /按实际星期|按星期|按周末|休息|不开放/.test(workdays[1]) ? 'calendar' : 'weekday-hours' });
      s = s.slice(workdays[0].length);
      continue;
    }
    if (/^(?:全年无休)/.test(s)) {
      tokens.push({ kind: 'days', days: ALL_DAYS }, { kind: 'holidays', rule: 'open' });
      s = s.slice('全年无休'.length);
      continue;
    }
    const allDay = /^(?:全天|24小时|24h|24H)(?:开放|营业|服务)?/.exec(s);
    if (allDay) {
      tokens.push({ kind: 'range', open: '00:00', close: '24:00' });
      s = s.slice(allDay[0].length);
      continue;
    }
    const days = readDays(s);
    if (days) {
      const closed = /^\s*(?:休息|不开放|闭馆|关闭|休)/.exec(days.rest);
      if (closed) {
        tokens.push({ kind: 'closed-days', days: days.days });
        s = days.rest.slice(closed[0].length);
      } else {
        tokens.push({ kind: 'days', days: days.days });
        s = days.rest;
      }
      continue;
    }
    const meal = MEAL_WORDS.find(([re]) => re.test(s));
    if (meal) {
      tokens.push({ kind: 'meal', meal: meal[1] });
      s = s.slice((meal[0].exec(s) as RegExpExecArray)[0].length);
      continue;
    }
    const range = readRange(s);
    if (range) {
      const fmt = (m: number) => `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
      tokens.push({ kind: 'range', open: fmt(range.open), close: fmt(range.close) });
      s = range.rest;
      continue;
    }
    return { unknown: s.slice(0, 12) };
  }
  return tokens;
}

const minutesOf = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));

/**
 * The meal a canteen period most likely serves, by the middle of the period: before 10:00
 * breakfast, before 15:00 lunch, else supper. A period longer than four hours is opening
 * hours, not a meal, and gets none.
 */
export function mealByTime(open: string, close: string): Meal | undefined {
  const start = minutesOf(open);
  const end = minutesOf(close);
  if (end - start > 240) return undefined;
  const middle = (start + end) / 2;
  if (middle < 10 * 60) return 'breakfast';
  if (middle < 15 * 60) return 'lunch';
  return 'supper';
}

/**
 * Parses free-text opening hours. `holidaysText` is the separate 节假日 column, if any; when both
 * it and the hours text state a holiday rule, they must agree.
 */
export function parseHoursText(text: string, options: HoursTextOptions = {}): HoursTextResult {
  const original = text.trim();
  if (original === '') return { ok: true, hours: { periods: [], publicHolidays: 'unknown', adjustedWorkdays: 'weekday-hours', text: '' }, assumptions: [] };
  const tokens = tokenize(normalize(original));
  if ('unknown' in tokens) {
    return { ok: false, error: `无法识别「${tokens.unknown}」。可写成：${HOURS_EXAMPLES}` };
  }
  const periods: WeeklyPeriod[] = [];
  const closedDays = new Set<Weekday>();
  const assumptions: string[] = [];
  let days: Weekday[] | undefined;
  let meal: Meal | undefined;
  let publicHolidays: HolidayRule = 'unknown';
  let adjustedWorkdays: WorkdayRule = 'weekday-hours';
  let daysWithoutRange = false;
  // A time range with no day before it applies to every day, less any days written as closed.
  let assumedEveryDay = false;
  for (const token of tokens) {
    switch (token.kind) {
      case 'days':
        if (daysWithoutRange && days) return { ok: false, error: `「${original}」中有星期没有写时间段。可写成：${HOURS_EXAMPLES}` };
        days = token.days;
        meal = undefined;
        daysWithoutRange = true;
        break;
      case 'closed-days':
        for (const d of token.days) closedDays.add(d);
        break;
      case 'meal':
        meal = token.meal;
        break;
      case 'range': {
        if (token.open >= token.close) {
          return { ok: false, error: `时间段 ${token.open}-${token.close} 的结束时间应晚于开始时间（不支持跨午夜）。可写成：${HOURS_EXAMPLES}` };
        }
        if (!days) assumedEveryDay = true;
        const period: WeeklyPeriod = { days: [...(days ?? ALL_DAYS)], open: token.open, close: token.close };
        const m = meal ?? (options.inferMeals ? mealByTime(token.open, token.close) : undefined);
        if (m) period.meal = m;
        periods.push(period);
        daysWithoutRange = false;
        break;
      }
      case 'holidays':
        if (publicHolidays !== 'unknown' && publicHolidays !== token.rule) return { ok: false, error: `「${original}」中节假日安排前后矛盾（既写了休息又写了照常）` };
        publicHolidays = token.rule;
        break;
      case 'workdays':
        adjustedWorkdays = token.rule;
        break;
    }
  }
  if (daysWithoutRange && days) {
    return { ok: false, error: `「${original}」中有星期没有写时间段。可写成：${HOURS_EXAMPLES}` };
  }
  const kept = periods
    .map((p) => ({ ...p, days: [...new Set(p.days)].filter((d) => !closedDays.has(d)).sort((a, b) => a - b) }))
    .filter((p) => p.days.length > 0);
  if (periods.length > 0 && kept.length === 0) return { ok: false, error: `「${original}」中所有开放的日子都写了休息，请核对` };
  // “11:00-13:00（周末休息）” names its days by the ones it closes: nothing is assumed.
  if (assumedEveryDay && closedDays.size === 0) assumptions.push('未写明星期，按每天开放处理；如不是每天，请在时间前写上“周一至周五”等');
  return { ok: true, hours: { periods: kept, publicHolidays, adjustedWorkdays, text: original }, assumptions };
}

/** Parses the separate 节假日 column: 节假日休息 / 节假日照常 / 不详, optionally with a 调休 rule. */
export function parseHolidayText(text: string): { ok: true; publicHolidays: HolidayRule; adjustedWorkdays?: WorkdayRule } | { ok: false; error: string } {
  const s = normalize(text);
  if (s === '' || /^(?:不详|未知|不清楚|待核实|-)$/.test(s)) return { ok: true, publicHolidays: 'unknown' };
  if (/^(?:休息|不开放|闭馆|关闭|否|无|停|暂停)$/.test(s)) return { ok: true, publicHolidays: 'closed' };
  if (/^(?:照常|正常|开放|照常开放|正常开放|是|有)$/.test(s)) return { ok: true, publicHolidays: 'open' };
  const tokens = tokenize(s);
  if (!('unknown' in tokens) && tokens.length > 0 && tokens.every((t) => t.kind === 'holidays' || t.kind === 'workdays')) {
    let publicHolidays: HolidayRule = 'unknown';
    let adjustedWorkdays: WorkdayRule | undefined;
    for (const t of tokens) {
      if (t.kind === 'holidays') publicHolidays = t.rule;
      if (t.kind === 'workdays') adjustedWorkdays = t.rule;
    }
    return adjustedWorkdays ? { ok: true, publicHolidays, adjustedWorkdays } : { ok: true, publicHolidays };
  }
  return { ok: false, error: `无法识别「${text.trim()}」。可填：节假日休息、节假日照常 或 不详；可加“调休日按实际星期”` };
}
