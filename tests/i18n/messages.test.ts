import { describe, expect, it } from 'vitest';
import zh from '../../src/i18n/zh-CN.json';
import en from '../../src/i18n/en.json';
import { messagesFor, PLURAL_SUFFIX, t } from '../../src/i18n/index.ts';
import { createTranslator } from '../../src/i18n/translate.ts';

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

describe('interface strings', () => {
  it('have the same keys in Chinese and English, so neither language falls back to the other', () => {
    const zhKeys = Object.keys(zh).sort();
    // Plural variants (`key#one`) are extra forms of a key both languages have.
    const enKeys = Object.keys(en).filter((k) => !PLURAL_SUFFIX.test(k)).sort();
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

  it('keep plural variants beside a key both languages have, with no placeholder the key lacks', () => {
    const english = en as Record<string, string>;
    const chinese = zh as Record<string, string>;
    const variants = Object.keys(english).filter((k) => PLURAL_SUFFIX.test(k));
    expect(variants.length).toBeGreaterThan(0);
    for (const key of variants) {
      const base = key.replace(PLURAL_SUFFIX, '');
      expect(chinese[base], `${key}: no ${base} in zh-CN.json`).toBeDefined();
      const extra = placeholders(english[key] ?? '').filter((p) => !placeholders(english[base] ?? '').includes(p));
      expect(extra, key).toEqual([]);
    }
  });

  it('give every English count of things a singular form, so no page says “1 facilities”', () => {
    const english = en as Record<string, string>;
    // A counted plural noun within two words after {count} or {n}, or “these {n} are”.
    const counted = /\{(?:count|n)\}\s+(?:[\w-]+\s+){0,2}?(?:results|facilities|canteens|places|communities|villages|services|sheets)\b|\{(?:count|n)\} are\b/i;
    const missing = Object.keys(english).filter((k) => !PLURAL_SUFFIX.test(k) && counted.test(english[k] ?? '') && english[`${k}#one`] === undefined);
    expect(missing).toEqual([]);
  });
});

describe('plural forms', () => {
  it('pick the singular for 1 and the plural otherwise in English, by {count} or else {n}', () => {
    expect(t('en', 'search.count', { count: 1 })).toBe('1 result');
    expect(t('en', 'search.count', { count: 2 })).toBe('2 results');
    expect(t('en', 'search.count', { count: 0 })).toBe('0 results');
    expect(t('en', 'canteens.list', { count: 1 })).toBe('1 canteen or meal point');
    expect(t('en', 'print.more', { n: 1, url: 'u' })).toBe('1 more: see the web page u');
    expect(t('en', 'print.more.web', { n: 1 })).toBe('This one is in reach too, but does not fit on the sheet and is not printed:');
    expect(t('en', 'print.more.web', { n: 3 })).toBe('These 3 are in reach too, but do not fit on one sheet and are not printed:');
  });

  it('leave Chinese, which has no plural forms, and a count given as text unchanged', () => {
    expect(t('zh-CN', 'search.count', { count: 1 })).toBe('找到 1 个结果');
    // The search page hands the browser a template with “{count}” still in it.
    expect(t('en', 'search.count', { count: '{count}' })).toBe('{count} results');
  });

  it('reach an island too: its strings carry their plural variants and their language', () => {
    const tr = createTranslator(messagesFor('en', ['map.']));
    const params = { place: 'x', speed: 0.8, metres: 720 };
    expect(tr('map.results.summary', { ...params, count: 1 })).toMatch(/^1 facility within/);
    expect(tr('map.results.summary', { ...params, count: 3 })).toMatch(/^3 facilities within/);
    expect(createTranslator(messagesFor('zh-CN', ['map.']))('map.results.summary', { ...params, count: 1 })).not.toMatch(/facility/);
  });
});

