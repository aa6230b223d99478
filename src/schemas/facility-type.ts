import { z } from 'zod';

/**
 * Kinds of elder-service facility. Extensible: add an id here and its labels in
 * FACILITY_TYPE_LABELS and src/i18n/*.json.
 */
// Marked pure so that browser code importing only the lists below does not pull zod into its bundle.
export const FacilityType = /* @__PURE__ */ z.enum([
  /** 老年食堂 / 助餐点: serves meals to elders. */
  'canteen',
  /** 镇街居家养老服务中心: the home-care service centre of a street or town. */
  'town-centre',
  /** 村社居家养老服务照料中心: the day-care centre of a village or community. */
  'care-centre',
  /** 养老机构: residential care home. */
  'care-home',
  /** 康养联合体 / 医养结合: a health partner (clinic or hospital working with elder care). */
  'health-partner',
]);
export type FacilityType = z.infer<typeof FacilityType>;

/** Chinese names of each type, including the synonyms staff write in spreadsheets. */
export const FACILITY_TYPE_LABELS: Record<FacilityType, { zh: string; aliases: string[] }> = {
  canteen: { zh: '老年食堂', aliases: ['老年食堂', '助餐点', '老年助餐点', '助餐服务点', '长者食堂', '食堂', 'canteen'] },
  'town-centre': {
    zh: '镇街居家养老服务中心',
    aliases: ['镇街居家养老服务中心', '镇街养老服务中心', '街道居家养老服务中心', '乡镇（街道）居家养老服务中心', '居家养老服务中心', 'town-centre', 'town centre'],
  },
  'care-centre': {
    zh: '村社居家养老服务照料中心',
    aliases: ['村社居家养老服务照料中心', '居家养老服务照料中心', '村居家养老服务照料中心', '社区居家养老服务照料中心', '照料中心', 'care-centre', 'care centre'],
  },
  'care-home': { zh: '养老机构', aliases: ['养老机构', '养老院', '敬老院', '福利院', '护理院', 'care-home', 'care home'] },
  'health-partner': {
    zh: '康养联合体/医养结合',
    aliases: ['康养联合体/医养结合', '康养联合体', '医养结合', '医养结合机构', '卫生院', 'health-partner', 'health partner'],
  },
};

/** Display order: canteens first, as elders ask for them most. */
export const FACILITY_TYPE_ORDER: readonly FacilityType[] = ['canteen', 'care-centre', 'town-centre', 'care-home', 'health-partner'];
