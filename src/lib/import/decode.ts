/**
 * Text decoding for CSV files. Excel in China saves "CSV" as GBK (GB18030) unless told
 * otherwise; other tools write UTF-8, with or without a byte-order mark.
 */
import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'gb18030';

/**
 * Decodes bytes as strict UTF-8 first; any invalid sequence means it is not UTF-8, and
 * GB18030 (a superset of GBK and GB2312) is used instead. Valid GBK text that is also
 * valid UTF-8 is vanishingly rare for Chinese content, so the order is safe.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  // Excel's "Unicode 文本" export: UTF-16 little-endian with a byte-order mark.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(hasBom ? bytes.subarray(3) : bytes);
    return { text, encoding: hasBom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes), 'gb18030'), encoding: 'gb18030' };
  }
}

/** Encodes text as GB18030, as Excel in China would; used to make fixtures and templates. */
export function encodeGb18030(text: string): Buffer {
  return iconv.encode(text, 'gb18030');
}

/** Chinese name of an encoding, for summaries. */
export const ENCODING_LABELS: Record<TextEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8（带 BOM）',
  'utf-16le': 'UTF-16（Unicode 文本）',
  'gb18030': 'GBK/GB18030',
};
