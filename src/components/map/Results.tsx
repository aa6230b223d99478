/**
 * The answer: what lies within 15 minutes' walk of home, nearest first and grouped by type (canteens
 * first), the nearest place to eat always named with its distance — also when it is beyond 15
 * minutes — and a 现在开门 filter. The summary keeps one paragraph from the first paint, so text
 * written into it later moves nothing below.
 */
import type { RefObject } from 'preact';
import type { Calendar } from '../../lib/hours/calendar-table.ts';
import type { HoursWords } from '../../lib/hours/format-words.ts';
import type { HomePoint } from '../../lib/geo-ui/home-point.ts';
import type { MapDetails } from '../../lib/geo-ui/map-data.ts';
import { groupByType, roundMetres, type NearbyFacility, type NearestMeal } from '../../lib/geo-ui/results.ts';
import type { ThemeName } from '../../map/theme.ts';
import { FacilityCard } from './FacilityCard.tsx';
import { SymbolIcon } from './SymbolIcon.tsx';

interface Props {
  words: HoursWords;
  home: HomePoint | null;
  /** The facility data has arrived. */
  ready: boolean;
  loadFailed: boolean;
  /** Shown after the type and open-now filters, nearest first. */
  items: NearbyFacility[];
  /** How many are within 15 minutes before the open-now filter. */
  inReach: number;
  nearestMeal: NearestMeal | undefined;
  details: ReadonlyMap<string, MapDetails>;
  calendar: Calendar | null;
  openNow: boolean;
  onOpenNow(on: boolean): void;
  limitMetres: number;
  speed: string;
  notes: string[];
  shareUrl: string;
  canteensHref: string | null;
  facilityBase: string;
  theme: ThemeName;
  headingRef: RefObject<HTMLHeadingElement>;
  /** Shows a facility on the map; undefined until the map is up. */
  onShow?: (item: NearbyFacility) => void;
}

function summaryText(p: Props): string {
  const tr = p.words.t;
  if (p.loadFailed) return tr('map.loadFailed');
  if (!p.home || !p.ready) return tr('map.results.empty');
  if (p.inReach === 0) return tr('map.results.none', { place: p.home.label, metres: Math.round(p.limitMetres) });
  return tr('map.results.summary', { place: p.home.label, speed: p.speed, metres: Math.round(p.limitMetres), count: p.inReach });
}

function mealText(words: HoursWords, meal: NearestMeal): string {
  const distance = roundMetres(meal.metres) >= 1000 ? words.t('map.km', { n: (Math.round(meal.metres / 100) / 10).toFixed(1) }) : words.t('map.metres', { n: Math.max(10, roundMetres(meal.metres)) });
  const how = meal.walked ? words.t('map.results.walk') : words.t('map.results.straight');
  return words.t(meal.inside ? 'map.meal.inside' : 'map.meal.outside', { name: meal.facility.name, distance, minutes: meal.minutes, how });
}

export function Results(p: Props) {
  const tr = p.words.t;
  const groups = groupByType(p.items);
  return (
    <section class="oh-map__results" aria-labelledby="map-results">
      <h2 id="map-results" tabIndex={-1} ref={p.headingRef}>{tr('map.results')}</h2>
      <div class="oh-map__summary" aria-live="polite" data-results-summary>
        <p>{summaryText(p)}</p>
        {p.home && p.ready && p.nearestMeal && (
          <p class={p.nearestMeal.inside ? 'oh-map__meal' : 'oh-map__meal oh-map__meal--far'} data-nearest-meal={p.nearestMeal.facility.id} data-inside={String(p.nearestMeal.inside)}>
            <span aria-hidden="true">{p.nearestMeal.inside ? '🍚 ' : '⚠ '}</span>
            <a href={`${p.facilityBase}${p.nearestMeal.facility.id}/`}>{mealText(p.words, p.nearestMeal)}</a>
          </p>
        )}
        {p.notes.map((note) => (
          <p class="oh-map__note">{note}</p>
        ))}
      </div>
      {p.home && p.ready && (
        <>
          <label class="oh-choice oh-map__open-now">
            <input type="checkbox" checked={p.openNow} onChange={(e) => p.onOpenNow((e.target as HTMLInputElement).checked)} data-open-now />
            <span>{tr('map.openNow')}</span>
          </label>
          {p.openNow && p.items.length === 0 && p.inReach > 0 && <p>{tr('map.openNow.none')}</p>}
          <p class="oh-map__links">
            {p.canteensHref && <a href={p.canteensHref} data-canteens-link>{tr('map.canteensNear')}</a>}
            {p.shareUrl && <a href={p.shareUrl} data-share-link>{tr('map.share')}</a>}
          </p>
        </>
      )}
      {groups.map((group) => (
        <section class="oh-map__group" aria-labelledby={`near-${group.type}`} data-type={group.type}>
          <h3 id={`near-${group.type}`}>
            <SymbolIcon type={group.type} theme={p.theme} /> {tr(`type.${group.type}`)}（{group.items.length}）
          </h3>
          <ol class="oh-list oh-map__list">
            {group.items.map((item) => (
              <li data-facility={item.facility.id} data-metres={roundMetres(item.metres)} data-blocked={item.blocked ? 'true' : undefined}>
                {p.calendar && (
                  <FacilityCard
                    item={item}
                    details={p.details.get(item.facility.id)}
                    words={p.words}
                    calendar={p.calendar}
                    facilityBase={p.facilityBase}
                    onShow={p.onShow ? () => p.onShow?.(item) : undefined}
                  />
                )}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </section>
  );
}
