import type { ResolvedValue } from '../../../schemas/policy.ts';
import { ageAtLeast, best, condition, decide, noRuleYet, note, statusesIn, statusKeys, territory } from '../conditions.ts';
import { listOn, numberOn, parameter } from '../params.ts';
import type { Amount, Condition, Eligible, Rule, RuleContext } from '../types.ts';

const P = 'home-adaptation-subsidy';

/** Yuan rounded to the fen. */
const toFen = (yuan: number) => Math.round(yuan * 100) / 100;

type NumberValue = { value: number; entry: ResolvedValue };
type ListValue = { value: readonly string[]; entry: ResolvedValue };

/** What one route gives: its conditions (with its heading note first), its answer and any amount. */
type Route = { conditions: Condition[]; eligible: Eligible; amount: Amount | null; amountValue: ResolvedValue | null };

/**
 * Whether the family is of a kind the source names but does not define (特殊老年人家庭,
 * 特殊困难老年人家庭): the statuses are the site's reading, so condition() makes every outcome
 * "unknown" at most. `key` is the message family (…listed / …unknown / …missed).
 */
function familyOfKind(ctx: RuleContext, statuses: ListValue, key: string): Condition {
  const matched = statusesIn(ctx.answers.familyStatus, statuses.value);
  if (matched.length > 0) return condition('met', `${key}.listed`, { statuses: statusKeys(matched) }, [statuses.entry]);
  if (ctx.answers.familyStatus.includes('unknown')) return condition('unknown', `${key}.unknown`, { statuses: statusKeys(statuses.value) }, [statuses.entry]);
  return condition('missed', `${key}.missed`, { statuses: statusKeys(statuses.value) }, [statuses.entry]);
}

/** The city's subsidy (source 003): rural 特殊老年人家庭, 30 % of the actual cost, at most 5000 元. */
function cityRoute(ctx: RuleContext, age: Condition, { percent, cap, places, statuses }: { percent: NumberValue; cap: NumberValue; places: ListValue; statuses: ListValue }): Route {
  const { answers } = ctx;
  const route: Condition[] = [territory(answers, places)];
  if (answers.rural === 'unknown') route.push(condition('unknown', 'rural.unknown', {}, [percent.entry]));
  else route.push(condition(answers.rural ? 'met' : 'missed', answers.rural ? 'rural.met' : 'rural.missed', {}, [percent.entry]));
  route.push(familyOfKind(ctx, statuses, 'adaptation.special'));
  const eligible = decide([age, ...route]);
  let amount: Amount | null = null;
  let amountValue: ResolvedValue | null = null;
  if (eligible !== 'no') {
    const cost = answers.adaptationCost;
    const raw = cost === undefined ? undefined : toFen((cost * percent.value) / 100);
    if (cost === undefined || raw === undefined) {
      route.push(note('adaptation.noCost', { percent: percent.value, cap: cap.value }, [percent.entry, cap.entry]));
    } else if (raw === 0) {
      // A cost of 0 (or a few fen) gives nothing to show: no amount, and say what the subsidy is based on.
      route.push(note('adaptation.zeroCost', { cost, percent: percent.value, cap: cap.value }, [percent.entry, cap.entry]));
    } else {
      amount = { value: Math.min(raw, cap.value), unit: 'CNY' };
      amountValue = raw > cap.value ? cap.entry : percent.entry;
      route.push(note(raw > cap.value ? 'adaptation.costCapped' : 'adaptation.cost', { cost, percent: percent.value, raw, cap: cap.value }, [percent.entry, cap.entry]));
    }
  }
  return { conditions: [note('adaptation.city', { percent: percent.value, cap: cap.value }, [percent.entry, cap.entry]), ...route], eligible, amount, amountValue };
}

/**
 * The city's 2020–2022 plan (source 000, 任务1): 居家环境适老化改造 for 特殊困难老年人家庭 across the
 * city, town and country alike, by the end of 2022. A target with no amount: at best "maybe".
 */
function planRoute(ctx: RuleContext, age: Condition, { places, statuses }: { places: ListValue; statuses: ListValue }): Route {
  const route = [territory(ctx.answers, places), familyOfKind(ctx, statuses, 'adaptation.plan.special')];
  const until = places.entry.until ?? '';
  return { conditions: [note('adaptation.plan', { until }, [places.entry]), ...route], eligible: decide([age, ...route]), amount: null, amountValue: null };
}

