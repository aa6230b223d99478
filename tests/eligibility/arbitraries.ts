import fc from 'fast-check';
import { CareNeed, FamilyStatus, Place, Supporter, type Answers } from '../../src/schemas/answers.ts';

/** A calendar date between two years, as YYYY-MM-DD (29 February included in leap years). */
export function isoDate(fromYear: number, toYear: number): fc.Arbitrary<string> {
  return fc
    .date({ min: new Date(Date.UTC(fromYear, 0, 1)), max: new Date(Date.UTC(toYear, 11, 31)), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
}

/** Birth dates that favour 29 February and the days around birthdays that matter. */
export const birthDate = fc.oneof(
  isoDate(1900, 2010),
  fc.constantFrom(1920, 1936, 1944, 1948, 1952, 1960, 1964, 1968).map((y) => `${y}-02-29`),
);

const yesNoUnknown = fc.constantFrom(true, false, 'unknown' as const);

/** Any answers the wizard can produce, including "unknown" everywhere it is allowed. */
export const answers: fc.Arbitrary<Answers> = fc.record(
  {
    birthDate,
    hukou: fc.constantFrom(...Place.options),
    residence: fc.constantFrom(...Place.options),
    familyStatus: fc.uniqueArray(fc.constantFrom(...FamilyStatus.options), { maxLength: 3 }),
    careNeed: fc.constantFrom(...CareNeed.options),
    supporter: fc.constantFrom(...Supporter.options),
    livesAlone: yesNoUnknown,
    rural: yesNoUnknown,
    adaptationCost: fc.oneof(fc.constant(undefined), fc.integer({ min: 0, max: 100_000 }), fc.double({ min: 0, max: 100_000, noNaN: true })),
  },
  { requiredKeys: ['birthDate', 'hukou', 'residence', 'familyStatus', 'careNeed', 'supporter', 'livesAlone', 'rural'] },
);

/** A date to ask about: from before the oldest rule to well after the newest. */
export const askDate = isoDate(2018, 2045);
