/**
 * “Where is home?”: the current location, the 街道 → 村社 lists and the walking pace. Rendered on
 * the server too, whole: the parts that need JavaScript carry .oh-js-only (laid out from the first
 * paint where it runs, absent without it), so hydrating moves nothing.
 */
import { minutesToMetres, MAX_RING_MINUTES } from '../../lib/geo/pace.ts';
import type { PickerTown } from '../../lib/geo-ui/map-data.ts';
import type { PaceOption } from '../../lib/geo-ui/pace-options.ts';
import type { Translate } from './messages.ts';

export type GeoStatus = 'idle' | 'busy' | 'denied' | 'failed' | 'unsupported';

interface Props {
  tr: Translate;
  towns: PickerTown[];
  townCode: string;
  communityCode: string;
  paces: PaceOption[];
  paceId: string;
  defaultPaceId: string;
  lifeCircleNote: string;
  /** The facility data has arrived: the controls that need it are enabled. */
  ready: boolean;
  geoStatus: GeoStatus;
  onTown(code: string): void;
  onCommunity(code: string): void;
  onPace(id: string): void;
  onLocate(): void;
  onSubmit(): void;
}

export function HomeForm(p: Props) {
  const { tr } = p;
  const town = p.towns.find((t) => t.code === p.townCode);
  const shownTowns = town ? [town] : p.towns;
  const defaultPace = p.paces.find((x) => x.id === p.defaultPaceId) ?? p.paces[0];
  return (
    <form
      class="oh-map__form oh-js-only"
      method="get"
      onSubmit={(e) => {
        e.preventDefault();
        p.onSubmit();
      }}
      data-map-form
    >
      <h2 id="map-where">{tr('map.where')}</h2>
      <div class="oh-map__selects">
        <div class="oh-field">
          <label for="map-town">{tr('map.town')}</label>
          <select id="map-town" name="town" value={p.townCode} onChange={(e) => p.onTown((e.target as HTMLSelectElement).value)}>
            <option value="">{tr('map.town.choose')}</option>
            {p.towns.map((t) => (
              <option value={t.code} lang="zh-CN">{t.name}</option>
            ))}
          </select>
        </div>
        <div class="oh-field">
          <label for="map-community">{tr('map.community')}</label>
          <select id="map-community" name="community" value={p.communityCode} onChange={(e) => p.onCommunity((e.target as HTMLSelectElement).value)}>
            <option value="">{town ? tr('map.community.wholeTown') : tr('map.community.choose')}</option>
            {shownTowns.map((t) => (
              <optgroup label={t.name} lang="zh-CN">
                {t.communities.map((c) => (
                  <option value={c.code}>{c.name}</option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
      </div>
      <div class="oh-map__row">
        <button type="button" class="oh-button--secondary" onClick={p.onLocate} disabled={!p.ready || p.geoStatus === 'busy'}>
          {tr('map.geolocate')}
        </button>
        <p class="oh-map__status" role="status">
          {p.geoStatus === 'busy' && tr('map.geolocate.busy')}
          {p.geoStatus === 'denied' && tr('map.geolocate.denied')}
          {p.geoStatus === 'failed' && tr('map.geolocate.failed')}
          {p.geoStatus === 'unsupported' && tr('map.geolocate.unsupported')}
        </p>
      </div>
      <p class="oh-map__hint" data-map-privacy>{tr('map.privacy')}</p>
      <details class="oh-map__pace-box">
        <summary>{tr('map.pace.summary', { speed: (p.paces.find((x) => x.id === p.paceId) ?? defaultPace)?.metresPerSecond.toFixed(1) ?? '' })}</summary>
        <fieldset class="oh-map__pace">
          <legend>{tr('map.pace')}</legend>
          {defaultPace && (
            <p class="oh-map__hint">{tr('map.pace.default', { speed: defaultPace.metresPerSecond.toFixed(1), metres: Math.round(minutesToMetres(MAX_RING_MINUTES, defaultPace.metresPerSecond)) })}</p>
          )}
          {p.paces.map((pace) => (
            <label class="oh-choice">
              <input type="radio" name="pace" value={pace.id} checked={pace.id === p.paceId} onChange={() => p.onPace(pace.id)} />
              <span>{pace.label}</span>
            </label>
          ))}
          <details class="oh-map__sources">
            <summary>{tr('map.pace.sources')}</summary>
            <ul>
              {p.paces.map((pace) => (
                <li>
                  <strong>{pace.label}</strong>：{pace.source}
                </li>
              ))}
              <li>
                <strong>{tr('map.pace.lifeCircle')}</strong>：{p.lifeCircleNote}
              </li>
            </ul>
          </details>
        </fieldset>
      </details>
      <p>
        <button type="submit">{tr('map.show')}</button>
      </p>
    </form>
  );
}
