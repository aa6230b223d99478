/** Chinese runs inside English text get lang="zh-CN", so screen readers and the read-aloud voice switch language. */
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

/** Text on a page in `lang`: on English pages, Chinese runs are wrapped in <span lang="zh-CN">. */
export function Mixed({ text, lang }: { text: string; lang: string }) {
  if (!lang.startsWith('en')) return <>{text}</>;
  return <>{scriptRuns(text).map((r, i) => (r.zh ? <span key={i} lang="zh-CN">{r.text}</span> : r.text))}</>;
}
