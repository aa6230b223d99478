import zh from '../../i18n/zh-CN.json';
import { t, type Lang, type MessageKey } from '../../i18n/index.ts';

/** Interface strings the map island uses, in one language (so the browser gets only those). */
const PREFIXES = ['map.', 'type.', 'facility.holidays.', 'facility.phone', 'facility.call'];

export function mapMessages(lang: Lang): Record<string, string> {
  const keys = (Object.keys(zh) as MessageKey[]).filter((k) => PREFIXES.some((p) => k.startsWith(p)));
  return Object.fromEntries(keys.map((k) => [k, t(lang, k)]));
}

/** Looks up a string from such a table and fills {placeholders}. */
export function translator(messages: Record<string, string>) {
  return (key: string, params: Record<string, string | number> = {}): string =>
    (messages[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}
export type Translate = ReturnType<typeof translator>;
