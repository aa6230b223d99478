import { langFromParam, langPaths } from '../../i18n/index.ts';
import { webAppManifest } from '../../lib/offline/manifest.ts';

export const getStaticPaths = langPaths;

/** /manifest.webmanifest and /en/manifest.webmanifest: the installable app in each language. */
export function GET({ params }: { params: { lang?: string } }): Response {
  const body = JSON.stringify(webAppManifest(langFromParam(params.lang)), null, 2);
  return new Response(body, { headers: { 'Content-Type': 'application/manifest+json; charset=utf-8' } });
}