/** Ouhai's wider scope (source 001, 任务8): 困难家庭, and 独居 and 高龄 elders, with no amount given. */
function districtRoute(ctx: RuleContext, age: Condition, { places, statuses, advancedAge }: { places: ListValue; statuses: ListValue; advancedAge: NumberValue }): Route {
  const { answers } = ctx;
  const where = territory(answers, places);
  const who: Condition[] = [];
  const hardship = statusesIn(answers.familyStatus, statuses.value);
  if (hardship.length > 0) who.push(condition('met', 'adaptation.district.hardship', { statuses: statusKeys(hardship) }, [statuses.entry]));
  // 独居 is named in the source, but no amount is: still only "maybe".
  if (answers.livesAlone === true) who.push(condition('unknown', 'adaptation.district.alone', {}, [places.entry]));
  if (ctx.age >= advancedAge.value) who.push(condition('met', 'adaptation.district.aged', { age: ctx.age, min: advancedAge.value }, [advancedAge.entry]));
  if (who.length === 0) {
    who.push(
      answers.livesAlone === 'unknown' || answers.familyStatus.includes('unknown')
        ? condition('unknown', 'adaptation.district.unsure', { min: advancedAge.value }, [places.entry])
        : // 困难家庭 and 高龄 are both the site's readings: condition() turns this miss into "unknown".
          condition('missed', 'adaptation.district.missed', { age: ctx.age, min: advancedAge.value, statuses: statusKeys(statuses.value) }, [statuses.entry, advancedAge.entry]),
    );
  }
  // One met reason is enough; the route needs territory, age and any one of the groups.
  const groupOutcome = who.some((c) => c.outcome !== 'missed') ? who.filter((c) => c.outcome !== 'missed') : who;
  return { conditions: [note('adaptation.district', {}, [places.entry]), where, ...who], eligible: decide([age, where, ...groupOutcome]), amount: null, amountValue: null };
}

/**
 * 适老化改造 has three routes; the best answer of those in force on the date counts, and only the
 * city's subsidy has an amount. None of the sources defines which families count, nor what age is
 * 高龄, so the answer is at best "maybe".
 */
export const homeAdaptationSubsidy: Rule = (ctx) => {
  const { date, params } = ctx;
  const elder = numberOn(params, 'common', 'elder-age', date);
  const percent = numberOn(params, P, 'percent', date);
  const cap = numberOn(params, P, 'cap', date);
  const cityPlaces = listOn(params, P, 'city-places', date);
  const cityStatuses = listOn(params, P, 'city-family-statuses', date);
  const planPlaces = listOn(params, P, 'plan-places', date);
  const planStatuses = listOn(params, P, 'plan-family-statuses', date);
  const districtPlaces = listOn(params, P, 'district-places', date);
  const districtStatuses = listOn(params, P, 'district-family-statuses', date);
  const advancedAge = numberOn(params, P, 'district-advanced-age', date);
  const age = elder && ageAtLeast(ctx, elder);
  const routes = age
    ? [
        percent && cap && cityPlaces && cityStatuses ? cityRoute(ctx, age, { percent, cap, places: cityPlaces, statuses: cityStatuses }) : undefined,
        planPlaces && planStatuses ? planRoute(ctx, age, { places: planPlaces, statuses: planStatuses }) : undefined,
        districtPlaces && districtStatuses && advancedAge ? districtRoute(ctx, age, { places: districtPlaces, statuses: districtStatuses, advancedAge }) : undefined,
      ].filter((r): r is Route => r !== undefined)
    : [];
  if (!age || routes.length === 0) {
    const first = parameter(params, P, 'percent').values[0];
    return noRuleYet(ctx, first, elder);
  }

  const eligible = routes.reduce<Eligible>((e, r) => best(e, r.eligible), 'no');
  // The amount is the city's subsidy when that route does not rule the family out.
  const paid = routes.find((r) => r.amount !== null && r.eligible !== 'no');
  return {
    eligible,
    conditions: [age, ...routes.flatMap((r) => r.conditions)],
    amount: eligible !== 'no' ? (paid?.amount ?? null) : null,
    amountValue: eligible !== 'no' ? (paid?.amountValue ?? null) : null,
  };
};
