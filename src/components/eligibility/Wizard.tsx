/**
 * The eligibility wizard (Preact island). Rendered on the server (and so without JavaScript) it is
 * no form at all: a plain-words summary of each rule and a link to the printable rules page, so no
 * answer can be typed into something that would send it. Once hydrated it asks one question per
 * step and evaluates the answers in the browser. Nothing is sent and nothing is stored.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { TargetedSubmitEvent } from 'preact';
import { evaluate, formatMessage, todayInShanghai, type MessageLang, type Messages } from '../../lib/eligibility/index.ts';
import type { PolicySet } from '../../schemas/policy.ts';
import { draftToAnswers, EMPTY_DRAFT, firstIncomplete, STEPS, stepError, type Draft, type Step } from './draft.ts';
import { EXPLAIN, Field, HINT } from './fields.tsx';
import { NoScript } from './NoScript.tsx';
import { unpackPlaces, whomToAsk } from './places.ts';
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
  /** The site's address prefix for this language ('' or '/en'), for links to facility pages. */
  base: string;
  /** Streets, communities and their service centres, for “whom to ask” (packPlaces). */
  placesPacked: string;
};

export default function Wizard({ lang, params, messages, rulesHref, canteensHref, base, placesPacked }: WizardProps) {
  const t = (key: string, p: Record<string, string | number> = {}) => formatMessage(messages, key, p, lang);
  // Server render and first client render show the no-JavaScript summary; then the questions, step by step.
  const [enhanced, setEnhanced] = useState(false);
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const [step, setStep] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [today, setToday] = useState('');
  const places = useMemo(() => unpackPlaces(placesPacked), [placesPacked]);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    setToday(todayInShanghai());
    setEnhanced(true);
  }, []);
  useEffect(() => {
    // Move focus to the new question (or the results) after Next/Back, not on first load. The
    // results start at the top of the screen, so their summary is what one sees first.
    if (!moved.current) return;
    if (step >= STEPS.length) {
      heading.current?.focus({ preventScroll: true });
      (heading.current?.closest('[data-eligibility-summary]') ?? heading.current)?.scrollIntoView({ block: 'start' });
    } else heading.current?.focus();
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
        <Field step={s} draft={draft} update={update} invalid={current && error !== null} t={t} lang={lang} places={places} />
      </fieldset>
    );
  };

  if (showResults && evaluation) {
    return (
      <div class="oh-elig" data-eligibility-wizard="results">
        <Results lang={lang} evaluation={evaluation} answers={draftToAnswers(draft)} costUnknown={draft.costPlan === 'unsure'} messages={messages} canteensHref={canteensHref}
          base={base} whom={whomToAsk(places, draft.residence, draft.town, draft.community)}
          headingRef={heading} onEdit={() => go(0)} onRestart={() => { setDraft(EMPTY_DRAFT); go(0); }} />
      </div>
    );
  }

  const current = STEPS[step];
  const form = (
    // Never submitted: onSubmit moves between steps. No action or method, so nothing has a URL to go to.
    <form class={enhanced ? 'oh-elig' : 'oh-elig oh-js-only'} onSubmit={onSubmit} noValidate data-eligibility-wizard={enhanced ? 'steps' : 'loading'}>
      {current && question(current, step)}
      <div class="oh-elig-nav">
        {step > 0 && (
          <button type="button" class="oh-button--secondary" onClick={() => go(step - 1)}>{t('eligibility.back')}</button>
        )}
        {/* Disabled until the island runs, so an early tap cannot submit the form to the page's own URL. */}
        <button type="submit" disabled={!enhanced}>{step === STEPS.length - 1 ? t('eligibility.seeResults') : t('eligibility.next')}</button>
      </div>
    </form>
  );
  // The page as built holds the first question already (shown when JavaScript runs, so nothing moves when the island
  // takes over) and the summary of the rules for readers without JavaScript.
  if (!enhanced) {
    return (
      <>
        {form}
        <div class="oh-nojs-only"><NoScript lang={lang} params={params} messages={messages} rulesHref={rulesHref} /></div>
      </>
    );
  }
  return form;
}
