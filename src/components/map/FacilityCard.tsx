/**
 * One facility in the nearest-first list, and the same facts in the map popup: name (linked to
 * its page), type, distance and minutes, today's hours, phone.
 */
import type { Calendar } from '../../lib/hours/calendar-table.ts';
import { statusAt } from '../../lib/hours/evaluate.ts';
import { describeHoursIn, formatStatusIn, type HoursWords } from '../../lib/hours/format-words.ts';
import type { MapDetails, MapPoint } from '../../lib/geo-ui/map-data.ts';
import { detailPath, pointPlace } from '../../lib/directory/facility-layout.ts';
import { roundMetres, type NearbyFacility } from '../../lib/geo-ui/results.ts';
import type { Translate } from './messages.ts';

function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** Open now or not, on the Shanghai clock with public holidays and 调休 days, e.g. “午餐供应中，13:00 结束”. */
export function statusText(d: MapDetails, calendar: Calendar, words: HoursWords, now = new Date()): string {
  return formatStatusIn(words, statusAt(d.hours, now, calendar));
}

/** Whether the facility is open at `now` (unknown hours count as not open: the reader is asked to phone). */
export function isOpenNow(d: MapDetails, calendar: Calendar, now = new Date()): boolean {
  return statusAt(d.hours, now, calendar).state === 'open';
}

function Phones({ f, tr }: { f: MapDetails; tr: Translate }) {
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
  /** Undefined while the facility's details are being fetched. */
  f: MapDetails | undefined;
  calendar: Calendar;
  words: HoursWords;
}

/** The status line (bold) and the weekly hours with the holiday rule; two lines kept while they load. */
function Hours({ f, calendar, words }: HoursProps) {
  return (
    <>
      <p class="oh-card__status">
        <strong>{f ? statusText(f, calendar, words) : words.t('map.results.loadingHours')}</strong>
      </p>
      <p class="oh-card__hours">{f ? describeHoursIn(words, f.hours) : '\u00a0'}</p>
    </>
  );
}

interface CardProps {
  item: NearbyFacility;
  details: MapDetails | undefined;
  words: HoursWords;
  calendar: Calendar;
  facilityBase: string;
  /** Opens the facility's popup on the map; absent while the map is not ready. */
  onShow?: () => void;
}

export function FacilityCard({ item, details, words, calendar, facilityBase, onShow }: CardProps) {
  const f = item.facility;
  const tr = words.t;
  return (
    <article class="oh-card">
      <h4 class="oh-card__name">
        <a href={detailPath(facilityBase, f.id, pointPlace(f))} lang="zh-CN">{f.name}</a>
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
      <Hours f={details} calendar={calendar} words={words} />
      {details && <Phones f={details} tr={tr} />}
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
export function FacilityPopup({ facility: f, details, words, calendar, facilityBase }: { facility: MapPoint; details: MapDetails | undefined; words: HoursWords; calendar: Calendar; facilityBase: string }) {
  const tr = words.t;
  return (
    <div class="oh-popup" role="group" aria-label={f.name}>
      <h3 class="oh-popup__name" lang="zh-CN">{f.name}</h3>
      <p>{tr(`type.${f.type}`)}</p>
      <Hours f={details} calendar={calendar} words={words} />
      {details && <Phones f={details} tr={tr} />}
      <p>
        <a href={detailPath(facilityBase, f.id, pointPlace(f))}>{tr('map.popup.page')}</a>
      </p>
    </div>
  );
}
