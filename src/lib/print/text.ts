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

/**
 * Advance widths in em of the narrow characters of the print font (Noto Sans CJK SC, whose Latin
 * is Source Sans), regular and bold, as Chromium lays them out (measured at 100 px on the
 * sheets; rounded to 0.01 em). English rows are laid out to within a few per cent of their
 * cells, so the estimate has to know that an “i” is a third of an “m”.
 */
const NARROW_TABLE: readonly (readonly [string, number, number])[] = [
  [' ', 0.22, 0.23], ['!', 0.32, 0.37], ['"', 0.47, 0.57], ['#', 0.56, 0.59], ['$', 0.56, 0.59], ['%', 0.92, 0.96], ['&', 0.68, 0.74], ["'", 0.28, 0.33],
  ['(', 0.34, 0.38], [')', 0.34, 0.38], ['*', 0.47, 0.51], ['+', 0.56, 0.59], [',', 0.28, 0.33], ['-', 0.35, 0.37], ['.', 0.28, 0.33], ['/', 0.39, 0.39],
  ['0', 0.56, 0.59], ['1', 0.56, 0.59], ['2', 0.56, 0.59], ['3', 0.56, 0.59], ['4', 0.56, 0.59], ['5', 0.56, 0.59], ['6', 0.56, 0.59], ['7', 0.56, 0.59],
  ['8', 0.56, 0.59], ['9', 0.56, 0.59], [':', 0.28, 0.33], [';', 0.28, 0.33], ['<', 0.56, 0.59], ['=', 0.56, 0.59], ['>', 0.56, 0.59], ['?', 0.47, 0.51],
  ['@', 0.95, 1.01], ['A', 0.6, 0.64], ['B', 0.66, 0.68], ['C', 0.61, 0.62], ['D', 0.69, 0.71], ['E', 0.59, 0.62], ['F', 0.55, 0.59], ['G', 0.69, 0.72],
  ['H', 0.73, 0.76], ['I', 0.29, 0.33], ['J', 0.49, 0.53], ['K', 0.65, 0.69], ['L', 0.54, 0.58], ['M', 0.81, 0.85], ['N', 0.72, 0.75], ['O', 0.74, 0.77],
  ['P', 0.63, 0.67], ['Q', 0.74, 0.77], ['R', 0.64, 0.68], ['S', 0.58, 0.61], ['T', 0.6, 0.63], ['U', 0.72, 0.75], ['V', 0.58, 0.63], ['W', 0.88, 0.92],
  ['X', 0.57, 0.63], ['Y', 0.53, 0.58], ['Z', 0.59, 0.6], ['[', 0.34, 0.38], ['\\', 0.39, 0.39], [']', 0.34, 0.38], ['^', 0.56, 0.59], ['_', 0.56, 0.57],
  ['`', 0.61, 0.63], ['a', 0.56, 0.59], ['b', 0.62, 0.64], ['c', 0.49, 0.5], ['d', 0.62, 0.64], ['e', 0.55, 0.58], ['f', 0.32, 0.36], ['g', 0.56, 0.6],
  ['h', 0.61, 0.64], ['i', 0.28, 0.3], ['j', 0.28, 0.31], ['k', 0.55, 0.6], ['l', 0.28, 0.32], ['m', 0.93, 0.96], ['n', 0.61, 0.64], ['o', 0.61, 0.63],
  ['p', 0.62, 0.64], ['q', 0.62, 0.64], ['r', 0.39, 0.44], ['s', 0.47, 0.5], ['t', 0.36, 0.4], ['u', 0.61, 0.64], ['v', 0.52, 0.58], ['w', 0.8, 0.86],
  ['x', 0.5, 0.56], ['y', 0.52, 0.57], ['z', 0.48, 0.51], ['{', 0.34, 0.38], ['|', 0.27, 0.3], ['}', 0.34, 0.38], ['~', 0.56, 0.59], ['–', 0.54, 0.54],
  ['—', 0.83, 0.84],
  // The CJK font draws these wider than Latin fonts do: the middle dot and the star a full em.
  ['·', 1, 1], ['★', 1, 1], ['‘', 0.55, 0.55], ['’', 0.55, 0.55], ['“', 0.55, 0.55], ['”', 0.55, 0.55],
];
const NARROW = new Map(NARROW_TABLE.map(([ch, regular, bold]) => [ch, [regular, bold] as const]));
/** Characters not in the table (accented Latin, other scripts): about an average lower-case letter, generously. */
const OTHER_NARROW: readonly [number, number] = [0.62, 0.66];
/** Kept in hand for kerning and rounding between the measurement and a real line. */
const NARROW_MARGIN = 1.01;

function narrowWidth(ch: string, bold: boolean): number {
  const [regular, heavy] = NARROW.get(ch) ?? OTHER_NARROW;
  return (bold ? heavy : regular) * NARROW_MARGIN;
}

/**
 * An estimate of the width of `text` at `fontSize`: wide characters take exactly 1 em (also in
 * bold), narrow ones their measured advance (bold ones their bold advance).
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let ems = 0;
  for (const ch of text) ems += isWide(ch) ? 1 : narrowWidth(ch, bold);
  return ems * fontSize;
}

/** Punctuation that may not start a line, and that may not end one (simple 禁则). */
const NO_LINE_START = new Set([...'，。、；：？！）」』】》〉”’,.;:?!)]%']);
const NO_LINE_END = new Set([...'（「『【《〈“‘([']);

/** How a text is wrapped: bold, and whether a word longer than the line breaks. */
export interface WrapOptions {
  /** Bold text (wider Latin letters). */
  bold?: boolean;
  /**
   * true (default): a word longer than the line is broken where it must be, as the browser does
   * under overflow-wrap: anywhere; false: it stays whole and overflows, as under
   * overflow-wrap: normal (English table cells: no “Tow/n/cent/re”).
   */
  breakWords?: boolean;
}

/**
 * Splits `text` into lines no wider than `maxWidth` (by textWidth). Breaks at spaces for
 * Latin text and between any two wide characters; a single word longer than the line is
 * broken where it must be, unless `breakWords` is false.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, options: WrapOptions = {}): string[] {
  const { bold = false, breakWords = true } = options;
  const width = (t: string) => textWidth(t, fontSize, bold);
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
    if (line !== '' && width(candidate.trimEnd()) > maxWidth) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else {
      line = candidate;
    }
    while (breakWords && width(line.trimEnd()) > maxWidth && [...line].length > 1) {
      const chars = [...line];
      let cut = chars.length - 1;
      while (cut > 1 && width(chars.slice(0, cut).join('')) > maxWidth) cut--;
      lines.push(chars.slice(0, cut).join(''));
      line = chars.slice(cut).join('');
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}
