import { ageAtLeast, best, condition, decide, noRuleYet, note, statusesIn, statusKeys, territory } from '../conditions.ts';
import { listOn, numberOn, parameter } from '../params.ts';
import type { Amount, Condition, Eligible, Rule } from '../types.ts';
import type { ResolvedValue } from '../../../schemas/policy.ts';

const P = 'home-adaptation-subsidy';

/** Yuan rounded to the fen. */
const toFen = (yuan: number) => Math.round(yuan * 100) / 100;

/**
 * 适老化改造 has two routes:
 * - the city's (source 003): rural 特殊老年人家庭 get 30 % of the actual cost, at most 5000 元;
 * - Ouhai's wider scope (source 001 任务8): 困难家庭, and 独居 and 高龄 elders, with no amount given.
 * Neither source defines which families count, nor what age is 高龄, so the answer is at best "maybe".
 */
export const homeAdaptationSubsidy: Rule = (ctx) => {
  const { answers, date, params } = ctx;
  const elder = numberOn(params, 'common', 'elder-age', date);
  const percent = numberOn(params, P, 'percent', date);
  const cap = numberOn(params, P, 'cap', date);
  const cityPlaces = listOn(params, P, 'city-places', date);
  const cityStatuses = listOn(params, P, 'city-family-statuses', date);
  const districtPlaces = listOn(params, P, 'district-places', date);
  const districtStatuses = listOn(params, P, 'district-family-statuses', date);
  const advancedAge = numberOn(params, P, 'district-advanced-age', date);
  const cityRoute = percent && cap && cityPlaces && cityStatuses ? { percent, cap, cityPlaces, cityStatuses } : undefined;
  const districtRoute = districtPlaces && districtStatuses && advancedAge ? { districtPlaces, districtStatuses, advancedAge } : undefined;
  if (!elder || (!cityRoute && !districtRoute)) {
    const first = parameter(params, P, 'percent').values[0];
    return noRuleYet(ctx, first, elder);
  }

  const age = ageAtLeast(ctx, elder);
  const conditions: Condition[] = [age];
  let eligible: Eligible = 'no';
  let amount: Amount | null = null;
  let amountValue: ResolvedValue | null = null;

  if (cityRoute) {
    const { percent, cap, cityPlaces, cityStatuses } = cityRoute;
    const route: Condition[] = [territory(answers, cityPlaces)];
    if (answers.rural === 'unknown') route.push(condition('unknown', 'rural.unknown', {}, [percent.entry]));
    else route.push(condition(answers.rural ? 'met' : 'missed', answers.rural ? 'rural.met' : 'rural.missed', {}, [percent.entry]));
    const matched = statusesIn(answers.familyStatus, cityStatuses.value);
    if (matched.length > 0) {
      // Only the site's reading of 特殊老年人家庭: condition() turns this into "unknown".
      route.push(condition('met', 'adaptation.special.listed', { statuses: statusKeys(matched) }, [cityStatuses.entry]));
    } else if (answers.familyStatus.includes('unknown')) {
      route.push(condition('unknown', 'adaptation.special.unknown', { statuses: statusKeys(cityStatuses.value) }, [cityStatuses.entry]));
    } else {
      // Which families count is the site's reading: condition() turns this miss into "unknown".
      route.push(condition('missed', 'adaptation.special.missed', { statuses: statusKeys(cityStatuses.value) }, [cityStatuses.entry]));
    }
    const cityEligible = decide([age, ...route]);
    if (cityEligible !== 'no') {
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
        route.push(
          note(raw > cap.value ? 'adaptation.costCapped' : 'adaptation.cost', { cost, percent: percent.value, raw, cap: cap.value }, [percent.entry, cap.entry]),
        );
      }
    }
    conditions.push(note('adaptation.city', { percent: percent.value, cap: cap.value }, [percent.entry, cap.entry]), ...route);
    eligible = best(eligible, cityEligible);
  }

  if (districtRoute) {
    const { districtPlaces, districtStatuses, advancedAge } = districtRoute;
    const route: Condition[] = [territory(answers, districtPlaces)];
    const who: Condition[] = [];
    const hardship = statusesIn(answers.familyStatus, districtStatuses.value);
    if (hardship.length > 0) who.push(condition('met', 'adaptation.district.hardship', { statuses: statusKeys(hardship) }, [districtStatuses.entry]));
    // 独居 is named in the source, but no amount is: still only "maybe".
    if (answers.livesAlone === true) who.push(condition('unknown', 'adaptation.district.alone', {}, [districtPlaces.entry]));
    if (ctx.age >= advancedAge.value) who.push(condition('met', 'adaptation.district.aged', { age: ctx.age, min: advancedAge.value }, [advancedAge.entry]));
    if (who.length === 0) {
      who.push(
        answers.livesAlone === 'unknown' || answers.familyStatus.includes('unknown')
          ? condition('unknown', 'adaptation.district.unsure', { min: advancedAge.value }, [districtPlaces.entry])
          : // 困难家庭 and 高龄 are both the site's readings: condition() turns this miss into "unknown".
            condition('missed', 'adaptation.district.missed', { age: ctx.age, min: advancedAge.value, statuses: statusKeys(districtStatuses.value) }, [districtStatuses.entry, advancedAge.entry]),
      );
    }
    route.push(...who);
    conditions.push(note('adaptation.district', {}, [districtPlaces.entry]), ...route);
    // One met reason is enough; the route needs territory, age and any one of the groups.
    const groupOutcome = who.some((c) => c.outcome !== 'missed') ? who.filter((c) => c.outcome !== 'missed') : who;
    eligible = best(eligible, decide([age, route[0] as Condition, ...groupOutcome]));
  }

  return { eligible, conditions, amount: eligible !== 'no' ? amount : null, amountValue: eligible !== 'no' ? amountValue : null };
};
