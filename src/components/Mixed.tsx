/** Chinese runs inside English text get lang="zh-CN", so screen readers and the read-aloud voice switch language. */
import { scriptRuns } from '../lib/text/script-runs.ts';

export { scriptRuns };

/** Text on a page in `lang`: on English pages, Chinese runs are wrapped in <span lang="zh-CN">. */
export function Mixed({ text, lang }: { text: string; lang: string }) {
  if (!lang.startsWith('en')) return <>{text}</>;
  return <>{scriptRuns(text).map((r, i) => (r.zh ? <span key={i} lang="zh-CN">{r.text}</span> : r.text))}</>;
}
