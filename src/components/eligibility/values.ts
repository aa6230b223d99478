import { formatMessage, type MessageLang, type Messages } from '../../lib/eligibility/index.ts';
import type { PolicySet, ResolvedValue, Unit } from '../../schemas/policy.ts';

/** Message key of one item of a list parameter. */
const ITEM_KEY: Partial<Record<Unit, (item: string) => string>> = {
  places: (p) => `eligibility.q.place.${p}`,
  'family-statuses': (s) => `eligibility.status.${s}`,
  'supporter-states': (s) => `eligibility.supporter.${s}`,
};

/** Message key of a number with its unit. */
const NUMBER_KEY: Partial<Record<Unit, string>> = {
  'CNY/month': 'eligibility.unit.CNY/month',
  'hours/month': 'eligibility.unit.hours/month',
  CNY: 'eligibility.unit.CNY',
  years: 'eligibility.value.years',
  percent: 'eligibility.value.percent',
};

/** A parameter value in words with its unit: “每月 70 元”, “80 周岁”, “低保家庭、低收入家庭”. */
export function valueText(messages: Messages, unit: Unit, value: ResolvedValue['value'], lang: MessageLang): string {
  if (Array.isArray(value)) {
    const key = ITEM_KEY[unit];
    return value.map((item) => (key ? formatMessage(messages, key(item), {}, lang) : item)).join(lang === 'en' ? '; ' : '、');
  }
  const key = NUMBER_KEY[unit];
  return key ? formatMessage(messages, key, { value }, lang) : String(value);
}

/** The newest value of a parameter (for describing the rule as it stands). */
function latest(params: PolicySet, policy: string, id: string): number | string {
  const v = params.policies[policy]?.parameters[id]?.values.at(-1);
  if (!v) throw new Error(`data/policies/${policy}.yaml 缺少参数 ${id}`);
  return typeof v.value === 'number' ? v.value : v.from;
}
function latestFrom(params: PolicySet, policy: string, id: string): string {
  return params.policies[policy]?.parameters[id]?.values.at(-1)?.from ?? '';
}

/**
 * Figures for the plain-words summary of each rule (eligibility.howto.*), taken from the data so the
 * summary never disagrees with it.
 */
export function howtoParams(params: PolicySet): Record<string, Record<string, string | number>> {
  const elder = latest(params, 'common', 'elder-age');
  const from = latestFrom(params, 'elderly-service-subsidy', 'amount');
  const amount = params.policies['elderly-service-subsidy']?.parameters.amount?.values.at(-1);
  return {
    'elderly-service-subsidy': {
      min: latest(params, 'elderly-service-subsidy', 'min-age'),
      higher: latest(params, 'elderly-service-subsidy', 'higher-age'),
      amount: latest(params, 'elderly-service-subsidy', 'amount'),
      higherAmount: latest(params, 'elderly-service-subsidy', 'higher-amount'),
      from,
      year: amount?.targetYear ?? from.slice(0, 4),
    },
    'free-home-care-hours': {
      elder,
      severe: latest(params, 'free-home-care-hours', 'severe-hours'),
      moderate: latest(params, 'free-home-care-hours', 'moderate-hours'),
    },
    'emergency-call-service': { min: latest(params, 'emergency-call-service', 'min-age') },
    'home-adaptation-subsidy': {
      percent: latest(params, 'home-adaptation-subsidy', 'percent'),
      cap: latest(params, 'home-adaptation-subsidy', 'cap'),
    },
    'public-care-home-priority': { elder },
    'meal-assistance': {
      elder,
      from: latestFrom(params, 'meal-assistance', 'any-hukou-goal'),
      year: params.policies['meal-assistance']?.parameters['any-hukou-goal']?.values.at(-1)?.targetYear ?? '',
    },
  };
}
