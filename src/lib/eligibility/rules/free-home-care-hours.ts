import { ageAtLeast, condition, decide, noRuleYet, placeRequired, statusesIn, statusKeys, supporterKey } from '../conditions.ts';
import { listOn, numberOn, parameter } from '../params.ts';
import type { Condition, Rule } from '../types.ts';

const P = 'free-home-care-hours';

/**
 * 免费居家养老服务 (source 004, item 8): elders with 本市户籍 living in Wenzhou who are in a listed
 * family, or whose 赡养人 died or cannot support them; severe 失能失智 → at least 45 h a month,
 * moderate → at least 30 h.
 */
export const freeHomeCareHours: Rule = (ctx) => {
  const { answers, date, params } = ctx;
  const elder = numberOn(params, 'common', 'elder-age', date);
  const hukou = listOn(params, P, 'hukou-places', date);
  const residence = listOn(params, P, 'residence-places', date);
  const statuses = listOn(params, P, 'family-statuses', date);
  const states = listOn(params, P, 'supporter-states', date);
  const severe = numberOn(params, P, 'severe-hours', date);
  const moderate = numberOn(params, P, 'moderate-hours', date);
  if (!elder || !hukou || !residence || !statuses || !states || !severe || !moderate) {
    const first = parameter(params, P, 'severe-hours').values[0];
    return noRuleYet(ctx, first, elder);
  }

  const conditions: Condition[] = [
    ageAtLeast(ctx, elder),
    placeRequired('hukou', answers.hukou, hukou),
    placeRequired('residence', answers.residence, residence),
  ];

  // Who: a listed family, or a supporter who died or cannot support.
  const listed = { statuses: statusKeys(statuses.value), states: states.value.map(supporterKey) };
  const matched = statusesIn(answers.familyStatus, statuses.value);
  if (matched.length > 0) {
    conditions.push(condition('met', 'hours.group.status', { statuses: statusKeys(matched) }, [statuses.entry]));
  } else if (states.value.includes(answers.supporter)) {
    conditions.push(condition('met', 'hours.group.supporter', { state: supporterKey(answers.supporter) }, [states.entry]));
  } else if (answers.supporter === 'none') {
    conditions.push(condition('unknown', 'hours.group.noSupporter', listed, [states.entry]));
  } else if (answers.familyStatus.includes('unknown') || answers.supporter === 'unknown') {
    conditions.push(condition('unknown', 'hours.group.unknown', listed, [statuses.entry, states.entry]));
  } else {
    conditions.push(condition('missed', 'hours.group.missed', listed, [statuses.entry, states.entry]));
  }

  // How much care is needed decides the hours.
  const hours = { moderate: moderate.value, severe: severe.value };
  let amount: typeof severe | undefined;
  switch (answers.careNeed) {
    case 'severe':
      amount = severe;
      conditions.push(condition('met', 'care.severe', { hours: severe.value }, [severe.entry]));
      break;
    case 'moderate':
      amount = moderate;
      conditions.push(condition('met', 'care.moderate', { hours: moderate.value }, [moderate.entry]));
      break;
    case 'unknown':
      conditions.push(condition('unknown', 'care.unknown', hours, [moderate.entry, severe.entry]));
      break;
    default:
      conditions.push(condition('missed', 'care.missed', { level: `@eligibility.care.${answers.careNeed}`, ...hours }, [moderate.entry, severe.entry]));
  }

  const eligible = decide(conditions);
  return {
    eligible,
    conditions,
    amount: eligible !== 'no' && amount ? { value: amount.value, unit: 'hours/month' } : null,
    amountValue: eligible !== 'no' && amount ? amount.entry : null,
  };
};
