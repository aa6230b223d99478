import type { Reference, ResolvedValue } from '../../schemas/policy.ts';
import type { Amount, BenefitId, Change, Eligible, Evaluation, MessageParam, Reason } from './types.ts';

/** Interface strings (a subset of src/i18n/<lang>.json: at least the eligibility.* keys). */
export type Messages = Readonly<Record<string, string>>;
export type MessageLang = 'zh-CN' | 'en';

function paramText(messages: Messages, value: MessageParam, lang: MessageLang): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value.startsWith('@') ? (messages[value.slice(1)] ?? value.slice(1)) : value;
  return value.map((v) => paramText(messages, v, lang)).join(lang === 'en' ? ', ' : '、');
}

/** Fills a message's {placeholders}; "@key" parameters are translated, lists are joined. */
export function formatMessage(messages: Messages, key: string, params: Readonly<Record<string, MessageParam>>, lang: MessageLang): string {
  const template = messages[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : paramText(messages, value, lang);
  });
}

/** A reason as one sentence, without its outcome label. */
export function reasonText(messages: Messages, reason: Reason, lang: MessageLang): string {
  return formatMessage(messages, reason.key, reason.params, lang);
}

/** An amount with its unit, e.g. "70 元/月", "每月不少于 45 小时". */
export function amountText(messages: Messages, amount: Amount, lang: MessageLang): string {
  return formatMessage(messages, `eligibility.unit.${amount.unit}`, { value: amount.value }, lang);
}

/**
 * The words that must stand beside an amount wherever it is shown (results, printed slip): for a
 * plan's target, that it is the standard to reach by its year, in the source's words, and that what
 * is paid now follows local rules; for a draft, that it is a draft. Empty for a value in force.
 */
export function amountNote(messages: Messages, value: ResolvedValue | null, lang: MessageLang): string {
  if (!value || (value.basis !== 'target' && value.basis !== 'draft')) return '';
  const { quote, doc } = value.reference;
  return formatMessage(
    messages,
    `eligibility.amountNote.${value.basis}`,
    { year: value.targetYear ?? value.from.slice(0, 4), quote, doc: doc.docNumber ?? doc.title, docDate: doc.date },
    lang,
  );
}

/** "yes"/"no"/"maybe" in words. */
export function eligibleText(messages: Messages, eligible: Eligible, lang: MessageLang): string {
  return formatMessage(messages, `eligibility.eligible.${eligible}`, {}, lang);
}

/**
 * The short words that must travel with an amount where there is no room for the full note (the
 * summary, the coming changes): “到 2027 年要达到的标准，现在实际发多少，以当地规定为准”. Empty
 * for a value in force.
 */
export function amountNoteShort(messages: Messages, value: ResolvedValue | null, lang: MessageLang): string {
  if (!value || (value.basis !== 'target' && value.basis !== 'draft')) return '';
  return formatMessage(messages, `eligibility.amountNote.short.${value.basis}`, { year: value.targetYear ?? value.from.slice(0, 4) }, lang);
}

/**
 * A coming change in one sentence: “2027-03-04 满 90 周岁：从这天起符合，每月 120 元（到 2027 年要
 * 达到的标准，…）”. The amount keeps its short note unless the reason already says it is a target.
 */
export function changeText(messages: Messages, change: Change, lang: MessageLang): string {
  const because = change.because.map((r) => reasonText(messages, r, lang)).join(lang === 'en' ? '; ' : '，');
  const saysTarget = change.because.some((r) => r.key === 'eligibility.reason.upcoming.target');
  const note = change.amount && !saysTarget ? amountNoteShort(messages, change.amountValue, lang) : '';
  const key = !change.amount ? 'eligibility.change.noAmount' : note ? 'eligibility.change.withAmountNote' : 'eligibility.change.withAmount';
  return formatMessage(
    messages,
    key,
    { because, eligible: eligibleText(messages, change.eligible, lang), amount: change.amount ? amountText(messages, change.amount, lang) : '', note },
    lang,
  );
}

/**
 * A citation in one line, as pages show it: 《title》（文号，date）clause：“quote”. Document titles,
 * clauses and quotes stay in Chinese in every language: they are what one shows at the counter. No
 * file name: those are the repository's (data/sources/), not the reader's.
 */
export function citationText(ref: Reference): string {
  const { doc } = ref;
  const meta = [doc.docNumber, doc.date].filter((x): x is string => Boolean(x)).join('，');
  return `《${doc.title}》（${meta}）${ref.clause}：“${ref.quote}”`;
}

/**
 * A citation for staff checking a case with the CLI: the page's line and the source file in
 * data/sources/ it can be checked against (〔file〕), or that the text is not there yet.
 */
export function citationWithFile(ref: Reference): string {
  return `${citationText(ref)}${ref.doc.file ? `〔${ref.doc.file}〕` : '〔原文未收入资料目录〕'}`;
}

/** One result as the CLI contract prints it. */
export type ContractResult = {
  benefit: BenefitId;
  eligible: Eligible;
  amount: Amount | null;
  reasons: string[];
  sources: string[];
};

/** The CLI contract: `{ date, results: [{ benefit, eligible, amount, reasons, sources }] }`. */
export type ContractOutput = { date: string; results: ContractResult[] };

/**
 * The evaluation in the shape of the CLI contract: each reason prefixed with its outcome (符合 /
 * 不符合 / 待确认 / 说明), coming changes added as notes, every citation as one line.
 */
export function toContract(evaluation: Evaluation, messages: Messages, lang: MessageLang = 'zh-CN'): ContractOutput {
  return {
    date: evaluation.date,
    results: evaluation.results.map((r) => ({
      benefit: r.benefit,
      eligible: r.eligible,
      amount: r.amount ? { value: r.amount.value, unit: r.amount.unit } : null,
      reasons: [
        ...r.reasons.map((reason) =>
          formatMessage(messages, 'eligibility.outcome.line', { label: `@eligibility.outcome.${reason.outcome}`, text: reasonText(messages, reason, lang) }, lang),
        ),
        ...r.upcoming.map((c) => formatMessage(messages, 'eligibility.outcome.line', { label: '@eligibility.outcome.info', text: changeText(messages, c, lang) }, lang)),
      ],
      sources: r.sources.map(citationWithFile),
    })),
  };
}
