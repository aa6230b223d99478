import type { FacilityType } from '../../schemas/facility-type.ts';
import { FACILITY_SYMBOLS, shapeVertices } from '../../map/symbols.ts';
import { THEMES, type ThemeName } from '../../map/theme.ts';

/**
 * A facility type's map symbol as inline SVG, for legends and lists (decorative: the type is also
 * written). `theme` is the one the map uses, so the legend matches it in high-contrast mode.
 */
export function SymbolIcon({ type, theme = 'default', size = 28 }: { type: FacilityType; theme?: ThemeName; size?: number }) {
  const { letter, shape } = FACILITY_SYMBOLS[type];
  const colours = THEMES[theme].facility[type];
  const c = 50;
  const r = 45;
  return (
    <svg class="oh-symbol" width={size} height={size} viewBox="0 0 100 100" aria-hidden="true" focusable="false" data-theme={theme}>
      {shape === 'circle' ? (
        <circle cx={c} cy={c} r={r} fill={colours.fill} stroke={colours.stroke} stroke-width="6" />
      ) : (
        <polygon points={shapeVertices(shape, c, r).map((p) => p.join(',')).join(' ')} fill={colours.fill} stroke={colours.stroke} stroke-width="6" stroke-linejoin="round" />
      )}
      {/* The letter is a Chinese character (食, 照, …) on every page. */}
      <text lang="zh-CN" x={c} y={shape === 'house' ? 66 : 62} text-anchor="middle" font-size="48" font-weight="700" fill={colours.letter}>{letter}</text>
    </svg>
  );
}
