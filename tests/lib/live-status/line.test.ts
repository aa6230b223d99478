import { describe, expect, test } from 'vitest';
import { chineseDaysCalendar } from '../../../src/lib/hours/calendar.ts';
import { statusAt } from '../../../src/lib/hours/evaluate.ts';
import { formatStatus } from '../../../src/lib/hours/format.ts';
import { statusLine, statusLook } from '../../../src/lib/live-status/line.ts';
import { statusWords } from '../../../src/lib/live-status/words.ts';
import { LANGS } from '../../../src/i18n/index.ts';
import { at, canteen, careHome, centre, hoursOf } from '../../fixtures/hours.ts';

/** Hours that reach every branch of the status line: meals, plain opening, past midnight, unknown holidays, no hours. */
const HOURS = {
  canteen,
  centre,
  careHome,
  lateNight: hoursOf({ periods: [{ days: [5], open: '20:00', close: '24:00' }, { days: [6], open: '00:00', close: '02:00' }], publicHolidays: 'open' }),
  weekendOnly: hoursOf({ periods: [{ days: [6, 7], open: '09:00', close: '11:00', meal: 'breakfast' }], adjustedWorkdays: 'calendar' }),
  textOnly: hoursOf({ periods: [], text: '电话预约' }),
};

/** Every three hours around the National Day break of 2025, the Spring Festival of 2026, the start of 2027 (past the calendar's last year) and the start of 2004 (before its first). */
function instants(): Date[] {
  const out: Date[] = [];
  const starts = ['2025-09-26T00:00+08:00', '2026-02-12T00:00+08:00', '2026-12-29T00:00+08:00', '2003-12-29T00:00+08:00'];
  for (const start of starts) {
    for (let h = 0; h < 24 * 12; h += 3) out.push(new Date(at(start).getTime() + h * 3600_000 + 30 * 60_000));
  }
  return out;
}

describe('the browser status line', () => {
  for (const lang of LANGS) {
    test(`says word for word what formatStatus says, in ${lang}, at every sampled instant`, () => {
      const words = statusWords(lang);
      let compared = 0;
      for (const [name, hours] of Object.entries(HOURS)) {
        for (const instant of instants()) {
          const status = statusAt(hours, instant, chineseDaysCalendar);
          expect(statusLine(status, words), `${name} at ${instant.toISOString()}`).toBe(formatStatus(status, lang));
          compared += 1;
        }
      }
      expect(compared).toBeGreaterThan(500);
    });
  }

  test('on 1 October 2025 a canteen closed on holidays shows the closed look and names 国庆节', () => {
    const status = statusAt(canteen, at('2025-10-01T12:00+08:00'), chineseDaysCalendar);
    expect(statusLook(status)).toBe('closed');
    expect(statusLine(status, statusWords('zh-CN'))).toContain('国庆节');
  });

  test('on the make-up working Sunday 28 September 2025 the canteen is open at lunch', () => {
    const status = statusAt(canteen, at('2025-09-28T12:00+08:00'), chineseDaysCalendar);
    expect(statusLook(status)).toBe('open');
    expect(statusLine(status, statusWords('zh-CN'))).toBe('午餐供应中，13:00 结束（调休上班日）');
  });

  test('before lunch the look is “later”, and with no structured hours it is “unknown”', () => {
    expect(statusLook(statusAt(canteen, at('2025-10-09T09:00+08:00'), chineseDaysCalendar))).toBe('later');
    expect(statusLook(statusAt(HOURS.textOnly, at('2025-10-09T09:00+08:00'), chineseDaysCalendar))).toBe('unknown');
  });
});
