/**
 * The map page's island: “where is home?”, the walking pace, the nearest-first list and the map.
 *
 * Rendered on the server whole, so nothing moves when it hydrates; the parts that need JavaScript are
 * laid out only where it runs (.oh-js-only). Once hydrated it loads the facilities' points, answers
 * from the list at once, fetches the phones and hours of what it lists, and imports MapLibre only when
 * the map is about to be seen (MapPanel). This component holds the state; the parts are its children.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { FACILITY_TYPE_ORDER, type FacilityType } from '../../schemas/facility-type.ts';
import { minutesToMetres, MAX_RING_MINUTES } from '../../lib/geo/pace.ts';
import { reachAreas } from '../../lib/geo/reach.ts';
import { straightLineRings } from '../../lib/geo/rings.ts';
import { homeForCommunity, homeForTown, type HomePoint } from '../../lib/geo-ui/home-point.ts';
import { canteensNearHref, saveHome } from '../../lib/geo-ui/home-storage.ts';
import type { PickerTown } from '../../lib/geo-ui/map-data.ts';
import type { PlaceMatch } from '../../lib/geo-ui/place-search.ts';
import { walkingReach, type PaceOption } from '../../lib/geo-ui/pace-options.ts';
import { nearbyFacilities, nearestMeal } from '../../lib/geo-ui/results.ts';
import { mapUrlSearch, parseMapUrl, type MapUrlState } from '../../lib/geo-ui/url-state.ts';
import type { HoursWords } from '../../lib/hours/format-words.ts';
import type { BasemapConfig } from '../../map/basemap.ts';
import type { StreetsConfig } from '../../map/streets.ts';
import type { MapController } from '../../map/mount.ts';
import type { ThemeName } from '../../map/theme.ts';
import { isOpenNow } from './FacilityCard.tsx';
import { HomeForm, type GeoStatus } from './HomeForm.tsx';
import { MapPanel, type Areas } from './MapPanel.tsx';
import { translator } from './messages.ts';
import { PlaceSearch } from './PlaceSearch.tsx';
import { Results } from './Results.tsx';
import { TypeFilter } from './TypeFilter.tsx';
import { useDetails, useMapData } from './useMapData.ts';

export interface MapExplorerProps {
  lang: 'zh-CN' | 'en';
  /** The island's strings in the page's language (messages.ts MAP_MESSAGE_PREFIXES). */
  messages: Record<string, string>;
  towns: PickerTown[];
  /** URL of the map data (every facility's point, the district outline, holidays), /map/data.json. */
  dataUrl: string;
  /** URL prefix of the per-town details (phones, hours), /map/details/. */
  detailsBase: string;
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

/** Farther than this from every town centre, a point is “far from Ouhai”. */
const FAR_FROM_DISTRICT_METRES = 15_000;

function themeOfPage(): ThemeName {
  return typeof document !== 'undefined' && document.documentElement.dataset.contrast === 'high' ? 'high-contrast' : 'default';
}

function urlHomeOf(home: HomePoint | null): MapUrlState['home'] {
  if (!home) return null;
  if (home.communityCode) return { kind: 'community', code: home.communityCode };
  if (home.source === 'town-centre' && home.townCode) return { kind: 'town', code: home.townCode };
  return { kind: 'point', lon: home.lon, lat: home.lat };
}

