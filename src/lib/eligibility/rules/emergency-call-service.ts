import { ageAtLeast, decide, firstNumber, noRuleYet, note, territory } from '../conditions.ts';
import { listOn, numberOn, parameter } from '../params.ts';
import type { Condition, Rule } from '../types.ts';

const P = 'emergency-call-service';

/** “一键通” (source 003): free for elders of the city aged 80 and over who need it. */
export const emergencyCallService: Rule = (ctx) => {
  const { answers, date, params } = ctx;
  const minAge = numberOn(params, P, 'min-age', date);
  const places = listOn(params, P, 'places', date);
  if (!minAge || !places) {
    const first = parameter(params, P, 'min-age');
    return noRuleYet(ctx, first.values[0], minAge ?? firstNumber(first));
  }
  const conditions: Condition[] = [ageAtLeast(ctx, minAge), territory(answers, places), note('emergency.need', {}, [minAge.entry])];
  return { eligible: decide(conditions), conditions, amount: null, amountValue: null };
};
