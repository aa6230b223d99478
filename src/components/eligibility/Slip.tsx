/**
 * The slip to print and take to the village or community office: on one A4 page, with lines to
 * write the elder's name and the date, the centre to go to (name, address, phone) when the elder
 * chose a 村社 or 街道 (else lines to write it), the answers, and every result with its amount and
 * the words that must stand beside it.
 */
import { amountNote, amountText, changeText, formatMessage, type BenefitResult, type Evaluation, type MessageLang, type Messages } from '../../lib/eligibility/index.ts';
import type { Answers } from '../../schemas/answers.ts';
import { Mixed } from '../Mixed.tsx';
import { slipCentre, type WhomToAsk } from './places.ts';
import { ELIGIBLE_ICON } from './Summary.tsx';

type Props = { lang: MessageLang; evaluation: Evaluation; answers: Answers; costUnknown: boolean; messages: Messages; whom: WhomToAsk };

/** What stands beside an amount: the basis tag (target, draft) and the source's own wording. */
export function AmountSource({ lang, result, messages }: { lang: MessageLang; result: BenefitResult; messages: Messages }) {
  const text = amountNote(messages, result.amountValue, lang);
  if (!result.amountValue || !text) return null;
  return (
    <span class="oh-elig-amount__source">
      <span class="oh-elig-tag">{formatMessage(messages, `eligibility.basis.${result.amountValue.basis}`, {}, lang)}</span>{' '}
      <Mixed lang={lang} text={text} />
    </span>
  );
}

/** The answers as short question → answer rows (the slip's own short labels keep it on one page). */
function answerRows(t: (key: string, p?: Record<string, string | number>) => string, answers: Answers, costUnknown: boolean, lang: MessageLang): [string, string][] {
  const place = (p: string) => t(p === 'unknown' ? 'eligibility.unknownOption' : `eligibility.q.place.${p}`);
  const yesNo = (q: 'livesAlone' | 'rural', v: boolean | 'unknown') => t(v === 'unknown' ? 'eligibility.unknownOption' : `eligibility.q.${q}.${v ? 'yes' : 'no'}`);
  return [
    [t('eligibility.slip.birthDate'), answers.birthDate],
    [t('eligibility.slip.q.hukou'), place(answers.hukou)],
    [t('eligibility.slip.q.residence'), place(answers.residence)],
    [
      t('eligibility.slip.q.familyStatus'),
      answers.familyStatus.length === 0
        ? t('eligibility.q.familyStatus.none')
        : answers.familyStatus.map((s) => (s === 'unknown' ? t('eligibility.unknownOption') : t(`eligibility.status.${s}`))).join(lang === 'en' ? '; ' : '、'),
    ],
    [t('eligibility.slip.q.careNeed'), t(`eligibility.q.careNeed.${answers.careNeed}`)],
    [t('eligibility.slip.q.supporter'), t(answers.supporter === 'unknown' ? 'eligibility.unknownOption' : `eligibility.q.supporter.${answers.supporter}`)],
    [t('eligibility.slip.q.livesAlone'), yesNo('livesAlone', answers.livesAlone)],
    [t('eligibility.slip.q.rural'), yesNo('rural', answers.rural)],
    [
      t('eligibility.slip.q.adaptationCost'),
      answers.adaptationCost !== undefined
        ? t('eligibility.unit.CNY', { value: answers.adaptationCost })
        : t(costUnknown ? 'eligibility.q.adaptationCost.unsure' : 'eligibility.q.adaptationCost.noPlan'),
    ],
  ];
}

type Source = BenefitResult['sources'][number];

/**
 * The clauses of all results, each once and numbered, grouped by document (文号, or the title when
 * there is none), and each result's numbers: every clause is still named beside the results it
 * rests on, without writing the law's age of 60 six times, so the slip stays on one page.
 */
