/**
 * The wizard's results: the answer in one screen (Summary), the details of each benefit folded
 * below it, and the printable slip to take to the community office (Slip).
 */
import type { Ref } from 'preact';
import {
  amountText,
  changeText,
  citationText,
  formatMessage,
  reasonText,
  type BenefitResult,
  type Evaluation,
  type MessageLang,
  type Messages,
  type Outcome,
} from '../../lib/eligibility/index.ts';
import type { Answers } from '../../schemas/answers.ts';
import { Mixed } from '../Mixed.tsx';
import type { WhomToAsk } from './places.ts';
import { AmountSource, Slip } from './Slip.tsx';
import { ELIGIBLE_ICON, Summary } from './Summary.tsx';

const OUTCOME_ICON: Record<Outcome, string> = { met: '✓', missed: '✗', unknown: '?', info: 'i' };

type Props = {
  lang: MessageLang;
  evaluation: Evaluation;
  answers: Answers;
  /** Adaptation is planned but its cost is not known (answers then have no cost, as with no plan). */
  costUnknown: boolean;
  messages: Messages;
  canteensHref: string;
  /** '' or '/en': the prefix of the site's own links. */
  base: string;
  whom: WhomToAsk;
  headingRef: Ref<HTMLHeadingElement>;
  onEdit: () => void;
  onRestart: () => void;
};

export function Results({ lang, evaluation, answers, costUnknown, messages, canteensHref, base, whom, headingRef, onEdit, onRestart }: Props) {
  const t = (key: string, p: Record<string, string | number> = {}) => formatMessage(messages, key, p, lang);
  return (
    <>
      <section class="oh-elig-results" aria-labelledby="elig-results">
        <Summary lang={lang} evaluation={evaluation} answers={answers} messages={messages} whom={whom} base={base} headingRef={headingRef} />
        <div class="oh-elig-actions oh-no-print">
          <button type="button" onClick={() => window.print()}>{t('eligibility.slip.print')}</button>
          <button type="button" class="oh-button--secondary" onClick={onEdit}>{t('eligibility.edit')}</button>
          <button type="button" class="oh-button--secondary" onClick={onRestart}>{t('eligibility.restart')}</button>
        </div>
        {evaluation.results.some((r) => r.eligible === 'maybe') && <p class="oh-elig-answer__maybe">{t('eligibility.summary.maybe')}</p>}
        <h3 class="oh-elig-details-title">{t('eligibility.results.details')}</h3>
        {evaluation.results.map((r) => <BenefitDetails key={r.benefit} lang={lang} result={r} messages={messages} canteensHref={canteensHref} />)}
      </section>
      <Slip lang={lang} evaluation={evaluation} answers={answers} costUnknown={costUnknown} messages={messages} whom={whom} />
    </>
  );
}

/** One benefit in full, folded: why, what changes later, the clauses, and what to do next. */
function BenefitDetails({ lang, result: r, messages, canteensHref }: { lang: MessageLang; result: BenefitResult; messages: Messages; canteensHref: string }) {
  const t = (key: string, p: Record<string, string | number> = {}) => formatMessage(messages, key, p, lang);
  const title = lang === 'en' ? r.titleEn : r.title;
  return (
    <section class={`oh-elig-result oh-elig-result--${r.eligible}`} id={`benefit-${r.benefit}`} aria-labelledby={`benefit-${r.benefit}-title`}>
      <details>
        <summary>
          <span class="oh-elig-result__title" id={`benefit-${r.benefit}-title`}><Mixed text={title} lang={lang} /></span>{' '}
          <span class={`oh-elig-badge oh-elig-badge--${r.eligible}`}>
            <span aria-hidden="true">{ELIGIBLE_ICON[r.eligible]} </span>{t(`eligibility.eligible.${r.eligible}`)}
          </span>{' '}
          <span class="oh-elig-result__more">{t('eligibility.results.more')}</span>
        </summary>
        {r.amount && (
          <p class="oh-elig-amount">
            <span class="oh-elig-amount__label">{t('eligibility.results.amount')}</span>{' '}
            <strong class="oh-elig-amount__value">{amountText(messages, r.amount, lang)}</strong>
            <AmountSource lang={lang} result={r} messages={messages} />
          </p>
        )}
        <h4>{t('eligibility.results.reasons')}</h4>
        <ul class="oh-elig-reasons">
          {r.reasons.map((reason, i) => (
            <li class={`oh-elig-reason oh-elig-reason--${reason.outcome}`} key={i}>
              <span class="oh-elig-reason__icon" aria-hidden="true">{OUTCOME_ICON[reason.outcome]}</span>
              <span>
                <strong>{t(`eligibility.outcome.${reason.outcome}`)}</strong>{lang === 'en' ? ': ' : '：'}
                <Mixed text={reasonText(messages, reason, lang)} lang={lang} />
              </span>
            </li>
          ))}
        </ul>
        {r.upcoming.length > 0 && (
          <>
            <h4>{t('eligibility.results.upcoming')}</h4>
            <ul>
              {r.upcoming.map((c) => (
                <li key={c.date}><Mixed text={changeText(messages, c, lang)} lang={lang} /></li>
              ))}
            </ul>
          </>
        )}
        <h4>{t('eligibility.results.sources')}</h4>
        <ul class="oh-elig-sources" lang="zh-CN">
          {r.sources.map((s) => <li key={citationText(s)}>{citationText(s)}</li>)}
        </ul>
        <h4>{t('eligibility.results.nextSteps')}</h4>
        <ol class="oh-elig-steps">
          {r.nextSteps.map((s, i) => <li key={i}><Mixed text={lang === 'en' ? s.en : s.zh} lang={lang} /></li>)}
          {r.benefit === 'meal-assistance' && r.eligible !== 'no' && <li><a href={canteensHref}>{t('eligibility.results.canteens')}</a></li>}
        </ol>
      </details>
    </section>
  );
}
