import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { designToken, webAppManifest } from '../../../src/lib/offline/manifest.ts';
import { APP_ICONS, TOUCH_ICON } from '../../../src/lib/offline/icons.ts';

// The high-contrast theme comes first here, so only reading :root gives the right colours.
const CSS = 'html[data-contrast="high"] { --oh-primary: #000000; --oh-bg: #ffffff; }\n:root {\n  --oh-text: #1a1a1a;\n  --oh-bg: #fffffe;\n  --oh-primary: #123456;\n}';

/** Width and height from a PNG's IHDR chunk (bytes 16–23), read without an image library. */
function pngSize(path: string): [number, number] {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString('latin1'), `${path} is a PNG`).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('the web app manifest', () => {
  it('takes the theme and background colours from the :root design tokens, not from the high-contrast theme', () => {
    expect(designToken('--oh-primary', CSS)).toBe('#123456');
    const m = webAppManifest('zh-CN', CSS);
    expect(m.theme_color).toBe('#123456');
    expect(m.background_color).toBe('#fffffe');
    expect(() => designToken('--oh-missing', CSS)).toThrow(/--oh-missing/);
  });

  it('is in Chinese at / and in English at /en/, opens standalone, and stays within the site', () => {
    const zh = webAppManifest('zh-CN', CSS);
    expect(zh).toMatchObject({ name: '瓯海区养老服务地图', short_name: '瓯海养老', lang: 'zh-CN', start_url: '/', scope: '/', display: 'standalone' });
    const en = webAppManifest('en', CSS);
    expect(en).toMatchObject({ name: 'Ouhai District elder-service map', short_name: 'Ouhai Care', lang: 'en', start_url: '/en/', scope: '/', display: 'standalone' });
    expect(en.shortcuts.map((s) => s.url)).toEqual(['/en/canteens/', '/en/eligibility/']);
  });

  it('lists the sizes launchers ask for, with maskable icons, each a PNG of the size it claims', () => {
    const m = webAppManifest('zh-CN', CSS);
    const any = m.icons.filter((i) => i.purpose === 'any').map((i) => i.sizes);
    const maskable = m.icons.filter((i) => i.purpose === 'maskable').map((i) => i.sizes);
    for (const size of ['48x48', '72x72', '96x96', '144x144', '192x192', '512x512']) expect(any).toContain(size);
    expect(maskable).toEqual(['192x192', '512x512']);
    for (const icon of [...APP_ICONS, TOUCH_ICON]) expect(pngSize(`public${icon.src}`), icon.src).toEqual([icon.size, icon.size]);
  });
});
