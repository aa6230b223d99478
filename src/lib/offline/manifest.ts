/**
 * The web app manifest (installable site: 添加到主屏幕), one per language, built from the interface
 * strings, the design tokens and the icon list.
 */
import { readFileSync } from 'node:fs';
import { href, t, type Lang } from '../../i18n/index.ts';
import { APP_ICONS } from './icons.ts';

/** A colour token of src/styles/global.css (its :root value), e.g. designToken('--oh-primary') → '#0a4f96'. */
export function designToken(name: string, css = readFileSync('src/styles/global.css', 'utf8')): string {
  const root = css.match(/:root\s*\{([^}]*)\}/)?.[1] ?? '';
  const value = root.match(new RegExp(`${name.replace(/[-]/g, '\\-')}\\s*:\\s*([^;]+);`))?.[1]?.trim();
  if (!value) throw new Error(`src/styles/global.css 的 :root 中没有设计变量 ${name}`);
  return value;
}

export function webAppManifest(lang: Lang, css?: string) {
  return {
    id: href(lang, '/'),
    name: t(lang, 'site.fullName'),
    short_name: t(lang, 'app.shortName'),
    description: t(lang, 'site.tagline'),
    lang,
    dir: 'ltr',
    start_url: href(lang, '/'),
    scope: '/',
    display: 'standalone',
    theme_color: designToken('--oh-primary', css),
    background_color: designToken('--oh-bg', css),
    icons: APP_ICONS.map((i) => ({ src: i.src, sizes: `${i.size}x${i.size}`, type: 'image/png', purpose: i.purpose })),
    // Long-press on the home-screen icon: the two tasks people come back for.
    shortcuts: [
      { name: t(lang, 'nav.canteens'), url: href(lang, '/canteens/') },
      { name: t(lang, 'nav.eligibility'), url: href(lang, '/eligibility/') },
    ],
  };
}
