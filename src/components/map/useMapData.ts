/**
 * The map island's data: every facility's point and the district outline (/map/data.json), the road
 * graph when the site has one, and the details (phones, hours) of the towns whose facilities are
 * shown, fetched as they are needed (/map/details/<town>.json).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { FeatureCollection, Geometry } from 'geojson';
import { createFacilityIndex, type FacilityIndex } from '../../lib/geo/facility-index.ts';
import { fetchWalkGraph, type WalkGraph } from '../../lib/geo/graph.ts';
import { unpackPoints, type MapDetails, type MapPoint } from '../../lib/geo-ui/map-data.ts';
import type { MapDataFile } from '../../lib/geo-ui/map-page-data.ts';
import { calendarFromTable, type Calendar } from '../../lib/hours/calendar-table.ts';

export interface MapData {
  points: MapPoint[];
  index: FacilityIndex<MapPoint>;
  outline: FeatureCollection<Geometry>;
  calendar: Calendar;
}

/** Loads /map/data.json (and the road graph); `failed` when the data could not be had. */
export function useMapData(dataUrl: string, graphUrl: string | null) {
  const [data, setData] = useState<MapData | null>(null);
  const [failed, setFailed] = useState(false);
  const [graph, setGraph] = useState<WalkGraph | null>(null);
  useEffect(() => {
    let cancelled = false;
    fetch(dataUrl)
      .then((r) => (r.ok ? (r.json() as Promise<MapDataFile>) : Promise.reject(new Error(String(r.status)))))
      .then((file) => {
        if (cancelled) return;
        const points = unpackPoints(file.points);
        setData({ points, index: createFacilityIndex(points), outline: file.outline, calendar: calendarFromTable(file.holidays) });
      })
      .catch(() => !cancelled && setFailed(true));
    if (graphUrl) {
      void fetchWalkGraph(graphUrl)
        .then((g) => !cancelled && setGraph(g))
        // Without the graph the page draws straight-line rings, which it says it does.
        .catch(() => undefined);
    }
    return () => {
      cancelled = true;
    };
  }, []);
  return { data, failed, graph };
}

/**
 * The details of the facilities of `townCodes`, fetched once per town; a town whose file cannot be
 * had is left out (its cards then say the hours are not known, and to phone first).
 */
export function useDetails(detailsBase: string, townCodes: readonly string[]): ReadonlyMap<string, MapDetails> {
  const [details, setDetails] = useState<ReadonlyMap<string, MapDetails>>(new Map());
  const asked = useRef(new Set<string>());
  const key = [...new Set(townCodes)].sort().join(',');
  useEffect(() => {
    for (const town of key.split(',').filter(Boolean)) {
      if (asked.current.has(town)) continue;
      asked.current.add(town);
      fetch(`${detailsBase}${town}.json`)
        .then((r) => (r.ok ? (r.json() as Promise<Record<string, MapDetails>>) : Promise.reject(new Error(String(r.status)))))
        .then((file) => setDetails((old) => new Map([...old, ...Object.entries(file)])))
        .catch(() => asked.current.delete(town));
    }
  }, [key]);
  return useMemo(() => details, [details]);
}
