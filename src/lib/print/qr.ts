import QRCode from 'qrcode';

/**
 * A QR code for `url` as an SVG string, drawn at build time. Error correction M survives a
 * crease or a smudge on a printed sheet; the quiet zone is part of the SVG.
 */
export async function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } });
}
