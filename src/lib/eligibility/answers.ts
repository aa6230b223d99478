import { Answers } from '../../schemas/answers.ts';

/** An answers file is a few hundred bytes; anything past this is not one (checked before reading). */
export const MAX_ANSWERS_BYTES = 64 * 1024;
/** The answers nest two levels (the object and familyStatus); deeper input is refused before parsing. */
export const MAX_ANSWERS_DEPTH = 8;
/** The earliest birth date accepted: no one alive was born before it. */
export const EARLIEST_BIRTH_DATE = '1900-01-01';

/** What each answer field should hold, in words, for error messages. */
const EXPECTED: Record<keyof Answers, string> = {
  birthDate: '出生日期，写成 YYYY-MM-DD，例如 "1945-03-04"',
  hukou: '"ouhai"（瓯海区）、"wenzhou"（温州市其他地方）、"other"（温州市以外）或 "unknown"（不清楚）',
  residence: '"ouhai"（瓯海区）、"wenzhou"（温州市其他地方）、"other"（温州市以外）或 "unknown"（不清楚）',
  familyStatus:
    '一个列表，可以是空的 []，元素为 "dibao"、"dibao-edge"、"low-income"、"tekun"、"priority-care"、"organ-donor"、"family-planning-special" 或 "unknown"',
  careNeed: '"none"、"mild"、"moderate"、"severe" 或 "unknown"',
  supporter: '"able"、"deceased"、"unable"、"none" 或 "unknown"',
  livesAlone: 'true、false 或 "unknown"',
  rural: 'true、false 或 "unknown"',
  adaptationCost: '改造花费（元），不小于 0 的数字；没有改造计划时不写这一项',
};

/** A problem with one field of the answers. */
export type AnswerError = { field: string; message: string };

export type ParsedAnswers = { ok: true; answers: Answers } | { ok: false; errors: AnswerError[] };

function fieldName(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i > 0 ? '.' : ''}${String(p)}`)).join('');
}

/**
 * Checks answers read from JSON and says, in Chinese, which field is wrong and what it should be.
 * With `date`, also checks that the birth date is not after it.
 */
export function parseAnswers(input: unknown, date?: string, today?: string): ParsedAnswers {
  const parsed = Answers.safeParse(input, { reportInput: true });
  const errors: AnswerError[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) errors.push({ field: key, message: `字段 ${key}：没有这一项。可用的字段是 ${Object.keys(EXPECTED).join('、')}，请检查拼写。` });
        continue;
      }
      const field = fieldName(issue.path);
      // One line per field: a malformed date fails both the pattern and the calendar check.
      if (errors.some((e) => e.field === (field || '(整个文件)'))) continue;
      const top = issue.path[0] as keyof Answers | undefined;
      const expected = top ? EXPECTED[top] : '一个 JSON 对象';
      const got =
        issue.code === 'too_big' && Array.isArray(issue.input)
          ? `有 ${issue.input.length} 项，最多 ${String(issue.maximum)} 项（同一身份写一次即可）`
          : issue.input === undefined
            ? '缺少这一项'
            : `现在是 ${JSON.stringify(issue.input)}`;
      errors.push({ field: field || '(整个文件)', message: `字段 ${field || '(整个文件)'}：${got}；应为 ${expected}。` });
    }
    return { ok: false, errors };
  }
  const { birthDate } = parsed.data;
  if (birthDate < EARLIEST_BIRTH_DATE) {
    return { ok: false, errors: [{ field: 'birthDate', message: `字段 birthDate：出生日期 ${birthDate} 早于 ${EARLIEST_BIRTH_DATE}，不会是在世老人的生日；请检查年份。` }] };
  }
  if (today !== undefined && birthDate > today) {
    return { ok: false, errors: [{ field: 'birthDate', message: `字段 birthDate：出生日期 ${birthDate} 晚于今天（${today}）；请检查年份。` }] };
  }
  if (date !== undefined && birthDate > date) {
    return { ok: false, errors: [{ field: 'birthDate', message: `字段 birthDate：出生日期 ${birthDate} 晚于查询日期 ${date}；请检查出生日期或 --date。` }] };
  }
  // A status named twice counts once.
  return { ok: true, answers: { ...parsed.data, familyStatus: [...new Set(parsed.data.familyStatus)] } };
}

/** How deeply `text` nests arrays and objects, read without parsing (strings skipped). */
export function jsonDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '[' || ch === '{') max = Math.max(max, ++depth);
    else if (ch === ']' || ch === '}') depth--;
  }
  return max;
}

export type ReadAnswers = { ok: true; value: unknown } | { ok: false; message: string };

/**
 * The text of an answers file as JSON, within the limits: a byte-order mark is dropped (Windows
 * Notepad writes one), too deep a nesting is refused before JSON.parse sees it.
 */
export function answersJson(text: string): ReadAnswers {
  const body = text.replace(/^\uFEFF/, '');
  const depth = jsonDepth(body);
  if (depth > MAX_ANSWERS_DEPTH) return { ok: false, message: `嵌套了 ${depth} 层，答案文件最多 ${MAX_ANSWERS_DEPTH} 层（正常只有 2 层）。请检查文件内容` };
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (e) {
    return { ok: false, message: `读不出 JSON（${(e as Error).message}）。请检查 JSON 格式` };
  }
}
