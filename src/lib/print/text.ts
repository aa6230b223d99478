/** Text helpers for SVG written by hand: escaping and a width estimate for wrapping. */

/** Escapes text for SVG/XML content and attribute values: names are data, never markup. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

/** True for characters a CJK font draws a full em wide (ideographs, kana, full-width forms and punctuation). */
function isWide(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x20000
  );
}

/** Approximate advance widths in em of narrow characters in Noto Sans CJK (its Latin is Source Sans). */
function narrowWidth(ch: string): number {
  if (/[0-9]/.test(ch)) return 0.56;
  if (ch === ' ') return 0.25;
  if (/[.,:;'!|il]/.test(ch)) return 0.3;
  if (/[-()[\]/]/.test(ch)) return 0.36;
  if (ch === '–') return 0.5;
  if (ch === '—') return 1;
  if (/[A-Z]/.test(ch)) return 0.66;
  if (/[mwMW@]/.test(ch)) return 0.86;
  if (/[a-z]/.test(ch)) return 0.54;
  return 0.62;
}

/**
 * An estimate of the width of `text` at `fontSize`: wide characters take exactly 1 em (also in
 * bold), narrow ones their usual advance plus 4 % for bold text and other fonts.
 */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const ch of text) ems += isWide(ch) ? 1 : narrowWidth(ch) * 1.04;
  return ems * fontSize;
}

/** Punctuation that may not start a line, and that may not end one (simple 禁则). */
const NO_LINE_START = new Set([...'，。、；：？！）」』】》〉”’,.;:?!)]%']);
const NO_LINE_END = new Set([...'（「『【《〈“‘([']);

/**
 * Splits `text` into lines no wider than `maxWidth` (by textWidth). Breaks at spaces for
 * Latin text and between any two wide characters; a single word longer than the line is
 * broken where it must be.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  // Tokens: one wide character, or a run of narrow characters with its trailing spaces.
  const tokens: string[] = [];
  let run = '';
  for (const ch of text) {
    if (isWide(ch)) {
      if (run) tokens.push(run);
      run = '';
      tokens.push(ch);
    } else if (/\s/.test(ch)) {
      run += ch;
      tokens.push(run);
      run = '';
    } else {
      run += ch;
    }
  }
  if (run) tokens.push(run);
  // Keep opening punctuation with what follows and closing punctuation with what precedes.
  for (let i = tokens.length - 1; i > 0; i--) {
    const token = tokens[i] ?? '';
    const before = tokens[i - 1] ?? '';
    if (NO_LINE_START.has([...token][0] ?? '') || NO_LINE_END.has([...before].at(-1) ?? '')) {
      tokens.splice(i - 1, 2, before + token);
    }
  }
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const candidate = line + token;
    if (line !== '' && textWidth(candidate.trimEnd(), fontSize) > maxWidth) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else {
      line = candidate;
    }
    while (textWidth(line.trimEnd(), fontSize) > maxWidth && [...line].length > 1) {
      const chars = [...line];
      let cut = chars.length - 1;
      while (cut > 1 && textWidth(chars.slice(0, cut).join(''), fontSize) > maxWidth) cut--;
      lines.push(chars.slice(0, cut).join(''));
      line = chars.slice(cut).join('');
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}
