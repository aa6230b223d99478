import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import zh from '../../src/i18n/zh-CN.json';
import en from '../../src/i18n/en.json';
import { messagesFor } from '../../src/i18n/index.ts';
import { MAP_MESSAGE_PREFIXES } from '../../src/components/map/messages.ts';

/** The literal message keys a file asks for: tr('…'), t('…'), w.t('…'), and the fixed part of a template key (tr(`type.${x}`) → 'type.'). */
function keysIn(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  return [...text.matchAll(/\b(?:tr|t)\(\s*['`]([a-zA-Z][\w.]*)(\$\{)?/g)].map((m) => m[1] ?? '');
}

const islandFiles = [...readdirSync('src/components/map').map((f) => join('src/components/map', f)), 'src/lib/hours/format-words.ts'];

describe('the map island’s strings', () => {
  it('asks only for keys its message subset carries', () => {
    const keys = [...new Set(islandFiles.flatMap(keysIn))];
    expect(keys.length).toBeGreaterThan(40);
    expect(keys.filter((key) => !MAP_MESSAGE_PREFIXES.some((p) => key.startsWith(p)))).toEqual([]);
  });

  it('asks for keys that exist in both languages', () => {
    const fixed = [...new Set(islandFiles.flatMap(keysIn))].filter((key) => !key.endsWith('.'));
    expect(fixed.filter((key) => !(key in zh))).toEqual([]);
    expect(fixed.filter((key) => !(key in en))).toEqual([]);
  });

  it('gets one language: the English subset has English strings and no Chinese fallbacks where English exists', () => {
    const subset = messagesFor('en', MAP_MESSAGE_PREFIXES);
    expect(subset['map.title']).toBe(en['map.title']);
    expect(subset['hours.status.closed']).toBe(en['hours.status.closed']);
    // Far smaller than both files together.
    expect(Object.keys(subset).length).toBeLessThan(Object.keys(zh).length / 2);
  });
});
