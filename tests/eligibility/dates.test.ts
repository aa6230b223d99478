import { describe, expect, it } from 'vitest';
import { ageOn, birthdayAt, isIsoDate, isLeapYear, todayInShanghai } from '../../src/lib/eligibility/dates.ts';

describe('age in full years (周岁)', () => {
  it('is one less the day before a birthday and counts up on the birthday itself', () => {
    expect(ageOn('1947-03-04', '2027-03-03')).toBe(79);
    expect(ageOn('1947-03-04', '2027-03-04')).toBe(80);
  });

  it('is zero on the day of birth', () => {
    expect(ageOn('2000-01-01', '2000-01-01')).toBe(0);
  });

  it('counts a birthday at the turn of the year correctly', () => {
    expect(ageOn('1946-12-31', '2026-12-30')).toBe(79);
    expect(ageOn('1946-12-31', '2026-12-31')).toBe(80);
    expect(ageOn('1947-01-01', '2026-12-31')).toBe(79);
  });

  it('counts a 29 February birthday on 1 March in years without 29 February (the site convention)', () => {
    expect(ageOn('1944-02-29', '2027-02-28')).toBe(82);
    expect(ageOn('1944-02-29', '2027-03-01')).toBe(83);
    expect(birthdayAt('1944-02-29', 83)).toBe('2027-03-01');
  });

  it('counts a 29 February birthday on 29 February in leap years', () => {
    expect(ageOn('1948-02-29', '2028-02-28')).toBe(79);
    expect(ageOn('1948-02-29', '2028-02-29')).toBe(80);
    expect(birthdayAt('1948-02-29', 80)).toBe('2028-02-29');
  });

  it('follows the Gregorian century rule: 2100 has no 29 February, 2000 had one', () => {
    expect(isLeapYear(2000)).toBe(true);
    expect(isLeapYear(2100)).toBe(false);
    expect(birthdayAt('2020-02-29', 80)).toBe('2100-03-01');
  });
});

describe('calendar dates', () => {
  it('today is taken on the Asia/Shanghai calendar, eight hours ahead of UTC', () => {
    expect(todayInShanghai(new Date('2026-11-22T15:59:59Z'))).toBe('2026-11-22');
    expect(todayInShanghai(new Date('2026-11-22T16:00:00Z'))).toBe('2026-11-23');
  });

  it('accepts real dates and rejects impossible ones', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2027-04-31')).toBe(false);
    expect(isIsoDate('2027-13-01')).toBe(false);
    expect(isIsoDate('2027-3-4')).toBe(false);
  });
});
