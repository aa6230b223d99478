/**
 * The map itself, loaded last: MapLibre (about 350 KB, most of the page's weight) is imported only when
 * the map is about to scroll into view or the reader asks for it, so the form and the list are usable
 * at once on a cheap phone. The box has its size from the first paint; the map fills it when it comes.
 */
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { FeatureCollection, Geometry } from 'geojson';
import { MAX_RING_MINUTES } from '../../lib/geo/pace.ts';
import { straightLineRings } from '../../lib/geo/rings.ts';
import type { HomePoint } from '../../lib/geo-ui/home-point.ts';
import type { MapDetails, MapPoint, PickerTown } from '../../lib/geo-ui/map-data.ts';
import type { Calendar } from '../../lib/hours/calendar-table.ts';
import type { HoursWords } from '../../lib/hours/format-words.ts';
import type { BasemapConfig } from '../../map/basemap.ts';
import type { StreetsConfig } from '../../map/streets.ts';
import { boundsOf, facilityFeatures, homeFeature, reachFeatures, townFeatures, type AreaFeature } from '../../map/features.ts';
import type { MapController } from '../../map/mount.ts';
import type { ThemeName } from '../../map/theme.ts';
import { FacilityPopup } from './FacilityCard.tsx';
import { startMap, type MapState } from './map-lifecycle.ts';

/** The walking-reach areas or straight-line rings drawn around home. */
export interface Areas {
  kind: 'reach' | 'ring';
  features: AreaFeature[];
}

interface Props {
  words: HoursWords;
  basemap: BasemapConfig;
  theme: ThemeName;
  outline: FeatureCollection<Geometry> | null;
  towns: PickerTown[];
  bounds: [[number, number], [number, number]];
  roadsAttribution: string | null;
  /** The street layer's tiles, when the site has one. */
  streets: StreetsConfig | null;
  /** The facilities to draw (already filtered by type). */
  points: readonly MapPoint[];
  /** Ids drawn as “close in a straight line but not walkable in 15 minutes”. */
  blockedIds: ReadonlySet<string>;
  home: HomePoint | null;
  areas: Areas | null;
  paceMetresPerSecond: number;
  details: ReadonlyMap<string, MapDetails>;
  calendar: Calendar | null;
  facilityBase: string;
  /** URL prefix of the per-town details, for a popup opened from the map. */
  detailsBase: string;
  onMapClick(lon: number, lat: number): void;
  /** The map is up (or gone, with null): the list can then show a facility on it. */
  onController(controller: MapController | null): void;
  /** The map box, for the list's “在地图上显示” to scroll to. */
  boxRef: { current: HTMLDivElement | null };
}

/** Within this distance below the screen, the map starts loading. */
const LOAD_AHEAD = '400px';

