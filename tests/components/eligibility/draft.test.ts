import { describe, expect, it } from 'vitest';
import { birthDateOf, costOf, draftToAnswers, EMPTY_DRAFT, firstIncomplete, STEPS, stepError, tickFamily, type Draft } from '../../../src/components/eligibility/draft.ts';

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
    expect(stepError('adaptationCost', EMPTY_DRAFT, '2027-01-01')).toBe('eligibility.error.cost');
    expect(costOf({ ...EMPTY_DRAFT, cost: '12,000' })).toBe(12000);
    expect(costOf({ ...EMPTY_DRAFT, cost: '-5' })).toBeUndefined();
  });

  it('accepts “planned, cost not known yet” and turns it into answers without a cost', () => {
    const unsure: Draft = { ...complete, costPlan: 'unsure', cost: '' };
    expect(stepError('adaptationCost', unsure, '2027-01-01')).toBeNull();
    expect(firstIncomplete(unsure, '2027-01-01')).toBeUndefined();
    expect(draftToAnswers(unsure)).not.toHaveProperty('adaptationCost');
  });

  it('ignores a cost typed earlier once “cost not known yet” is chosen', () => {
    expect(draftToAnswers({ ...complete, costPlan: 'unsure', cost: '8000' })).not.toHaveProperty('adaptationCost');
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

  it('unticks “I don\'t know” when a family status is ticked after it', () => {
    const afterUnknown = tickFamily({ familyStatus: [], familyNone: false }, 'unknown', true);
    expect(afterUnknown).toEqual({ familyStatus: ['unknown'], familyNone: false });
    expect(tickFamily(afterUnknown, 'dibao', true)).toEqual({ familyStatus: ['dibao'], familyNone: false });
  });

  it('clears every ticked status when “I don\'t know” is ticked, and when “none of these” is ticked', () => {
    const two = { familyStatus: ['dibao', 'organ-donor'] as Draft['familyStatus'], familyNone: false };
    expect(tickFamily(two, 'unknown', true)).toEqual({ familyStatus: ['unknown'], familyNone: false });
    expect(tickFamily(two, 'none', true)).toEqual({ familyStatus: [], familyNone: true });
  });

  it('unticks “none of these” when a status or “I don\'t know” is ticked', () => {
    const none = { familyStatus: [] as Draft['familyStatus'], familyNone: true };
    expect(tickFamily(none, 'tekun', true)).toEqual({ familyStatus: ['tekun'], familyNone: false });
    expect(tickFamily(none, 'unknown', true)).toEqual({ familyStatus: ['unknown'], familyNone: false });
  });

  it('keeps the other statuses when one is unticked', () => {
    expect(tickFamily({ familyStatus: ['dibao', 'tekun'], familyNone: false }, 'dibao', false)).toEqual({ familyStatus: ['tekun'], familyNone: false });
  });

  it('refuses to turn an unfinished form into answers', () => {
    expect(() => draftToAnswers({ ...complete, hukou: '' })).toThrow();
  });
});
