/**
 * The one-page leaflet of a street or town (/print/<townCode>/leaflet/): the subsidies and free
 * service hours, who qualifies, how much, where to ask. Every amount, age, number of hours and
 * list of groups comes from data/policies (the eligibility data) on the leaflet's date, with the
 * clause it rests on; the sentences around them are interface strings (print.leaflet.*). The
 * contact is the town's 镇街居家养老服务中心 from the facility data.
 */
import { t, type Lang, type MessageKey } from '../../i18n/index.ts';
import { BENEFIT_IDS, formatMessage, type Messages } from '../eligibility/index.ts';
import { listOn, numberOn, valueOn, type ParamId, type PolicyId } from '../eligibility/params.ts';
import type { Facility } from '../../schemas/facility.ts';
import type { PolicySet, Reference, ResolvedValue, Unit } from '../../schemas/policy.ts';
import type { Town } from '../../schemas/region.ts';
import { valueText } from '../../components/eligibility/values.ts';
import { shortAddress } from './page.ts';
import { townCentreFacility } from '../data/derived.ts';

/** One figure in large print, with what it is for: “80–89 周岁” → “每月 70 元”. */
export interface LeafletFigure {
  label: string;
  value: string;
}

/** One benefit on the leaflet. */
export interface LeafletBenefit {
  id: PolicyId;
  title: string;
  /** Who qualifies, in one sentence. */
  who: string;
  /** The amounts or hours, in large print (the main benefits only). */
  figures: LeafletFigure[];
  /** What a reader must know about the source (a target, a draft, an old plan). */
  notes: string[];
  /** The clauses the sentence rests on, one line each. */
  citations: string[];
}

/** The contact point of the town. */
export interface LeafletContact {
  name: string;
  address: string;
  phones: string[];
  hours: string;
}

/** Everything the leaflet shows. */
export interface LeafletModel {
  title: string;
  /** The date whose rules are shown. */
  date: string;
  /** The two benefits with amounts and hours, in large print. */
  main: LeafletBenefit[];
  /** The other benefits, by name. */
  others: { id: string; title: string }[];
  /** How to apply, from the policy data. */
  steps: string[];
  /** The town's home-care service centre, when the data has one. */
  contact?: LeafletContact;
  /** The full titles of the documents cited by their 文号 only: “温瓯七优享办〔2023〕6号《…》”. */
  documents: string[];
  /** The latest review date of the policy data. */
  reviewed: string;
}

/** Inputs of a leaflet. */
export interface LeafletInput {
  lang: Lang;
  town: Town;
  policies: PolicySet;
  facilities: readonly Facility[];
  /** The date whose rules to show (YYYY-MM-DD, Shanghai). */
  date: string;
  /** The interface strings of the eligibility helper (its valueText keys), in this language. */
  messages: Messages;
}

type Used = { policy: PolicyId; entry: ResolvedValue };

