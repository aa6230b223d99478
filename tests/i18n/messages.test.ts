import { describe, expect, it } from 'vitest';
import zh from '../../src/i18n/zh-CN.json';
import en from '../../src/i18n/en.json';

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

describe('interface strings', () => {
  it('have the same keys in Chinese and English, so neither language falls back to the other', () => {
    const zhKeys = Object.keys(zh).sort();
    const enKeys = Object.keys(en).sort();
    expect(enKeys.filter((k) => !zhKeys.includes(k)), 'only in en.json').toEqual([]);
    expect(zhKeys.filter((k) => !enKeys.includes(k)), 'only in zh-CN.json').toEqual([]);
  });

  it('are never empty', () => {
    const empty = [...Object.entries(zh), ...Object.entries(en)].filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it('use the same {placeholders} in both languages, so no value is lost in translation', () => {
    const english = en as Record<string, string>;
    const mismatched = Object.entries(zh as Record<string, string>)
      .filter(([key, text]) => english[key] !== undefined && placeholders(text).join() !== placeholders(english[key] ?? '').join())
      .map(([key, text]) => `${key}: zh {${placeholders(text).join(', ')}} en {${placeholders(english[key] ?? '').join(', ')}}`);
    expect(mismatched).toEqual([]);
  });
});
