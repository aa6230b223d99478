/**
 * One facility in the nearest-first list, and the same facts in the map popup: name (linked to
 * its page), type, distance and minutes, today's hours, phone.
 */
import type { MapFacility } from '../../lib/geo-ui/map-data.ts';
import { todaysPeriods } from '../../lib/geo-ui/hours-today.ts';
import { roundMetres, type NearbyFacility } from '../../lib/geo-ui/results.ts';
import type { Translate } from './messages.ts';

function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** Today's hours by the weekly timetable, or the source's own words, or “not known”. */
export function todayText(f: MapFacility, tr: Translate, now = new Date()): string {
  if (f.hours.periods.length > 0) {
    const today = todaysPeriods(f.hours, now);
    return today.length > 0 ? tr('map.results.today', { hours: today.join('、') }) : tr('map.results.todayClosed');
  }
  return f.hours.text ? tr('map.results.hoursText', { hours: f.hours.text }) : tr('map.results.hoursUnknown');
}

function Phones({ f, tr }: { f: MapFacility; tr: Translate }) {
  if (f.phones.length === 0) return null;
  return (
    <p class="oh-card__phones">
      {tr('map.results.phone')}：
      {f.phones.map((phone) => (
        <a class="oh-phone" href={telHref(phone)} aria-label={tr('facility.call', { phone })}>
          {phone}
        </a>
      ))}
    </p>
  );
}

export function FacilityCard({ item, tr, facilityBase, onShow }: { item: NearbyFacility; tr: Translate; facilityBase: string; onShow?: () => void }) {
  const f = item.facility;
  return (
    <article class="oh-card">
      <h4 class="oh-card__name">
        <a href={`${facilityBase}${f.id}/`} lang="zh-CN">{f.name}</a>
      </h4>
      <p class="oh-card__distance">
        {item.blocked ? (
          <strong class="oh-card__blocked">⚠ {tr('map.results.blocked', { metres: roundMetres(item.straightMetres) })}</strong>
        ) : (
          <>
            {roundMetres(item.metres) === 0 ? (
              <strong>{tr('map.results.here')}</strong>
            ) : (
              <>
                <strong>{tr('map.results.distance', { metres: roundMetres(item.metres), minutes: item.minutes })}</strong>
                <span class="oh-card__method">（{item.walkMetres === null ? tr('map.results.straight') : tr('map.results.walk')}）</span>
              </>
            )}
          </>
        )}
      </p>
      <p lang="zh-CN" class="oh-card__address">{f.address}</p>
      <p>
        {todayText(f, tr)}
        {f.hours.publicHolidays !== 'open' && <span class="oh-card__holiday">；{tr(`facility.holidays.${f.hours.publicHolidays}`)}</span>}
      </p>
      <Phones f={f} tr={tr} />
      {onShow && (
        <p>
          <button type="button" class="oh-button--secondary" onClick={onShow}>
            {tr('map.results.showOnMap')}
            <span class="oh-visually-hidden">：{f.name}</span>
          </button>
        </p>
      )}
    </article>
  );
}

/** The map popup: a heading, the facts and a link to the facility's page. */
export function FacilityPopup({ facility: f, tr, facilityBase }: { facility: MapFacility; tr: Translate; facilityBase: string }) {
  return (
    <div class="oh-popup" role="group" aria-label={f.name}>
      <h3 class="oh-popup__name" lang="zh-CN">{f.name}</h3>
      <p>{tr(`type.${f.type}`)}</p>
      <p>{todayText(f, tr)}</p>
      <Phones f={f} tr={tr} />
      <p>
        <a href={`${facilityBase}${f.id}/`}>{tr('map.popup.page')}</a>
      </p>
    </div>
  );
}
