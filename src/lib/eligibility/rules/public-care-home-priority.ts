import { ageAtLeast, condition, decide, noRuleYet, note, statusesIn, statusKeys, territory } from '../conditions.ts';
import { listOn, numberOn, parameter } from '../params.ts';
import type { Condition, Rule } from '../types.ts';

const P = 'public-care-home-priority';

/**
 * 公办养老机构无偿或低偿托养 (source 000, 任务4): 特困 elders first, then elders of 低保, 低收入 and
 * 计划生育特殊家庭. Priority, not a guaranteed bed.
 */
export const publicCareHomePriority: Rule = (ctx) => {
  const { answers, date, params } = ctx;
  const elder = numberOn(params, 'common', 'elder-age', date);
  const places = listOn(params, P, 'places', date);
  const first = listOn(params, P, 'first-statuses', date);
  const priority = listOn(params, P, 'priority-statuses', date);
  const unclear = listOn(params, P, 'unclear-statuses', date);
  if (!elder || !places || !first || !priority || !unclear) {
    const earliest = parameter(params, P, 'places').values[0];
    return noRuleYet(ctx, earliest, elder);
  }

  const conditions: Condition[] = [ageAtLeast(ctx, elder), territory(answers, places)];
  const firstMatched = statusesIn(answers.familyStatus, first.value);
  const priorityMatched = statusesIn(answers.familyStatus, priority.value);
  const unclearMatched = statusesIn(answers.familyStatus, unclear.value);
  if (firstMatched.length > 0) {
    conditions.push(condition('met', 'carehome.first', {}, [first.entry]));
  } else if (priorityMatched.length > 0) {
    conditions.push(condition('met', 'carehome.priority', { statuses: statusKeys(priorityMatched) }, [priority.entry]));
  } else if (unclearMatched.length > 0) {
    // Only the site's reading: condition() turns this into "unknown".
    conditions.push(condition('met', 'carehome.unclear', { statuses: statusKeys(unclearMatched) }, [unclear.entry]));
  } else if (answers.familyStatus.includes('unknown')) {
    conditions.push(condition('unknown', 'carehome.unknown', { statuses: statusKeys([...first.value, ...priority.value]) }, [first.entry, priority.entry]));
  } else {
    conditions.push(condition('missed', 'carehome.missed', { statuses: statusKeys([...first.value, ...priority.value]) }, [first.entry, priority.entry]));
  }
  conditions.push(note('carehome.notGuaranteed'));
  return { eligible: decide(conditions), conditions, amount: null, amountValue: null };
};
