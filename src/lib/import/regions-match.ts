/**
 * Fills and checks 街道代码/村社代码 from the names staff write (所属街道, 所属村社), using the
 * division list in data/regions/ouhai.json. Village names repeat across towns (河头村 is in
 * several), so a community is always looked up inside its town.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { distance } from 'fastest-levenshtein';
import { District, type Community, type Town } from '../../schemas/region.ts';

/** The repository root: found from this file when run from source, else the working directory (bundled site build). */
export function repoRoot(): string {
  // Not `new URL('../../../', import.meta.url)`: bundlers treat that pattern as an asset import.
  const fromSource = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
  return existsSync(join(fromSource, 'data/regions/ouhai.json')) ? fromSource : process.cwd();
}

let cached: District | undefined;

/** Reads and validates data/regions/ouhai.json once per process. */
export function districtData(): District {
  if (!cached) {
    const path = join(repoRoot(), 'data/regions/ouhai.json');
    cached = District.parse(JSON.parse(readFileSync(path, 'utf8')));
  }
  return cached;
}

const clean = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

/** Names a person may use for a town: 景山街道, 景山, and the official name. */
function townNames(t: Town): string[] {
  return [t.name, t.name.replace(/(街道|镇)$/, ''), t.name.replace(/街道$/, '街道办事处')];
}

/**
 * Whether `input` names community `c`: the name (鹅湖村, 景山社区), the official name of the
 * division list (鹅湖村委会), the name without 村/社区 (鹅湖), or the name of its committee
 * as written on a seal or letterhead: 鹅湖村委会, 鹅湖村村委会, 鹅湖村民委员会 for a village;
 * 景山居委会, 景山社区居委会, 景山社区居民委员会 for a community.
 */
function namesCommunity(c: Community, input: string): boolean {
  const stem = c.name.replace(/(村|社区)$/, '');
  if ([c.name, c.officialName, stem].includes(input)) return true;
  const village = /^(.+?)(?:村民委员会|村委会|村委)$/.exec(input);
  if (village?.[1] && c.kind === '村') return [c.name, stem].includes(village[1]);
  const committee = /^(.+?)(?:居民委员会|居委会)$/.exec(input);
  if (committee?.[1] && c.kind === '社区') return [c.name, stem].includes(committee[1]);
  return false;
}

/**
 * The closest real name to an unknown one: fewest edits, then most characters in common.
 * Returns undefined when nothing is close enough to be a useful suggestion.
 */
export function closestName(input: string, candidates: string[]): string | undefined {
  const s = clean(input);
  let best: { name: string; d: number; shared: number } | undefined;
  for (const name of new Set(candidates)) {
    const d = distance(s, name);
    const shared = [...new Set(name)].filter((ch) => s.includes(ch) && !'村社区街道镇'.includes(ch)).length;
    if (!best || d < best.d || (d === best.d && shared > best.shared)) best = { name, d, shared };
  }
  if (!best) return undefined;
  return best.shared > 0 || best.d <= Math.ceil(s.length / 2) ? best.name : undefined;
}

export function findTown(name: string): Town | undefined {
  const s = clean(name).replace(/^(?:浙江省)?(?:温州市)?(?:瓯海区)?/, '');
  return districtData().towns.find((t) => townNames(t).includes(s));
}

export function findCommunity(town: Town, name: string): Community | undefined {
  const s = clean(name);
  return town.communities.find((c) => namesCommunity(c, s));
}

/** Every town holding a community of this name (names repeat across towns). */
export function townsWithCommunity(name: string): { town: Town; community: Community }[] {
  const s = clean(name);
  return districtData().towns.flatMap((town) => town.communities.filter((c) => namesCommunity(c, s)).map((community) => ({ town, community })));
}

export function townByCode(code: string): Town | undefined {
  return districtData().towns.find((t) => t.code === code);
}

export function communityByCode(code: string): { town: Town; community: Community } | undefined {
  const town = townByCode(code.slice(0, 9));
  const community = town?.communities.find((c) => c.code === code);
  return town && community ? { town, community } : undefined;
}

export type RegionInput = { town?: string; community?: string; townCode?: string; communityCode?: string };
export type RegionProblem = { field: 'town' | 'community' | 'townCode' | 'communityCode'; message: string };
export type RegionMatch = { ok: true; town: Town; community?: Community } | { ok: false; problems: RegionProblem[] };

/** Excel shows long numbers as 3.30304E+11 and a CSV saved from it keeps only that. */
const SCIENTIFIC = /^\d(?:\.\d+)?e\+?\d+$/i;

/**
 * Resolves the town and community of a row from names, codes or both; names and codes
 * given together must agree.
 */