/** Builds a leaflet. Throws (naming the file and parameter) when a rule has no value on the date. */
export function buildLeaflet(input: LeafletInput): LeafletModel {
  const { lang, town, policies, date, messages } = input;
  const m = (key: MessageKey, params: Record<string, string | number> = {}) => t(lang, key, params);
  const fm = (key: string, params: Record<string, string | number> = {}) => formatMessage(messages, key, params, lang);

  // Each benefit records the values it states, so that their clauses are cited beside it.
  const make = (id: PolicyId, build: (get: Getter) => Omit<LeafletBenefit, 'id' | 'title' | 'citations'>): LeafletBenefit => {
    const used: Used[] = [];
    const get = getter(policies, id, date, used);
    const body = build(get);
    const policy = policies.policies[id];
    const title = lang === 'en' ? (policy?.titleEn ?? id) : (policy?.title ?? id);
    return { id, title, ...body, notes: [...body.notes, ...sourceNotes(used, lang)], citations: citations(used) };
  };
  const elder = (get: Getter) => get.number('common', 'elder-age');
  const unitText = (unit: Unit, value: number) => valueText(messages, unit, value, lang);
  const statuses = (list: readonly string[]) => list.map((s) => fm(`eligibility.status.${s}`)).join(lang === 'en' ? ', ' : '、');
  const supporters = (list: readonly string[]) => list.map((s) => fm(`eligibility.supporter.${s}`)).join(lang === 'en' ? ' or ' : '或');
  const places = (list: readonly string[]) =>
    list.includes('other') ? m('print.leaflet.place.any') : list.includes('wenzhou') ? m('print.leaflet.place.wenzhou') : m('print.leaflet.place.ouhai');

  const subsidy = make('elderly-service-subsidy', (get) => {
    const min = get.number('elderly-service-subsidy', 'min-age');
    const higher = get.number('elderly-service-subsidy', 'higher-age');
    const amount = get.entry('elderly-service-subsidy', 'amount');
    const higherAmount = get.entry('elderly-service-subsidy', 'higher-amount');
    const where = places(get.list('elderly-service-subsidy', 'places'));
    const notes: string[] = [];
    if (amount.basis === 'target') {
      notes.push(m('print.leaflet.subsidy.target', { year: amount.targetYear ?? amount.from.slice(0, 4), quote: amount.reference.quote }));
    }
    return {
      who: m('print.leaflet.subsidy.who', { place: where, min }),
      figures: [
        { label: m('print.leaflet.ageRange', { from: min, to: higher - 1 }), value: unitText('CNY/month', Number(amount.value)) },
        { label: m('print.leaflet.ageFrom', { from: higher }), value: unitText('CNY/month', Number(higherAmount.value)) },
      ],
      notes,
    };
  });

  const hours = make('free-home-care-hours', (get) => ({
    who: m('print.leaflet.hours.who', {
      elder: elder(get),
      hukou: places(get.list('free-home-care-hours', 'hukou-places')),
      residence: places(get.list('free-home-care-hours', 'residence-places')),
      statuses: statuses(get.list('free-home-care-hours', 'family-statuses')),
      supporters: supporters(get.list('free-home-care-hours', 'supporter-states')),
    }),
    figures: [
      { label: m('print.leaflet.hours.severe'), value: unitText('hours/month', get.number('free-home-care-hours', 'severe-hours')) },
      { label: m('print.leaflet.hours.moderate'), value: unitText('hours/month', get.number('free-home-care-hours', 'moderate-hours')) },
    ],
    notes: [],
  }));

  // The other benefits are named only (one page has no room for them); the web page has their rules.
  const others = BENEFIT_IDS.filter((id) => id !== subsidy.id && id !== hours.id).map((id) => ({
    id,
    title: lang === 'en' ? (policies.policies[id]?.titleEn ?? id) : (policies.policies[id]?.title ?? id),
  }));

  const centre = townCentreFacility(input.facilities, town.code);
  const steps = (policies.policies['elderly-service-subsidy']?.howToApply ?? []).map((s) => (lang === 'en' ? s.en : s.zh));
  const all = [subsidy, hours];
  const docs = new Map<string, Reference['doc']>();
  for (const id of ['common', ...all.map((b) => b.id)]) {
    for (const p of Object.values(policies.policies[id]?.parameters ?? {})) for (const v of p.values) docs.set(v.reference.doc.id, v.reference.doc);
  }
  const cited = new Set(all.flatMap((b) => b.citations));
  const reviewed = Object.values(policies.policies)
    .flatMap((p) => Object.values(p.parameters).flatMap((x) => x.values.map((v) => v.lastReviewed)))
    .reduce((max, d) => (d > max ? d : max), '');
  return {
    title: m('print.leaflet.title', { town: town.name }),
    date,
    main: [subsidy, hours],
    others,
    steps,
    contact: centre && { name: centre.name, address: shortAddress(centre.address), phones: centre.phones, hours: centre.hours.text },
    documents: [...docs.values()]
      .filter((d): d is typeof d & { docNumber: string } => d.docNumber !== null && [...cited].some((c) => c.startsWith(d.docNumber ?? '')))
      .map((d) => `${d.docNumber}《${d.title}》`),
    reviewed,
  };
}

/** Reads parameters on the leaflet's date and records each value used. */
interface Getter {
  number<P extends PolicyId>(policy: P, id: ParamId<P>): number;
  list<P extends PolicyId>(policy: P, id: ParamId<P>): readonly string[];
  entry<P extends PolicyId>(policy: P, id: ParamId<P>): ResolvedValue;
}

function getter(policies: PolicySet, benefit: PolicyId, date: string, used: Used[]): Getter {
  const missing = (policy: string, id: string) => new Error(`data/policies/${policy}.yaml：参数 ${id} 在 ${date} 没有值（传单要写的是这一天的规定）。请为它补一个 from 不晚于 ${date} 的值`);
  return {
    number(policy, id) {
      const found = numberOn(policies, policy, id, date);
      if (!found) throw missing(policy, id);
      used.push({ policy: benefit, entry: found.entry });
      return found.value;
    },
    list(policy, id) {
      const found = listOn(policies, policy, id, date);
      if (!found) throw missing(policy, id);
      used.push({ policy: benefit, entry: found.entry });
      return found.value;
    },
    entry(policy, id) {
      const found = valueOn(policies, policy, id, date);
      if (!found) throw missing(policy, id);
      used.push({ policy: benefit, entry: found });
      return found;
    },
  };
}

/**
 * “温瓯七优享办〔2023〕6号 三、工作任务（一）1.”: each document once (by 文号, else its title),
 * with the clauses used from it.
 */
function citations(used: readonly Used[]): string[] {
  const byDoc = new Map<string, Set<string>>();
  for (const { entry } of used) {
    const d = entry.reference.doc;
    const label = d.docNumber ?? `《${d.title}》`;
    const clauses = byDoc.get(label) ?? new Set<string>();
    clauses.add(entry.reference.clause);
    byDoc.set(label, clauses);
  }
  return [...byDoc].map(([label, clauses]) => `${label} ${[...clauses].join('、')}`);
}

/** Warnings about the sources themselves: a draft for comment. */
function sourceNotes(used: readonly Used[], lang: Lang): string[] {
  const notes = new Set<string>();
  for (const { entry } of used) {
    const d = entry.reference.doc;
    if (d.kind === 'draft') notes.add(t(lang, 'print.leaflet.note.draft'));
  }
  return [...notes];
}
