/**
 * Text split into Chinese and other runs, so Chinese inside English text can get lang="zh-CN"
 * (screen readers and the read-aloud voice switch language). Used by Mixed.tsx at build time and
 * by browser scripts that write mixed text. Browser-safe, no framework.
 */
const CJK = '\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef';
const RUN = new RegExp(`[${CJK}]+(?:[\\d\\s.%·—–-]*[${CJK}]+)*`, 'g');

/** Text split into runs, each marked Chinese or not. */
export function scriptRuns(text: string): { text: string; zh: boolean }[] {
  const runs: { text: string; zh: boolean }[] = [];
  let last = 0;
  for (const m of text.matchAll(RUN)) {
    const at = m.index ?? 0;
    if (at > last) runs.push({ text: text.slice(last, at), zh: false });
    runs.push({ text: m[0], zh: true });
    last = at + m[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), zh: false });
  return runs;
}
