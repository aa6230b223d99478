/**
 * A built site served on a port of its own (chosen by the system), for the tests that need what the
 * preview server cannot give: a copy of dist/ changed and rebuilt while a browser keeps its service
 * worker, or the headers a static host sends from dist/_headers.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
};

/** The `_headers` rules (Netlify / Cloudflare Pages syntax: a path pattern, then indented `Name: value` lines). */
function readHeaderRules(dir: string): { pattern: string; headers: [string, string][] }[] {
  const file = join(dir, '_headers');
  if (!existsSync(file)) return [];
  const rules: { pattern: string; headers: [string, string][] }[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const at = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

const matches = (pattern: string, path: string) => (pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern);

export interface StaticSite {
  url: string;
  close(): Promise<void>;
}

/** Serves `dir` as a static host would; with `headers`, sends the headers of its `_headers` file. */
export async function serveSite(dir: string, { headers = false } = {}): Promise<StaticSite> {
  const rules = headers ? readHeaderRules(dir) : [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(dir, path));
    if (!file.startsWith(normalize(dir))) file = '';
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = file !== '' && existsSync(file);
    const served = found ? file : join(dir, '404.html');
    res.statusCode = found ? 200 : 404;
    res.setHeader('Content-Type', TYPES[extname(served)] ?? 'application/octet-stream');
    // Revalidated on every request, as the preview server does; a rule from _headers may say otherwise.
    res.setHeader('Cache-Control', 'no-cache');
    for (const rule of rules) if (matches(rule.pattern, path)) for (const [name, value] of rule.headers) res.setHeader(name, value);
    res.end(readFileSync(served));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
