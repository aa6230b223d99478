/**
 * All facilities as a GeoJSON FeatureCollection (RFC 7946, WGS-84 longitude/latitude).
 *
 * Each feature's properties are the normalized facility record, as the importer writes it
 * (so the file imports back unchanged), plus flat Chinese fields that a GIS shows in its
 * attribute table without unpacking nested objects: 名称, 类型, 所属街道, 所属村社, 地址, 电话,
 * 开放时间, 核实日期. Licence, attribution and data date sit on the collection as foreign
 * members, which RFC 7946 §6.1 allows and GIS software ignores.
 */
import type { Facility } from '../../schemas/facility.ts';
import { FACILITY_TYPE_LABELS } from '../../schemas/facility-type.ts';
import type { District } from '../../schemas/region.ts';
import type { OpenDataMeta } from '../../schemas/open-data.ts';
import { communityByCode, townByCode } from '../data/regions.ts';
import { toGeoJSON } from '../import/index.ts';

export function facilitiesGeoJson(facilities: Facility[], district: District, meta: OpenDataMeta, dataDate: string) {
  const collection = toGeoJSON(facilities);
  const features = collection.features.map((feature) => {
    const f = feature.properties;
    const town = townByCode(district, f.region.townCode);
    const community = f.region.communityCode ? communityByCode(district, f.region.communityCode)?.community : undefined;
    return {
      ...feature,
      properties: {
        名称: f.name,
        类型: FACILITY_TYPE_LABELS[f.type].zh,
        所属街道: town?.name ?? '',
        所属村社: community?.name ?? '',
        地址: f.address,
        电话: f.phones.join('、'),
        开放时间: f.hours.text,
        核实日期: f.lastVerified,
        ...f,
      },
    };
  });
  return {
    type: 'FeatureCollection' as const,
    name: '瓯海区养老服务设施',
    license: { name: meta.licence.name, id: meta.licence.id, url: meta.licence.url },
    attribution: [meta.attribution, ...meta.otherAttributions.map((a) => a.text)],
    data_date: dataDate,
    features,
  };
}
