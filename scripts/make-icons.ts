/**
 * npm run icons — draws the home-screen icons (src/lib/offline/icons.ts) from their SVGs in
 * src/icons/ into public/icons/. Run it after changing an SVG and commit the PNGs: the build itself
 * needs no image tools.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { APP_ICONS, TOUCH_ICON } from '../src/lib/offline/icons.ts';

for (const icon of [...APP_ICONS, TOUCH_ICON]) {
  const png = new Resvg(readFileSync(icon.from, 'utf8'), { fitTo: { mode: 'width', value: icon.size } }).render().asPng();
  writeFileSync(`public${icon.src}`, png);
  process.stdout.write(`public${icon.src}  ${icon.size}×${icon.size}  ${png.length} bytes\n`);
}