export function MapPanel(p: Props) {
  const tr = p.words.t;
  const [requested, setRequested] = useState(false);
  const [state, setState] = useState<MapState>('waiting');
  const controller = useRef<MapController | null>(null);
  const latest = useRef(p);
  latest.current = p;

  // Start loading when the box is about to be seen.
  useEffect(() => {
    const box = p.boxRef.current;
    if (!box || requested) return;
    if (!('IntersectionObserver' in window)) return setRequested(true);
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setRequested(true), { rootMargin: `${LOAD_AHEAD} 0px` });
    observer.observe(box);
    return () => observer.disconnect();
  }, [requested]);

  useEffect(() => {
    const box = p.boxRef.current;
    if (!requested || !p.outline || !box) return;
    const stop = startMap(
      () => import('../../map/mount.ts'),
      {
        container: box,
        basemap: p.basemap,
        theme: p.theme,
        district: p.outline,
        towns: townFeatures(p.towns),
        bounds: p.bounds,
        roadsAttribution: p.roadsAttribution,
        streets: p.streets,
        locale: {
          'Map.Title': tr('map.map.label'),
          'Popup.Close': tr('map.map.close'),
          'NavigationControl.ZoomIn': tr('map.map.zoomIn'),
          'NavigationControl.ZoomOut': tr('map.map.zoomOut'),
          'CooperativeGesturesHandler.WindowsHelpText': tr('map.map.ctrlScroll'),
          'CooperativeGesturesHandler.MacHelpText': tr('map.map.ctrlScroll'),
          'CooperativeGesturesHandler.MobileHelpText': tr('map.map.twoFingers'),
        },
        onMapClick: (lon, lat) => latest.current.onMapClick(lon, lat),
        popupContent: (id) => {
          const now = latest.current;
          const f = now.points.find((x) => x.id === id);
          const calendar = now.calendar;
          if (!f || !calendar) return null;
          const popup = document.createElement('div');
          const show = (details: MapDetails | undefined) =>
            render(<FacilityPopup facility={f} details={details} words={now.words} calendar={calendar} facilityBase={now.facilityBase} />, popup);
          const known = now.details.get(id);
          show(known);
          // A marker away from the list: its town's details are fetched for the popup.
          if (!known) {
            void fetch(`${now.detailsBase}${f.townCode}.json`)
              .then((r) => (r.ok ? (r.json() as Promise<Record<string, MapDetails>>) : undefined))
              .then((file) => file?.[id] && show(file[id]))
              .catch(() => undefined);
          }
          return popup;
        },
      },
      {
        state: setState,
        ready: (c) => {
          controller.current = c;
          // The contrast setting may have changed while the map loaded.
          c.setTheme(latest.current.theme);
          latest.current.onController(c);
        },
      },
    );
    return () => {
      stop();
      controller.current = null;
      latest.current.onController(null);
    };
  }, [requested, p.outline]);

  useEffect(() => controller.current?.setTheme(p.theme), [p.theme]);

  // Keep the map's data in step with the list.
  useEffect(() => {
    if (state !== 'ready') return;
    controller.current?.setFacilities(facilityFeatures(p.points, p.blockedIds));
  }, [state, p.points, p.blockedIds]);
  useEffect(() => {
    const map = controller.current;
    if (state !== 'ready' || !map) return;
    if (!p.home || !p.areas) {
      map.setHome({ type: 'FeatureCollection', features: [] });
      map.setReach({ type: 'FeatureCollection', features: [] });
      return;
    }
    const areas = p.areas;
    map.setHome(homeFeature(p.home.lon, p.home.lat));
    // The outer ring carries the 直线距离估算 note; repeating it on every ring only crowds the map.
    const label = (m: number) => tr(areas.kind === 'ring' && m === MAX_RING_MINUTES ? 'map.rings.labelStraight' : 'map.rings.label', { minutes: m });
    map.setReach(reachFeatures(areas.features, areas.kind, label));
    const ring15 = straightLineRings(p.home.lon, p.home.lat, p.paceMetresPerSecond, { minutes: [MAX_RING_MINUTES], steps: 16 });
    const bounds = boundsOf(ring15.features.flatMap((f) => f.geometry.coordinates.flat()));
    if (bounds) map.fitBounds(bounds);
  }, [state, p.home, p.areas]);

  return (
    <section class="oh-map__mapwrap oh-js-only" aria-labelledby="map-map">
      <h2 id="map-map">{tr('map.map')}</h2>
      <p class="oh-map__hint">{tr('map.clickHint')}</p>
      <p class="oh-map__hint">{p.areas?.kind === 'reach' ? tr('map.rings.walk') : tr('map.rings.straight')}</p>
      <div class="oh-map__frame">
        {/* MapLibre owns the box's children: the button sits beside it, over it, until the map comes. */}
        <div
          class="oh-map__canvas"
          ref={(el) => {
            p.boxRef.current = el;
          }}
          data-map
          data-map-state={state}
          data-home={p.home ? `${p.home.lon.toFixed(6)},${p.home.lat.toFixed(6)}` : undefined}
          data-reach-method={p.areas?.kind}
        />
        {state === 'waiting' && (
          <button type="button" class="oh-button--secondary oh-map__load" onClick={() => setRequested(true)}>
            {tr('map.map.show')}
          </button>
        )}
      </div>
      <p role="status" class="oh-map__status">
        {state === 'loading' && tr('map.map.loading')}
        {state === 'failed' && tr('map.map.failed')}
      </p>
    </section>
  );
}