export function matchRegion(input: RegionInput): RegionMatch {
  const problems: RegionProblem[] = [];
  const district = districtData();
  const suggestTown = (name: string) => {
    const s = closestName(name, district.towns.map((t) => t.name));
    return s ? `，是否应为「${s}」？` : '。';
  };

  let town: Town | undefined;
  let community: Community | undefined;

  // Codes first: they are exact when present.
  let codeTown: Town | undefined;
  let codeCommunity: { town: Town; community: Community } | undefined;
  if (input.townCode) {
    if (SCIENTIFIC.test(input.townCode)) {
      problems.push({ field: 'townCode', message: `街道代码「${input.townCode}」被 Excel 显示成了科学计数法，原值已丢失。请把该列设为“文本”格式后重新填写 9 位代码，或清空代码只填所属街道名称` });
    } else if (!/^\d{9}$/.test(input.townCode)) {
      problems.push({ field: 'townCode', message: `街道代码「${input.townCode}」应为 9 位数字，例如 330304001（景山街道）` });
    } else {
      codeTown = townByCode(input.townCode);
      if (!codeTown) {
        const inDistrict = input.townCode.startsWith(district.code);
        problems.push({
          field: 'townCode',
          message: `街道代码「${input.townCode}」不是瓯海区的街道/镇代码（${inDistrict ? `瓯海区的 ${district.towns.length} 个街道/镇代码见 data/regions/ouhai.json` : `应以 ${district.code} 开头，见 data/regions/ouhai.json`}），请核对或清空代码只填所属街道名称`,
        });
      }
    }
  }
  if (input.communityCode) {
    if (SCIENTIFIC.test(input.communityCode)) {
      problems.push({ field: 'communityCode', message: `村社代码「${input.communityCode}」被 Excel 显示成了科学计数法，原值已丢失。请把该列设为“文本”格式后重新填写 12 位代码，或清空代码只填所属村社名称` });
    } else if (!/^\d{12}$/.test(input.communityCode)) {
      problems.push({ field: 'communityCode', message: `村社代码「${input.communityCode}」应为 12 位数字，例如 330304001003（景山社区）` });
    } else {
      codeCommunity = communityByCode(input.communityCode);
      if (!codeCommunity) problems.push({ field: 'communityCode', message: `村社代码「${input.communityCode}」不在瓯海区村社名单中（见 data/regions/ouhai.json），请核对` });
    }
  }
  if (codeTown && codeCommunity && codeCommunity.town.code !== codeTown.code) {
    problems.push({
      field: 'communityCode',
      message: `村社代码 ${input.communityCode}（${codeCommunity.community.name}）属于${codeCommunity.town.name}，与街道代码 ${codeTown.code}（${codeTown.name}）不一致，请核对其中一个`,
    });
  }

  // Then names.
  let nameTown: Town | undefined;
  if (input.town) {
    nameTown = findTown(input.town);
    if (!nameTown) problems.push({ field: 'town', message: `所属街道「${input.town}」不是瓯海区的街道或镇${suggestTown(input.town)}瓯海区共 13 个：${district.towns.map((t) => t.name).join('、')}` });
  }
  if (nameTown && codeTown && nameTown.code !== codeTown.code) {
    problems.push({ field: 'townCode', message: `街道代码 ${codeTown.code} 是「${codeTown.name}」，但所属街道写的是「${nameTown.name}」（代码 ${nameTown.code}）。请核对后改正其中一个，或清空代码只保留名称` });
  }
  if (nameTown && codeCommunity && !codeTown && codeCommunity.town.code !== nameTown.code) {
    problems.push({
      field: 'communityCode',
      message: `村社代码 ${codeCommunity.community.code}（${codeCommunity.community.name}）属于${codeCommunity.town.name}，但所属街道写的是「${nameTown.name}」。请核对后改正其中一个`,
    });
  }
  town = nameTown ?? codeTown ?? codeCommunity?.town;

  if (input.community) {
    if (town) {
      community = findCommunity(town, input.community);
      if (!community) {
        const elsewhere = townsWithCommunity(input.community);
        const hint =
          elsewhere.length > 0
            ? `；瓯海区的「${input.community}」在${elsewhere.map((e) => e.town.name).join('、')}，请核对所属街道`
            : (() => {
                const s = closestName(input.community, town.communities.flatMap((c) => [c.name]));
                return s ? `，是否应为「${s}」？` : '';
              })();
        problems.push({ field: 'community', message: `「${town.name}」下没有村社「${input.community}」${hint}（可写简称如“鹅湖村”“景山社区”，或全称如“鹅湖村委会”）` });
      }
    } else if (!input.town && !input.townCode) {
      const candidates = townsWithCommunity(input.community);
      if (candidates.length === 1 && candidates[0]) {
        ({ town, community } = candidates[0]);
      } else if (candidates.length > 1) {
        problems.push({ field: 'town', message: `村社名「${input.community}」在${candidates.map((c) => c.town.name).join('、')}都有，请填写所属街道以区分` });
      } else {
        const all = district.towns.flatMap((t) => t.communities.map((c) => c.name));
        const s = closestName(input.community, all);
        problems.push({ field: 'community', message: `瓯海区没有村社「${input.community}」${s ? `，是否应为「${s}」？` : '。'}请同时填写所属街道` });
      }
    }
  }
  if (community && codeCommunity && community.code !== codeCommunity.community.code) {
    problems.push({
      field: 'communityCode',
      message: `村社代码 ${codeCommunity.community.code} 是「${codeCommunity.town.name}${codeCommunity.community.name}」，但所属村社写的是「${community.name}」（代码 ${community.code}）。请核对后改正其中一个，或清空代码只保留名称`,
    });
  }
  community ??= codeCommunity && town && codeCommunity.town.code === town.code ? codeCommunity.community : undefined;

  if (!town && problems.length === 0) {
    problems.push({ field: 'town', message: '请填写所属街道（如“景山街道”），或填写 9 位街道代码' });
  }
  if (problems.length > 0 || !town) return { ok: false, problems };
  return community ? { ok: true, town, community } : { ok: true, town };
}
