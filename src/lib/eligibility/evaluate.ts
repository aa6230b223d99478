import type { Answers } from '../../schemas/answers.ts';
import type { PolicySet, Reference } from '../../schemas/policy.ts';
import { note } from './conditions.ts';
import { ageOn, birthdayAt } from './dates.ts';
import { ageThresholds, changeDates, valuesEndingBefore, type PolicyId } from './params.ts';
import { elderlyServiceSubsidy } from './rules/elderly-service-subsidy.ts';
import { emergencyCallService } from './rules/emergency-call-service.ts';
import { freeHomeCareHours } from './rules/free-home-care-hours.ts';
import { homeAdaptationSubsidy } from './rules/home-adaptation-subsidy.ts';
import { mealAssistance } from './rules/meal-assistance.ts';
import { publicCareHomePriority } from './rules/public-care-home-priority.ts';
import { BENEFIT_IDS, type BenefitId, type BenefitResult, type Change, type Condition, type Evaluation, type Reason, type Rule, type RuleOutcome } from './types.ts';

const RULES: Record<BenefitId, Rule> = {
  'elderly-service-subsidy': elderlyServiceSubsidy,
  'free-home-care-hours': freeHomeCareHours,
  'emergency-call-service': emergencyCallService,
  'home-adaptation-subsidy': homeAdaptationSubsidy,
  'public-care-home-priority': publicCareHomePriority,
  'meal-assistance': mealAssistance,
};

/** The policy files a benefit reads: its own and the shared one. */
const policiesOf = (benefit: BenefitId): PolicyId[] => [benefit, 'common'];

function run(benefit: BenefitId, answers: Answers, date: string, params: PolicySet): RuleOutcome {
  return RULES[benefit]({ answers, date, age: ageOn(answers.birthDate, date), params });
}

const referenceKey = (r: Reference) => `${r.document}\u0000${r.clause}\u0000${r.quote}`;

/** The clauses behind a result, each once, in the order the conditions cite them. */
function sourcesOf(conditions: readonly Condition[], outcome: RuleOutcome): Reference[] {
  const seen = new Map<string, Reference>();
  const all = [...conditions.flatMap((c) => c.references), ...(outcome.amountValue ? [outcome.amountValue.reference] : [])];
  for (const r of all) if (!seen.has(referenceKey(r))) seen.set(referenceKey(r), r);
  return [...seen.values()];
}

/**
 * Notes about the documents themselves, once per document: a draft for comment, an old reply letter,
 * or a plan whose period is over on the date asked about.
 */
function documentNotes(sources: readonly Reference[], date: string): Condition[] {
  const notes: Condition[] = [];
  const seen = new Set<string>();
  for (const { doc } of sources) {
    if (seen.has(doc.id)) continue;
    seen.add(doc.id);
    if (doc.kind === 'draft') notes.push(note('source.draft', { title: doc.title }));
    if (doc.kind === 'reply') notes.push(note('source.reply', { title: doc.title, date: doc.date }));
    if (doc.period && date > doc.period.to) notes.push(note('source.planEnded', { title: doc.title, from: doc.period.from.slice(0, 4), to: doc.period.to.slice(0, 4) }));
  }
  return notes;
}

const toReason = ({ key, params, outcome }: Condition): Reason => ({ key, params, outcome });

const sameAmount = (a: RuleOutcome['amount'], b: RuleOutcome['amount']) => a?.value === b?.value && a?.unit === b?.unit;

/**
 * Why a day brings a change of rule, in the words of the values that start or end on it: a plan's
 * target is a standard to reach by its target year, not a new standard paid from that day (said only
 * when the amount from that day is that target); a draft's date is the site's reading of an unset
 * date; a plan's task that ran to a date is over the day after.
 */
