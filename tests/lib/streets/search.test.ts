import { describe, expect, it } from 'vitest';
import { searchPlaces } from '../../../src/lib/geo-ui/place-search.ts';
import { buildSearchIndex, streetEntries } from '../../../src/lib/streets/search-index.ts';
import { cihuStreetData } from '../../fixtures/osm/cihu.ts';
import { eastOf, facility, TOWNS } from '../geo-ui/fixtures.ts';

const data = cihuStreetData();
const facilities = [facility('a', 'canteen', eastOf(10), { name: '茶山街道老年食堂', address: '瓯海区茶山街道高教路 8 号' })];
const names = [...TOWNS.flatMap((t) => [t.name, ...t.communities.map((c) => c.name)]), ...facilities.map((f) => f.name)];
const index = buildSearchIndex(names, data.layer);

describe('the search index of the street layer', () => {
  it('puts a street at the middle of its longest way, on the street', () => {
    // 慈湖南路 runs 800 m east–west; its middle is 100 m east of 慈湖街 (fixture layout), rounded to 1e-6°.
    expect(streetEntries(data.layer).find((e) => e.name === '慈湖南路')).toEqual({ kind: 'street', name: '慈湖南路', lon: 120.64594, lat: 27.97166 });
  });

  it('lists the places and landmarks with their points', () => {
    expect(index.places.filter((p) => p.kind !== 'street').map((p) => `${p.kind}:${p.name}`)).toEqual(['place:慈湖', 'landmark:慈湖菜场', 'landmark:慈湖小学']);
  });

  it('has the pinyin keys of every name, the data’s and the street layer’s', () => {
    expect(index.pinyin['慈湖南路']).toEqual(['cihunanlu', 'chnl']);
    expect(index.pinyin['茶山街道老年食堂']?.[1]).toBe('csjdlnst');
  });

  it('without a street layer holds the pinyin of the data’s names and no places', () => {
    const plain = buildSearchIndex(names, null);
    expect(plain.places).toEqual([]);
    expect(plain.pinyin['茶山街道']).toEqual(['chashanjiedao', 'csjd']);
  });
});

describe('finding a street on the map', () => {
  it('finds 慈湖南路 by its name, first and once', () => {
    const found = searchPlaces('慈湖南路', facilities, TOWNS, 8, index);
    expect(found).toEqual([{ kind: 'street', name: '慈湖南路', lon: 120.64594, lat: 27.97166 }]);
  });

  it('finds it by full pinyin and by initials', () => {
    expect(searchPlaces('cihunanlu', facilities, TOWNS, 8, index)[0]).toMatchObject({ kind: 'street', name: '慈湖南路' });
    expect(searchPlaces('CHNL', facilities, TOWNS, 8, index)[0]).toMatchObject({ kind: 'street', name: '慈湖南路' });
  });

  it('finds the town, the village and the facility called 茶山 by pinyin, in that order', () => {
    expect(searchPlaces('chashan', facilities, TOWNS, 8, index).map((m) => ('name' in m ? m.name : m.facility.name))).toEqual(['茶山街道', '茶山村', '茶山街道老年食堂']);
  });

  it('puts an exact pinyin match before a longer name that starts with it', () => {
    const towns = [{ ...TOWNS[0]!, communities: [{ code: '330304004009', name: '慈湖南路口村' }] }];
    const withVillage = buildSearchIndex(['慈湖南路口村'], data.layer);
    expect(searchPlaces('chnl', facilities, towns, 8, withVillage).map((m) => ('name' in m ? m.name : m.facility.name))).toEqual(['慈湖南路', '慈湖南路口村']);
    expect(searchPlaces('cihunanlu', facilities, towns, 8, withVillage).map((m) => ('name' in m ? m.name : m.facility.name))).toEqual(['慈湖南路', '慈湖南路口村']);
  });

  it('does not match one typed letter against every pinyin', () => {
    expect(searchPlaces('c', facilities, TOWNS, 8, index)).toEqual([]);
  });

  it('without the index finds names as typed only, as before', () => {
    expect(searchPlaces('chnl', facilities, TOWNS)).toEqual([]);
    expect(searchPlaces('高教路', facilities, TOWNS)).toHaveLength(1);
  });
});
