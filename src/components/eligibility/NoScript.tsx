/**
 * The wizard before (and without) JavaScript: the rules in plain words and the way to the full rules
 * page. No form and no inputs, so no answer can be typed here and sent anywhere.
 */
import { formatMessage, type MessageLang, type Messages } from '../../lib/eligibility/index.ts';
import { BENEFIT_IDS } from '../../lib/eligibility/types.ts';
import type { PolicySet } from '../../schemas/policy.ts';
import { Mixed } from '../Mixed.tsx';
import { howtoParams } from './values.ts';

export function NoScript({ lang, params, messages, rulesHref }: { lang: MessageLang; params: PolicySet; messages: Messages; rulesHref: string }) {
  const t = (key: string, p: Record<string, string | number> = {}) => formatMessage(messages, key, p, lang);
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
