/**
 * 语音朗读: which voice reads which part of a page, and how the page's text is cut into utterances.
 * Pure functions; the browser script in src/components/ReadAloud.astro walks the page and speaks.
 */

/** What the page script needs of a SpeechSynthesisVoice. */
export interface VoiceLike {
  /** BCP 47 tag, e.g. "zh-CN", "cmn-Hans-CN", "en-GB" (some engines write "zh_CN"). */
  lang: string;
  name: string;
}

/** A run of page text in one language; "\n" marks the end of a block (heading, paragraph, list item). */
export interface Segment {
  text: string;
  /** The lang attribute in force, e.g. "zh-CN" or "en". */
  lang: string;
}

const tag = (lang: string) => lang.replace(/_/g, '-').toLowerCase();

/**
 * The voice for Chinese text: Mandarin in simplified Chinese first (zh-CN, cmn-Hans-CN, zh-Hans), then
 * another Mandarin voice (zh-TW, cmn). Cantonese voices (zh-HK, yue) are never chosen: they would read
 * the site's Mandarin text in Cantonese.
 */
export function chineseVoice(voices: readonly VoiceLike[]): VoiceLike | undefined {
  const rank = (v: VoiceLike) => {
    const t = tag(v.lang);
    if (/^(zh-hk|zh-mo|yue)/.test(t) || /^zh-hant-hk/.test(t)) return -1;
    if (t === 'zh-cn' || t === 'cmn-hans-cn' || t === 'zh-hans-cn') return 3;
    if (/^(zh|cmn)-hans/.test(t) || t === 'zh' || t === 'cmn' || t === 'cmn-cn') return 2;
    if (/^(zh|cmn)(-|$)/.test(t)) return 1;
    return -1;
  };
  let best: VoiceLike | undefined;
  for (const v of voices) if (rank(v) > 0 && (!best || rank(v) > rank(best))) best = v;
  return best;
}

/** The voice for a segment: Chinese text always gets the Chinese voice; other text a voice of its language, else the Chinese one. */
export function voiceFor(lang: string, voices: readonly VoiceLike[], chinese: VoiceLike): VoiceLike {
  const wanted = tag(lang).split('-')[0] ?? '';
  if (wanted === 'zh' || wanted === '') return chinese;
  return voices.find((v) => tag(v.lang) === tag(lang)) ?? voices.find((v) => tag(v.lang).split('-')[0] === wanted) ?? chinese;
}

/** Characters of one utterance at most: some engines stop after about 15 seconds of a single one. */
export const MAX_UTTERANCE = 120;

/** Sentence ends, Chinese and Western, after which an utterance may end. */
const SENTENCE = /[^。！？!?；;]+[。！？!?；;]*|[。！？!?；;]+/g;

/**
 * Page segments as utterances: same-language neighbours joined, then cut at block ends, at sentence
 * ends, and at MAX_UTTERANCE characters; text with nothing to say (spaces, punctuation) dropped.
 */
export function utterances(segments: readonly Segment[], max = MAX_UTTERANCE): Segment[] {
  const joined: Segment[] = [];
  for (const s of segments) {
    const last = joined.at(-1);
    if (last && last.lang === s.lang) last.text += s.text;
    else joined.push({ text: s.text, lang: s.lang });
  }
  const out: Segment[] = [];
  for (const run of joined) {
    for (const block of run.text.split(/\n+/)) {
      const text = block.replace(/\s+/g, ' ').trim();
      for (const sentence of text.match(SENTENCE) ?? []) {
        for (let i = 0; i < sentence.length; i += max) {
          const piece = sentence.slice(i, i + max).trim();
          if (/[\p{L}\p{N}]/u.test(piece)) out.push({ text: piece, lang: run.lang });
        }
      }
    }
  }
  return out;
}
