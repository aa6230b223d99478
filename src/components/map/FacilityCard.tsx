/**
 * One facility in the nearest-first list, and the same facts in the map popup: name (linked to
 * its page), type, distance and minutes, today's hours, phone.
 */
import type { Lang } from '../../i18n/index.ts';
import type { Calendar } from '../../lib/hours/calendar-table.ts';
import { statusAt } from '../../lib/hours/evaluate.ts';
import { describeHours, formatStatus } from '../../lib/hours/format.ts';
import type { MapFacility } from '../../lib/geo-ui/map-data.ts';
import { roundMetres, type NearbyFacility } from '../../lib/geo-ui/results.ts';
import type { Translate } from './messages.ts';

function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** Open now or not, on the Shanghai clock with public holidays and 调休 days, e.g. “午餐供应中，13:00 结束”. */
export function statusText(f: MapFacility, calendar: Calendar, lang: Lang, now = new Date()): string {
  return formatStatus(statusAt(f.hours, now, calendar), lang);
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

interface HoursProps {
  f: MapFacility;
  calendar: Calendar;
  lang: Lang;
}

/** The status line (bold) and the weekly hours with the holiday rule. */
function Hours({ f, calendar, lang }: HoursProps) {
  return (
    <>
      <p class="oh-card__status">
        <strong>{statusText(f, calendar, lang)}</strong>
      </p>
      <p class="oh-card__hours">{describeHours(f.hours, lang)}</p>
    </>
  );
}

interface CardProps {
  item: NearbyFacility;
  tr: Translate;
  lang: Lang;
  calendar: Calendar;
  facilityBase: string;
  /** Opens the facility's popup on the map; absent while the map is not ready. */
  onShow?: () => void;
}

export function FacilityCard({ item, tr, lang, calendar, facilityBase, onShow }: CardProps) {
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
      <Hours f={f} calendar={calendar} lang={lang} />
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
export function FacilityPopup({ facility: f, tr, lang, calendar, facilityBase }: { facility: MapFacility; tr: Translate; lang: Lang; calendar: Calendar; facilityBase: string }) {
  return (
    <div class="oh-popup" role="group" aria-label={f.name}>
      <h3 class="oh-popup__name" lang="zh-CN">{f.name}</h3>
      <p>{tr(`type.${f.type}`)}</p>
      <Hours f={f} calendar={calendar} lang={lang} />
      <Phones f={f} tr={tr} />
      <p>
        <a href={`${facilityBase}${f.id}/`}>{tr('map.popup.page')}</a>
      </p>
    </div>
  );
}
