/**
 * A facility as the search index knows it: the fields of its own page (SearchTerms), and, in the
 * grouped layout (facility-layout.ts), a record of its own pointing at its entry, so that a search
 * still finds each facility with its type, town, hours and date, not the page it shares.
 */
import { href, t, type Lang } from '../../i18n/index.ts';
import { communityByCode, townByCode } from '../data/regions.ts';
import { facilityPath } from '../directory/facility-layout.ts';
import { describeHours } from '../hours/format.ts';
import { pinyinOf } from '../text/pinyin.ts';
import type { Facility } from '../../schemas/facility.ts';
import type { District } from '../../schemas/region.ts';
import { searchFields, type SearchTermsInput } from './fields.ts';

/** What SearchTerms is given for a facility's page. */
export function facilitySearchInput(lang: Lang, f: Facility, district: District): SearchTermsInput {
  const town = townByCode(district, f.region.townCode);
  const community = f.region.communityCode ? communityByCode(district, f.region.communityCode)?.community : undefined;
  return {
    type: t(lang, `type.${f.type}`),
    town: town?.name,
    names: [f.name, town?.name ?? '', community?.name ?? '', f.address, t('zh-CN', `type.${f.type}`), ...f.services],
    hours: f.hours,
    summary: f.hours.periods.length > 0 ? describeHours(f.hours, lang) : '',
    lastVerified: f.lastVerified,
  };
}

/** A Pagefind custom record (pagefind's addCustomRecord). */
export interface SearchRecord {
  url: string;
  /** Pagefind's language key: the page's lang attribute lower-cased. */
  language: 'zh-cn' | 'en';
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** A facility's record: its entry's address, the words its page would be found by, its page's metadata. */
export function facilityRecord(lang: Lang, f: Facility, district: District): SearchRecord {
  const input = facilitySearchInput(lang, f, district);
  const { filters, meta, terms } = searchFields(input);
  const pinyin = lang === 'en' ? pinyinOf(f.name) : '';
  return {
    url: href(lang, facilityPath(f)),
    language: lang === 'en' ? 'en' : 'zh-cn',
    content: [f.name, pinyin, input.type, f.address, ...f.services, input.summary ?? '', terms].filter(Boolean).join(' '),
    meta: { title: f.name, ...meta },
    filters: Object.fromEntries(Object.entries(filters).map(([key, value]) => [key, [value]])),
  };
}
