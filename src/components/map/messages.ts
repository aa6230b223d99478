/**
 * Interface strings for the map island. The page hands the island only the strings it uses, in its
 * own language (src/i18n/index.ts messagesFor with these prefixes), so the island's bundle carries
 * no message file; tests/components/map-messages.test.ts checks every key the island asks for is
 * covered by a prefix.
 */
import { createTranslator, type Translate } from '../../i18n/translate.ts';
import { HOURS_MESSAGE_PREFIXES } from '../../lib/hours/format-words.ts';

export const MAP_MESSAGE_PREFIXES = ['map.', 'type.', 'facility.call', ...HOURS_MESSAGE_PREFIXES] as const;

export function translator(messages: Readonly<Record<string, string>>): Translate {
  return createTranslator(messages);
}
export type { Translate };
