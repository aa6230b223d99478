// TEMPORARY (uncommitted) stand-in until the importer branch lands.
import { Facility } from '../../schemas/facility.ts';
const raw = [
  { id: 'oh-canteen-test', name: '茶山街道老年食堂', type: 'canteen', address: '茶山街道茶山村', region: { districtCode: '330304', townCode: '330304004', communityCode: '330304004004' },
    location: { lon: 120.71, lat: 27.92 }, sourceCrs: 'wgs84', phones: ['0577-88880001'], hours: { periods: [{ days: [1,2,3,4,5], open: '11:00', close: '12:30', meal: 'lunch' }], publicHolidays: 'closed', adjustedWorkdays: 'weekday-hours', text: '周一至周五 11:00-12:30' },
    services: ['助餐'], canteen: { meals: ['lunch'], pricePerMeal: 12, tierPrices: [{ tier: '80周岁以上', price: 8 }], delivery: true }, accessibility: {}, source: '示例数据', sample: true, lastVerified: '2026-01-10' },
  { id: 'oh-town-centre-test', name: '景山街道居家养老服务中心', type: 'town-centre', address: '景山街道', region: { districtCode: '330304', townCode: '330304001' },
    location: { lon: 120.623, lat: 28.01 }, sourceCrs: 'wgs84', phones: [], hours: { periods: [], text: '' }, accessibility: { lift: true }, source: '示例数据', sample: true, lastVerified: '2026-10-10' },
];
export async function loadFacilities(): Promise<Facility[]> { return raw.map((r) => Facility.parse(r)); }
export function isSampleInUse(f: Facility[]): boolean { return f.some((x) => x.sample); }
