import { describe, expect, it } from 'vitest';
import { chineseVoice, utterances, voiceFor, MAX_UTTERANCE } from '../../../src/lib/read-aloud/speech.ts';

const v = (lang: string, name = lang) => ({ lang, name });

describe('chineseVoice', () => {
  it('prefers a simplified-Chinese Mandarin voice over a Taiwanese one, whatever the order', () => {
    expect(chineseVoice([v('zh-TW'), v('en-US'), v('zh-CN')])?.lang).toBe('zh-CN');
    expect(chineseVoice([v('zh-TW'), v('cmn-Hans-CN')])?.lang).toBe('cmn-Hans-CN');
    expect(chineseVoice([v('zh_CN')])?.lang).toBe('zh_CN');
  });

  it('falls back to another Mandarin voice', () => {
    expect(chineseVoice([v('en-GB'), v('zh-TW')])?.lang).toBe('zh-TW');
  });

  it('never picks a Cantonese voice, and finds nothing without a Chinese voice', () => {
    expect(chineseVoice([v('zh-HK'), v('yue-Hant-HK')])).toBeUndefined();
    expect(chineseVoice([v('en-US'), v('fr-FR')])).toBeUndefined();
    expect(chineseVoice([])).toBeUndefined();
  });
});

describe('voiceFor', () => {
  const voices = [v('zh-CN'), v('en-US'), v('en-GB')];
  const zh = v('zh-CN');
  it('reads Chinese with the Chinese voice and English with an English one, the same region first', () => {
    expect(voiceFor('zh-CN', voices, zh).lang).toBe('zh-CN');
    expect(voiceFor('en-GB', voices, zh).lang).toBe('en-GB');
    expect(voiceFor('en', voices, zh).lang).toBe('en-US');
  });

  it('reads English with the Chinese voice when there is no English voice', () => {
    expect(voiceFor('en', [zh], zh).lang).toBe('zh-CN');
  });
});

describe('utterances', () => {
  it('joins neighbours of one language and keeps languages apart', () => {
    const out = utterances([
      { text: 'Canteen ', lang: 'en' },
      { text: 'near you: ', lang: 'en' },
      { text: '梧田街道老年食堂', lang: 'zh-CN' },
      { text: ' opens at 11:00.', lang: 'en' },
    ]);
    expect(out).toEqual([
      { text: 'Canteen near you:', lang: 'en' },
      { text: '梧田街道老年食堂', lang: 'zh-CN' },
      { text: 'opens at 11:00.', lang: 'en' },
    ]);
  });

  it('ends an utterance at the end of a block and at a sentence end', () => {
    const out = utterances([{ text: '营业时间\n午餐 11:00-13:00。晚餐 16:30-18:00。\n', lang: 'zh-CN' }]);
    expect(out.map((u) => u.text)).toEqual(['营业时间', '午餐 11:00-13:00。', '晚餐 16:30-18:00。']);
  });

  it('cuts a long run into pieces no longer than the limit, losing no character', () => {
    const long = '老'.repeat(MAX_UTTERANCE * 2 + 5);
    const out = utterances([{ text: long, lang: 'zh-CN' }]);
    expect(out.every((u) => u.text.length <= MAX_UTTERANCE)).toBe(true);
    expect(out.map((u) => u.text).join('')).toBe(long);
  });

  it('drops runs with nothing to say', () => {
    expect(utterances([{ text: ' \n · | ， \n', lang: 'zh-CN' }])).toEqual([]);
  });
});
