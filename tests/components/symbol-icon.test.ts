import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { SymbolIcon } from '../../src/components/map/SymbolIcon.tsx';
import { FACILITY_TYPE_ORDER } from '../../src/schemas/facility-type.ts';
import { THEME_NAMES, THEMES } from '../../src/map/theme.ts';

const fills = (html: string) => [...html.matchAll(/fill="([^"]+)"/g)].map((m) => m[1]);

describe('the facility symbol in legends and lists', () => {
  for (const theme of THEME_NAMES) {
    it(`is painted in the ${theme} theme’s colours when that theme is active`, () => {
      for (const type of FACILITY_TYPE_ORDER) {
        const html = renderToString(h(SymbolIcon, { type, theme }));
        const colours = THEMES[theme].facility[type];
        expect(fills(html), `${theme} ${type}`).toEqual([colours.fill, colours.letter]);
      }
    });
  }

  it('looks different in high contrast than by default, so passing the theme matters', () => {
    expect(renderToString(h(SymbolIcon, { type: 'canteen', theme: 'high-contrast' }))).not.toBe(renderToString(h(SymbolIcon, { type: 'canteen' })));
  });
});
