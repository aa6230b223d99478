/**
 * The eligibility wizard (Preact island). Rendered on the server (and so without JavaScript) it is
 * no form at all: a plain-words summary of each rule and a link to the printable rules page, so no
 * answer can be typed into something that would send it. Once hydrated it asks one question per
 * step and evaluates the answers in the browser. Nothing is sent and nothing is stored.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { JSX, TargetedSubmitEvent } from 'preact';
import { evaluate, formatMessage, todayInShanghai, type MessageLang, type Messages } from '../../lib/eligibility/index.ts';
import type { PolicySet } from '../../schemas/policy.ts';
import { BENEFIT_IDS } from '../../lib/eligibility/types.ts';
import { draftToAnswers, EMPTY_DRAFT, firstIncomplete, STEPS, stepError, tickFamily, type Draft, type Step } from './draft.ts';
import { howtoParams } from './values.ts';
import { Mixed } from '../Mixed.tsx';
import { Results } from './Results.tsx';

export type WizardProps = {
  lang: MessageLang;
  /** Policy parameters, read from data/policies at build time. */
  params: PolicySet;
  /** The eligibility.* interface strings of `lang`. */
  messages: Messages;
  /** The printable rules page, for the no-JavaScript path. */
  rulesHref: string;
  /** The canteen list. */
  canteensHref: string;
};

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
const EXPLAIN: Partial<Record<Step, string>> = {
  familyStatus: 'eligibility.q.familyStatus.explain',
  careNeed: 'eligibility.q.careNeed.explain',
  supporter: 'eligibility.q.supporter.explain',
  rural: 'eligibility.q.rural.explain',
  adaptationCost: 'eligibility.q.adaptationCost.explain',
};
const HINT: Partial<Record<Step, string>> = {
  birthDate: 'eligibility.q.birthDate.hint',
  hukou: 'eligibility.q.hukou.hint',
  familyStatus: 'eligibility.q.familyStatus.hint',
  careNeed: 'eligibility.q.careNeed.hint',
  supporter: 'eligibility.q.supporter.hint',
  adaptationCost: 'eligibility.q.adaptationCost.hint',
};

