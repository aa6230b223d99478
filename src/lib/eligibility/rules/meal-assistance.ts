import { ageAtLeast, condition, decide, noRuleYet, note } from '../conditions.ts';
import { listOn, numberOn, parameter } from '../params.ts';
import type { Condition, Rule } from '../types.ts';

const P = 'meal-assistance';

/**
 * 助餐 (source 001, 任务4): the district's 村社老年食堂 for elders. The plan names no 户籍 rule; its
 * “老年人不分户籍享受养老服务设施” is a goal to 2027 (二、主要目标), not a rule in force, so an
 * elder whose 户籍 is outside the listed places gets "maybe", with whom to ask.
 */
export const mealAssistance: Rule = (ctx) => {
  const { answers, date, params } = ctx;
  const elder = numberOn(params, 'common', 'elder-age', date);
  const hukou = listOn(params, P, 'hukou-places', date);
  const goal = listOn(params, P, 'any-hukou-goal', date);
  if (!elder || !hukou) {
    const first = parameter(params, P, 'hukou-places').values[0];
    return noRuleYet(ctx, first, elder);
  }
  const conditions: Condition[] = [ageAtLeast(ctx, elder)];
  const goalYear = goal?.entry.targetYear ?? '';
  if (answers.hukou === 'unknown') {
    conditions.push(condition('unknown', 'meal.hukou.unknown', { area: '@eligibility.area.wenzhou', year: goalYear }, [hukou.entry, goal?.entry]));
  } else if (hukou.value.includes(answers.hukou)) {
    conditions.push(condition('met', 'meal.hukou.met', { area: '@eligibility.area.wenzhou' }, [hukou.entry]));
  } else if (goal?.value.includes(answers.hukou)) {
    // The goal covers this 户籍 but is not in force: neither yes nor no.
    conditions.push(condition('unknown', 'meal.hukou.goal', { area: '@eligibility.area.wenzhou', year: goalYear, quote: goal.entry.reference.quote }, [goal.entry]));
  } else {
    conditions.push(condition('unknown', 'meal.hukou.silent', { area: '@eligibility.area.wenzhou' }, [hukou.entry]));
  }
  conditions.push(note(answers.residence === 'ouhai' ? 'meal.nearby' : 'meal.outside'));
  conditions.push(note('meal.price'));
  return { eligible: decide(conditions), conditions, amount: null, amountValue: null };
};
