/**
 * The answer in one screen (at 390 × 844, default text): one short line per benefit, the papers to
 * bring and whom to ask. The details of each benefit are folded below it (Results.tsx).
 */
import type { Ref } from 'preact';
import { formatMessage, type Eligible, type Evaluation, type MessageLang, type Messages } from '../../lib/eligibility/index.ts';
import { telHref } from '../../lib/directory/phone.ts';
import type { Answers } from '../../schemas/answers.ts';
import { Mixed } from '../Mixed.tsx';
import type { Contact, WhomToAsk } from './places.ts';
import { papersToBring, summaryLine } from './summary.ts';

/** Icons sit beside the words, never instead of them, and are hidden from screen readers. */
export const ELIGIBLE_ICON: Record<Eligible, string> = { yes: '✓', no: '✗', maybe: '?' };

type Props = {
  lang: MessageLang;
  evaluation: Evaluation;
  answers: Answers;
  messages: Messages;
  whom: WhomToAsk;
  /** '' or '/en': the prefix of the site's own links. */
  base: string;
  headingRef: Ref<HTMLHeadingElement>;
};

export function Summary({ lang, evaluation, answers, messages, whom, base, headingRef }: Props) {
  const t = (key: string, p: Record<string, string | number> = {}) => formatMessage(messages, key, p, lang);
  const papers = papersToBring(evaluation, answers, lang);
  return (
    <div class="oh-elig-answer" data-eligibility-summary>
      <h2 id="elig-results" ref={headingRef} tabIndex={-1}>{t('eligibility.results.title')}</h2>
      <p class="oh-elig-answer__date"><KeepDates text={t('eligibility.results.date', { date: evaluation.date, age: evaluation.age })} lang={lang} /></p>
      <ul class="oh-elig-answer__list">
        {evaluation.results.map((r) => {
          const line = summaryLine(messages, r, lang);
          return (
            <li class={`oh-elig-line oh-elig-line--${line.eligible}`} key={line.benefit} data-benefit={line.benefit}>
              <span class="oh-elig-line__title"><Mixed text={line.title} lang={lang} /></span>{' '}
              <span class={`oh-elig-badge oh-elig-badge--${line.eligible}`}>
                <span aria-hidden="true">{ELIGIBLE_ICON[line.eligible]} </span>{t(`eligibility.summary.eligible.${line.eligible}`)}
              </span>
              {(line.amount || line.next) && ' '}
              {(line.amount || line.next) && (
                <span class="oh-elig-line__amount">
                  {line.amount && <strong>{line.amount}</strong>}
                  {line.amount && line.next && t('eligibility.summary.then')}
                  {line.next && <KeepDates text={line.next} lang={lang} />}
                  {line.note && <span class="oh-elig-line__note">{t('eligibility.summary.note', { note: line.note })}</span>}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {papers.length > 0 && (
        <p class="oh-elig-answer__bring">
          <strong>{t('eligibility.summary.bring')}</strong> <Mixed text={papers.join(lang === 'en' ? ', ' : '、')} lang={lang} />
          {t('eligibility.summary.bringNote')}
        </p>
      )}
      <div class="oh-elig-answer__whom" data-eligibility-whom>
        <strong>{t('eligibility.summary.whom')}</strong> <Whom whom={whom} t={t} lang={lang} base={base} />
      </div>
    </div>
  );
}

/** Text whose dates (2031-06-15) never break across lines: a date cut after its year reads as two numbers. */
function KeepDates({ text, lang }: { text: string; lang: MessageLang }) {
  return (
    <>
      {text.split(/(\d{4}-\d{2}-\d{2})/).map((part, i) => (i % 2 === 1 ? <span class="oh-elig-nowrap" key={i}>{part}</span> : <Mixed key={i} text={part} lang={lang} />))}
    </>
  );
}

/** A centre with its phone (tap to call) and address. */
export function ContactLine({ contact, t, lang, base }: { contact: Contact; t: (key: string, p?: Record<string, string | number>) => string; lang: MessageLang; base: string }) {
  return (
    <>
      <a href={`${base}${contact.path}`} lang={lang === 'en' ? 'zh-CN' : undefined}>{contact.name}</a>
      {contact.sample && <> <span class="oh-elig-tag">{t('eligibility.summary.sample')}</span></>}
      {contact.phones.map((phone) => <span key={phone}> <a class="oh-elig-phone" href={telHref(phone)}>{phone}</a></span>)}
      <span class="oh-elig-address">
        {t('eligibility.summary.address')}<span lang="zh-CN">{contact.address}</span>
      </span>
    </>
  );
}

function Whom({ whom, t, lang, base }: { whom: WhomToAsk; t: (key: string, p?: Record<string, string | number>) => string; lang: MessageLang; base: string }) {
  if (whom.kind === 'outside') return <>{t('eligibility.whom.outside')}</>;
  if (whom.kind === 'unknown') return <>{t('eligibility.whom.unknown')}</>;
  const main = whom.careCentre ?? whom.townCentre;
  return (
    <>
      {whom.community && !whom.careCentre && <span class="oh-elig-whom__none"><Mixed text={t('eligibility.whom.noCareCentre', { community: whom.community.name })} lang={lang} /> </span>}
      {main ? <ContactLine contact={main} t={t} lang={lang} base={base} /> : <Mixed text={t('eligibility.whom.noTownCentre', { town: whom.town.name })} lang={lang} />}
    </>
  );
}
