/**
 * Pinyin of Chinese names, a thin wrapper over pinyin-pro, so the rest of the site never depends on
 * its options. pinyin-pro carries a dictionary of a few hundred KB: call this at build time and ship
 * the results, not the library.
 *
 * - For search (“cihunanlu”, “chnl” find 慈湖南路): `pinyinKeys`, from `pinyinSyllables`.
 * - For English pages, beside a name that stays in Chinese: `pinyinOf`, written the way Chinese
 *   place names are romanised (GB/T 16159, as on road signs): no tone marks, the syllables of a word
 *   written together, each word capitalised, an apostrophe before a syllable that starts with a, o
 *   or e inside a word (Dong'ou). Words: the generic parts of facility and place names (社区, 老年,
 *   食堂…) below are words of their own; what lies between them (the proper name) is one word.
 *   Pages mark the result lang="zh-Latn-pinyin" (src/components/ZhName.astro).
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

// English labels beside names (pinyinOf).

/**
 * Generic words of names in this site's data, longest first when one starts another. A proper
 * name between two of them is kept whole (茶山社区 → Chashan Shequ). Compounds are split into their words (老年食堂 → Laonian Shitang).
 */
const GENERIC_WORDS = [
  '居家', '养老', '服务', '照料', '中心', '老年', '食堂', '助餐', '社会', '福利', '卫生', '护理', '医养', '结合',
  '养老院', '敬老院', '福利院', '护理院', '卫生院', '医院', '服务站', '助餐点',
  '街道', '社区', '村委会', '居委会', '村', '镇', '乡', '区', '市', '省', '路', '街', '号',
].sort((a, b) => b.length - a.length);

const HAN = /\p{Script=Han}/u;

/** Syllables of a run of Chinese characters, toneless, ü written as ü. */
function syllables(run: string): string[] {
  return pinyin(run, { toneType: 'none', type: 'array' });
}

/** A word from its syllables: joined, apostrophe before a, o, e after the first, capitalised. */
function word(parts: string[]): string {
  const joined = parts.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s)).join('');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

/**
 * Splits a run of Chinese characters into generic words and the proper names between them. A
 * generic word after a single character belongs to it (东村 is Dongcun; 西安村 is Xi'an Cun).
 */
function words(run: string): string[] {
  const out: string[] = [];
  let proper = '';
  for (let i = 0; i < run.length; ) {
    const generic = proper.length === 1 ? undefined : GENERIC_WORDS.find((g) => run.startsWith(g, i));
    if (generic) {
      if (proper) out.push(proper);
      proper = '';
      out.push(generic);
      i += generic.length;
    } else {
      proper += run.charAt(i);
      i += 1;
    }
  }
  if (proper) out.push(proper);
  return out;
}

/**
 * The pinyin of a name: “茶山街道” → “Chashan Jiedao”, “东瓯社区老年食堂” → “Dong'ou Shequ Laonian
 * Shitang”. Characters other than Chinese (digits, Latin, punctuation) are kept as they are;
 * an empty string when the name has no Chinese.
 */
export function pinyinOf(name: string): string {
  let known = cache.get(name);
  if (known === undefined) {
    known = romanise(name);
    cache.set(name, known);
  }
  return known;
}

/** Names recur on many pages of a build: each is romanised once. */
const cache = new Map<string, string>();

function romanise(name: string): string {
  if (!HAN.test(name)) return '';
  const tokens = name.match(/\p{Script=Han}+|[^\p{Script=Han}]+/gu) ?? [];
  const out: string[] = [];
  for (const token of tokens) {
    if (!HAN.test(token)) {
      const kept = token.trim();
      if (kept) out.push(kept);
      continue;
    }
    for (const w of words(token)) out.push(word(syllables(w)));
  }
  return out.join(' ').replace(/\s+([,.;:)）])/g, '$1');
}
