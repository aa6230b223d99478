import { ageAtLeast, condition, decide, noRuleYet, note } from '../conditions.ts';
import { listOn, numberOn, parameter } from '../params.ts';
import type { Condition, Rule } from '../types.ts';

const P = 'meal-assistance';

/** 助餐 (source 001): elders use the district's service facilities whatever their 户籍. */
export const mealAssistance: Rule = (ctx) => {
  const { answers, date, params } = ctx;
  const elder = numberOn(params, 'common', 'elder-age', date);
  const hukou = listOn(params, P, 'hukou-places', date);
  if (!elder || !hukou) {
    const first = parameter(params, P, 'hukou-places').values[0];
    return noRuleYet(ctx, first, elder);
  }
  const everyone = (['ouhai', 'wenzhou', 'other'] as const).every((p) => hukou.value.includes(p));
  const conditions: Condition[] = [ageAtLeast(ctx, elder)];
  if (everyone) conditions.push(condition('met', 'meal.anyHukou', {}, [hukou.entry]));
  else if (answers.hukou === 'unknown') conditions.push(condition('unknown', 'hukou.unknown', { area: '@eligibility.area.ouhai' }, [hukou.entry]));
  else conditions.push(condition(hukou.value.includes(answers.hukou) ? 'met' : 'missed', hukou.value.includes(answers.hukou) ? 'hukou.met' : 'hukou.missed', { area: '@eligibility.area.ouhai' }, [hukou.entry]));
  conditions.push(note(answers.residence === 'ouhai' ? 'meal.nearby' : 'meal.outside'));
  conditions.push(note('meal.price'));
  return { eligible: decide(conditions), conditions, amount: null, amountValue: null };
};
