import zh from './zh-CN.json';
import en from './en.json';
import { fillTemplate, LANG_ENTRY, PLURAL_SUFFIX, templateFor } from './translate.ts';

export { PLURAL_SUFFIX, pluralCategory } from './translate.ts';

/** Languages of the interface. Facility data stays in Chinese in both. */
export const LANGS = ['zh-CN', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export type MessageKey = keyof typeof zh;

const messages: Record<Lang, Record<string, string>> = { 'zh-CN': zh, en };

/**
 * Looks up an interface string and fills {placeholders}. Missing English falls back to Chinese.
 *
 * Plurals: the key itself holds the “other” form; a language may add `<key>#<category>` for
 * another CLDR category of Intl.PluralRules (en.json: `search.count#one` = “1 result” beside
 * `search.count` = “{count} results”). The form is chosen by a numeric `count` param, else `n`
 * (translate.ts templateFor).
 */
export function t(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  return fillTemplate(templateFor(messages[lang], key, params, lang) ?? messages['zh-CN'][key] ?? key, params);
}

/**
 * The strings of one language whose keys start with one of `prefixes` (missing English filled from
 * Chinese), for an island that should ship only what it uses, in its page's language; with their
 * plural variants (`key#one`) and the language itself (LANG_ENTRY), so the island's translator
 * (translate.ts createTranslator) picks plural forms as t does.
 */
export function messagesFor(lang: Lang, prefixes: readonly string[]): Record<string, string> {
  const wanted = (key: string) => prefixes.some((p) => key.startsWith(p));
  const keys = Object.keys(messages['zh-CN']).filter(wanted);
  const variants = Object.keys(messages[lang]).filter((key) => PLURAL_SUFFIX.test(key) && wanted(key));
  return {
    ...Object.fromEntries(keys.map((key) => [key, messages[lang][key] ?? messages['zh-CN'][key] ?? key])),
    ...Object.fromEntries(variants.map((key) => [key, messages[lang][key] ?? key])),
    [LANG_ENTRY]: lang,
  };
}

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
