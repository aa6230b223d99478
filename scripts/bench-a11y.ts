/**
 * Prints Lighthouse performance, accessibility and best-practices scores for the main pages of the built site (a
 * report, not a test: Lighthouse scores move with its version; targets: performance 100, /map/ ≥ 90 —
 * npm run bench:lighthouse takes the median of three with CLS, TBT and LCP —, accessibility 100, best practices ≥ 95). Serves dist/ with
 * `astro preview` and drives Debian's Chromium. Usage: npm run build && npm run bench:a11y
 */
import { firstPath, sitemapPaths, withLighthouse } from './lib/lighthouse.ts';

/** The main pages, plus one facility page, one community page and one printable map, read from the built site. */
function pages(): string[] {
  const paths = sitemapPaths();
  const samples = [/^\/facilities\/canteen-/, /^\/communities\/\d{12}\/$/, /^\/print\/\d{12}\/$/, /^\/print\/\d{9}\/leaflet\/$/].map((re) => firstPath(paths, re));
  return ['/', '/map/', '/canteens/', '/eligibility/', '/search/', '/coverage/', '/print/', '/facilities/', ...samples.filter((p): p is string => p !== undefined), '/en/', '/en/eligibility/'];
}

await withLighthouse(async (audit) => {
  console.log('Lighthouse scores (0–100, mobile, one run each): performance, accessibility, best practices');
  console.log('page'.padEnd(44), ' perf', ' a11y', ' best', ' failed audits');
  for (const path of pages()) {
    const lhr = await audit(path, { onlyCategories: ['performance', 'accessibility', 'best-practices'], formFactor: 'mobile' });
    if (lhr?.runtimeError) {
      console.log(path.padEnd(44), '    —', '    —', '    —', ' ', lhr.runtimeError.code);
      continue;
    }
    const score = (id: string) => String(Math.round((lhr?.categories[id]?.score ?? 0) * 100)).padStart(5);
    const failed = Object.values(lhr?.audits ?? {})
      .filter((a) => a.score === 0 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id);
    console.log(path.padEnd(44), score('performance'), score('accessibility'), score('best-practices'), ' ', failed.join(', ') || '—');
  }
});
