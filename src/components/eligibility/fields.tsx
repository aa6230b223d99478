/**
 * The answer field of each question: radio rows, check boxes, the three date boxes, the cost, and
 * for “where do you live” the optional 街道 → 村社 choice. Every answer is a whole labelled row.
 */
import type { JSX } from 'preact';
import type { MessageLang } from '../../lib/eligibility/index.ts';
import { Mixed } from '../Mixed.tsx';
import { tickFamily, type Draft, type Step } from './draft.ts';
import type { WizardPlaces } from './places.ts';

type Option = readonly [value: string, labelKey: string];

const PLACES: readonly Option[] = [
  ['ouhai', 'eligibility.q.place.ouhai'],
  ['wenzhou', 'eligibility.q.place.wenzhou'],
  ['other', 'eligibility.q.place.other'],
  ['unknown', 'eligibility.unknownOption'],
];
const STATUSES = ['dibao', 'dibao-edge', 'low-income', 'tekun', 'priority-care', 'organ-donor', 'family-planning-special'] as const;
const CARE: readonly Option[] = (['none', 'mild', 'moderate', 'severe', 'unknown'] as const).map((v) => [v, `eligibility.q.careNeed.${v}`]);
const SUPPORTER: readonly Option[] = [
  ...(['able', 'deceased', 'unable', 'none'] as const).map((v): Option => [v, `eligibility.q.supporter.${v}`]),
  ['unknown', 'eligibility.unknownOption'],
];
const yesNoOptions = (q: 'livesAlone' | 'rural'): readonly Option[] => [
  ['yes', `eligibility.q.${q}.yes`],
  ['no', `eligibility.q.${q}.no`],
  ['unknown', 'eligibility.unknownOption'],
];

/** Keys of the "what does this mean?" text of each question that has one. */
export const EXPLAIN: Partial<Record<Step, string>> = {
  familyStatus: 'eligibility.q.familyStatus.explain',
  careNeed: 'eligibility.q.careNeed.explain',
  supporter: 'eligibility.q.supporter.explain',
  rural: 'eligibility.q.rural.explain',
  adaptationCost: 'eligibility.q.adaptationCost.explain',
};
export const HINT: Partial<Record<Step, string>> = {
  birthDate: 'eligibility.q.birthDate.hint',
  hukou: 'eligibility.q.hukou.hint',
  familyStatus: 'eligibility.q.familyStatus.hint',
  careNeed: 'eligibility.q.careNeed.hint',
  supporter: 'eligibility.q.supporter.hint',
  adaptationCost: 'eligibility.q.adaptationCost.hint',
};

type FieldProps = {
  step: Step;
  draft: Draft;
  update: (patch: Partial<Draft>) => void;
  /** Whether the step's answer is wrong (the message itself is shown by the question). */
  invalid: boolean;
  t: (key: string, p?: Record<string, string | number>) => string;
  lang: MessageLang;
  places: WizardPlaces;
};

