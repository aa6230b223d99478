import { paperCss } from '../lib/print/paper.ts';

/** The per-paper sizes of the print sheets (src/lib/print/paper.ts), linked from each print map page. */
export function GET(): Response {
  return new Response(paperCss(), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
}
