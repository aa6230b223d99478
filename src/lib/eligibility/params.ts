import { addDays } from '../hours/local-time.ts';
import type { PolicySet, Reference, ResolvedParameter, ResolvedValue, Unit } from '../../schemas/policy.ts';

/**
 * The parameters each policy file must define, with their units. The engine reads exactly these;
 * the data validator checks that data/policies/ provides them, so a renamed or missing parameter is
 * reported in Chinese before the site builds rather than failing in a visitor's browser.
 */
export const REQUIRED_PARAMETERS = {
  common: { 'elder-age': 'years' },
  'elderly-service-subsidy': {
    'min-age': 'years',
    'higher-age': 'years',
    amount: 'CNY/month',
    'higher-amount': 'CNY/month',
    places: 'places',
  },
  'free-home-care-hours': {
    'hukou-places': 'places',
    'residence-places': 'places',
    'family-statuses': 'family-statuses',
    'supporter-states': 'supporter-states',
    'severe-hours': 'hours/month',
    'moderate-hours': 'hours/month',
  },
  'emergency-call-service': { 'min-age': 'years', places: 'places' },
  'home-adaptation-subsidy': {
    percent: 'percent',
    cap: 'CNY',
    'city-places': 'places',
    'city-family-statuses': 'family-statuses',
    'plan-places': 'places',
    'plan-family-statuses': 'family-statuses',
    'district-places': 'places',
    'district-family-statuses': 'family-statuses',
    'district-advanced-age': 'years',
  },
  'public-care-home-priority': {
    places: 'places',
    'first-statuses': 'family-statuses',
    'priority-statuses': 'family-statuses',
    'unclear-statuses': 'family-statuses',
  },
  'meal-assistance': { 'hukou-places': 'places', 'any-hukou-goal': 'places' },
} as const satisfies Record<string, Record<string, Unit>>;

export type PolicyId = keyof typeof REQUIRED_PARAMETERS;
export type ParamId<P extends PolicyId> = keyof (typeof REQUIRED_PARAMETERS)[P] & string;

/** The parameter itself (all its dated values). Throws when the data lacks it: the validator prevents that. */
export function parameter<P extends PolicyId>(params: PolicySet, policy: P, id: ParamId<P>): ResolvedParameter {
  const found = params.policies[policy]?.parameters[id];
  if (!found) throw new Error(`data/policies/${policy}.yaml 缺少参数 ${id}；请运行 npm run validate 查看详情`);
  return found;
}

/**
 * The value in force on `date` (the latest whose `from` is on or before it), or undefined before the
 * first and after the `until` of the latest.
 */
export function valueOn<P extends PolicyId>(params: PolicySet, policy: P, id: ParamId<P>, date: string): ResolvedValue | undefined {
  let current: ResolvedValue | undefined;
  for (const v of parameter(params, policy, id).values) {
    if (v.from <= date) current = v;
  }
  return current?.until !== undefined && current.until < date ? undefined : current;
}

/** A number parameter's value on `date`. */
export function numberOn<P extends PolicyId>(params: PolicySet, policy: P, id: ParamId<P>, date: string): { value: number; entry: ResolvedValue } | undefined {
  const entry = valueOn(params, policy, id, date);
  if (!entry) return undefined;
  if (typeof entry.value !== 'number') throw new Error(`data/policies/${policy}.yaml 参数 ${id} 应是数字`);
  return { value: entry.value, entry };
}

/** A list parameter's value on `date`. */
export function listOn<P extends PolicyId>(params: PolicySet, policy: P, id: ParamId<P>, date: string): { value: readonly string[]; entry: ResolvedValue } | undefined {
  const entry = valueOn(params, policy, id, date);
  if (!entry) return undefined;
  if (!Array.isArray(entry.value)) throw new Error(`data/policies/${policy}.yaml 参数 ${id} 应是列表`);
  return { value: entry.value, entry };
}

/** Every date on which some parameter of these policies changes: a value starts, or the day after one ends. */
export function changeDates(params: PolicySet, policies: readonly PolicyId[]): string[] {
  const dates = new Set<string>();
  for (const policy of policies) {
    for (const p of Object.values(params.policies[policy]?.parameters ?? {})) {
      for (const v of p.values) {
        dates.add(v.from);
        if (v.until !== undefined) dates.add(addDays(v.until, 1));
      }
    }
  }
  return [...dates].sort();
}

/** The values of these policies that end the day before `day` (their `until` is the day before). */
export function valuesEndingBefore(params: PolicySet, policies: readonly PolicyId[], day: string): ResolvedValue[] {
  return policies.flatMap((id) =>
    Object.values(params.policies[id]?.parameters ?? {}).flatMap((p) => p.values.filter((v) => v.until !== undefined && addDays(v.until, 1) === day)),
  );
}

/** Every age (in years) that any parameter of these policies has ever used as a threshold. */
export function ageThresholds(params: PolicySet, policies: readonly PolicyId[]): number[] {
  const ages = new Set<number>();
  for (const policy of policies) {
    for (const p of Object.values(params.policies[policy]?.parameters ?? {})) {
      if (p.unit !== 'years') continue;
      for (const v of p.values) if (typeof v.value === 'number') ages.add(v.value);
    }
  }
  return [...ages].sort((a, b) => a - b);
}

/** A document as the browser gets it: no editors' note, and no file name (that is the repository's, not the reader's). */
function browserDoc({ note: _note, file: _file, ...doc }: Reference['doc']): Reference['doc'] {
  return { ...doc, file: null };
}

/**
 * The policy set without the editors' notes (why a date or reading was chosen) and the source file
 * names, which the engine and the wizard never show: a smaller payload for the browser, and no
 * internal file id in the page. The rules page shows the notes.
 */
export function forBrowser(params: PolicySet): PolicySet {
  const policies: PolicySet['policies'] = {};
  for (const [id, policy] of Object.entries(params.policies)) {
    const parameters: (typeof policy)['parameters'] = {};
    for (const [name, p] of Object.entries(policy.parameters)) {
      parameters[name] = {
        ...p,
        values: p.values.map(({ note: _note, reference: { doc, ...ref }, ...v }) => ({ ...v, reference: { ...ref, doc: browserDoc(doc) } })),
      };
    }
    const howToApply = policy.howToApply.map(({ reference, ...step }) => {
      if (!reference) return step;
      const { doc, ...ref } = reference;
      return { ...step, reference: { ...ref, doc: browserDoc(doc) } };
    });
    policies[id] = { ...policy, parameters, howToApply };
  }
  return { policies };
}
