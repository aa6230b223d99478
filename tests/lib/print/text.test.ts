import { describe, expect, it } from 'vitest';
import { escapeXml, textWidth, wrapText } from '../../../src/lib/print/text.ts';

describe('text helpers', () => {
  it('escapes the five XML special characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });

  it('counts a Chinese character as one em and digits as about half', () => {
    expect(textWidth('老年食堂', 10)).toBe(40);
    expect(textWidth('0577', 10)).toBeGreaterThan(20);
    expect(textWidth('0577', 10)).toBeLessThan(26);
  });

  it('wraps Chinese between characters and keeps every line within the width', () => {
    const lines = wrapText('村社居家养老服务照料中心', 20, 4);
    expect(lines).toEqual(['村社居家养', '老服务照料', '中心']);
    for (const line of lines) expect(textWidth(line, 4)).toBeLessThanOrEqual(20);
  });

  it('wraps English at spaces', () => {
    expect(wrapText('Village community day-care centre', 60, 5)).toEqual(['Village community', 'day-care centre']);
  });

  it('never starts a line with closing punctuation nor ends one with opening punctuation', () => {
    const lines = wrapText('步行分钟（约米，直线）', 20, 4);
    for (const line of lines) {
      expect(line).not.toMatch(/^[，）。]/);
      expect(line).not.toMatch(/（$/);
    }
    expect(lines.join('')).toBe('步行分钟（约米，直线）');
  });

  it('measures Latin letters by their own width, as the print font sets them (“Canteen” 3.85 em, “illicit” under 2.5 em)', () => {
    // Widths read off Chromium's layout of the sheets (Noto Sans CJK SC at 12 pt), within 2 %.
    expect(textWidth('Canteen', 1)).toBeGreaterThanOrEqual(3.85);
    expect(textWidth('Canteen', 1)).toBeLessThanOrEqual(3.85 * 1.02);
    expect(textWidth('illicit', 1)).toBeLessThan(2.5);
    expect(textWidth('Canteen', 1, true)).toBeGreaterThan(textWidth('Canteen', 1));
  });

  it('keeps an English word whole when asked, as an English table cell does (no “Tow/n/cent/re”)', () => {
    // 2.1 em is narrower than either word: broken where it must be by default, kept whole for English cells.
    expect(wrapText('Town centre', 2.1, 1).join('/')).not.toBe('Town/centre');
    expect(wrapText('Town centre', 2.1, 1, { breakWords: false })).toEqual(['Town', 'centre']);
    expect(wrapText('Town centre', 4, 1, { breakWords: false })).toEqual(['Town', 'centre']);
  });
});

