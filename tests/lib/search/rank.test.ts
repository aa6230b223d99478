import { describe, expect, it } from 'vitest';
import { asksForMeals, mergeRanked, rankGroups, type TypeGroups } from '../../../src/lib/search/rank.ts';

const TYPES: TypeGroups = { canteen: '老年食堂', facilities: ['镇街中心', '照料中心', '老年食堂'], policy: '政策', places: ['街道（镇）', '村社'] };

describe('search ranking', () => {
  it('lists facilities, then policy pages, then streets and villages', () => {
    expect(rankGroups('茶山', TYPES)).toEqual([['镇街中心', '照料中心', '老年食堂'], ['政策'], ['街道（镇）', '村社']]);
  });

  it('puts canteens before other facilities for a search about meals, in either language', () => {
    expect(rankGroups('茶山 食堂', TYPES)[0]).toEqual(['老年食堂']);
    expect(rankGroups('吃饭', TYPES)[0]).toEqual(['老年食堂']);
    expect(rankGroups('Lunch', TYPES)[0]).toEqual(['老年食堂']);
    expect(asksForMeals('heat')).toBe(false);
  });

  it('merges each group by score, drops no result and lists none twice', () => {
    const r = (id: string, score: number) => ({ id, score });
    const byType = new Map([
      ['村社', [r('village', 9)]],
      ['照料中心', [r('centre', 2)]],
      ['老年食堂', [r('canteen', 5)]],
      ['政策', [r('policy', 1)]],
    ]);
    const all = [r('village', 9), r('odd', 8), r('canteen', 5), r('centre', 2), r('policy', 1)];
    expect(mergeRanked(rankGroups('茶山', TYPES), byType, all).map((x) => x.id)).toEqual(['canteen', 'centre', 'policy', 'village', 'odd']);
  });
});
