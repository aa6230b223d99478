import { describe, expect, it } from 'vitest';
import { closestName, matchRegion } from '../../../src/lib/import/regions-match.ts';

describe('matchRegion', () => {
  it('fills the town and community codes from names', () => {
    const r = matchRegion({ town: '景山街道', community: '景山社区' });
    expect(r.ok && [r.town.code, r.community?.code]).toEqual(['330304001', '330304001003']);
  });

  it('accepts the short town name and the official community name', () => {
    const r = matchRegion({ town: '南白象', community: '鹅湖村委会' });
    expect(r.ok && r.community?.name).toBe('鹅湖村');
  });

  it('accepts the committee names of a village and a community', () => {
    for (const [town, community, code] of [
      ['南白象街道', '鹅湖村委会', '鹅湖村'],
      ['南白象街道', '鹅湖村村委会', '鹅湖村'],
      ['南白象街道', '鹅湖村民委员会', '鹅湖村'],
      ['景山街道', '景山社区居委会', '景山社区'],
      ['景山街道', '景山居委会', '景山社区'],
      ['景山街道', '景山社区居民委员会', '景山社区'],
    ] as const) {
      const r = matchRegion({ town, community });
      expect(r.ok && r.community?.name, community).toBe(code);
    }
  });

  it('does not read a 居委会 as a village nor a 村委会 as a community', () => {
    expect(matchRegion({ town: '景山街道', community: '景山村委会' }).ok).toBe(false);
    expect(matchRegion({ town: '南白象街道', community: '鹅湖居委会' }).ok).toBe(false);
  });

  it('accepts a town name written with the district before it', () => {
    const r = matchRegion({ town: '瓯海区茶山街道' });
    expect(r.ok && r.town.code).toBe('330304004');
  });

  it('finds a repeated village name inside the stated town', () => {
    const chashan = matchRegion({ town: '茶山街道', community: '河头村' });
    const liao = matchRegion({ town: '丽岙街道', community: '河头村' });
    expect(chashan.ok && chashan.community?.code.slice(0, 9)).toBe('330304004');
    expect(liao.ok && liao.community?.code.slice(0, 9)).toBe('330304011');
  });

  it('asks for the town when a village name is not unique in the district', () => {
    const r = matchRegion({ community: '河头村' });
    expect(!r.ok && r.problems[0]?.message).toContain('请填写所属街道');
  });

  it('finds the town from a community name that is unique in the district', () => {
    const r = matchRegion({ community: '鹅湖村' });
    expect(r.ok && r.town.name).toBe('南白象街道');
  });

  it('accepts codes without names', () => {
    const r = matchRegion({ communityCode: '330304003200' });
    expect(r.ok && [r.town.name, r.community?.name]).toEqual(['南白象街道', '鹅湖村']);
  });

  it('rejects an unknown town with the closest real name', () => {
    const r = matchRegion({ town: '井山街道' });
    expect(!r.ok && r.problems[0]).toMatchObject({ field: 'town' });
    expect(!r.ok && r.problems[0]?.message).toContain('是否应为「景山街道」');
  });

  it('rejects an unknown community with the closest real name in that town', () => {
    const r = matchRegion({ town: '景山街道', community: '景山社' });
    expect(!r.ok && r.problems[0]?.message).toContain('是否应为「景山社区」');
  });

  it('rejects a town code that disagrees with the town name, naming both', () => {
    const r = matchRegion({ town: '景山街道', townCode: '330304002' });
    expect(!r.ok && r.problems[0]).toMatchObject({ field: 'townCode' });
    expect(!r.ok && r.problems[0]?.message).toMatch(/梧田街道.*景山街道/);
  });

  it('rejects a community code of another town', () => {
    const r = matchRegion({ town: '景山街道', communityCode: '330304003200' });
    expect(!r.ok && r.problems[0]?.field).toBe('communityCode');
  });

  it('explains a code Excel turned into scientific notation', () => {
    const r = matchRegion({ town: '景山街道', communityCode: '3.30304E+11' });
    expect(!r.ok && r.problems[0]?.message).toContain('科学计数法');
  });

  it('suggests by edit distance, then shared characters', () => {
    expect(closestName('梧田街', ['梧田街道', '景山街道'])).toBe('梧田街道');
    expect(closestName('xyz', ['梧田街道'])).toBeUndefined();
  });
});
