/** The wizard's results: one section per benefit, and the printable slip to take to the community office. */
import type { Ref } from 'preact';
import {
  amountNote,
  amountText,
  changeText,
  citationText,
  formatMessage,
  reasonText,
  type BenefitResult,
  type Eligible,
  type Evaluation,
  type MessageLang,
  type Messages,
  type Outcome,
} from '../../lib/eligibility/index.ts';
import type { Answers } from '../../schemas/answers.ts';
import { Mixed } from '../Mixed.tsx';

/** Icons sit beside the words, never instead of them, and are hidden from screen readers. */
const ELIGIBLE_ICON: Record<Eligible, string> = { yes: '✓', no: '✗', maybe: '?' };
const OUTCOME_ICON: Record<Outcome, string> = { met: '✓', missed: '✗', unknown: '?', info: 'i' };

type Props = {
  lang: MessageLang;
  evaluation: Evaluation;
  answers: Answers;
  /** Adaptation is planned but its cost is not known (answers then have no cost, as with no plan). */
  costUnknown: boolean;
  messages: Messages;
  canteensHref: string;
  headingRef: Ref<HTMLHeadingElement>;
  onEdit: () => void;
  onRestart: () => void;
};

export function Results({ lang, evaluation, answers, costUnknown, messages, canteensHref, headingRef, onEdit, onRestart }: Props) {
  const t = (key: string, p: Record<string, string | number> = {}) => formatMessage(messages, key, p, lang);
  const count = (e: Eligible) => evaluation.results.filter((r) => r.eligible === e).length;
  const title = (r: BenefitResult) => (lang === 'en' ? r.titleEn : r.title);

  return (
    <>
      <section class="oh-elig-results" aria-labelledby="elig-results">
        <h2 id="elig-results" ref={headingRef} tabIndex={-1}>{t('eligibility.results.title')}</h2>
        <p>{t('eligibility.results.date', { date: evaluation.date, age: evaluation.age })}</p>
        <p><strong>{t('eligibility.results.summary', { yes: count('yes'), maybe: count('maybe'), no: count('no') })}</strong></p>
        {count('maybe') > 0 && <p>{t('eligibility.results.maybeHelp')}</p>}
        <ul class="oh-elig-summary">
          {evaluation.results.map((r) => (
            <li key={r.benefit}>
              <a href={`#benefit-${r.benefit}`}><Mixed text={title(r)} lang={lang} /></a>
              {lang === 'en' ? ': ' : '：'}
              <span class={`oh-elig-badge oh-elig-badge--${r.eligible}`}>
                <span aria-hidden="true">{ELIGIBLE_ICON[r.eligible]} </span>{t(`eligibility.eligible.${r.eligible}`)}
              </span>
              {r.amount && <> {amountText(messages, r.amount, lang)}</>}
            </li>
          ))}
        </ul>
        <div class="oh-elig-actions oh-no-print">
          <button type="button" onClick={() => window.print()}>{t('eligibility.slip.print')}</button>
          <button type="button" class="oh-button--secondary" onClick={onEdit}>{t('eligibility.edit')}</button>
          <button type="button" class="oh-button--secondary" onClick={onRestart}>{t('eligibility.restart')}</button>
        </div>

        {evaluation.results.map((r) => (
          <section class={`oh-elig-result oh-elig-result--${r.eligible}`} id={`benefit-${r.benefit}`} aria-labelledby={`benefit-${r.benefit}-title`} key={r.benefit}>
            <h3 id={`benefit-${r.benefit}-title`}><Mixed text={title(r)} lang={lang} /></h3>
            <p class={`oh-elig-badge oh-elig-badge--${r.eligible}`}>
              <span aria-hidden="true">{ELIGIBLE_ICON[r.eligible]} </span>{t(`eligibility.eligible.${r.eligible}`)}
            </p>
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
          </section>
        ))}
      </section>
      <Slip lang={lang} evaluation={evaluation} answers={answers} costUnknown={costUnknown} messages={messages} />
    </>
  );
}

/** What stands beside an amount: the basis tag (target, draft) and the source's own wording. */
function AmountSource({ lang, result, messages }: { lang: MessageLang; result: BenefitResult; messages: Messages }) {
  const text = amountNote(messages, result.amountValue, lang);
  if (!result.amountValue || !text) return null;
  return (
    <span class="oh-elig-amount__source">
      <span class="oh-elig-tag">{formatMessage(messages, `eligibility.basis.${result.amountValue.basis}`, {}, lang)}</span>{' '}
      <Mixed lang={lang} text={text} />
    </span>
  );
}

