/**
 * The wording of a canteen's price tier (优惠价 人群, e.g. “90周岁以上”, “低保”) in the page's
 * language. The data keeps the civil-affairs wording; English pages get a translation of the
 * forms the import accepts (src/lib/import/values.ts) and the Chinese itself, marked as Chinese,
 * for any other wording: nothing is guessed.
 */
import { t, type Lang, type MessageKey } from '../../i18n/index.ts';

/** A tier label and the language it is written in (undefined: the page's own). */
export interface TierLabel {
  text: string;
  lang?: 'zh-CN';
}

/** “80周岁以上”, “80岁及以上”, “80 周岁以上（含）”: one age and over. */
const AGE_AND_OVER = /^(\d{2,3})\s*周?岁\s*(?:及|或)?以上(?:（含）|\(含\))?$/;
/** “70-79周岁”, “70至79岁”: an age range. */
const AGE_RANGE = /^(\d{2,3})\s*(?:周?岁)?\s*[-–~至到]\s*(\d{2,3})\s*周?岁$/;

/** Status words of the tiers, as written in the data, and their interface string. */
const STATUS_TIERS: Record<string, MessageKey> = {
  低保: 'tier.dibao',
  低保家庭: 'tier.dibao',
  低保边缘: 'tier.dibaoEdge',
  低保边缘家庭: 'tier.dibaoEdge',
  低收入: 'tier.lowIncome',
  低收入家庭: 'tier.lowIncome',
  特困: 'tier.tekun',
  特困人员: 'tier.tekun',
};

/** The tier's label on a page in `lang`. Chinese pages show the data's wording unchanged. */
export function tierLabel(tier: string, lang: Lang): TierLabel {
  if (lang === 'zh-CN') return { text: tier };
  const words = tier.trim();
  const over = AGE_AND_OVER.exec(words);
  if (over) return { text: t(lang, 'tier.ageAndOver', { age: Number(over[1]) }) };
  const range = AGE_RANGE.exec(words);
  if (range) return { text: t(lang, 'tier.ageRange', { from: Number(range[1]), to: Number(range[2]) }) };
  const status = STATUS_TIERS[words];
  if (status) return { text: t(lang, status) };
  return { text: tier, lang: 'zh-CN' };
}