export default function MapExplorer(props: MapExplorerProps) {
  const tr = useMemo(() => translator(props.messages), [props.messages]);
  const words: HoursWords = useMemo(() => ({ lang: props.lang, t: tr }), [tr]);
  const { data, failed, graph } = useMapData(props.dataUrl, props.graphUrl);
  const [home, setHome] = useState<HomePoint | null>(null);
  const [paceId, setPaceId] = useState(props.defaultPaceId);
  const [types, setTypes] = useState<FacilityType[]>([...FACILITY_TYPE_ORDER]);
  const [openNow, setOpenNow] = useState(false);
  const [townCode, setTownCode] = useState('');
  const [communityCode, setCommunityCode] = useState('');
  const [geoStatus, setGeoStatus] = useState<GeoStatus>('idle');
  const [shareUrl, setShareUrl] = useState('');
  const [theme, setTheme] = useState<ThemeName>('default');
  const [controller, setController] = useState<MapController | null>(null);
  const mapBox = useRef<HTMLDivElement | null>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);

  const pace = props.paces.find((p) => p.id === paceId) ?? props.paces[0]!;
  const limitMetres = minutesToMetres(MAX_RING_MINUTES, pace.metresPerSecond);

  // Once the data is here, restore the state a shared link carries.
  useEffect(() => {
    if (!data) return;
    const state = parseMapUrl(window.location.search, props.paces.map((p) => p.id));
    if (state.paceId) setPaceId(state.paceId);
    if (state.types) setTypes(state.types);
    if (state.home?.kind === 'community') {
      const chosen = homeForCommunity(data.points, props.towns, state.home.code);
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
  }, [data]);

  const reach = useMemo(() => (graph && home ? walkingReach(graph, home.lon, home.lat, pace) : null), [graph, home, pace]);
  // Every type, for the nearest place to eat; then the types the reader keeps.
  const all = useMemo(() => (data && home ? nearbyFacilities(data.index, home.lon, home.lat, pace.metresPerSecond, { reach }) : []), [data, home, pace.metresPerSecond, reach]);
  const meal = useMemo(() => (data && home ? nearestMeal(data.index, all, home.lon, home.lat, pace.metresPerSecond) : undefined), [data, home, all]);
  const ofTypes = useMemo(() => all.filter((i) => types.includes(i.facility.type)), [all, types]);
  const details = useDetails(props.detailsBase, [...ofTypes.map((i) => i.facility.townCode), ...(meal ? [meal.facility.townCode] : [])]);
  const items = useMemo(() => {
    if (!openNow || !data) return ofTypes;
    const now = new Date();
    return ofTypes.filter((i) => {
      const d = details.get(i.facility.id);
      return d !== undefined && isOpenNow(d, data.calendar, now);
    });
  }, [ofTypes, openNow, details, data]);

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

  const areas = useMemo((): Areas | null => {
    if (!home) return null;
    if (reach) return { kind: 'reach', features: reachAreas(reach, pace.metresPerSecond).features };
    return { kind: 'ring', features: straightLineRings(home.lon, home.lat, pace.metresPerSecond).features };
  }, [home, reach, pace.metresPerSecond]);
  const shownPoints = useMemo(() => (data ? data.points.filter((f) => types.includes(f.type)) : []), [data, types]);
  const blockedIds = useMemo(() => new Set(all.filter((i) => i.blocked).map((i) => i.facility.id)), [all]);

  // Ways to choose home.
  const chooseCommunity = (code: string) => {
    setCommunityCode(code);
    if (!data) return;
    if (code) {
      const chosen = homeForCommunity(data.points, props.towns, code);
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
  const choosePlace = (place: PlaceMatch) => {
    if (place.kind === 'facility') {
      setCommunityCode('');
      setHome({ lon: place.facility.lon, lat: place.facility.lat, label: place.facility.name, source: 'search' });
    } else if (place.kind === 'community') {
      setTownCode(place.code.slice(0, 9));
      chooseCommunity(place.code);
    } else if (place.kind === 'town') {
      chooseTown(place.code);
    } else {
      // A street, place or landmark of the street layer.
      setCommunityCode('');
      setHome({ lon: place.lon, lat: place.lat, label: place.name, source: 'search' });
    }
    listHeading.current?.focus();
  };

  const notes = (() => {
    if (!home || !data) return [];
    const out: string[] = [];
    if (home.source === 'community' && home.communityCode) {
      const chosen = homeForCommunity(data.points, props.towns, home.communityCode);
      if (chosen.kind === 'care-centre') out.push(tr('map.home.community', { community: home.label, centre: chosen.centre.name }));
    } else if (home.source === 'town-centre') {
      const town = props.towns.find((t) => t.code === (home.townCode ?? home.communityCode?.slice(0, 9)));
      out.push(home.communityCode ? tr('map.home.noPoint', { community: home.label, town: town?.name ?? '' }) : tr('map.home.town', { town: town?.name ?? '' }));
    } else if (!props.towns.some((t) => Math.hypot((t.lon - home.lon) * 98_000, (t.lat - home.lat) * 111_000) < FAR_FROM_DISTRICT_METRES)) {
      out.push(tr('map.home.outside'));
    }
    if (graph && !reach) out.push(tr('map.rings.noSnap'));
    return out;
  })();

  return (
    <div class="oh-map" data-map-explorer data-ready={data ? 'true' : 'false'}>
      <HomeForm
        tr={tr}
        towns={props.towns}
        townCode={townCode}
        communityCode={communityCode}
        paces={props.paces}
        paceId={paceId}
        defaultPaceId={props.defaultPaceId}
        lifeCircleNote={props.lifeCircleNote}
        ready={data !== null}
        geoStatus={geoStatus}
        onTown={chooseTown}
        onCommunity={chooseCommunity}
        onPace={setPaceId}
        onLocate={locate}
        onSubmit={() => {
          chooseCommunity(communityCode);
          listHeading.current?.focus();
        }}
      />
      <PlaceSearch tr={tr} lang={props.lang} points={data?.points ?? null} towns={props.towns} indexUrl={props.searchIndexUrl} searchesStreets={props.searchesStreets} onChoose={choosePlace} />
      <Results
        words={words}
        home={home}
        ready={data !== null}
        loadFailed={failed}
        items={items}
        inReach={ofTypes.length}
        nearestMeal={meal}
        details={details}
        calendar={data?.calendar ?? null}
        openNow={openNow}
        onOpenNow={setOpenNow}
        limitMetres={limitMetres}
        speed={pace.metresPerSecond.toFixed(1)}
        notes={notes}
        shareUrl={shareUrl}
        canteensHref={home ? canteensNearHref(props.canteensBase, home) : null}
        facilityBase={props.facilityBase}
        theme={theme}
        headingRef={listHeading}
        onShow={
          controller
            ? (item) => {
                mapBox.current?.scrollIntoView({ block: 'center' });
                controller.showFacility(item.facility.id, item.facility.lon, item.facility.lat);
              }
            : undefined
        }
      />
      <TypeFilter tr={tr} types={types} theme={theme} onChange={setTypes} />
      <MapPanel
        words={words}
        basemap={props.basemap}
        theme={theme}
        outline={data?.outline ?? null}
        towns={props.towns}
        bounds={props.bounds}
        roadsAttribution={props.roadsAttribution}
        streets={props.streets}
        points={shownPoints}
        blockedIds={blockedIds}
        home={home}
        areas={areas}
        paceMetresPerSecond={pace.metresPerSecond}
        details={details}
        calendar={data?.calendar ?? null}
        facilityBase={props.facilityBase}
        detailsBase={props.detailsBase}
        onMapClick={(lon, lat) => {
          setCommunityCode('');
          setHome({ lon, lat, label: tr('map.mapPoint'), source: 'map' });
        }}
        onController={setController}
        boxRef={mapBox}
      />
    </div>
  );
}