/** The slip to print and take to the village or community office. */
function Slip({ lang, evaluation, answers, costUnknown, messages }: { lang: MessageLang; evaluation: Evaluation; answers: Answers; costUnknown: boolean; messages: Messages }) {
  const t = (key: string, p: Record<string, string | number> = {}) => formatMessage(messages, key, p, lang);
  const place = (p: string) => t(p === 'unknown' ? 'eligibility.unknownOption' : `eligibility.q.place.${p}`);
  const yesNo = (q: 'livesAlone' | 'rural', v: boolean | 'unknown') => t(v === 'unknown' ? 'eligibility.unknownOption' : `eligibility.q.${q}.${v ? 'yes' : 'no'}`);
  const rows: [string, string][] = [
    [t('eligibility.slip.birthDate'), answers.birthDate],
    [t('eligibility.q.hukou'), place(answers.hukou)],
    [t('eligibility.q.residence'), place(answers.residence)],
    [
      t('eligibility.q.familyStatus'),
      answers.familyStatus.length === 0
        ? t('eligibility.q.familyStatus.none')
        : answers.familyStatus.map((s) => (s === 'unknown' ? t('eligibility.unknownOption') : t(`eligibility.status.${s}`))).join(lang === 'en' ? '; ' : '、'),
    ],
    [t('eligibility.q.careNeed'), t(`eligibility.q.careNeed.${answers.careNeed}`)],
    [t('eligibility.q.supporter'), t(answers.supporter === 'unknown' ? 'eligibility.unknownOption' : `eligibility.q.supporter.${answers.supporter}`)],
    [t('eligibility.q.livesAlone'), yesNo('livesAlone', answers.livesAlone)],
    [t('eligibility.q.rural'), yesNo('rural', answers.rural)],
    [
      t('eligibility.q.adaptationCost'),
      answers.adaptationCost !== undefined
        ? t('eligibility.unit.CNY', { value: answers.adaptationCost })
        : t(costUnknown ? 'eligibility.q.adaptationCost.unsure' : 'eligibility.q.adaptationCost.noPlan'),
    ],
  ];
  return (
    <section class="oh-elig-slip" aria-labelledby="elig-slip" data-eligibility-slip>
      <h2 id="elig-slip">{t('eligibility.slip.title')}</h2>
      <p>{t('eligibility.slip.intro')}</p>
      <p>{t('eligibility.results.date', { date: evaluation.date, age: evaluation.age })}</p>
      <h3>{t('eligibility.slip.answers')}</h3>
      <dl class="oh-elig-slip__answers">
        {rows.map(([q, a]) => (
          <div key={q}>
            <dt><Mixed text={q} lang={lang} /></dt>
            <dd><Mixed text={a} lang={lang} /></dd>
          </div>
        ))}
      </dl>
      <h3>{t('eligibility.slip.results')}</h3>
      <ol class="oh-elig-slip__results">
        {evaluation.results.map((r) => (
          <li key={r.benefit}>
            <strong><Mixed text={lang === 'en' ? r.titleEn : r.title} lang={lang} /></strong>
            {lang === 'en' ? ': ' : '：'}
            <span aria-hidden="true">{ELIGIBLE_ICON[r.eligible]} </span>{t(`eligibility.eligible.${r.eligible}`)}
            {r.amount && <>{lang === 'en' ? ', ' : '，'}{amountText(messages, r.amount, lang)}</>}
            {r.amount && amountNote(messages, r.amountValue, lang) && <><br /><AmountSource lang={lang} result={r} messages={messages} /></>}
            {r.upcoming[0] && <><br /><Mixed text={changeText(messages, r.upcoming[0], lang)} lang={lang} /></>}
            <br />
            <small lang="zh-CN">{r.sources.map((s) => `${s.doc.docNumber ?? s.doc.title} ${s.clause}`).filter((v, i, all) => all.indexOf(v) === i).join('；')}</small>
          </li>
        ))}
      </ol>
      <p class="oh-elig-slip__notes">{t('eligibility.slip.notes')}</p>
      <p class="oh-elig-slip__footer">{t('eligibility.slip.footer')}</p>
    </section>
  );
}
