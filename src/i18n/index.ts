import zh from './zh-CN.json';
import en from './en.json';

/** Languages of the interface. Facility data stays in Chinese in both. */
export const LANGS = ['zh-CN', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export type MessageKey = keyof typeof zh;

const messages: Record<Lang, Record<string, string>> = { 'zh-CN': zh, en };

/** The parameters whose number picks a plural form, in this order: `{count}`, else `{n}`. */
const PLURAL_PARAMS = ['count', 'n'] as const;

const pluralRules = new Map<Lang, Intl.PluralRules>();

/**
 * The plural category (CLDR: one, other…) of a message's count in `lang`, or undefined when the
 * message has no numeric `count`/`n`. Chinese has only “other”; English has “one” and “other”.
 */
export function pluralCategory(lang: Lang, params: Record<string, string | number>): Intl.LDMLPluralRule | undefined {
  const value = PLURAL_PARAMS.map((name) => params[name]).find((v) => typeof v === 'number');
  if (typeof value !== 'number') return undefined;
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  return rules.select(value);
}

/**
 * Looks up an interface string and fills {placeholders}. Missing English falls back to Chinese.
 *
 * Plurals: the key itself holds the “other” form; a language may add `<key>#<category>` for
 * another CLDR category of Intl.PluralRules (en.json: `search.count#one` = “1 result” beside
 * `search.count` = “{count} results”). The form is chosen by a numeric `count` param, else `n`.
 */
export function t(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  const category = pluralCategory(lang, params);
  const plural = category !== undefined && category !== 'other' ? messages[lang][`${key}#${category}`] : undefined;
  const template = plural ?? messages[lang][key] ?? messages['zh-CN'][key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** Keys of plural variants (`<key>#one`…): they belong to `<key>` and are never looked up directly. */
export const PLURAL_SUFFIX = /#(zero|one|two|few|many)$/;

/** The URL prefix of a language: Chinese lives at the root, English under /en/. */
export function langPrefix(lang: Lang): string {
  return lang === 'en' ? '/en' : '';
}

/** A site path in the given language, e.g. href('en', '/canteens/') → '/en/canteens/'. */
export function href(lang: Lang, path: string): string {
  return `${langPrefix(lang)}${path}`;
}

/** Static paths for a page that exists in every language: `[...lang]` is undefined for Chinese. */
export function langPaths() {
  return LANGS.map((lang) => ({ params: { lang: lang === 'en' ? 'en' : undefined }, props: { lang } }));
}

/** The language of a `[...lang]` route parameter. */
export function langFromParam(param: string | undefined): Lang {
  return param === 'en' ? 'en' : 'zh-CN';
}

/**
 * Splits a message around one {placeholder}, so the filled-in value (Chinese data on an
 * English page) can get its own lang attribute: `<h2>{a}<span lang="zh-CN">{name}</span>{b}</h2>`.
 */
export function tSplit(lang: Lang, key: MessageKey, param: string): [string, string] {
  const marker = '\u0000';
  const [before = '', after = ''] = t(lang, key, { [param]: marker }).split(marker);
  return [before, after];
}
