import { describe, expect, it } from 'vitest';
import { birthDateOf, costOf, draftToAnswers, EMPTY_DRAFT, firstIncomplete, STEPS, stepError, type Draft } from '../../../src/components/eligibility/draft.ts';

const complete: Draft = {
  ...EMPTY_DRAFT,
  year: '1937',
  month: '3',
  day: '4',
  hukou: 'ouhai',
  residence: 'wenzhou',
  familyStatus: ['dibao'],
  careNeed: 'severe',
  supporter: 'able',
  livesAlone: 'no',
  rural: 'unknown',
  costPlan: 'plan',
  cost: '20,000',
};

describe('the wizard form', () => {
  it('asks nine questions, one per step, in the order of the answers file', () => {
    expect(STEPS).toEqual(['birthDate', 'hukou', 'residence', 'familyStatus', 'careNeed', 'supporter', 'livesAlone', 'rural', 'adaptationCost']);
  });

  it('reads a birth date typed as three fields, with or without leading zeros and in full-width digits', () => {
    expect(birthDateOf({ ...EMPTY_DRAFT, year: '1937', month: '3', day: '4' })).toBe('1937-03-04');
    expect(birthDateOf({ ...EMPTY_DRAFT, year: '１９３７', month: '０３', day: ' 04 ' })).toBe('1937-03-04');
    expect(birthDateOf({ ...EMPTY_DRAFT, year: '1937', month: '2', day: '30' })).toBeUndefined();
    expect(birthDateOf({ ...EMPTY_DRAFT, year: '37', month: '3', day: '4' })).toBeUndefined();
  });

  it('rejects a birth date after today and a date before 1890', () => {
    expect(stepError('birthDate', { ...EMPTY_DRAFT, year: '2030', month: '1', day: '1' }, '2027-01-01')).toBe('eligibility.error.future');
    expect(stepError('birthDate', { ...EMPTY_DRAFT, year: '1800', month: '1', day: '1' }, '2027-01-01')).toBe('eligibility.error.date');
    expect(stepError('birthDate', { ...EMPTY_DRAFT, year: '2027', month: '1', day: '1' }, '2027-01-01')).toBeNull();
  });

  it('asks for a choice on each question until one is made', () => {
    expect(stepError('hukou', EMPTY_DRAFT, '2027-01-01')).toBe('eligibility.error.choose');
    expect(stepError('hukou', { ...EMPTY_DRAFT, hukou: 'unknown' }, '2027-01-01')).toBeNull();
    expect(stepError('familyStatus', EMPTY_DRAFT, '2027-01-01')).toBe('eligibility.error.choose');
    expect(stepError('familyStatus', { ...EMPTY_DRAFT, familyNone: true }, '2027-01-01')).toBeNull();
  });

  it('needs a number when home adaptation is planned, and nothing when it is not', () => {
    expect(stepError('adaptationCost', { ...EMPTY_DRAFT, costPlan: 'plan', cost: 'about 8000' }, '2027-01-01')).toBe('eligibility.error.cost');
    expect(stepError('adaptationCost', { ...EMPTY_DRAFT, costPlan: 'plan', cost: '8000.5' }, '2027-01-01')).toBeNull();
    expect(stepError('adaptationCost', { ...EMPTY_DRAFT, costPlan: 'none' }, '2027-01-01')).toBeNull();
    expect(costOf({ ...EMPTY_DRAFT, cost: '12,000' })).toBe(12000);
    expect(costOf({ ...EMPTY_DRAFT, cost: '-5' })).toBeUndefined();
  });

  it('finds the first question still to answer', () => {
    expect(firstIncomplete(EMPTY_DRAFT, '2027-01-01')).toBe('birthDate');
    expect(firstIncomplete({ ...complete, supporter: '' }, '2027-01-01')).toBe('supporter');
    expect(firstIncomplete(complete, '2027-01-01')).toBeUndefined();
  });

  it('turns a finished form into the answers of the CLI contract', () => {
    expect(draftToAnswers(complete)).toEqual({
      birthDate: '1937-03-04',
      hukou: 'ouhai',
      residence: 'wenzhou',
      familyStatus: ['dibao'],
      careNeed: 'severe',
      supporter: 'able',
      livesAlone: false,
      rural: 'unknown',
      adaptationCost: 20000,
    });
  });

  it('leaves out the cost when no adaptation is planned and gives an empty status list for “none of these”', () => {
    const answers = draftToAnswers({ ...complete, costPlan: 'none', familyNone: true, familyStatus: [] });
    expect(answers).not.toHaveProperty('adaptationCost');
    expect(answers.familyStatus).toEqual([]);
  });

  it('refuses to turn an unfinished form into answers', () => {
    expect(() => draftToAnswers({ ...complete, hukou: '' })).toThrow();
  });
});
