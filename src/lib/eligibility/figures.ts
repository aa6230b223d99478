/**
 * Every amount, age, hour count and percentage in data/policies/ must be a figure its own quote
 * states: 70 in “每人每月70元”, 60 in “六十周岁以上”. A typo (700 for 70) or a value changed
 * without its source then fails `npm run validate` instead of reaching the wizard. A value that
 * is a reading of the text rather than a figure in it says so in its `reading` field.
 */
import nzh from 'nzh';
import type { PolicySet } from '../../schemas/policy.ts';

const NUMBER_UNITS = new Set(['CNY/month', 'CNY', 'hours/month', 'years', 'percent']);

/** Runs of Chinese numerals (六十, 四十五, 两千); 两 is read as 二, which nzh does not know. */
const CHINESE_NUMERAL = /[零〇一二两三四五六七八九十百千万]+/g;

/** Every number a text states, in Arabic digits (full-width too) or Chinese numerals. */
export function numbersIn(text: string): number[] {
  const s = text.normalize('NFKC');
  const arabic = [...s.matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
  const chinese = [...s.matchAll(CHINESE_NUMERAL)].map((m) => Number(nzh.cn.decodeS(m[0].replace(/两/g, '二')))).filter((n) => Number.isFinite(n) && n > 0);
  return [...arabic, ...chinese];
}

/** One problem per numeric value that its quote does not state and that is not declared a reading. */
export function checkFigures(set: PolicySet): string[] {
  const problems: string[] = [];
  for (const [policyId, policy] of Object.entries(set.policies)) {
    for (const [id, p] of Object.entries(policy.parameters)) {
      if (!NUMBER_UNITS.has(p.unit)) continue;
      p.values.forEach((v, i) => {
        if (typeof v.value !== 'number' || v.reading !== undefined) return;
        if (numbersIn(v.reference.quote).includes(v.value)) return;
        problems.push(
          `data/policies/${policyId}.yaml：参数 ${id} › 第 ${i + 1} 个值（from ${v.from}） › 字段 value：${v.value}（${p.unit}）在它的引文“${v.reference.quote}”中找不到。` +
            '请对照原文改正数值，或换用写着这个数的引文；如果这个数是对原文的解读而不是原文写的数，请在 reading 字段写明怎样从原文得出',
        );
      });
    }
  }
  return problems;
}
