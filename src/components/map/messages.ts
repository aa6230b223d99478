import { t, type Lang, type MessageKey } from '../../i18n/index.ts';

/**
 * Interface strings for the map island. The island is bundled with both language files anyway (the
 * hours formatter needs them), so it looks strings up directly rather than taking them as props.
 */
export function translator(lang: Lang) {
  return (key: string, params: Record<string, string | number> = {}): string => t(lang, key as MessageKey, params);
}
export type Translate = ReturnType<typeof translator>;