export function Field({ step, draft, update, invalid, t, lang, places }: FieldProps): JSX.Element {
  const described = invalid ? `${step}-error` : undefined;
  const radios = (options: readonly Option[], value: string, onChange: (v: string) => void) => (
    <div class="oh-elig-options">
      {options.map(([v, key]) => (
        <label class="oh-elig-option" key={v}>
          <input type="radio" name={step} value={v} checked={value === v} onChange={() => onChange(v)} aria-describedby={described} />
          <span><Mixed text={t(key)} lang={lang} /></span>
        </label>
      ))}
    </div>
  );

  switch (step) {
    case 'birthDate':
      return (
        <div class="oh-elig-date">
          {(['year', 'month', 'day'] as const).map((part) => (
            <label class={`oh-elig-date__${part}`} key={part}>
              <span>{t(`eligibility.q.birthDate.${part}`)}</span>
              <input type="text" inputMode="numeric" name={`birth-${part}`} autoComplete={`bday-${part}`}
                maxLength={part === 'year' ? 4 : 2} value={draft[part]} aria-invalid={invalid ? true : undefined}
                aria-describedby={described}
                onInput={(e) => update({ [part]: e.currentTarget.value } as Partial<Draft>)} />
            </label>
          ))}
        </div>
      );
    case 'hukou':
      return radios(PLACES, draft.hukou, (v) => update({ hukou: v as Draft['hukou'] }));
    case 'residence':
      return (
        <>
          {radios(PLACES, draft.residence, (v) => update({ residence: v as Draft['residence'] }))}
          {draft.residence === 'ouhai' && <WherePicker draft={draft} update={update} t={t} lang={lang} places={places} />}
        </>
      );
    case 'familyStatus':
      return (
        <div class="oh-elig-options">
          {STATUSES.map((status) => (
            <label class="oh-elig-option" key={status}>
              <input type="checkbox" name="familyStatus" value={status} checked={draft.familyStatus.includes(status)}
                onChange={(e) => update(tickFamily(draft, status, e.currentTarget.checked))} />
              <span><Mixed text={t(`eligibility.status.${status}`)} lang={lang} /></span>
            </label>
          ))}
          <label class="oh-elig-option oh-elig-option--exclusive">
            <input type="checkbox" name="familyStatus" value="none" checked={draft.familyNone}
              onChange={(e) => update(tickFamily(draft, 'none', e.currentTarget.checked))} />
            <span>{t('eligibility.q.familyStatus.none')}</span>
          </label>
          <label class="oh-elig-option oh-elig-option--exclusive">
            <input type="checkbox" name="familyStatus" value="unknown" checked={draft.familyStatus.includes('unknown')}
              onChange={(e) => update(tickFamily(draft, 'unknown', e.currentTarget.checked))} />
            <span>{t('eligibility.unknownOption')}</span>
          </label>
        </div>
      );
    case 'careNeed':
      return radios(CARE, draft.careNeed, (v) => update({ careNeed: v as Draft['careNeed'] }));
    case 'supporter':
      return radios(SUPPORTER, draft.supporter, (v) => update({ supporter: v as Draft['supporter'] }));
    case 'livesAlone':
    case 'rural':
      return radios(yesNoOptions(step), draft[step], (v) => update({ [step]: v } as Partial<Draft>));
    case 'adaptationCost':
      return (
        <div class="oh-elig-options">
          {(['none', 'plan', 'unsure'] as const).map((plan) => (
            <label class="oh-elig-option" key={plan}>
              <input type="radio" name="costPlan" value={plan} checked={draft.costPlan === plan} onChange={() => update({ costPlan: plan })} />
              <span>{t(`eligibility.q.adaptationCost.${plan === 'none' ? 'noPlan' : plan}`)}</span>
            </label>
          ))}
          <label class="oh-elig-cost">
            <span>{t('eligibility.q.adaptationCost.amount')}</span>
            <input type="text" inputMode="decimal" name="cost" value={draft.cost} aria-invalid={invalid ? true : undefined}
              aria-describedby={described}
              onInput={(e) => update({ cost: e.currentTarget.value, costPlan: 'plan' })} />
          </label>
        </div>
      );
  }
}

/**
 * 街道 then 村社, both optional: only used to name the centre to ask on the result and the slip.
 * Choosing another 街道 clears the 村社, so the two never disagree.
 */
function WherePicker({ draft, update, t, lang, places }: Omit<FieldProps, 'step' | 'invalid'>) {
  const town = places.towns.find((x) => x.code === draft.town);
  return (
    <div class="oh-elig-where">
      <p class="oh-elig-hint" id="elig-where-hint">{t('eligibility.q.where.hint')}</p>
      <label class="oh-elig-select">
        <span>{t('eligibility.q.where.town')}</span>
        <select name="town" value={draft.town} aria-describedby="elig-where-hint" onChange={(e) => update({ town: e.currentTarget.value, community: '' })}>
          <option value="">{t('eligibility.q.where.none')}</option>
          {places.towns.map((x) => <option key={x.code} value={x.code} lang={lang === 'en' ? 'zh-CN' : undefined}>{x.name}</option>)}
        </select>
      </label>
      <label class="oh-elig-select">
        <span>{t('eligibility.q.where.community')}</span>
        <select name="community" value={draft.community} disabled={!town} aria-describedby="elig-where-hint" onChange={(e) => update({ community: e.currentTarget.value })}>
          <option value="">{t(town ? 'eligibility.q.where.none' : 'eligibility.q.where.townFirst')}</option>
          {town?.communities.map((c) => <option key={c.code} value={c.code} lang={lang === 'en' ? 'zh-CN' : undefined}>{c.name}</option>)}
        </select>
      </label>
    </div>
  );
}
