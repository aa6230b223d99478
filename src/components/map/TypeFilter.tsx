/** Which kinds of place to list and draw, each with its map symbol (shape and colour, never colour alone). */
import { FACILITY_TYPE_ORDER, type FacilityType } from '../../schemas/facility-type.ts';
import type { ThemeName } from '../../map/theme.ts';
import { SymbolIcon } from './SymbolIcon.tsx';
import type { Translate } from './messages.ts';

interface Props {
  tr: Translate;
  types: readonly FacilityType[];
  theme: ThemeName;
  onChange(types: FacilityType[]): void;
}

export function TypeFilter({ tr, types, theme, onChange }: Props) {
  return (
    <fieldset class="oh-map__types oh-js-only">
      <legend>{tr('map.types')}</legend>
      {FACILITY_TYPE_ORDER.map((type) => (
        <label class="oh-choice">
          <input
            type="checkbox"
            name="types"
            value={type}
            checked={types.includes(type)}
            onChange={(e) => {
              const on = (e.target as HTMLInputElement).checked;
              onChange(FACILITY_TYPE_ORDER.filter((t) => (t === type ? on : types.includes(t))));
            }}
          />
          <SymbolIcon type={type} theme={theme} />
          <span>{tr(`type.${type}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
