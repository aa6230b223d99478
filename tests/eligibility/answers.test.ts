import { describe, expect, it } from 'vitest';
import { parseAnswers } from '../../src/lib/eligibility/answers.ts';

const valid = {
  birthDate: '1945-03-04',
  hukou: 'ouhai',
  residence: 'ouhai',
  familyStatus: ['dibao'],
  careNeed: 'severe',
  supporter: 'able',
  livesAlone: false,
  rural: true,
};

describe('reading answers', () => {
  it('accepts the answers of the CLI contract', () => {
    expect(parseAnswers(valid)).toEqual({ ok: true, answers: valid });
  });

  it('accepts an adaptation cost and the wizard’s “unknown” answers', () => {
    const r = parseAnswers({ ...valid, hukou: 'unknown', familyStatus: ['unknown'], livesAlone: 'unknown', adaptationCost: 12000.5 });
    expect(r.ok).toBe(true);
  });

  it('names a field with a value outside its list and says what it should be', () => {
    const r = parseAnswers({ ...valid, hukou: 'shanghai' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]?.field).toBe('hukou');
    expect(r.errors[0]?.message).toContain('"shanghai"');
    expect(r.errors[0]?.message).toContain('"ouhai"');
  });

  it('names a missing field', () => {
    const { careNeed: _omit, ...rest } = valid;
    const r = parseAnswers(rest);
    expect(r.ok ? [] : r.errors.map((e) => e.field)).toEqual(['careNeed']);
    expect(r.ok ? '' : r.errors[0]?.message).toContain('缺少');
  });

  it('names the position of a wrong family status', () => {
    const r = parseAnswers({ ...valid, familyStatus: ['dibao', 'poor'] });
    expect(r.ok ? [] : r.errors.map((e) => e.field)).toEqual(['familyStatus[1]']);
  });

  it('names a misspelt field', () => {
    const r = parseAnswers({ ...valid, hokou: 'ouhai' });
    expect(r.ok ? [] : r.errors.map((e) => e.field)).toEqual(['hokou']);
  });

  it('rejects a negative adaptation cost and an impossible birth date', () => {
    const r = parseAnswers({ ...valid, adaptationCost: -1, birthDate: '1945-02-30' });
    expect(r.ok ? [] : r.errors.map((e) => e.field).sort()).toEqual(['adaptationCost', 'birthDate']);
  });

  it('reports a malformed birth date in one line, not once per broken rule', () => {
    for (const birthDate of ['abc', '1945-2-3', '']) {
      const r = parseAnswers({ ...valid, birthDate });
      expect(r.ok ? [] : r.errors.map((e) => e.field), birthDate).toEqual(['birthDate']);
    }
  });

  it('rejects a birth date after the date asked about', () => {
    const r = parseAnswers({ ...valid, birthDate: '2030-01-01' }, '2027-01-01');
    expect(r.ok ? [] : r.errors.map((e) => e.field)).toEqual(['birthDate']);
  });

  it('rejects yes/no answers written as words', () => {
    const r = parseAnswers({ ...valid, livesAlone: 'yes' });
    expect(r.ok ? [] : r.errors.map((e) => e.field)).toEqual(['livesAlone']);
  });
});
