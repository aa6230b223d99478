/**
 * The home-screen icons: sizes browsers and Android / 鸿蒙 (HarmonyOS) launchers ask a web app
 * manifest for, drawn from src/icons/*.svg by `npm run icons` into public/icons/ (committed, so a
 * build needs no image tools). The manifest (src/pages/[...lang]/manifest.webmanifest.ts) lists them.
 */
export interface AppIcon {
  /** Path on the site. */
  src: string;
  /** Width = height, in pixels. */
  size: number;
  /** 'any': the rounded icon as drawn; 'maskable': full-bleed, for launchers that cut their own shape. */
  purpose: 'any' | 'maskable';
  /** The SVG it is drawn from, relative to the project. */
  from: string;
}

const ANY_SIZES = [48, 72, 96, 128, 144, 192, 256, 384, 512];
const MASKABLE_SIZES = [192, 512];

export const APP_ICONS: AppIcon[] = [
  ...ANY_SIZES.map((size): AppIcon => ({ src: `/icons/icon-${size}.png`, size, purpose: 'any', from: 'src/icons/app-icon.svg' })),
  ...MASKABLE_SIZES.map((size): AppIcon => ({ src: `/icons/maskable-${size}.png`, size, purpose: 'maskable', from: 'src/icons/app-icon-maskable.svg' })),
];

/** iOS and some Android browsers read <link rel="apple-touch-icon">: full-bleed (iOS rounds the corners itself), 180 px. */
export const TOUCH_ICON: AppIcon = { src: '/icons/apple-touch-icon.png', size: 180, purpose: 'maskable', from: 'src/icons/app-icon-maskable.svg' };