export default function Wizard({ lang, params, messages, rulesHref, canteensHref }: WizardProps) {
  const t = (key: string, p: Record<string, string | number> = {}) => formatMessage(messages, key, p, lang);
  // Server render and first client render show the no-JavaScript summary; then the questions, step by step.
  const [enhanced, setEnhanced] = useState(false);
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const [step, setStep] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [today, setToday] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    setToday(todayInShanghai());
    setEnhanced(true);
  }, []);
  useEffect(() => {
    // Move focus to the new question (or the results) after Next/Back, not on first load.
    if (moved.current) heading.current?.focus();
  }, [step]);

  const showResults = enhanced && step >= STEPS.length;
  const evaluation = useMemo(() => (showResults && today ? evaluate(draftToAnswers(draft), today, params) : undefined), [showResults, today, draft, params]);

  const update = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setError(null);
  };
  const go = (to: number) => {
    moved.current = true;
    setError(null);
    setStep(to);
  };
  const onSubmit = (event: TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const current = STEPS[step];
    if (!current) return;
    const problem = stepError(current, draft, today);
    if (problem) {
      setError(problem);
      heading.current?.focus();
      return;
    }
    // After the last question, go to the first unanswered one if any (e.g. after "change answers").
    const missing = step === STEPS.length - 1 ? firstIncomplete(draft, today) : undefined;
    go(missing ? STEPS.indexOf(missing) : step + 1);
  };

  const radios = (name: Step, options: readonly Option[], value: string, onChange: (v: string) => void) => (
    <div class="oh-elig-options">
      {options.map(([v, key]) => (
        <label class="oh-elig-option" key={v}>
          <input type="radio" name={name} value={v} checked={value === v} onChange={() => onChange(v)}
            aria-describedby={error ? `${name}-error` : undefined} />
          <span><Mixed text={t(key)} lang={lang} /></span>
        </label>
      ))}
    </div>
  );

  const field = (s: Step): JSX.Element => {
    switch (s) {
      case 'birthDate':
        return (
          <div class="oh-elig-date">
            {(['year', 'month', 'day'] as const).map((part) => (
              <label class={`oh-elig-date__${part}`} key={part}>
                <span>{t(`eligibility.q.birthDate.${part}`)}</span>
                <input type="text" inputMode="numeric" name={`birth-${part}`} autoComplete={`bday-${part}`}
                  maxLength={part === 'year' ? 4 : 2} value={draft[part]} aria-invalid={error ? true : undefined}
                  aria-describedby={error ? 'birthDate-error' : undefined}
                  onInput={(e) => update({ [part]: e.currentTarget.value } as Partial<Draft>)} />
              </label>
            ))}
          </div>
        );
      case 'hukou':
      case 'residence':
        return radios(s, PLACES, draft[s], (v) => update({ [s]: v } as Partial<Draft>));
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
        return radios(s, CARE, draft.careNeed, (v) => update({ careNeed: v as Draft['careNeed'] }));
      case 'supporter':
        return radios(s, SUPPORTER, draft.supporter, (v) => update({ supporter: v as Draft['supporter'] }));
      case 'livesAlone':
      case 'rural':
        return radios(s, yesNoOptions(s), draft[s], (v) => update({ [s]: v } as Partial<Draft>));
      case 'adaptationCost':
        return (
          <div class="oh-elig-options">
            <label class="oh-elig-option">
              <input type="radio" name="costPlan" value="none" checked={draft.costPlan === 'none'} onChange={() => update({ costPlan: 'none' })} />
              <span>{t('eligibility.q.adaptationCost.noPlan')}</span>
            </label>
            <label class="oh-elig-option">
              <input type="radio" name="costPlan" value="plan" checked={draft.costPlan === 'plan'} onChange={() => update({ costPlan: 'plan' })} />
              <span>{t('eligibility.q.adaptationCost.plan')}</span>
            </label>
            <label class="oh-elig-option">
              <input type="radio" name="costPlan" value="unsure" checked={draft.costPlan === 'unsure'} onChange={() => update({ costPlan: 'unsure' })} />
              <span>{t('eligibility.q.adaptationCost.unsure')}</span>
            </label>
            <label class="oh-elig-cost">
              <span>{t('eligibility.q.adaptationCost.amount')}</span>
              <input type="text" inputMode="decimal" name="cost" value={draft.cost} aria-invalid={error ? true : undefined}
                aria-describedby={error ? 'adaptationCost-error' : undefined}
                onInput={(e) => update({ cost: e.currentTarget.value, costPlan: 'plan' })} />
            </label>
          </div>
        );
    }
  };

  const question = (s: Step, index: number) => {
    const current = index === step;
    return (
      <fieldset class="oh-elig-step" key={s} data-step={s}>
        <legend>
          <span class="oh-elig-progress">{t('eligibility.progress', { n: index + 1, total: STEPS.length })}</span>
          <h2 ref={current ? heading : undefined} tabIndex={current ? -1 : undefined}>{t(`eligibility.q.${s}`)}</h2>
        </legend>
        {HINT[s] && <p class="oh-elig-hint">{t(HINT[s])}</p>}
        {current && error && (
          <p class="oh-elig-error" id={`${s}-error`} role="alert">
            <strong>{t('eligibility.error.title')}</strong> {t(error)}
          </p>
        )}
        {EXPLAIN[s] && (
          <details class="oh-elig-explain">
            <summary>{t('eligibility.explain')}</summary>
            <div class="oh-elig-explain__body">
              {/* One sentence per line: easier to read than a block. */}
              {t(EXPLAIN[s]).split(lang === 'en' ? /(?<=\.)\s+/ : /(?<=。)/).map((sentence, i) => <p key={i}><Mixed text={sentence} lang={lang} /></p>)}
            </div>
          </details>
        )}
        {field(s)}
      </fieldset>
    );
  };

  if (showResults && evaluation) {
    return (
      <div class="oh-elig" data-eligibility-wizard="results">
        <Results lang={lang} evaluation={evaluation} answers={draftToAnswers(draft)} costUnknown={draft.costPlan === 'unsure'} messages={messages} canteensHref={canteensHref}
          headingRef={heading} onEdit={() => go(0)} onRestart={() => { setDraft(EMPTY_DRAFT); go(0); }} />
      </div>
    );
  }

  if (!enhanced) {
    // Before (and without) JavaScript: the rules in plain words and the way to the full rules page.
    // No form and no inputs, so no answer can be typed here and sent anywhere.
    const howto = howtoParams(params);
    return (
      <section class="oh-elig oh-elig-nojs" aria-labelledby="elig-nojs" data-eligibility-wizard="nojs">
        <h2 id="elig-nojs">{t('eligibility.nojs.title')}</h2>
        <p>{t('eligibility.nojs.body')}</p>
        <dl class="oh-elig-nojs__rules">
          {BENEFIT_IDS.map((id) => {
            const policy = params.policies[id];
            return (
              <div key={id}>
                <dt><Mixed text={lang === 'en' ? (policy?.titleEn ?? id) : (policy?.title ?? id)} lang={lang} /></dt>
                <dd><Mixed text={t(`eligibility.howto.${id}`, howto[id])} lang={lang} /></dd>
              </div>
            );
          })}
        </dl>
        <p class="oh-elig-nav"><a class="oh-button" href={rulesHref}>{t('eligibility.nojs.go')}</a></p>
      </section>
    );
  }

  const current = STEPS[step];
  return (
    // Never submitted: onSubmit moves between steps. No action or method, so nothing has a URL to go to.
    <form class="oh-elig" onSubmit={onSubmit} noValidate data-eligibility-wizard="steps">
      {current && question(current, step)}
      <div class="oh-elig-nav">
        {step > 0 && (
          <button type="button" class="oh-button--secondary" onClick={() => go(step - 1)}>{t('eligibility.back')}</button>
        )}
        <button type="submit">{step === STEPS.length - 1 ? t('eligibility.seeResults') : t('eligibility.next')}</button>
      </div>
    </form>
  );
}
