/**
 * The map page's island: “where is home?”, the walking pace, the nearest-first list and the map.
 *
 * Server-rendered first (the form, the pace setting and an empty list region), so the page reads
 * and submits without JavaScript. Once hydrated it loads the facility data, answers from the
 * list at once, and only then imports MapLibre (src/map/mount.ts); if the map cannot start the
 * list keeps working and a short message says so.
 */
import { render } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { FACILITY_TYPE_ORDER, type FacilityType } from '../../schemas/facility-type.ts';
import { createFacilityIndex } from '../../lib/geo/facility-index.ts';
import { minutesToMetres, MAX_RING_MINUTES } from '../../lib/geo/pace.ts';
import { fetchWalkGraph, type WalkGraph } from '../../lib/geo/graph.ts';
import { reachAreas } from '../../lib/geo/reach.ts';
import { straightLineRings } from '../../lib/geo/rings.ts';
import { homeForCommunity, homeForTown, type HomePoint } from '../../lib/geo-ui/home-point.ts';
import { canteensNearHref, saveHome } from '../../lib/geo-ui/home-storage.ts';
import type { MapFacility, PickerTown } from '../../lib/geo-ui/map-data.ts';
import type { MapDataFile as MapData } from '../../lib/geo-ui/map-page-data.ts';
import { calendarFromTable } from '../../lib/hours/calendar-table.ts';
import { loadSearchIndex, searchPlaces, type PlaceMatch } from '../../lib/geo-ui/place-search.ts';
import { walkingReach, type PaceOption } from '../../lib/geo-ui/pace-options.ts';
import { groupByType, nearbyFacilities, roundMetres } from '../../lib/geo-ui/results.ts';
import { mapUrlSearch, parseMapUrl, type MapUrlState } from '../../lib/geo-ui/url-state.ts';
import type { BasemapConfig } from '../../map/basemap.ts';
import type { StreetsConfig } from '../../map/streets.ts';
import { boundsOf, facilityFeatures, homeFeature, reachFeatures, townFeatures } from '../../map/features.ts';
import type { MapController } from '../../map/mount.ts';
import type { ThemeName } from '../../map/theme.ts';
import { FacilityCard, FacilityPopup } from './FacilityCard.tsx';
import { startMap, type MapState } from './map-lifecycle.ts';
import { SymbolIcon } from './SymbolIcon.tsx';
import { Mixed } from '../Mixed.tsx';
import { translator } from './messages.ts';

export interface MapExplorerProps {
  lang: 'zh-CN' | 'en';
  towns: PickerTown[];
  /** URL of the map data (facilities and district outline), /map/data.json. */
  dataUrl: string;
  /** URL of the search index (pinyin keys; streets and places when a street layer is loaded). */
  searchIndexUrl: string;
  /** The index holds the streets and places of an imported street layer (the hint says so). */
  searchesStreets: boolean;
  /** URL of the road graph when one was built into the site, else null (straight-line rings). */
  graphUrl: string | null;
  basemap: BasemapConfig;
  paces: PaceOption[];
  /** The GB 50180 life-circle distances, shown beside the pace sources for comparison. */
  lifeCircleNote: string;
  defaultPaceId: string;
  /** Link prefix of facility pages in this language, e.g. /en/facilities/. */
  facilityBase: string;
  /** The canteen list in this language, e.g. /en/canteens/; linked with the chosen home. */
  canteensBase: string;
  /** Attribution of the road graph's data when one was built into the site, else null. */
  roadsAttribution: string | null;
  /** The street layer's tiles when one was built into the site, else null. */
  streets: StreetsConfig | null;
  /** The district's bounds, for the first view. */
  bounds: [[number, number], [number, number]];
}


type GeoStatus = 'idle' | 'busy' | 'denied' | 'failed' | 'unsupported';

/** Farther than this from every town centre, a point is “far from Ouhai”. */
const FAR_FROM_DISTRICT_METRES = 15_000;

function themeOfPage(): ThemeName {
  return document.documentElement.dataset.contrast === 'high' ? 'high-contrast' : 'default';
}

