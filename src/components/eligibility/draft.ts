/**
 * The wizard's form state and how it becomes engine answers. Pure: shared by the island and tests.
 * The form exists only once JavaScript runs and is never submitted anywhere.
 */
import type { Answers, CareNeed, FamilyStatus, Place, Supporter } from '../../schemas/answers.ts';
import { isIsoDate } from '../../lib/eligibility/dates.ts';

/** The questions, one per step, in order. */
export const STEPS = ['birthDate', 'hukou', 'residence', 'familyStatus', 'careNeed', 'supporter', 'livesAlone', 'rural', 'adaptationCost'] as const;
export type Step = (typeof STEPS)[number];

type YesNo = 'yes' | 'no' | 'unknown';

/** What the form holds; '' means not answered yet. */
export type Draft = {
  year: string;
  month: string;
  day: string;
  hukou: Place | '';
  residence: Place | '';
  /** The 9-digit code of the 街道 or 镇 lived in, '' when not chosen (optional, only asked for 瓯海区). */
  town: string;
  /** The 12-digit code of the 村 or 社区 lived in, '' when not chosen (optional). */
  community: string;
  /** Ticked statuses, possibly with 'unknown'. */
  familyStatus: FamilyStatus[];
  /** “None of these” ticked. */
  familyNone: boolean;
  careNeed: CareNeed | '';
  supporter: Supporter | '';
  livesAlone: YesNo | '';
  rural: YesNo | '';
  /** No adaptation planned; planned with a cost; planned, cost not known yet. */
  costPlan: 'plan' | 'unsure' | 'none' | '';
  /** Cost in 元 as typed. */
  cost: string;
};

export const EMPTY_DRAFT: Draft = {
  year: '',
  month: '',
  day: '',
  hukou: '',
  residence: '',
  town: '',
  community: '',
  familyStatus: [],
  familyNone: false,
  careNeed: '',
  supporter: '',
  livesAlone: '',
  rural: '',
  costPlan: '',
  cost: '',
};

/** Digits typed in full-width or with spaces still count. */
function digits(s: string): string {
  return s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\s+/g, '');
}

/** The birth date as YYYY-MM-DD, or undefined when the three fields do not make a real date. */
export function birthDateOf(draft: Draft): string | undefined {
  const [y, m, d] = [digits(draft.year), digits(draft.month), digits(draft.day)];
  if (!/^\d{4}$/.test(y) || !/^\d{1,2}$/.test(m) || !/^\d{1,2}$/.test(d)) return undefined;
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}

/** The cost in 元, or undefined when it is not a number of at least 0. */
export function costOf(draft: Draft): number | undefined {
  const s = digits(draft.cost).replace(/,/g, '');
  if (!/^\d+(?:\.\d{1,2})?$/.test(s)) return undefined;
  return Number(s);
}

/** The message key of what is wrong with a step's answer, or null when it is answered. */
export function stepError(step: Step, draft: Draft, today: string): string | null {
  switch (step) {
    case 'birthDate': {
      const date = birthDateOf(draft);
      if (!date || date < '1890-01-01') return 'eligibility.error.date';
      return date > today ? 'eligibility.error.future' : null;
    }
    case 'familyStatus':
      return draft.familyNone || draft.familyStatus.length > 0 ? null : 'eligibility.error.choose';
    case 'adaptationCost':
      if (draft.costPlan === 'none' || draft.costPlan === 'unsure') return null;
      // The cost message names all three choices; this question has no plain “I don't know”.
      return draft.costPlan === 'plan' && costOf(draft) !== undefined ? null : 'eligibility.error.cost';
    default:
      // The 街道 and 村社 under “where do you live” are optional: only the place itself is required.
      return draft[step] === '' ? 'eligibility.error.choose' : null;
  }
}

/** A box of the family-status question: one status, “none of these”, or “I don't know”. */
export type FamilyBox = Exclude<FamilyStatus, 'unknown'> | 'none' | 'unknown';

/**
 * The family-status answer after ticking or unticking one box. “None of these” and “I don't know”
 * each stand alone: ticking either clears every other box, and ticking a status clears both.
 */
export function tickFamily(draft: Pick<Draft, 'familyStatus' | 'familyNone'>, box: FamilyBox, checked: boolean): Pick<Draft, 'familyStatus' | 'familyNone'> {
  if (box === 'none') return { familyNone: checked, familyStatus: [] };
  if (box === 'unknown') return { familyNone: false, familyStatus: checked ? ['unknown'] : [] };
  const others = draft.familyStatus.filter((s) => s !== box && s !== 'unknown');
  return { familyNone: false, familyStatus: checked ? [...others, box] : others };
}

/** The first step not yet answered properly, or undefined when all are. */
export function firstIncomplete(draft: Draft, today: string): Step | undefined {
  return STEPS.find((s) => stepError(s, draft, today) !== null);
}

const yesNo = (v: YesNo | ''): boolean | 'unknown' => (v === 'yes' ? true : v === 'no' ? false : 'unknown');

/** The engine's answers; call only when every step is answered. */
export function draftToAnswers(draft: Draft): Answers {
  const birthDate = birthDateOf(draft);
  if (!birthDate || draft.hukou === '' || draft.residence === '' || draft.careNeed === '' || draft.supporter === '') {
    throw new Error('draftToAnswers: the draft is incomplete');
  }
  const cost = draft.costPlan === 'plan' ? costOf(draft) : undefined;
  return {
    birthDate,
    hukou: draft.hukou,
    residence: draft.residence,
    familyStatus: draft.familyNone ? [] : [...draft.familyStatus],
    careNeed: draft.careNeed,
    supporter: draft.supporter,
    livesAlone: yesNo(draft.livesAlone),
    rural: yesNo(draft.rural),
    ...(cost !== undefined ? { adaptationCost: cost } : {}),
  };
}
