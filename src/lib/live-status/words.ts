/**
 * The dictionary the browser needs to write status lines, taken from src/i18n at build time.
 * Pages render it into a JSON script element; line.ts reads it. About 1 kB per language,
 * instead of the whole interface JSON.
 */
import { t, type Lang } from '../../i18n/index.ts';
import { STATUS_WORD_KEYS, type StatusWordKey, type StatusWords } from './line.ts';

/** The status-line templates of one language. */
export function statusWords(lang: Lang): StatusWords {
  const words = Object.fromEntries(STATUS_WORD_KEYS.map((key) => [key, t(lang, key)])) as Record<StatusWordKey, string>;
  return { lang, words };
}
