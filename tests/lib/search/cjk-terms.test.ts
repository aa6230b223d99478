import { describe, expect, test } from 'vitest';
import { bigramQuery, cjkTerms } from '../../../src/lib/search/cjk-terms.ts';

describe('extra search words for Chinese names', () => {
  test('are every character and every neighbouring pair of a name', () => {
    expect(cjkTerms(['茶山街道'])).toEqual(['茶', '茶山', '山', '山街', '街', '街道', '道']);
  });

  test('include the two-character pieces people type: 茶山, 食堂, 梧田, 老年', () => {
    const terms = cjkTerms(['梧田街道老年食堂', '瓯海区茶山街道示例路8号']);
    for (const piece of ['茶山', '食堂', '梧田', '老年']) expect(terms).toContain(piece);
  });

  test('do not pair characters across a break in the Han text', () => {
    const terms = cjkTerms(['景山 8号楼']);
    expect(terms).not.toContain('山号');
    expect(terms).toContain('号楼');
    expect(terms).not.toContain('8');
  });

  test('list each word once', () => {
    const terms = cjkTerms(['老年食堂', '老年食堂']);
    expect(terms.length).toBe(new Set(terms).size);
  });
});

describe('a query on English pages', () => {
  test('splits long Chinese runs into the overlapping pairs the index holds', () => {
    expect(bigramQuery('养老院')).toBe('养老 老院');
    expect(bigramQuery('梧田老年')).toBe('梧田 田老 老年');
  });

  test('keeps one- and two-character words and other words as they are', () => {
    expect(bigramQuery('梧田 老年')).toBe('梧田 老年');
    expect(bigramQuery('食')).toBe('食');
    expect(bigramQuery(' canteen  茶山街道 ')).toBe('canteen 茶山 山街 街道');
  });

  test('every pair it asks for is among the extra words of the same name', () => {
    const name = '东瓯社区老年食堂';
    const terms = new Set(cjkTerms([name]));
    for (const word of bigramQuery(name).split(' ')) expect(terms.has(word), word).toBe(true);
  });
});
