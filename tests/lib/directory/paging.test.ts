import { describe, expect, it } from 'vitest';
import { countByType, inTypeOrder } from '../../../src/lib/directory/paging.ts';
import { facilityAt } from '../../fixtures/facilities.ts';

describe('a long list cut into pages', () => {
  it('is in the display order of the types (canteens first), each type keeping its own order, so pages group by type', () => {
    const list = [facilityAt('home-1', 'care-home', 0), facilityAt('cc-1', 'care-centre', 0), facilityAt('can-2', 'canteen', 0), facilityAt('tc-1', 'town-centre', 0), facilityAt('can-1', 'canteen', 0), facilityAt('cc-0', 'care-centre', 0)];
    expect(inTypeOrder(list).map((f) => f.id)).toEqual(['can-2', 'can-1', 'cc-1', 'cc-0', 'tc-1', 'home-1']);
    expect(list[0]?.id).toBe('home-1');
  });

  it('counts each type over the whole list, for the headings of every page', () => {
    const list = [facilityAt('can-1', 'canteen', 0), facilityAt('cc-1', 'care-centre', 0), facilityAt('can-2', 'canteen', 0)];
    expect([...countByType(list)].sort()).toEqual([
      ['canteen', 2],
      ['care-centre', 1],
    ]);
  });
});
