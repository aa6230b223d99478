import { describe, expect, it } from 'vitest';
import zh from '../../../src/i18n/zh-CN.json';
import { loadDistrict } from '../../../src/lib/data/regions.ts';
import { loadPolicies } from '../../../src/lib/eligibility/policies.ts';
import { buildLeaflet } from '../../../src/lib/print/leaflet.ts';
import type { PolicySet } from '../../../src/schemas/policy.ts';
import { facility } from './facility-fixtures.ts';

const district = loadDistrict();
const firstTown = district.towns[0];
if (!firstTown) throw new Error('no towns in data/regions/ouhai.json');
const town = firstTown;
const policies = loadPolicies();
const date = '2026-06-01';

function leaflet(set: PolicySet = policies, facilities = [facility('town-centre', town.centre, { region: { districtCode: '330304', townCode: town.code }, name: '测试街道居家养老服务中心', phones: ['0577-11112222'] })]) {
  return buildLeaflet({ lang: 'zh-CN', town: town, policies: set, facilities, date, messages: zh });
}

/** A copy of the policy data with one value changed. */
function withValue(policy: string, parameter: string, value: number): PolicySet {
  const copy = structuredClone(policies);
  const values = copy.policies[policy]?.parameters[parameter]?.values;
  if (!values?.length) throw new Error(`${policy}.${parameter} missing`);
  for (const v of values) v.value = value;
  return copy;
}

describe('the town leaflet', () => {
  it('states the subsidy amounts and ages from the policy data, not from code', () => {
    const subsidy = leaflet().main.find((b) => b.id === 'elderly-service-subsidy');
    const amount = policies.policies['elderly-service-subsidy']?.parameters.amount?.values.at(-1)?.value;
    expect(subsidy?.figures.map((f) => f.value).join(' ')).toContain(`${String(amount)} 元`);
    const changed = leaflet(withValue('elderly-service-subsidy', 'amount', 99)).main.find((b) => b.id === 'elderly-service-subsidy');
    expect(changed?.figures[0]?.value).toContain('99 元');
    const older = leaflet(withValue('elderly-service-subsidy', 'higher-age', 95)).main.find((b) => b.id === 'elderly-service-subsidy');
    expect(older?.figures[1]?.label).toContain('95');
    expect(older?.figures[0]?.label).toContain('94');
  });

  it('states the free home-care hours from the policy data', () => {
    const hours = leaflet(withValue('free-home-care-hours', 'severe-hours', 50)).main.find((b) => b.id === 'free-home-care-hours');
    expect(hours?.figures[0]?.value).toContain('50');
    expect(hours?.who).toContain('低保');
  });

  it('cites the document and clause of every stated value, and says when the standard is a target or a draft', () => {
    const [subsidy, hours] = leaflet().main;
    expect(subsidy?.citations.join('')).toContain('温瓯七优享办〔2023〕6号');
    expect(subsidy?.citations.join('')).toContain('完善多层次养老保障体系');
    expect(subsidy?.notes.join('')).toContain('2027');
    expect(hours?.citations.join('')).toContain('征求意见稿');
    expect(hours?.notes.join('')).toContain('征求意见稿');
  });

  it("gives the town's home-care service centre as the place to ask, or says the data has none", () => {
    expect(leaflet().contact).toMatchObject({ name: '测试街道居家养老服务中心', phones: ['0577-11112222'] });
    expect(leaflet(policies, []).contact).toBeUndefined();
  });

  it('refuses to print a rule that has no value on the date, naming the file and parameter', () => {
    const copy = structuredClone(policies);
    for (const v of copy.policies['free-home-care-hours']?.parameters['severe-hours']?.values ?? []) v.from = '2099-01-01';
    expect(() => leaflet(copy)).toThrow(/free-home-care-hours\.yaml.*severe-hours/);
  });

  it('names the other benefits so readers know to ask about them', () => {
    const titles = leaflet().others.map((o) => o.title);
    expect(titles).toContain(policies.policies['emergency-call-service']?.title);
    expect(titles).not.toContain(policies.policies['elderly-service-subsidy']?.title);
  });
});
