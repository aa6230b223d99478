import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Text as a PDF reader compares it: NFKC-normalized (the CJK font maps some characters to Kangxi radicals, e.g. ⽰ for 示) and without white space, which a wrapped line adds. */
export const squash = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

/** The text of a printed PDF, as a PDF reader extracts it, squashed. */
export async function pdfText(pdf: Buffer): Promise<string> {
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  let text = '';
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    text += content.items.map((item) => ('str' in item ? item.str : '')).join('');
  }
  await doc.destroy();
  return squash(text);
}
