import type { Answers, FamilyStatus, Place } from '../../schemas/answers.ts';
import type { ResolvedParameter, ResolvedValue } from '../../schemas/policy.ts';
import { birthdayAt } from './dates.ts';
import type { Condition, Eligible, MessageParam, Outcome, RuleContext, RuleOutcome } from './types.ts';

const R = 'eligibility.reason.';

/** A message key for a status, place or supporter situation, translated when shown. */
export const statusKey = (s: string) => `@eligibility.status.${s}`;
export const supporterKey = (s: string) => `@eligibility.supporter.${s}`;

/**
 * A condition resting on dated values (pass only the values the outcome rests on). A value that is
 * only the site's reading of an undefined term (basis "site-reading", e.g. 高龄 read as 80, or which
 * families count as 特殊老年人家庭) can decide nothing either way:
 * - "met" becomes "unknown" (the message already says the site's reading may be wrong);
 * - "missed" becomes "unknown" under the message key `<key>.reading`, which says why the site cannot
 *   rule it out and to ask the 村社 or 街道.
 * So such a condition gives at best, and at worst, "maybe".
 */
export function condition(
  outcome: Outcome,
  key: string,
  params: Record<string, MessageParam>,
  values: readonly (ResolvedValue | undefined)[] = [],
): Condition {
  const used = values.filter((v): v is ResolvedValue => v !== undefined);
  const reading = used.some((v) => v.basis === 'site-reading');
  const references = used.map((v) => v.reference);
  if (reading && outcome === 'missed') return { key: `${R}${key}.reading`, params, outcome: 'unknown', references };
  return { key: `${R}${key}`, params, outcome: reading && outcome === 'met' ? 'unknown' : outcome, references };
}

/** A note that decides nothing. */
export function note(key: string, params: Record<string, MessageParam> = {}, values: readonly (ResolvedValue | undefined)[] = []): Condition {
  return condition('info', key, params, values);
}

/** The answer a list of conditions gives: any missed → no; else any unknown → maybe; else yes. */
export function decide(conditions: readonly Condition[]): Eligible {
  if (conditions.some((c) => c.outcome === 'missed')) return 'no';
  if (conditions.some((c) => c.outcome === 'unknown')) return 'maybe';
  return 'yes';
}

/** The better of two answers (yes > maybe > no), for a benefit that has two routes. */
export function best(a: Eligible, b: Eligible): Eligible {
  const rank = { no: 0, maybe: 1, yes: 2 } as const;
  return rank[a] >= rank[b] ? a : b;
}

/**
 * The outcome on a date before the sources have the rule ("No rule in the sources before this date").
 * Age comes first: someone younger than the rule's age threshold (`minAge`: the value in force, e.g.
 * the law's 60 for 老年人, or else the rule's first known threshold, e.g. 80 for 一键通) gets "no";
 * anyone else gets "maybe", with who to ask. Cites the value that starts the rule; no amount.
 */
export function noRuleYet(ctx: RuleContext, first: ResolvedValue | undefined, minAge: { value: number; entry: ResolvedValue } | undefined): RuleOutcome {
  const unknown = condition('unknown', 'noRuleYet', { from: first?.from ?? '' }, [first]);
  const conditions = [unknown];
  if (minAge && ctx.age < minAge.value) {
    const date = birthdayAt(ctx.answers.birthDate, minAge.value);
    conditions.unshift(
      minAge.entry.from > ctx.date
        ? condition('missed', 'noRuleYet.age', { age: ctx.age, min: minAge.value, from: minAge.entry.from, date }, [minAge.entry])
        : condition('missed', 'age.missed', { age: ctx.age, min: minAge.value, date }, [minAge.entry]),
    );
  }
  return { eligible: decide(conditions), conditions, amount: null, amountValue: null };
}

/** A number parameter's first value, whatever the date (the threshold a rule starts with). */
export function firstNumber(parameter: ResolvedParameter): { value: number; entry: ResolvedValue } | undefined {
  const entry = parameter.values[0];
  return entry && typeof entry.value === 'number' ? { value: entry.value, entry } : undefined;
}

/** At least `min` full years old on the date ("以上" includes the number itself). */
export function ageAtLeast(ctx: RuleContext, min: { value: number; entry: ResolvedValue }): Condition {
  return ctx.age >= min.value
    ? condition('met', 'age.met', { age: ctx.age, min: min.value }, [min.entry])
    : condition('missed', 'age.missed', { age: ctx.age, min: min.value, date: birthdayAt(ctx.answers.birthDate, min.value) }, [min.entry]);
}

/** The area a list of places stands for: 温州市 when it reaches beyond Ouhai, else 瓯海区. */
export function areaOf(places: readonly string[]): string {
  return places.includes('wenzhou') ? '@eligibility.area.wenzhou' : '@eligibility.area.ouhai';
}

/** Whether a place answer lies in a list of places; undefined when the answer is "unknown". */
export function placeIn(place: Place, places: readonly string[]): boolean | undefined {
  return place === 'unknown' ? undefined : places.includes(place);
}

/**
 * For a policy of an area that does not say whether it needs the 户籍 there, residence there, or both:
 * both there → met; neither (and both known) → missed (the policy is another area's); otherwise
 * unknown, with the advice to ask.
 */
export function territory(answers: Answers, places: { value: readonly string[]; entry: ResolvedValue }): Condition {
  const area = areaOf(places.value);
  const hukou = placeIn(answers.hukou, places.value);
  const residence = placeIn(answers.residence, places.value);
  if (hukou === true && residence === true) return condition('met', 'territory.both', { area }, [places.entry]);
  if (hukou === false && residence === false) return condition('missed', 'territory.none', { area }, [places.entry]);
  if (hukou === undefined || residence === undefined) {
    return condition('unknown', 'territory.unsure', { area }, [places.entry]);
  }
  return condition('unknown', 'territory.one', { area }, [places.entry]);
}

/** A place requirement the source states outright (e.g. 本市户籍). */
export function placeRequired(kind: 'hukou' | 'residence', place: Place, places: { value: readonly string[]; entry: ResolvedValue }): Condition {
  const area = areaOf(places.value);
  const inside = placeIn(place, places.value);
  if (inside === undefined) return condition('unknown', `${kind}.unknown`, { area }, [places.entry]);
  return condition(inside ? 'met' : 'missed', `${kind}.${inside ? 'met' : 'missed'}`, { area }, [places.entry]);
}

/** The answered statuses that are in a list (without "unknown"). */
export function statusesIn(statuses: readonly FamilyStatus[], list: readonly string[]): FamilyStatus[] {
  return statuses.filter((s) => s !== 'unknown' && list.includes(s));
}

/** Message keys for a list of statuses. */
export function statusKeys(list: readonly string[]): string[] {
  return list.map(statusKey);
}
