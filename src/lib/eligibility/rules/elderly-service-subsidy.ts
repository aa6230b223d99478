import { ageAtLeast, condition, decide, firstNumber, noRuleYet, note, territory } from '../conditions.ts';
import { listOn, numberOn, parameter } from '../params.ts';
import type { Condition, Rule } from '../types.ts';

const P = 'elderly-service-subsidy';

/**
 * 养老服务补贴 (source 001, 任务1): 80–89 周岁 and 90 周岁 and over, at the standard the district set
 * for 2027. The source gives no standard before that and does not say whether 瓯海户籍 is required.
 */
export const elderlyServiceSubsidy: Rule = ({ answers, date, age, params }) => {
  const minAge = numberOn(params, P, 'min-age', date);
  const higherAge = numberOn(params, P, 'higher-age', date);
  const places = listOn(params, P, 'places', date);
  if (!minAge || !higherAge || !places) {
    const first = parameter(params, P, 'min-age');
    return noRuleYet({ answers, date, age, params }, first.values[0], firstNumber(first));
  }

  const conditions: Condition[] = [ageAtLeast({ answers, date, age, params }, minAge), territory(answers, places)];
  const higher = age >= higherAge.value;
  const amountId = higher ? 'higher-amount' : 'amount';
  const amount = numberOn(params, P, amountId, date);
  if (age >= minAge.value) {
    if (amount) {
      conditions.push(
        higher
          ? note('subsidy.tier2', { higher: higherAge.value, amount: amount.value }, [higherAge.entry, amount.entry])
          : note('subsidy.tier1', { min: minAge.value, higher: higherAge.value, amount: amount.value }, [minAge.entry, amount.entry]),
      );
      if (amount.entry.basis === 'target') {
        conditions.push(
          note('amount.target', { year: amount.entry.targetYear ?? amount.entry.from.slice(0, 4), quote: amount.entry.reference.quote, docDate: amount.entry.reference.doc.date }, [amount.entry]),
        );
      }
    } else {
      const next = parameter(params, P, amountId).values.find((v) => v.from > date);
      conditions.push(
        condition('unknown', 'subsidy.noCurrentAmount', { from: next?.from ?? '', year: next?.from.slice(0, 4) ?? '', amount: typeof next?.value === 'number' ? next.value : '' }, [next]),
      );
    }
  }

  const eligible = decide(conditions);
  return {
    eligible,
    conditions,
    amount: eligible !== 'no' && amount ? { value: amount.value, unit: 'CNY/month' } : null,
    amountValue: eligible !== 'no' && amount ? amount.entry : null,
  };
};
