/**
 * Pinyin of a Chinese name, for English pages: shown beside the name (which stays in Chinese),
 * so a reader who does not read characters can say it on the phone or match it on a sign.
 *
 * One function, `pinyinOf(name)`, written in the way Chinese place names are romanised
 * (GB/T 16159, as on road signs): no tone marks, the syllables of a word written together, each
 * word capitalised, an apostrophe before a syllable that starts with a, o or e inside a word
 * (Dong'ou). The syllables come from `pinyin-pro`, which picks the reading of characters with
 * several from their context. Words: the generic parts of facility and place names (社区, 老年,
 * 食堂…) below are words of their own; what lies between them (the proper name) is one word.
 * Build-time use; no browser code imports it (the dictionary is large).
 *
 * Pages mark the result lang="zh-Latn-pinyin" (src/components/ZhName.astro).
 */
import { pinyin } from 'pinyin-pro';

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
