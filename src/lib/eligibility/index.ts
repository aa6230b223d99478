/**
 * The eligibility engine: pure functions, safe for the browser bundle (no fs, no DOM, no clock).
 * Policy parameters come in as an argument: loadPolicies() from ./policies.ts in Node, or the same
 * data embedded in the page.
 */
export { evaluate, evaluateBenefit } from './evaluate.ts';
export { ageOn, birthdayAt, isIsoDate, todayInShanghai } from './dates.ts';
export { amountNote, amountNoteShort, amountText, changeText, citationText, citationWithFile, eligibleText, formatMessage, reasonText, toContract } from './format.ts';
export type { ContractOutput, ContractResult, MessageLang, Messages } from './format.ts';
export { BENEFIT_IDS } from './types.ts';
export { forBrowser } from './params.ts';
export type { Amount, BenefitId, BenefitResult, Change, Eligible, Evaluation, Outcome, Reason } from './types.ts';
