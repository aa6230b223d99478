/**
 * The answer in one screen: per benefit one short line (yes/maybe/no, the amount with the words that
 * must stand beside it, and from when it changes), then the papers to bring. Pure: the island and
 * the tests share it; every amount keeps its target or draft wording.
 */
import type { Answers } from '../../schemas/answers.ts';
import type { BringItem } from '../../schemas/policy.ts';
import { amountNoteShort, amountText, formatMessage, type BenefitResult, type Eligible, type Evaluation, type MessageLang, type Messages } from '../../lib/eligibility/index.ts';

/** One benefit in a few words. */
export type SummaryLine = {
  benefit: BenefitResult['benefit'];
  /** The benefit's name in the page's language. */
  title: string;
  eligible: Eligible;
  /** The amount now (“每月 70 元”), or '' when there is none. */
  amount: string;
  /** The first change ahead (“2031-05-10 起每月 120 元”), or ''. */
  next: string;
  /** The words that must travel with the amounts shown (target, draft), once when both share them; or ''. */
  note: string;
};

/**
 * The line of one result. The first coming change gives “from when”: a new amount on a birthday, or
 * the day the answer itself changes. When the amount now and the one ahead rest on the same kind of
 * value (e.g. both the 2027 target), their wording is said once after both.
 */
export function summaryLine(messages: Messages, r: BenefitResult, lang: MessageLang): SummaryLine {
  const t = (key: string, p: Record<string, string | number> = {}) => formatMessage(messages, key, p, lang);
  const amount = r.amount ? amountText(messages, r.amount, lang) : '';
  const nowNote = r.amount ? amountNoteShort(messages, r.amountValue, lang) : '';
  const change = r.upcoming[0];
  let next = '';
  let nextNote = '';
  if (change) {
    const changeAmount = change.amount ? amountText(messages, change.amount, lang) : '';
    nextNote = change.amount ? amountNoteShort(messages, change.amountValue, lang) : '';
    next =
      change.eligible === r.eligible && changeAmount
        ? t('eligibility.summary.nextAmount', { date: change.date, amount: changeAmount })
        : t(changeAmount ? 'eligibility.summary.nextEligibleAmount' : 'eligibility.summary.nextEligible', {
            date: change.date,
            eligible: t(`eligibility.eligible.${change.eligible}`),
            amount: changeAmount,
          });
  }
  const notes = [...new Set([nowNote, nextNote].filter(Boolean))];
  return {
    benefit: r.benefit,
    title: lang === 'en' ? r.titleEn : r.title,
    eligible: r.eligible,
    amount: notes.length > 1 && nowNote ? t('eligibility.summary.withNote', { text: amount, note: nowNote }) : amount,
    next: notes.length > 1 && nextNote ? t('eligibility.summary.withNote', { text: next, note: nextNote }) : next,
    note: notes.length === 1 ? (notes[0] ?? '') : '',
  };
}

/** Whether a paper that is only for some answers applies to these. */
function applies(when: BringItem['when'], answers: Answers): boolean {
  switch (when) {
    case undefined:
      return true;
    case 'family-status':
      return answers.familyStatus.some((s) => s !== 'unknown');
    case 'supporter':
      return answers.supporter === 'deceased' || answers.supporter === 'unable';
    case 'care-need':
      return answers.careNeed === 'mild' || answers.careNeed === 'moderate' || answers.careNeed === 'severe';
    case 'adaptation':
      return answers.adaptationCost !== undefined;
  }
}

/**
 * The papers to bring for every benefit that is yes or maybe and that apply to the answers (a
 * family-status certificate only when a status was ticked), each once, in the order the benefits come.
 */
export function papersToBring(evaluation: Evaluation, answers: Answers, lang: MessageLang): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const r of evaluation.results) {
    if (r.eligible === 'no') continue;
    for (const item of r.bring) {
      if (seen.has(item.zh) || !applies(item.when, answers)) continue;
      seen.add(item.zh);
      out.push(lang === 'en' ? item.en : item.zh);
    }
  }
  return out;
}
