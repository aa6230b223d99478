/**
 * Creates the MapLibre map in the browser. This module is the only one that imports maplibre-gl;
 * the map page loads it with a dynamic import after its list already works, so no other page
 * (and not the first paint of /map/) downloads MapLibre.
 */
import { addProtocol, Map as MapLibreMap, NavigationControl, Popup, ScaleControl, setWorkerUrl, type ErrorEvent, type GeoJSONSource, type MapGeoJSONFeature, type MapMouseEvent } from 'maplibre-gl';
// MapLibre's stylesheet is linked when the map loads, not in the page head, so it never delays the list.
import maplibreCssUrl from 'maplibre-gl/dist/maplibre-gl.css?url';
// MapLibre v6 ships its worker as a separate module; Vite copies it and gives us its URL.
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { FeatureCollection, Geometry } from 'geojson';
import type { LayerSpecification, StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { FACILITY_TYPE_ORDER, type FacilityType } from '../schemas/facility-type.ts';
import type { BasemapConfig } from './basemap.ts';
import { buildStyle, CLUSTER_MAX_ZOOM, facilityLayerId, LABEL_FONTS, LAYER, SOURCE } from './style.ts';
import { STREETS_SOURCE, type StreetsConfig } from './streets.ts';
import { drawFacilitySymbol, SYMBOL_SIZE, symbolImageId } from './symbols.ts';
import { THEMES, type ThemeName } from './theme.ts';

type AnyGeoJSON = FeatureCollection<Geometry>;
const EMPTY: AnyGeoJSON = { type: 'FeatureCollection', features: [] };

export interface MountOptions {
  container: HTMLElement;
  basemap: BasemapConfig;
  theme: ThemeName;
  district: AnyGeoJSON;
  towns: AnyGeoJSON;
  /** [[west, south], [east, north]] to show first. */
  bounds: [[number, number], [number, number]];
  /** The road graph's attribution line when walking reach is computed from one, else null. */
  roadsAttribution: string | null;
  /** The imported street layer's tiles (a site-relative URL template is fine), else null. */
  streets: StreetsConfig | null;
  /** MapLibre's own control labels, in the page language. */
  locale: Record<string, string>;
  /** A click or tap on the map away from any facility. */
  onMapClick: (lon: number, lat: number) => void;
  /** The popup's content for a facility id; null when the id is unknown. */
  popupContent: (id: string) => HTMLElement | null;
}

export interface MapController {
  /** The facilities to draw (already filtered by type, so cluster counts match what is shown). */
  setFacilities(data: AnyGeoJSON): void;
  setReach(data: AnyGeoJSON): void;
  setHome(data: AnyGeoJSON): void;
  setTheme(theme: ThemeName): void;
  /** Moves the view to fit the bounds. */
  fitBounds(bounds: [[number, number], [number, number]]): void;
  /** Centres on a facility and opens its popup (the keyboard path to a popup). */
  showFacility(id: string, lon: number, lat: number): void;
  remove(): void;
}

/** True when the browser can give MapLibre a WebGL context. */
export function webglAvailable(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}

/**
 * The style's symbol layers, each with the layer it must go under, in the order to add them (last
 * first, so that each one's `beforeId` is already on the map: a later symbol layer or a base layer).
 */
export function laterLayers(style: StyleSpecification): { layer: LayerSpecification; beforeId: string | undefined }[] {
  const out: { layer: LayerSpecification; beforeId: string | undefined }[] = [];
  style.layers.forEach((layer, i) => {
    if (layer.type === 'symbol') out.unshift({ layer, beforeId: style.layers[i + 1]?.id });
  });
  return out;
}

function linkStylesheet(url: string): Promise<void> {
  if (document.querySelector(`link[href="${url}"]`)) return Promise.resolve();
  return new Promise((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = url;
    // A missing stylesheet makes controls plainer but the map still works.
    link.onload = link.onerror = () => resolve();
    document.head.append(link);
  });
}

let pmtilesRegistered = false;

async function registerPmtiles(): Promise<void> {
  if (pmtilesRegistered) return;
  const { Protocol } = await import('pmtiles');
  addProtocol('pmtiles', new Protocol().tile);
  pmtilesRegistered = true;
}

function symbolImage(type: FacilityType, theme: ThemeName, pixelRatio: number): ImageData {
  const size = Math.round(SYMBOL_SIZE * pixelRatio);
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  // Read back once: a software canvas avoids a GPU read-back stall.
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('canvas 2d unavailable');
  drawFacilitySymbol(ctx, type, THEMES[theme], size);
  return ctx.getImageData(0, 0, size, size);
}

/**
 * Creates the map and resolves once its style has loaded. Rejects when WebGL is missing or the
 * map cannot start; the page then keeps its list and says the map could not be shown.
 */
export async function mountMap(options: MountOptions): Promise<MapController> {
  if (!webglAvailable()) throw new Error('WebGL unavailable');
  setWorkerUrl(workerUrl);
  await linkStylesheet(maplibreCssUrl);
  if (options.basemap.kind === 'pmtiles') await registerPmtiles();

  const state = { facilities: EMPTY, reach: EMPTY, home: EMPTY, theme: options.theme };
  // MapLibre's worker cannot resolve a site-relative tile URL, and new URL() would escape the braces.
  const streets = options.streets && { ...options.streets, tiles: options.streets.tiles.startsWith('/') ? `${window.location.origin}${options.streets.tiles}` : options.streets.tiles };
  const style = () =>
    buildStyle({
      theme: THEMES[state.theme],
      basemap: options.basemap,
      district: options.district,
      towns: options.towns,
      facilities: state.facilities,
      reach: state.reach,
      home: state.home,
      roadsAttribution: options.roadsAttribution,
      streets,
    });
  const pixelRatio = Math.max(1, Math.min(3, Math.ceil(window.devicePixelRatio || 1)));
  // Text and symbol layers (the costly part of a first frame: text shaping, icons) come after it.
  const full = style();
  const later = laterLayers(full);

  const map = new MapLibreMap({
    container: options.container,
    style: { ...full, layers: full.layers.filter((layer) => !later.some((l) => l.layer.id === layer.id)) },
    bounds: options.bounds,
    fitBoundsOptions: { padding: 20 },
    // No glyph server: every label is drawn with the reader's fonts.
    localIdeographFontFamily: LABEL_FONTS.join(', '),
    locale: options.locale,
    cooperativeGestures: true,
    attributionControl: { compact: false },
    maxZoom: 18,
  });
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  /** Room kept free of the zoom buttons when fitting a view (they grow with the reader's text size). */
  const padding = () => {
    const controls = options.container.querySelector<HTMLElement>('.maplibregl-ctrl-top-right');
    return { top: 40, bottom: 40, left: 40, right: Math.max(40, (controls?.offsetWidth ?? 0) + 16) };
  };
  map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');

  // The symbols are drawn when a layer first needs them, also after a theme change replaces the style.
  map.setMissingStyleImageResolver((id) => {
    const type = FACILITY_TYPE_ORDER.find((t) => symbolImageId(t) === id);
    if (type && !map.hasImage(id)) map.addImage(id, symbolImage(type, state.theme, pixelRatio), { pixelRatio });
  });

  const facilityLayers = FACILITY_TYPE_ORDER.map(facilityLayerId);
  const clickable = [...facilityLayers, LAYER.clusters];
  let popup: Popup | null = null;
  /**
   * Opens a facility's popup with focus inside it. Escape closes it, and closing it gives focus back
   * to what had it before (the list's “在地图上显示” button, or the map), unless focus has moved on.
   */
  const openPopup = (id: string, lon: number, lat: number) => {
    const content = options.popupContent(id);
    if (!content) return;
    const active = document.activeElement;
    const opener = active instanceof HTMLElement && active !== document.body ? active : map.getCanvas();
    const opened = new Popup({ closeButton: true, focusAfterOpen: true, maxWidth: '22rem', className: 'oh-map__popup' }).setLngLat([lon, lat]).setDOMContent(content);
    opened.on('close', () => {
      // Replaced by another popup: focus belongs to that one.
      if (popup !== opened) return;
      popup = null;
      const now = document.activeElement;
      const focusWasInside = !now || now === document.body || Boolean(opened.getElement()?.contains(now));
      if (focusWasInside && opener.isConnected) opener.focus();
    });
    const previous = popup;
    popup = opened;
    previous?.remove();
    opened.addTo(map);
    opened.getElement()?.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      opened.remove();
    });
  };

  map.on('click', (e: MapMouseEvent) => {
    const layers = clickable.filter((id) => map.getLayer(id));
    const hit: MapGeoJSONFeature | undefined = map.queryRenderedFeatures(e.point, { layers })[0];
    if (!hit) {
      options.onMapClick(e.lngLat.lng, e.lngLat.lat);
      return;
    }
    const [lon = 0, lat = 0] = hit.geometry.type === 'Point' ? hit.geometry.coordinates : [];
    if (hit.layer.id === LAYER.clusters) {
      const source = map.getSource<GeoJSONSource>(SOURCE.facilities);
      const clusterId = Number(hit.properties.cluster_id);
      void source?.getClusterExpansionZoom(clusterId).then((zoom) => map.easeTo({ center: [lon, lat], zoom: Math.min(zoom, CLUSTER_MAX_ZOOM + 1) }));
      return;
    }
    openPopup(String(hit.properties.id), lon, lat);
  });
  for (const id of clickable) {
    map.on('mouseenter', id, () => (map.getCanvas().style.cursor = 'pointer'));
    map.on('mouseleave', id, () => (map.getCanvas().style.cursor = ''));
  }

  // Tells the page (and the e2e tests) what the map has actually drawn.
  const report = () => {
    const reach = map.getSource(SOURCE.reach) ? map.querySourceFeatures(SOURCE.reach).length : 0;
    options.container.dataset.reachRendered = String(reach);
    if (streets && map.getSource(STREETS_SOURCE)) options.container.dataset.streetsRendered = String(map.querySourceFeatures(STREETS_SOURCE, { sourceLayer: streets.sourceLayer }).length);
  };
  map.on('idle', report);

  await new Promise<void>((resolve, reject) => {
    const onError = (e: ErrorEvent) => reject(e.error);
    map.once('error', onError);
    map.once('load', () => {
      map.off('error', onError);
      // Later errors (a tile that fails) are logged by MapLibre itself; the map stays usable.
      requestAnimationFrame(() => {
        for (const { layer, beforeId } of later) if (!map.getLayer(layer.id)) map.addLayer(layer, beforeId && map.getLayer(beforeId) ? beforeId : undefined);
        resolve();
      });
    });
  }).catch((error: unknown) => {
    map.remove();
    throw error;
  });

  const setData = (source: string, data: AnyGeoJSON) => map.getSource<GeoJSONSource>(source)?.setData(data);

  return {
    setFacilities(data) {
      state.facilities = data;
      setData(SOURCE.facilities, data);
    },
    setReach(data) {
      state.reach = data;
      setData(SOURCE.reach, data);
      options.container.dataset.reachFeatures = String(data.features.length);
    },
    setHome(data) {
      state.home = data;
      setData(SOURCE.home, data);
    },
    setTheme(theme) {
      if (theme === state.theme) return;
      state.theme = theme;
      for (const type of FACILITY_TYPE_ORDER) if (map.hasImage(symbolImageId(type))) map.removeImage(symbolImageId(type));
      map.setStyle(style(), { diff: false });
    },
    fitBounds(bounds) {
      map.fitBounds(bounds, { padding: padding(), maxZoom: 16, duration: 0 });
    },
    showFacility(id, lon, lat) {
      map.jumpTo({ center: [lon, lat], zoom: Math.max(map.getZoom(), CLUSTER_MAX_ZOOM + 1) });
      openPopup(id, lon, lat);
    },
    remove() {
      // The page is going away: no focus to hand back.
      const open = popup;
      popup = null;
      open?.remove();
      map.remove();
    },
  };
}
