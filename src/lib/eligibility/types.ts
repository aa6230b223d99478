import type { Answers } from '../../schemas/answers.ts';
import type { BringItem, PolicySet, Reference, ResolvedStep, ResolvedValue } from '../../schemas/policy.ts';

/** The benefits the engine answers for, in display order. The ids are part of the CLI contract. */
export const BENEFIT_IDS = [
  'elderly-service-subsidy',
  'free-home-care-hours',
  'emergency-call-service',
  'home-adaptation-subsidy',
  'public-care-home-priority',
  'meal-assistance',
] as const;
export type BenefitId = (typeof BENEFIT_IDS)[number];

/** The answer for one benefit: yes, no, or maybe (the sources are silent or an answer was "I don't know"). */
export type Eligible = 'yes' | 'no' | 'maybe';

/** An amount of money or service. Hours are the guaranteed minimum (“不少于”). */
export type Amount = { value: number; unit: 'CNY/month' | 'hours/month' | 'CNY' };

/**
 * How one condition came out: met, missed, unknown (the sources are silent, or the answer was "I
 * don't know"), or info (a note that decides nothing, e.g. "this is the 2027 standard").
 */
export type Outcome = 'met' | 'missed' | 'unknown' | 'info';

/**
 * A message parameter: a number, a string, or a list of strings. A string that starts with "@" is
 * itself a message key (e.g. "@eligibility.status.dibao"), translated when the reason is shown.
 */
export type MessageParam = string | number | readonly string[];

/** One reason, as a message key under eligibility.reason.* with its parameters. */
export type Reason = {
  /** Message key in src/i18n/<lang>.json, e.g. "eligibility.reason.age.met". */
  key: string;
  /** Values for the message's {placeholders}. */
  params: Record<string, MessageParam>;
  /** Whether the condition was met. */
  outcome: Outcome;
};

/** A reason together with the clauses it rests on. */
export type Condition = Reason & { references: Reference[] };

/** A change in the result after the date asked about, if the answers stay the same. */
export type Change = {
  /** The day the change takes effect. */
  date: string;
  /** The answer from that day on. */
  eligible: Eligible;
  /** The amount from that day on. */
  amount: Amount | null;
  /** The dated value that amount rests on (its basis says whether it is a target or a draft). */
  amountValue: ResolvedValue | null;
  /** Why: a birthday, a new rule, or both. */
  because: Reason[];
};

/** The engine's answer for one benefit. */
export type BenefitResult = {
  benefit: BenefitId;
  /** Chinese name. */
  title: string;
  /** English name. */
  titleEn: string;
  eligible: Eligible;
  /** The amount when the answer is yes or maybe and the sources give one; null otherwise. */
  amount: Amount | null;
  /** The dated value the amount rests on (its basis says whether it is a target or a draft). */
  amountValue: ResolvedValue | null;
  /** Every condition, met or missed, and notes. */
  reasons: Reason[];
  /** Every clause the answer rests on, without repeats. */
  sources: Reference[];
  /** Changes after the date asked about: birthdays and new rules. */
  upcoming: Change[];
  /** Where to apply and what to bring. */
  nextSteps: ResolvedStep[];
  /** The papers the site suggests bringing, in a few words each. */
  bring: BringItem[];
};

/** The engine's answer for all benefits on one date. */
export type Evaluation = {
  /** The date asked about (YYYY-MM-DD, Asia/Shanghai). */
  date: string;
  /** Age in full years (周岁) on that date. */
  age: number;
  results: BenefitResult[];
};

/** What a benefit rule sees. */
export type RuleContext = {
  answers: Answers;
  /** The date asked about. */
  date: string;
  /** Age in full years on that date. */
  age: number;
  params: PolicySet;
};

/** What a benefit rule returns. */
export type RuleOutcome = {
  eligible: Eligible;
  conditions: Condition[];
  amount: Amount | null;
  amountValue: ResolvedValue | null;
};

export type Rule = (ctx: RuleContext) => RuleOutcome;
