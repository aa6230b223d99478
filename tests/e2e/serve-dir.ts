/**
 * Serves a built folder on a port, for Playwright's second web server (the street-fixture site in
 * dist-streets/): `astro preview` refuses to run twice in one project.
 * Usage: node tests/e2e/serve-dir.ts <dir> <port>
 */
import { serveSite } from './static-site.ts';

const [dir = 'dist-streets', port = '4400'] = process.argv.slice(2);
const site = await serveSite(dir, { port: Number(port) });
console.log(`serving ${dir} at ${site.url}`);
