/**
 * Pinyin of Chinese names, for search (“cihunanlu”, “chnl” find 慈湖南路) and for English labels
 * (“Ci Hu Nan Lu”). A thin wrapper over pinyin-pro, so the rest of the site never depends on its
 * options. pinyin-pro carries a dictionary of a few hundred KB: call this at build time and ship
 * the results, not the library.
 */
import { pinyin } from 'pinyin-pro';

const CHINESE = /[\u3400-\u9fff]/;

/** The pinyin syllables of a name without tones, lowercase; a run of other characters (“No.3”) is one trimmed item. */
export function pinyinSyllables(name: string): string[] {
  const parts = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  return parts.map((p) => p.trim().toLowerCase()).filter((p) => p !== '');
}

/** How a name is typed in pinyin: all syllables run together, and their first letters. */
export interface PinyinKeys {
  /** “cihunanlu” for 慈湖南路. Letters and digits only. */
  full: string;
  /** “chnl” for 慈湖南路; a non-Chinese run keeps its full text (“no3”). */
  initials: string;
}

/** Letters and digits only, lowercase: what a search compares. */
function keyText(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** The pinyin keys of a name; empty strings for a name without Chinese characters. */
export function pinyinKeys(name: string): PinyinKeys {
  if (!CHINESE.test(name)) return { full: '', initials: '' };
  const options = { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true } as const;
  const full = keyText(pinyin(name, options).join(''));
  const initials = keyText(pinyin(name, { ...options, pattern: 'first' }).join(''));
  return { full, initials };
}

/** A name in pinyin for English text: each syllable capitalised, separated by spaces (“Ci Hu Nan Lu”). */
export function pinyinLabel(name: string): string {
  return pinyinSyllables(name)
    .map((s) => s.charAt(0).toUpperCase() + s.slice(1))
    .join(' ');
}
