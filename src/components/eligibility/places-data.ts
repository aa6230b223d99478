/**
 * Builds the wizard's place lists at build time from data/regions and data/facilities: each street
 * or town with its communities and its 镇街居家养老服务中心, and each community's 村社居家养老服务照料中心
 * (the same choice as the community pages and print sheets make). Only what the answer needs is
 * kept, to keep the page small.
 */
import type { Facility } from '../../schemas/facility.ts';
import type { District } from '../../schemas/region.ts';
import { communityPoint } from '../../lib/directory/nearby.ts';
import { townPoint } from '../../lib/print/select.ts';
import { facilityPath } from '../../lib/directory/facility-layout.ts';
import type { Contact, WizardPlaces } from './places.ts';

const contactOf = (f: Facility): Contact => ({ name: f.name, address: f.address, phones: f.phones, sample: f.sample, path: facilityPath(f) });

export function wizardPlaces(district: District, facilities: readonly Facility[]): WizardPlaces {
  const careCentres: WizardPlaces['careCentres'] = {};
  const towns = district.towns.map((town) => {
    for (const c of town.communities) {
      const care = communityPoint(c.code, facilities);
      if (care) careCentres[c.code] = contactOf(care);
    }
    const point = townPoint(town, facilities);
    return {
      code: town.code,
      name: town.name,
      communities: town.communities.map((c) => ({ code: c.code, name: c.name })),
      ...(point.kind === 'town-centre-facility' ? { centre: contactOf(point.facility) } : {}),
    };
  });
  return { towns, careCentres };
}
