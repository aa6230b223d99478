/**
 * Filling message templates, without the message files themselves: islands get the strings they need
 * as a prop (index.ts messagesFor) and translate with these, so their bundles carry one language's
 * strings, not both files.
 */

/** A translation function: key and {placeholder} values in, text out. */
export type Translate = (key: string, params?: Record<string, string | number>) => string;

/** Replaces each {name} in `template` by `params[name]` (left as {name} when absent). */
export function fillTemplate(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** The entry of a message record (index.ts messagesFor) that names its language, for plural forms. */
export const LANG_ENTRY = '@lang';

/** Keys of plural variants (`<key>#one`…): they belong to `<key>` and are never looked up directly. */
export const PLURAL_SUFFIX = /#(zero|one|two|few|many)$/;

/** The parameters whose number picks a plural form, in this order: `{count}`, else `{n}`. */
const PLURAL_PARAMS = ['count', 'n'] as const;

const pluralRules = new Map<string, Intl.PluralRules>();

/**
 * The plural category (CLDR: one, other…) of a message's count in `lang`, or undefined when the
 * message has no numeric `count`/`n`. Chinese has only “other”; English has “one” and “other”.
 */
export function pluralCategory(lang: string, params: Record<string, string | number>): Intl.LDMLPluralRule | undefined {
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
 * The template of `key` in `messages` for `params`: the plural variant `<key>#<category>` when the
 * count asks for one and the language has it, else the key's own (its “other” form).
 */
export function templateFor(messages: Readonly<Record<string, string>>, key: string, params: Record<string, string | number>, lang: string): string | undefined {
  const category = pluralCategory(lang, params);
  const plural = category !== undefined && category !== 'other' ? messages[`${key}#${category}`] : undefined;
  return plural ?? messages[key];
}

/**
 * A Translate over `messages` (one language's, from index.ts messagesFor, which names the language
 * in LANG_ENTRY); an unknown key comes back as itself, so a missing string is visible, not blank.
 */
export function createTranslator(messages: Readonly<Record<string, string>>): Translate {
  const lang = messages[LANG_ENTRY] ?? 'zh-CN';
  return (key, params = {}) => fillTemplate(templateFor(messages, key, params, lang) ?? key, params);
}
