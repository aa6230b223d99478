import { Answers } from '../../schemas/answers.ts';

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
export function parseAnswers(input: unknown, date?: string): ParsedAnswers {
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
      const got = issue.input === undefined ? '缺少这一项' : `现在是 ${JSON.stringify(issue.input)}`;
      errors.push({ field: field || '(整个文件)', message: `字段 ${field || '(整个文件)'}：${got}；应为 ${expected}。` });
    }
    return { ok: false, errors };
  }
  if (date !== undefined && parsed.data.birthDate > date) {
    return { ok: false, errors: [{ field: 'birthDate', message: `字段 birthDate：出生日期 ${parsed.data.birthDate} 晚于查询日期 ${date}；请检查出生日期或 --date。` }] };
  }
  return { ok: true, answers: parsed.data };
}
