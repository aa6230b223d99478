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

/** A Translate over `messages`; an unknown key comes back as itself, so a missing string is visible, not blank. */
export function createTranslator(messages: Readonly<Record<string, string>>): Translate {
  return (key, params = {}) => fillTemplate(messages[key] ?? key, params);
}
