import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, evaluateBenefit, forBrowser, formatMessage, type Eligible } from '../../src/lib/eligibility/index.ts';
import { BENEFIT_IDS, type BenefitId } from '../../src/lib/eligibility/types.ts';
import type { Answers } from '../../src/schemas/answers.ts';
import { answers, askDate, birthDate } from './arbitraries.ts';
import { messages, params } from './policies.ts';

const rank: Record<Eligible, number> = { no: 0, maybe: 1, yes: 2 };
const runs = { numRuns: 400 };

/** Cases where the birth date is not after the date asked about. */
const answersAndDate = fc.tuple(answers, askDate).filter(([a, d]) => a.birthDate <= d);

function subsidy(a: Answers, date: string) {
  return evaluateBenefit('elderly-service-subsidy', a, date, params);
}

describe('eligibility properties', () => {
  it('every result lists all six benefits in the contract order', () => {
    fc.assert(
      fc.property(answersAndDate, ([a, d]) => {
        expect(evaluate(a, d, params).results.map((r) => r.benefit)).toEqual([...BENEFIT_IDS]);
      }),
      runs,
    );
  });

  it('every result cites at least one clause, so there is never a yes without a source', () => {
    fc.assert(
      fc.property(answersAndDate, ([a, d]) => {
        for (const r of evaluate(a, d, params).results) {
          expect(r.sources.length, r.benefit).toBeGreaterThan(0);
          for (const s of r.sources) expect(s.quote.length).toBeGreaterThan(0);
        }
      }),
      runs,
    );
  });

  it('amounts are never negative and there is no amount when the answer is no', () => {
    fc.assert(
      fc.property(answersAndDate, ([a, d]) => {
        for (const r of evaluate(a, d, params).results) {
          if (r.amount) expect(r.amount.value).toBeGreaterThanOrEqual(0);
          if (r.eligible === 'no') expect(r.amount).toBeNull();
          for (const c of r.upcoming) {
            if (c.amount) expect(c.amount.value).toBeGreaterThanOrEqual(0);
            if (c.eligible === 'no') expect(c.amount).toBeNull();
          }
        }
      }),
      runs,
    );
  });

  it('no result shows an amount of 0: where there is nothing to pay, the amount is left out', () => {
    fc.assert(
      fc.property(answersAndDate, ([a, d]) => {
        for (const r of evaluate(a, d, params).results) {
          if (r.amount) expect(r.amount.value, r.benefit).toBeGreaterThan(0);
          for (const c of r.upcoming) if (c.amount) expect(c.amount.value, r.benefit).toBeGreaterThan(0);
        }
      }),
      runs,
    );
  });

  it('the home adaptation subsidy never exceeds its cap and never exceeds the cost', () => {
    fc.assert(
      fc.property(answersAndDate, ([a, d]) => {
        const r = evaluateBenefit('home-adaptation-subsidy', a, d, params);
        if (r.amount) {
          expect(r.amount.value).toBeLessThanOrEqual(5000);
          expect(r.amount.value).toBeLessThanOrEqual(a.adaptationCost ?? 0);
        }
      }),
      runs,
    );
  });

  it('the elderly service subsidy never decreases with age on the same date', () => {
    fc.assert(
      fc.property(answers, birthDate, askDate, (a, otherBirth, d) => {
        const [older, younger] = [a.birthDate, otherBirth].sort();
        if (!younger || younger > d) return;
        const o = subsidy({ ...a, birthDate: older ?? younger }, d);
        const y = subsidy({ ...a, birthDate: younger }, d);
        expect(rank[o.eligible]).toBeGreaterThanOrEqual(rank[y.eligible]);
        expect(o.amount?.value ?? 0).toBeGreaterThanOrEqual(y.amount?.value ?? 0);
      }),
      runs,
    );
  });

  it('for one person the elderly service subsidy never goes down as time passes', () => {
    fc.assert(
      fc.property(answers, askDate, askDate, (a, d1, d2) => {
        const [early, late] = [d1, d2].sort() as [string, string];
        if (a.birthDate > early) return;
        expect(subsidy(a, late).amount?.value ?? 0).toBeGreaterThanOrEqual(subsidy(a, early).amount?.value ?? 0);
      }),
      runs,
    );
  });

  it('the home adaptation subsidy is never a plain yes, as the sources do not define who counts', () => {
    fc.assert(
      fc.property(answersAndDate, ([a, d]) => {
        expect(evaluateBenefit('home-adaptation-subsidy', a, d, params).eligible).not.toBe('yes');
      }),
      runs,
    );
  });

  it('coming changes are after the date asked about, in order, and each says why', () => {
    fc.assert(
      fc.property(answersAndDate, ([a, d]) => {
        for (const r of evaluate(a, d, params).results) {
          const dates = r.upcoming.map((c) => c.date);
          expect(dates).toEqual([...dates].sort());
          for (const c of r.upcoming) {
            expect(c.date > d).toBe(true);
            expect(c.because.length).toBeGreaterThan(0);
          }
        }
      }),
      runs,
    );
  });

  it('a coming change is what the engine answers on that day', () => {
    fc.assert(
      fc.property(answersAndDate, ([a, d]) => {
        for (const r of evaluate(a, d, params).results) {
          for (const c of r.upcoming) {
            const then = evaluateBenefit(r.benefit, a, c.date, params);
            expect({ eligible: then.eligible, amount: then.amount }).toEqual({ eligible: c.eligible, amount: c.amount });
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('every reason reads as a full sentence in Chinese and in English, with no placeholder left', () => {
    const zh = messages('zh-CN');
    const en = messages('en');
    fc.assert(
      fc.property(answersAndDate, ([a, d]) => {
        for (const r of evaluate(a, d, params).results) {
          for (const reason of [...r.reasons, ...r.upcoming.flatMap((c) => c.because)]) {
            expect(zh[reason.key], reason.key).toBeDefined();
            expect(en[reason.key], reason.key).toBeDefined();
            for (const [lang, m] of [['zh-CN', zh], ['en', en]] as const) {
              const text = formatMessage(m, reason.key, reason.params, lang);
              expect(text, `${lang} ${reason.key}`).not.toMatch(/[{}]|@eligibility|eligibility\./);
            }
          }
        }
      }),
      runs,
    );
  });

  it('the slimmer policy data sent to the browser gives the same answers as the full data', () => {
    const slim = forBrowser(params);
    expect(JSON.stringify(slim).length).toBeLessThan(JSON.stringify(params).length);
    fc.assert(
      fc.property(answersAndDate, ([a, d]) => {
        // The browser gets neither the editors' notes nor the source file names.
        expect(evaluate(a, d, slim)).toEqual(JSON.parse(JSON.stringify(evaluate(a, d, params), (k, v) => (k === 'note' ? undefined : k === 'file' ? null : v))));
      }),
      { numRuns: 100 },
    );
  });

  it('the policy data sent to the browser names no file of data/sources/', () => {
    const files = readdirSync(join(import.meta.dirname, '../../data/sources')).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThan(0);
    expect(JSON.stringify(params)).toContain(files[0]);
    const slim = JSON.stringify(forBrowser(params));
    for (const f of files) expect(slim).not.toContain(f.replace(/\.txt$/, ''));
  });

  it('the engine does not change the policy data it is given', () => {
    const snapshot = JSON.stringify(params);
    fc.assert(fc.property(answersAndDate, ([a, d]) => void evaluate(a, d, params)), { numRuns: 100 });
    expect(JSON.stringify(params)).toBe(snapshot);
  });
});

/**
 * An "I don't know" answer must never claim more than the real answers would: it gives "yes" only if
 * every real answer gives "yes", and "no" only if every real answer gives "no".
 */
describe('an I-don\'t-know answer never claims more than a real answer would', () => {
  const fields: { field: keyof Answers; real: readonly Answers[keyof Answers][]; unknown: Answers[keyof Answers] }[] = [
    { field: 'hukou', real: ['ouhai', 'wenzhou', 'other'], unknown: 'unknown' },
    { field: 'residence', real: ['ouhai', 'wenzhou', 'other'], unknown: 'unknown' },
    { field: 'careNeed', real: ['none', 'mild', 'moderate', 'severe'], unknown: 'unknown' },
    { field: 'supporter', real: ['able', 'deceased', 'unable', 'none'], unknown: 'unknown' },
    { field: 'livesAlone', real: [true, false], unknown: 'unknown' },
    { field: 'rural', real: [true, false], unknown: 'unknown' },
    {
      field: 'familyStatus',
      real: [[], ['dibao'], ['dibao-edge'], ['low-income'], ['tekun'], ['priority-care'], ['organ-donor'], ['family-planning-special']],
      unknown: ['unknown'],
    },
  ];
  for (const { field, real, unknown } of fields) {
    it(`for ${field}`, () => {
      fc.assert(
        fc.property(answersAndDate, ([a, d]) => {
          for (const benefit of BENEFIT_IDS as readonly BenefitId[]) {
            const withUnknown = evaluateBenefit(benefit, { ...a, [field]: unknown }, d, params).eligible;
            const outcomes = real.map((v) => evaluateBenefit(benefit, { ...a, [field]: v }, d, params).eligible);
            if (withUnknown === 'yes') expect(outcomes.every((o) => o === 'yes'), `${benefit}: ${outcomes.join(',')}`).toBe(true);
            if (withUnknown === 'no') expect(outcomes.every((o) => o === 'no'), `${benefit}: ${outcomes.join(',')}`).toBe(true);
          }
        }),
        { numRuns: 200 },
      );
    });
  }
});
