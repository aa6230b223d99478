import { describe, expect, it } from 'vitest';
import { pinyinKeys, pinyinLabel, pinyinSyllables } from '../../../src/lib/text/pinyin.ts';

describe('pinyin of names', () => {
  it('gives 慈湖南路 as cihunanlu with the initials chnl', () => {
    expect(pinyinKeys('慈湖南路')).toEqual({ full: 'cihunanlu', initials: 'chnl' });
  });

  it('reads a character by the word it stands in (重庆 is chong qing, not zhong qing)', () => {
    expect(pinyinSyllables('重庆路')).toEqual(['chong', 'qing', 'lu']);
  });

  it('keeps a non-Chinese run whole in both keys, lowercased and without punctuation', () => {
    expect(pinyinKeys('慈湖南路No.3号')).toEqual({ full: 'cihunanluno3hao', initials: 'chnlno3h' });
  });

  it('writes ü as v, as people type it (绿洲 → lvzhou)', () => {
    expect(pinyinKeys('绿洲').full).toBe('lvzhou');
  });

  it('gives no keys for a name without Chinese characters', () => {
    expect(pinyinKeys('Wenzhou Road')).toEqual({ full: '', initials: '' });
  });

  it('labels a name for English pages with capitalised syllables', () => {
    expect(pinyinLabel('梧田街道')).toBe('Wu Tian Jie Dao');
  });
});