function slipCitations(evaluation: Evaluation): { groups: { doc: string; clauses: { n: number; clause: string }[] }[]; numbers: Map<string, number[]> } {
  const docOf = (s: Source) => s.doc.docNumber ?? s.doc.title;
  const byDoc = new Map<string, string[]>();
  for (const s of evaluation.results.flatMap((r) => r.sources)) {
    const clauses = byDoc.get(docOf(s)) ?? [];
    if (!clauses.includes(s.clause)) clauses.push(s.clause);
    byDoc.set(docOf(s), clauses);
  }
  let n = 0;
  const numberOf = new Map<string, number>();
  const groups = [...byDoc].map(([doc, clauses]) => ({
    doc,
    clauses: clauses.map((clause) => {
      numberOf.set(`${doc}\u0000${clause}`, ++n);
      return { n, clause };
    }),
  }));
  const numbers = new Map(
    evaluation.results.map((r) => [r.benefit, [...new Set(r.sources.map((s) => numberOf.get(`${docOf(s)}\u0000${s.clause}`) ?? 0))].sort((a, b) => a - b)]),
  );
  return { groups, numbers };
}

export function Slip({ lang, evaluation, answers, costUnknown, messages, whom }: Props) {
  const t = (key: string, p: Record<string, string | number> = {}) => formatMessage(messages, key, p, lang);
  const centre = slipCentre(whom);
  const cites = slipCitations(evaluation);
  const sep = lang === 'en' ? ': ' : '：';
  return (
    <section class="oh-elig-slip" aria-labelledby="elig-slip" data-eligibility-slip>
      <h2 id="elig-slip">{t('eligibility.slip.title')}</h2>
      <p><span class="oh-elig-slip__intro">{t('eligibility.slip.intro')} </span>{t('eligibility.results.date', { date: evaluation.date, age: evaluation.age })}</p>
      {/* Lines to write on by hand: the name is never asked for on screen, so it never is on the device. */}
      <div class="oh-elig-slip__fill">
        <span class="oh-elig-slip__field">{t('eligibility.slip.name')}<span class="oh-elig-slip__line" /></span>
        <span class="oh-elig-slip__field">{t('eligibility.slip.date')}<span class="oh-elig-slip__line" /></span>
      </div>
      <dl class="oh-elig-slip__centre" data-slip-centre>
        <div>
          <dt>{t('eligibility.slip.centre')}</dt>
          <dd>{centre ? <span lang="zh-CN">{centre.name}</span> : <span class="oh-elig-slip__line" />}
            {centre?.sample && <> <span class="oh-elig-tag">{t('eligibility.summary.sample')}</span></>}</dd>
        </div>
        <div>
          <dt>{t('eligibility.slip.address')}</dt>
          <dd>{centre ? <span lang="zh-CN">{centre.address}</span> : <span class="oh-elig-slip__line" />}</dd>
        </div>
        <div>
          <dt>{t('eligibility.slip.phone')}</dt>
          <dd>{centre && centre.phones.length > 0 ? centre.phones.join(lang === 'en' ? ', ' : '、') : <span class="oh-elig-slip__line" />}</dd>
        </div>
      </dl>
      <h3>{t('eligibility.slip.answers')}</h3>
      <dl class="oh-elig-slip__answers">
        {answerRows(t, answers, costUnknown, lang).map(([q, a]) => (
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
            {sep}
            <span aria-hidden="true">{ELIGIBLE_ICON[r.eligible]} </span>{t(`eligibility.eligible.${r.eligible}`)}
            {r.amount && <>{lang === 'en' ? ', ' : '，'}{amountText(messages, r.amount, lang)}</>}
            {' '}<span class="oh-elig-slip__cite">{t('eligibility.slip.cites', { numbers: (cites.numbers.get(r.benefit) ?? []).map((n) => `[${n}]`).join('') })}</span>
            {r.amount && amountNote(messages, r.amountValue, lang) && <AmountSource lang={lang} result={r} messages={messages} />}
            {r.upcoming[0] && <span class="oh-elig-slip__change"><Mixed text={changeText(messages, r.upcoming[0], lang)} lang={lang} /></span>}

          </li>
        ))}
      </ol>
      <ul class="oh-elig-slip__sources" lang="zh-CN" aria-label={t('eligibility.results.sources')}>
        {cites.groups.map((g) => (
          <li key={g.doc}>{g.doc}：{g.clauses.map((c) => `[${c.n}] ${c.clause}`).join('；')}</li>
        ))}
      </ul>
      <p class="oh-elig-slip__notes">{t('eligibility.slip.notes')}</p>
      <p class="oh-elig-slip__footer">{t('eligibility.slip.footer')}</p>
    </section>
  );
}
