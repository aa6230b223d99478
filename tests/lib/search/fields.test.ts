import { describe, expect, it } from 'vitest';
import { searchFields } from '../../../src/lib/search/fields.ts';

describe('what the search index knows of a page or record', () => {
  it('files the type and town as filters and metadata, commas made full-width (Pagefind splits on them)', () => {
    const fields = searchFields({ type: '老年食堂', town: '梧田街道', names: ['慈湖'], summary: '周一,周二', lastVerified: '2026-10-01' });
    expect(fields).toEqual({
      filters: { type: '老年食堂', town: '梧田街道' },
      meta: { type: '老年食堂', town: '梧田街道', summary: '周一，周二', verified: '2026-10-01' },
      terms: '慈 慈湖 湖',
    });
  });

  it('carries hours and a place line encoded, so that their words are not searched', () => {
    const fields = searchFields({ type: '村社', names: [], hours: { periods: [], publicHolidays: 'closed', adjustedWorkdays: 'calendar', text: '' }, placeSummary: '照料中心 1' });
    expect(fields.meta).toEqual({ type: '村社', hours: '%7B%22periods%22%3A%5B%5D%2C%22publicHolidays%22%3A%22closed%22%2C%22adjustedWorkdays%22%3A%22calendar%22%2C%22text%22%3A%22%22%7D', place: '%E7%85%A7%E6%96%99%E4%B8%AD%E5%BF%83%201' });
    expect(fields.filters).toEqual({ type: '村社' });
  });
});
