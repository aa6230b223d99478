import { describe, expect, it } from 'vitest';
import { pinyinKeys, pinyinOf, pinyinSyllables } from '../../../src/lib/text/pinyin.ts';

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
});

describe('pinyin of a name', () => {
  it('writes a place name as on road signs: no tones, the proper name as one word, the generic part as its own', () => {
    expect(pinyinOf('茶山街道')).toBe('Chashan Jiedao');
    expect(pinyinOf('泽雅镇')).toBe('Zeya Zhen');
    expect(pinyinOf('横港头社区')).toBe('Henggangtou Shequ');
  });

  it('splits a facility name into its words', () => {
    expect(pinyinOf('东瓯社区老年食堂')).toBe("Dong'ou Shequ Laonian Shitang");
    expect(pinyinOf('茶山社区居家养老服务照料中心')).toBe('Chashan Shequ Jujia Yanglao Fuwu Zhaoliao Zhongxin');
  });

  it('puts an apostrophe before a syllable that starts with a, o or e inside a word', () => {
    expect(pinyinOf('西安村')).toBe("Xi'an Cun");
    expect(pinyinOf('丽岙街道')).toBe("Li'ao Jiedao");
  });

  it('keeps a generic word after a single character with it, and picks the reading from the context', () => {
    expect(pinyinOf('东村')).toBe('Dongcun');
    // 长 reads cháng in 长安, not zhǎng.
    expect(pinyinOf('长安社区')).toBe("Chang'an Shequ");
  });

  it('keeps digits and Latin letters, and gives nothing for a name without Chinese', () => {
    expect(pinyinOf('示例路4号')).toBe('Shili Lu 4 Hao');
    expect(pinyinOf('ABC')).toBe('');
  });
});