function urlHomeOf(home: HomePoint | null): MapUrlState['home'] {
  if (!home) return null;
  if (home.communityCode) return { kind: 'community', code: home.communityCode };
  if (home.source === 'town-centre' && home.townCode) return { kind: 'town', code: home.townCode };
  return { kind: 'point', lon: home.lon, lat: home.lat };
}

export default function MapExplorer(props: MapExplorerProps) {
  const tr = translator(props.lang);
  const [hydrated, setHydrated] = useState(false);
  const [data, setData] = useState<MapData | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const [graph, setGraph] = useState<WalkGraph | null>(null);
  const [home, setHome] = useState<HomePoint | null>(null);
  const [paceId, setPaceId] = useState(props.defaultPaceId);
  const [types, setTypes] = useState<FacilityType[]>([...FACILITY_TYPE_ORDER]);
  const [townCode, setTownCode] = useState('');
  const [communityCode, setCommunityCode] = useState('');
  const [geoStatus, setGeoStatus] = useState<GeoStatus>('idle');
  const [query, setQuery] = useState('');
  const [matches, setMatches] = useState<{ query: string; places: PlaceMatch[] } | null>(null);
  const [mapState, setMapState] = useState<MapState>('waiting');
  const [shareUrl, setShareUrl] = useState('');
  const [theme, setTheme] = useState<ThemeName>('default');
  const mapRef = useRef<MapController | null>(null);
  const mapBox = useRef<HTMLDivElement>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);

  const pace = props.paces.find((p) => p.id === paceId) ?? props.paces[0]!;
  const limitMetres = minutesToMetres(MAX_RING_MINUTES, pace.metresPerSecond);

  // Load the data, then restore the state a shared link carries.
  useEffect(() => {
    setHydrated(true);
    let cancelled = false;
    fetch(props.dataUrl)
      .then((r) => (r.ok ? (r.json() as Promise<MapData>) : Promise.reject(new Error(String(r.status)))))
      .then((loaded) => {
        if (cancelled) return;
        const state = parseMapUrl(window.location.search, props.paces.map((p) => p.id));
        if (state.paceId) setPaceId(state.paceId);
        if (state.types) setTypes(state.types);
        if (state.home?.kind === 'community') {
          const chosen = homeForCommunity(loaded.facilities, props.towns, state.home.code);
          if (chosen.kind !== 'unknown') {
            setTownCode(state.home.code.slice(0, 9));
            setCommunityCode(state.home.code);
            setHome(chosen.home);
          }
        } else if (state.home?.kind === 'town') {
          const chosen = homeForTown(props.towns, state.home.code);
          if (chosen) {
            setTownCode(state.home.code);
            setHome(chosen);
          }
        } else if (state.home?.kind === 'point') {
          setHome({ lon: state.home.lon, lat: state.home.lat, label: tr('map.mapPoint'), source: 'link' });
        }
        setData(loaded);
      })
      .catch(() => !cancelled && setLoadFailed(true));
    if (props.graphUrl) {
      void fetchWalkGraph(props.graphUrl)
        .then((g) => !cancelled && setGraph(g))
        // Without the graph the page draws straight-line rings, which it says it does.
        .catch(() => undefined);
    }
    return () => {
      cancelled = true;
    };
  }, []);

  const index = useMemo(() => (data ? createFacilityIndex(data.facilities) : null), [data]);
  const calendar = useMemo(() => (data ? calendarFromTable(data.holidays) : null), [data]);
  const reach = useMemo(() => (graph && home ? walkingReach(graph, home.lon, home.lat, pace) : null), [graph, home, pace]);
  const items = useMemo(
    () => (index && home ? nearbyFacilities(index, home.lon, home.lat, pace.metresPerSecond, { types, reach }) : []),
    [index, home, pace.metresPerSecond, types, reach],
  );
  const groups = groupByType(items);

  // The URL follows the state, so the address bar is always a link to this result.
  useEffect(() => {
    if (!data) return;
    const search = mapUrlSearch({ home: urlHomeOf(home), paceId, types: types.length < FACILITY_TYPE_ORDER.length ? types : undefined });
    const url = `${window.location.pathname}${search}`;
    window.history.replaceState(null, '', url);
    setShareUrl(home ? new URL(url, window.location.href).href : '');
  }, [data, home, paceId, types]);

  // The canteen list sorts by the home chosen here (src/lib/directory/home.ts reads it). It is
  // forgotten only when someone clears their choice, not when the page opens without one.
  const storedOnce = useRef(false);
  useEffect(() => {
    if (!data) return;
    if (home || storedOnce.current) saveHome(window.localStorage, home);
    if (home) storedOnce.current = true;
  }, [data, home]);

  // The map and the symbol legend follow the page's contrast setting.
  useEffect(() => {
    setTheme(themeOfPage());
    const observer = new MutationObserver(() => setTheme(themeOfPage()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-contrast'] });
    return () => observer.disconnect();
  }, []);
  useEffect(() => mapRef.current?.setTheme(theme), [theme]);

  // The map: imported only once the list works, removed when the island goes away.
  const onMapClick = useRef((lon: number, lat: number) => {
    setCommunityCode('');
    setHome({ lon, lat, label: tr('map.mapPoint'), source: 'map' });
  });
  const facilitiesById = useRef(new Map<string, MapFacility>());
  useEffect(() => {
    if (!data || !mapBox.current) return;
    facilitiesById.current = new Map(data.facilities.map((f) => [f.id, f]));
    const stop = startMap(
      () => import('../../map/mount.ts'),
      {
        container: mapBox.current,
        basemap: props.basemap,
        theme: themeOfPage(),
        district: data.outline,
        towns: townFeatures(props.towns),
        bounds: props.bounds,
        roadsAttribution: props.roadsAttribution,
        streets: props.streets,
        locale: {
          'Map.Title': tr('map.map.label'),
          'Popup.Close': tr('map.map.close'),
          'NavigationControl.ZoomIn': tr('map.map.zoomIn'),
          'NavigationControl.ZoomOut': tr('map.map.zoomOut'),
          'CooperativeGesturesHandler.WindowsHelpText': tr('map.map.ctrlScroll'),
          'CooperativeGesturesHandler.MacHelpText': tr('map.map.ctrlScroll'),
          'CooperativeGesturesHandler.MobileHelpText': tr('map.map.twoFingers'),
        },
        onMapClick: (lon, lat) => onMapClick.current(lon, lat),
        popupContent: (id) => {
          const f = facilitiesById.current.get(id);
          if (!f) return null;
          const box = document.createElement('div');
          render(<FacilityPopup facility={f} tr={tr} lang={props.lang} calendar={calendarFromTable(data.holidays)} facilityBase={props.facilityBase} />, box);
          return box;
        },
      },
      {
        state: setMapState,
        ready: (c) => {
          mapRef.current = c;
          // The contrast setting may have changed while the map loaded.
          c.setTheme(themeOfPage());
        },
      },
    );
    return () => {
      stop();
      mapRef.current = null;
    };
  }, [data]);

  // Keep the map's data in step with the list.
  const blockedIds = useMemo(() => new Set(items.filter((i) => i.blocked).map((i) => i.facility.id)), [items]);
  useEffect(() => {
    if (mapState !== 'ready' || !data) return;
    mapRef.current?.setFacilities(facilityFeatures(data.facilities.filter((f) => types.includes(f.type)), blockedIds));
  }, [mapState, data, types, blockedIds]);
  const areas = useMemo(() => {
    if (!home) return null;
    if (reach) return { kind: 'reach' as const, features: reachAreas(reach, pace.metresPerSecond).features };
    return { kind: 'ring' as const, features: straightLineRings(home.lon, home.lat, pace.metresPerSecond).features };
  }, [home, reach, pace.metresPerSecond]);
  useEffect(() => {
    const map = mapRef.current;
    if (mapState !== 'ready' || !map) return;
    if (!home || !areas) {
      map.setHome({ type: 'FeatureCollection', features: [] });
      map.setReach({ type: 'FeatureCollection', features: [] });
      return;
    }
    map.setHome(homeFeature(home.lon, home.lat));
    // The outer ring carries the 直线距离估算 note; repeating it on every ring only crowds the map.
    const label = (m: number) => tr(areas.kind === 'ring' && m === MAX_RING_MINUTES ? 'map.rings.labelStraight' : 'map.rings.label', { minutes: m });
    map.setReach(reachFeatures(areas.features, areas.kind, label));
    const ring15 = straightLineRings(home.lon, home.lat, pace.metresPerSecond, { minutes: [MAX_RING_MINUTES], steps: 16 });
    const bounds = boundsOf(ring15.features.flatMap((f) => f.geometry.coordinates.flat()));
    if (bounds) map.fitBounds(bounds);
  }, [mapState, home, areas]);

  // Ways to choose home.
  const chooseCommunity = (code: string) => {
    setCommunityCode(code);
    if (!data) return;
    if (code) {
      const chosen = homeForCommunity(data.facilities, props.towns, code);
      if (chosen.kind !== 'unknown') setHome(chosen.home);
    } else if (townCode) {
      const chosen = homeForTown(props.towns, townCode);
      if (chosen) setHome(chosen);
    }
  };
  // A new street starts from its approximate centre, so the list never stays on the old place.
  const chooseTown = (code: string) => {
    setTownCode(code);
    setCommunityCode('');
    setHome(code ? (homeForTown(props.towns, code) ?? null) : null);
  };
  const onSubmit = (e: Event) => {
    e.preventDefault();
    chooseCommunity(communityCode);
    listHeading.current?.focus();
  };
  const locate = () => {
    if (!('geolocation' in navigator)) return setGeoStatus('unsupported');
    setGeoStatus('busy');
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        setGeoStatus('idle');
        setCommunityCode('');
        setHome({ lon: pos.coords.longitude, lat: pos.coords.latitude, label: tr('map.geolocate.here'), source: 'geolocation' });
        listHeading.current?.focus();
      },
      (err) => setGeoStatus(err.code === err.PERMISSION_DENIED ? 'denied' : 'failed'),
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  };
  const onSearch = (e: Event) => {
    e.preventDefault();
    if (!data) return;
    const typed = query;
    void loadSearchIndex(props.searchIndexUrl).then((index) => setMatches({ query: typed, places: searchPlaces(typed, data.facilities, props.towns, 8, index) }));
  };
  const choosePlace = (place: PlaceMatch) => {
    if (!data) return;
    if (place.kind === 'facility') {
      setCommunityCode('');
      setHome({ lon: place.facility.lon, lat: place.facility.lat, label: place.facility.name, source: 'search' });
    } else if (place.kind === 'community') {
      setTownCode(place.code.slice(0, 9));
      chooseCommunity(place.code);
    } else if (place.kind === 'town') {
      chooseTown(place.code);
    } else {
      setCommunityCode('');
      setHome({ lon: place.lon, lat: place.lat, label: place.name, source: 'search' });
    }
    setMatches(null);
    listHeading.current?.focus();
  };

  const homeNote = (() => {
    if (!home || !data) return null;
    if (home.source === 'community' && home.communityCode) {
      const chosen = homeForCommunity(data.facilities, props.towns, home.communityCode);
      return chosen.kind === 'care-centre' ? tr('map.home.community', { community: home.label, centre: chosen.centre.name }) : null;
    }
    if (home.source === 'town-centre') {
      const town = props.towns.find((t) => t.code === (home.townCode ?? home.communityCode?.slice(0, 9)));
      return home.communityCode ? tr('map.home.noPoint', { community: home.label, town: town?.name ?? '' }) : tr('map.home.town', { town: town?.name ?? '' });
    }
    const near = props.towns.some((t) => Math.hypot((t.lon - home.lon) * 98_000, (t.lat - home.lat) * 111_000) < FAR_FROM_DISTRICT_METRES);
    return near ? null : tr('map.home.outside');
  })();

  const town = props.towns.find((t) => t.code === townCode);
  const shownTowns = town ? [town] : props.towns;
  const speed = pace.metresPerSecond.toFixed(1);
  const defaultPace = props.paces.find((p) => p.id === props.defaultPaceId) ?? pace;

  return (
    <div class="oh-map" data-map-explorer data-ready={data ? 'true' : 'false'}>
      <form class="oh-map__form" method="get" onSubmit={onSubmit} data-map-form>
        <h2 id="map-where">{tr('map.where')}</h2>
        {hydrated && <p class="oh-map__hint" data-map-privacy>{tr('map.privacy')}</p>}
        {hydrated && (
          <div class="oh-map__row">
            <button type="button" class="oh-button--secondary" onClick={locate} disabled={!data || geoStatus === 'busy'}>
              {tr('map.geolocate')}
            </button>
            <p class="oh-map__status" role="status">
              {geoStatus === 'busy' && tr('map.geolocate.busy')}
              {geoStatus === 'denied' && tr('map.geolocate.denied')}
              {geoStatus === 'failed' && tr('map.geolocate.failed')}
              {geoStatus === 'unsupported' && tr('map.geolocate.unsupported')}
            </p>
          </div>
        )}
        <div class="oh-map__selects">
          <div class="oh-field">
            <label for="map-town">{tr('map.town')}</label>
            <select id="map-town" name="town" value={townCode} onChange={(e) => chooseTown((e.target as HTMLSelectElement).value)}>
              <option value="">{tr('map.town.choose')}</option>
              {props.towns.map((t) => (
                <option value={t.code} lang="zh-CN">{t.name}</option>
              ))}
            </select>
          </div>
          <div class="oh-field">
            <label for="map-community">{tr('map.community')}</label>
            <select id="map-community" name="community" value={communityCode} onChange={(e) => chooseCommunity((e.target as HTMLSelectElement).value)}>
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
        <fieldset class="oh-map__pace">
          <legend>{tr('map.pace')}</legend>
          <p class="oh-map__hint">{tr('map.pace.default', { speed: defaultPace.metresPerSecond.toFixed(1), metres: Math.round(minutesToMetres(MAX_RING_MINUTES, defaultPace.metresPerSecond)) })}</p>
          {props.paces.map((p) => (
            <label class="oh-choice">
              <input type="radio" name="pace" value={p.id} checked={p.id === paceId} onChange={() => setPaceId(p.id)} />
              <span>{p.label}</span>
            </label>
          ))}
          <details class="oh-map__sources">
            <summary>{tr('map.pace.sources')}</summary>
            <ul>
              {props.paces.map((p) => (
                <li>
                  <strong>{p.label}</strong>：{p.source}
                </li>
              ))}
              <li>
                <strong>{tr('map.pace.lifeCircle')}</strong>：{props.lifeCircleNote}
              </li>
            </ul>
          </details>
        </fieldset>
        <p>
          <button type="submit">{tr('map.show')}</button>
        </p>
      </form>

      {hydrated && (
        <form class="oh-map__search" role="search" onSubmit={onSearch}>
          <label for="map-search">{tr('map.search')}</label>
          <p id="map-search-hint" class="oh-map__hint"><Mixed text={tr(props.searchesStreets ? 'map.search.hint.streets' : 'map.search.hint')} lang={props.lang} /></p>
          <div class="oh-map__row">
            <input id="map-search" type="search" aria-describedby="map-search-hint" value={query} onInput={(e) => setQuery((e.target as HTMLInputElement).value)} />
            <button type="submit" disabled={!data}>{tr('map.search.button')}</button>
          </div>
          <div role="status">
            {matches && matches.places.length === 0 && <p>{tr('map.search.none', { query: matches.query })}</p>}
            {matches && matches.places.length > 0 && <p>{tr('map.search.results', { count: matches.places.length })}</p>}
          </div>
          {matches && matches.places.length > 0 && (
            <ul class="oh-map__matches">
              {matches.places.map((place) => (
                <li>
                  <button type="button" class="oh-button--secondary" onClick={() => choosePlace(place)}>
                    <span lang="zh-CN">{place.kind === 'facility' ? place.facility.name : place.name}</span>
                    <span class="oh-map__match-kind">
                      {place.kind === 'facility' ? tr(`type.${place.facility.type}.short`) : place.kind === 'community' ? `${tr('map.search.kind.community')} · ${place.townName}` : tr(`map.search.kind.${place.kind}`)}
                    </span>
                    <span class="oh-visually-hidden">{tr('map.search.useThis')}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </form>
      )}

      {hydrated && (
        <fieldset class="oh-map__types">
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
                  setTypes(FACILITY_TYPE_ORDER.filter((t) => (t === type ? on : types.includes(t))));
                }}
              />
              <SymbolIcon type={type} theme={theme} />
              <span>{tr(`type.${type}`)}</span>
            </label>
          ))}
        </fieldset>
      )}

      <section class="oh-map__results" aria-labelledby="map-results">
        <h2 id="map-results" tabIndex={-1} ref={listHeading}>{tr('map.results')}</h2>
        <div class="oh-map__summary" aria-live="polite" data-results-summary>
          {loadFailed && <p>{tr('map.loadFailed')}</p>}
          {hydrated && !data && !loadFailed && <p>{tr('map.loading')}</p>}
          {!home && <p>{tr('map.results.empty')}</p>}
          {home && data && (
            <p>
              {items.length > 0
                ? tr('map.results.summary', { place: home.label, speed, metres: Math.round(limitMetres), count: items.length })
                : tr('map.results.none', { place: home.label, metres: Math.round(limitMetres) })}
            </p>
          )}
          {homeNote && <p class="oh-map__note">{homeNote}</p>}
          {home && graph && !reach && <p class="oh-map__note">{tr('map.rings.noSnap')}</p>}
        </div>
        {shareUrl && (
          <p>
            <a href={shareUrl} data-share-link>{tr('map.share')}</a>
          </p>
        )}
        {home && data && (
          <p>
            <a href={canteensNearHref(props.canteensBase, home)} data-canteens-link>{tr('map.canteensNear')}</a>
          </p>
        )}
        {groups.map((group) => (
          <section class="oh-map__group" aria-labelledby={`near-${group.type}`} data-type={group.type}>
            <h3 id={`near-${group.type}`}>
              <SymbolIcon type={group.type} theme={theme} /> {tr(`type.${group.type}`)}（{group.items.length}）
            </h3>
            <ol class="oh-list oh-map__list">
              {group.items.map((item) => (
                <li data-facility={item.facility.id} data-metres={roundMetres(item.metres)} data-blocked={item.blocked ? 'true' : undefined}>
                  <FacilityCard
                    item={item}
                    tr={tr}
                    lang={props.lang}
                    calendar={calendar!}
                    facilityBase={props.facilityBase}
                    onShow={
                      mapState === 'ready'
                        ? () => {
                            mapBox.current?.scrollIntoView({ block: 'center' });
                            mapRef.current?.showFacility(item.facility.id, item.facility.lon, item.facility.lat);
                          }
                        : undefined
                    }
                  />
                </li>
              ))}
            </ol>
          </section>
        ))}
      </section>

      {hydrated && (
      <section class="oh-map__mapwrap" aria-labelledby="map-map">
        <h2 id="map-map">{tr('map.map')}</h2>
        <p class="oh-map__hint">{tr('map.clickHint')}</p>
        <p class="oh-map__hint">{areas?.kind === 'reach' ? tr('map.rings.walk') : tr('map.rings.straight')}</p>
        <div class="oh-map__canvas" ref={mapBox} data-map data-map-state={mapState} data-home={home ? `${home.lon.toFixed(6)},${home.lat.toFixed(6)}` : undefined} data-reach-method={areas?.kind} />
        <p role="status" class="oh-map__status">
          {mapState === 'loading' && tr('map.map.loading')}
          {mapState === 'failed' && tr('map.map.failed')}
        </p>
      </section>
      )}
    </div>
  );
}