function ruleChanges(params: PolicySet, policies: readonly PolicyId[], day: string, next: RuleOutcome): Reason[] {
  const starting = policies.flatMap((id) => Object.values(params.policies[id]?.parameters ?? {}).flatMap((p) => p.values.filter((v) => v.from === day)));
  const ending = valuesEndingBefore(params, policies, day);
  const reasons: Reason[] = [];
  const target = next.amountValue?.basis === 'target' && next.amountValue.from === day ? next.amountValue : undefined;
  if (target) {
    reasons.push({ key: 'eligibility.reason.upcoming.target', params: { date: day, year: target.targetYear ?? target.from.slice(0, 4), docDate: target.reference.doc.date }, outcome: 'info' });
  } else if (starting.some((v) => v.basis === 'draft')) {
    reasons.push({ key: 'eligibility.reason.upcoming.draft', params: { date: day }, outcome: 'info' });
  } else if (starting[0]) {
    reasons.push({ key: 'eligibility.reason.upcoming.rule', params: { date: day, title: starting[0].reference.doc.title }, outcome: 'info' });
  }
  const ended = ending[0];
  if (ended?.until) {
    reasons.push({ key: 'eligibility.reason.upcoming.ended', params: { date: day, until: ended.until, title: ended.reference.doc.title, clause: ended.reference.clause }, outcome: 'info' });
  }
  return reasons;
}

/**
 * What changes after `date` if the answers stay the same: the days someone reaches an age that any
 * threshold uses, and the days a parameter takes a new value. Only days where the answer or the
 * amount changes are reported.
 */
function upcomingChanges(benefit: BenefitId, answers: Answers, date: string, params: PolicySet, now: RuleOutcome): Change[] {
  const ruleDates = new Set(changeDates(params, policiesOf(benefit)).filter((d) => d > date));
  const birthdays = new Map<string, number>();
  for (const age of ageThresholds(params, policiesOf(benefit))) {
    const day = birthdayAt(answers.birthDate, age);
    if (day > date) birthdays.set(day, age);
  }
  const days = [...new Set([...ruleDates, ...birthdays.keys()])].sort();
  const changes: Change[] = [];
  let previous = now;
  for (const day of days) {
    const next = run(benefit, answers, day, params);
    const amount = next.eligible === 'no' ? null : next.amount;
    if (next.eligible !== previous.eligible || !sameAmount(amount, previous.eligible === 'no' ? null : previous.amount)) {
      const because: Reason[] = [];
      const age = birthdays.get(day);
      if (age !== undefined) because.push({ key: 'eligibility.reason.upcoming.birthday', params: { date: day, age }, outcome: 'info' });
      if (ruleDates.has(day)) because.push(...ruleChanges(params, policiesOf(benefit), day, next));
      changes.push({ date: day, eligible: next.eligible, amount, amountValue: amount ? next.amountValue : null, because });
    }
    previous = next;
  }
  return changes;
}

/** The answer for one benefit on one date. */
export function evaluateBenefit(benefit: BenefitId, answers: Answers, date: string, params: PolicySet): BenefitResult {
  const outcome = run(benefit, answers, date, params);
  const sources = sourcesOf(outcome.conditions, outcome);
  const reasons = [...outcome.conditions, ...documentNotes(sources, date)].map(toReason);
  const policy = params.policies[benefit];
  return {
    benefit,
    title: policy?.title ?? benefit,
    titleEn: policy?.titleEn ?? benefit,
    eligible: outcome.eligible,
    amount: outcome.eligible === 'no' ? null : outcome.amount,
    amountValue: outcome.eligible === 'no' ? null : outcome.amountValue,
    reasons,
    sources,
    upcoming: upcomingChanges(benefit, answers, date, params, outcome),
    nextSteps: policy?.howToApply ?? [],
    bring: policy?.bring ?? [],
  };
}

/**
 * Evaluates every benefit for the answers on `date` (YYYY-MM-DD, Asia/Shanghai calendar) with the
 * policy parameters `params` (from loadPolicies() in Node, or the same data embedded in the page).
 * Pure: no files, no network, no clock; the same in the browser and in Node.
 */
export function evaluate(answers: Answers, date: string, params: PolicySet): Evaluation {
  return {
    date,
    age: ageOn(answers.birthDate, date),
    results: BENEFIT_IDS.map((benefit) => evaluateBenefit(benefit, answers, date, params)),
  };
}
