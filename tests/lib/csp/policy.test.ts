import { describe, expect, it } from 'vitest';
import { basemapFromEnv } from '../../../src/map/basemap.ts';
import { headersFile, nginxSnippet, policyDirectives, securityHeaders } from '../../../src/lib/csp/policy.ts';

const directive = (directives: string[], name: string) => directives.find((d) => d.startsWith(`${name} `));

describe('the site policy', () => {
  it('with the schematic basemap, allows no other origin anywhere', () => {
    const d = policyDirectives(basemapFromEnv({}));
    expect(d).toContain("default-src 'self'");
    expect(d).toContain("object-src 'none'");
    expect(d).toContain("base-uri 'self'");
    expect(d).toContain("form-action 'self'");
    expect(directive(d, 'connect-src')).toBe("connect-src 'self'");
    expect(directive(d, 'img-src')).toBe("img-src 'self' data:");
    expect(directive(d, 'worker-src')).toBe("worker-src 'self'");
    expect(d.join(';')).not.toMatch(/https?:|\*/);
  });

  it('with 天地图, allows exactly its eight tile hosts for tiles, and blob: images for raster decoding', () => {
    const d = policyDirectives(basemapFromEnv({ PUBLIC_TIANDITU_TOKEN: 'tk' }));
    const hosts = ['t0', 't1', 't2', 't3', 't4', 't5', 't6', 't7'].map((s) => `https://${s}.tianditu.gov.cn`).join(' ');
    expect(directive(d, 'connect-src')).toBe(`connect-src 'self' ${hosts}`);
    expect(directive(d, 'img-src')).toBe(`img-src 'self' data: blob: ${hosts}`);
  });

  it('with a PMTiles file on another host, allows exactly that origin; on this site, none', () => {
    const remote = policyDirectives(basemapFromEnv({ PUBLIC_PMTILES_URL: 'https://tiles.example.org:8443/ouhai.pmtiles' }));
    expect(directive(remote, 'connect-src')).toBe("connect-src 'self' https://tiles.example.org:8443");
    expect(directive(remote, 'img-src')).toBe("img-src 'self' data: https://tiles.example.org:8443");
    const local = policyDirectives(basemapFromEnv({ PUBLIC_PMTILES_URL: '/tiles/ouhai.pmtiles' }));
    expect(directive(local, 'connect-src')).toBe("connect-src 'self'");
  });

  it('as headers, adds what a <meta> cannot carry and the other security headers', () => {
    const headers = Object.fromEntries(securityHeaders("default-src 'self'; script-src 'self'"));
    expect(headers['Content-Security-Policy']).toBe("default-src 'self'; script-src 'self'; frame-ancestors 'none';");
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('no-referrer');
    expect(headers['Permissions-Policy']).toBe('geolocation=(self), camera=(), microphone=()');
  });

  it('writes the same headers for every path in _headers, and in every nginx location (nginx drops inherited add_header lines)', () => {
    const policy = "default-src 'self'; script-src 'self' 'sha256-abc='";
    const file = headersFile(policy);
    expect(file).toContain(`/*\n  Content-Security-Policy: ${policy}; frame-ancestors 'none';\n`);
    expect(file).toContain('/sw.js\n  Cache-Control: no-cache\n');
    const nginx = nginxSnippet(policy);
    const locations = nginx.match(/location [^{]+\{/g) ?? [];
    expect(locations.length).toBe(5);
    expect(nginx.split(`add_header Content-Security-Policy "${policy}; frame-ancestors 'none';" always;`).length - 1).toBe(locations.length);
    expect(nginx).toContain('add_header Cache-Control "no-cache" always;');
  });
});
