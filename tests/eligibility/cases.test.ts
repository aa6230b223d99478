/**
 * Runs every case in tests/eligibility/cases/*.yaml against the engine and the real data/policies.
 * A case file has `defaults` (answers shared by its cases) and `cases`, each with a plain-sentence
 * name, a date, the answers that differ from the defaults, and the expected result per benefit;
 * `says` checks the reasons word for word as the CLI prints them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Answers } from '../../src/schemas/answers.ts';
import { IsoDate } from '../../src/schemas/common.ts';
import { evaluate, toContract } from '../../src/lib/eligibility/index.ts';
import { BENEFIT_IDS } from '../../src/lib/eligibility/types.ts';
import { messages, params } from './policies.ts';

const zh = messages('zh-CN');

const Amount = z.object({ value: z.number(), unit: z.enum(['CNY/month', 'hours/month', 'CNY']) }).strict();
const Expected = z
  .object({
    eligible: z.enum(['yes', 'no', 'maybe']),
    amount: Amount.nullable().optional(),
    /** Reason keys (under eligibility.reason.) that must be present. */
    reasons: z.array(z.string()).optional(),
    /** Reason keys that must not be present. */
    notReasons: z.array(z.string()).optional(),
    /** Words that must be in the reasons exactly as `npm run eligibility` prints them (zh-CN). */
    says: z.array(z.string().min(2)).optional(),
    /** Coming changes, compared exactly (date, answer, amount). */
    upcoming: z.array(z.object({ date: IsoDate, eligible: z.enum(['yes', 'no', 'maybe']), amount: Amount.nullable() }).strict()).optional(),
  })
  .strict();
const CaseFile = z
  .object({
    defaults: Answers.partial(),
    cases: z
      .array(
        z
          .object({
            name: z.string().min(10),
            date: IsoDate,
            answers: Answers.partial().default({}),
            expect: z.partialRecord(z.enum(BENEFIT_IDS), Expected),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

const dir = join(import.meta.dirname, 'cases');
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();

it('there are case files for every benefit', () => {
  const covered = new Set(files.flatMap((f) => CaseFile.parse(parse(readFileSync(join(dir, f), 'utf8'))).cases.flatMap((c) => Object.keys(c.expect))));
  expect([...covered].sort()).toEqual([...BENEFIT_IDS].sort());
});

for (const file of files) {
  const data = CaseFile.parse(parse(readFileSync(join(dir, file), 'utf8')));
  describe(file, () => {
    for (const c of data.cases) {
      it(c.name, () => {
        const answers = Answers.parse({ ...data.defaults, ...c.answers });
        const evaluation = evaluate(answers, c.date, params);
        for (const [benefit, want] of Object.entries(c.expect)) {
          const got = evaluation.results.find((r) => r.benefit === benefit);
          expect(got, benefit).toBeDefined();
          if (!got || !want) continue;
          const keys = got.reasons.map((r) => r.key.replace(/^eligibility\.reason\./, ''));
          expect(got.eligible, `${benefit}: eligible (reasons: ${keys.join(', ')})`).toBe(want.eligible);
          if (want.amount !== undefined) expect(got.amount, `${benefit}: amount`).toEqual(want.amount);
          for (const key of want.reasons ?? []) expect(keys, `${benefit}: reasons`).toContain(key);
          for (const key of want.notReasons ?? []) expect(keys, `${benefit}: reasons`).not.toContain(key);
          if (want.says) {
            const printed = toContract({ ...evaluation, results: [got] }, zh).results[0]?.reasons.join('\n') ?? '';
            for (const words of want.says) expect(printed, `${benefit}: reasons as printed`).toContain(words);
          }
          if (want.upcoming) {
            expect(got.upcoming.map(({ date, eligible, amount }) => ({ date, eligible, amount })), `${benefit}: upcoming`).toEqual(want.upcoming);
          }
        }
      });
    }
  });
}
