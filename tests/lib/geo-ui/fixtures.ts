import type { MapFacility, PickerTown } from '../../../src/lib/geo-ui/map-data.ts';
import { METRES_PER_DEGREE } from '../../../src/lib/geo/distance.ts';

/** A home near 茶山 and helpers to place facilities a given distance east or north of it. */
export const HOME = { lon: 120.7, lat: 27.92 };
const cosLat = Math.cos((HOME.lat * Math.PI) / 180);

export function eastOf(metres: number): { lon: number; lat: number } {
  return { lon: HOME.lon + metres / (METRES_PER_DEGREE * cosLat), lat: HOME.lat };
}

export function facility(id: string, type: MapFacility['type'], at: { lon: number; lat: number }, extra: Partial<MapFacility> = {}): MapFacility {
  return {
    id,
    name: `${id} 名称`,
    type,
    address: `瓯海区示例路 ${id}`,
    lon: at.lon,
    lat: at.lat,
    townCode: '330304004',
    phones: [],
    hours: { periods: [], publicHolidays: 'unknown', adjustedWorkdays: 'weekday-hours', text: '' },
    meals: type === 'canteen',
    ...extra,
  };
}

export const TOWNS: PickerTown[] = [
  {
    code: '330304004',
    name: '茶山街道',
    lon: 120.715,
    lat: 27.9201,
    communities: [
      { code: '330304004001', name: '茶山村' },
      { code: '330304004002', name: '丁岙村' },
    ],
  },
  { code: '330304001', name: '景山街道', lon: 120.6271, lat: 28.0075, communities: [{ code: '330304001003', name: '景山社区' }] },
];
