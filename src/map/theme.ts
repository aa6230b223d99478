/**
 * Map colours by role, one object per theme. Print and high contrast are just other themes.
 *
 * Facility colours come from the Okabe–Ito colour-blind-safe palette, darkened so a white letter on
 * them reaches 4.5:1; colour is never the only cue (each type also has its own shape and letter,
 * see symbols.ts).
 */
import type { FacilityType } from '../schemas/facility-type.ts';

export const THEME_NAMES = ['default', 'high-contrast', 'print'] as const;
export type ThemeName = (typeof THEME_NAMES)[number];

/** How one facility type is painted: the shape's fill and outline and the letter on it. */
export interface SymbolColours {
  fill: string;
  stroke: string;
  letter: string;
}

export interface MapTheme {
  name: ThemeName;
  /** Paper behind everything, also outside the district. */
  background: string;
  /** Land inside the district outline (schematic basemap). */
  districtFill: string;
  /** The district boundary. */
  districtLine: string;
  /** Width of the district boundary in pixels. */
  districtLineWidth: number;
  /** Opacity of raster basemap tiles (lower in print so the overlay stands out). */
  rasterOpacity: number;
  /** Town (街道/镇) names. */
  townLabel: string;
  townLabelHalo: string;
  /** Vector basemap (PMTiles) roles. */
  water: string;
  road: string;
  building: string;
  park: string;
  /** One entry per facility type. */
  facility: Record<FacilityType, SymbolColours>;
  /** Cluster bubbles when zoomed out. */
  cluster: { fill: string; stroke: string; text: string };
  /** A facility inside the straight-line circle that the road network cannot reach in time. */
  outOfReach: string;
  /** Walking rings: fill per minute ring (5, 10, 15) and one line colour. */
  ring: { fill5: string; fill10: string; fill15: string; fillOpacity: number; line: string; lineWidth: number; label: string; labelHalo: string };
  /** The walking reach area along roads. */
  reach: { fill: string; fillOpacity: number; line: string };
  /** The chosen home point. */
  home: { fill: string; stroke: string };
  /** The street layer from an OSM import (streets.ts): roads by class, paths, water, rails, names. */
  streets: StreetColours;
}

/** Colours of the street layer, by role. */
export interface StreetColours {
  /** Fill of major (trunk, primary), secondary (secondary, tertiary) and minor roads. */
  major: string;
  secondary: string;
  minor: string;
  /** The outline drawn under every road, so white roads show on pale land. */
  casing: string;
  /** Footways, paths and steps (drawn dashed). */
  path: string;
  /** Rivers, canals and water areas. */
  water: string;
  /** Railways (drawn dashed). */
  rail: string;
  /** Street names, and the halo behind them. */
  label: string;
  labelHalo: string;
  /** Names of rivers and canals. */
  waterLabel: string;
}

export const DEFAULT_THEME: MapTheme = {
  name: 'default',
  background: '#e9eef2',
  districtFill: '#fbfaf5',
  districtLine: '#5a4a7a',
  districtLineWidth: 2,
  rasterOpacity: 1,
  townLabel: '#2b2b2b',
  townLabelHalo: '#ffffff',
  water: '#b9d3e6',
  road: '#ffffff',
  building: '#dedad2',
  park: '#d3e8cf',
  facility: {
    canteen: { fill: '#b34700', stroke: '#ffffff', letter: '#ffffff' },
    'care-centre': { fill: '#005a8c', stroke: '#ffffff', letter: '#ffffff' },
    'town-centre': { fill: '#00694d', stroke: '#ffffff', letter: '#ffffff' },
    'care-home': { fill: '#8e3a6b', stroke: '#ffffff', letter: '#ffffff' },
    'health-partner': { fill: '#3d3d3d', stroke: '#ffffff', letter: '#ffffff' },
  },
  cluster: { fill: '#0a4f96', stroke: '#ffffff', text: '#ffffff' },
  outOfReach: '#a11d1d',
  ring: { fill5: '#0a4f96', fill10: '#0a4f96', fill15: '#0a4f96', fillOpacity: 0.1, line: '#0a4f96', lineWidth: 2, label: '#0a3a6e', labelHalo: '#ffffff' },
  reach: { fill: '#11622b', fillOpacity: 0.18, line: '#11622b' },
  home: { fill: '#b84a00', stroke: '#ffffff' },
  streets: { major: '#ffe7a6', secondary: '#ffffff', minor: '#ffffff', casing: '#a39c8f', path: '#6b6258', water: '#9cc3e0', rail: '#5c5c5c', label: '#333333', labelHalo: '#ffffff', waterLabel: '#1d4f7a' },
};

export const HIGH_CONTRAST_THEME: MapTheme = {
  name: 'high-contrast',
  background: '#ffffff',
  districtFill: '#ffffff',
  districtLine: '#000000',
  districtLineWidth: 3,
  rasterOpacity: 0.6,
  townLabel: '#000000',
  townLabelHalo: '#ffffff',
  water: '#9ec3ff',
  road: '#7a7a7a',
  building: '#cccccc',
  park: '#ffffff',
  facility: {
    canteen: { fill: '#000000', stroke: '#ffffff', letter: '#ffffff' },
    'care-centre': { fill: '#000000', stroke: '#ffffff', letter: '#ffffff' },
    'town-centre': { fill: '#000000', stroke: '#ffffff', letter: '#ffffff' },
    'care-home': { fill: '#000000', stroke: '#ffffff', letter: '#ffffff' },
    'health-partner': { fill: '#000000', stroke: '#ffffff', letter: '#ffffff' },
  },
  cluster: { fill: '#00007a', stroke: '#ffffff', text: '#ffffff' },
  outOfReach: '#c40000',
  ring: { fill5: '#000000', fill10: '#000000', fill15: '#000000', fillOpacity: 0.06, line: '#000000', lineWidth: 3, label: '#000000', labelHalo: '#ffffff' },
  reach: { fill: '#000000', fillOpacity: 0.12, line: '#000000' },
  home: { fill: '#c40000', stroke: '#ffffff' },
  streets: { major: '#ffffff', secondary: '#ffffff', minor: '#ffffff', casing: '#000000', path: '#000000', water: '#9ec3ff', rail: '#000000', label: '#000000', labelHalo: '#ffffff', waterLabel: '#00007a' },
};

/** For paper: white shapes with dark outlines so a black-and-white printer keeps every type apart. */
export const PRINT_THEME: MapTheme = {
  name: 'print',
  background: '#ffffff',
  districtFill: '#ffffff',
  districtLine: '#000000',
  districtLineWidth: 2,
  rasterOpacity: 0.5,
  townLabel: '#000000',
  townLabelHalo: '#ffffff',
  water: '#d6e6f2',
  road: '#b0b0b0',
  building: '#e6e6e6',
  park: '#f2f2f2',
  facility: {
    canteen: { fill: '#ffffff', stroke: '#b34700', letter: '#000000' },
    'care-centre': { fill: '#ffffff', stroke: '#005a8c', letter: '#000000' },
    'town-centre': { fill: '#ffffff', stroke: '#00694d', letter: '#000000' },
    'care-home': { fill: '#ffffff', stroke: '#8e3a6b', letter: '#000000' },
    'health-partner': { fill: '#ffffff', stroke: '#3d3d3d', letter: '#000000' },
  },
  cluster: { fill: '#ffffff', stroke: '#000000', text: '#000000' },
  outOfReach: '#000000',
  ring: { fill5: '#000000', fill10: '#000000', fill15: '#000000', fillOpacity: 0, line: '#000000', lineWidth: 1.5, label: '#000000', labelHalo: '#ffffff' },
  reach: { fill: '#000000', fillOpacity: 0.08, line: '#000000' },
  home: { fill: '#000000', stroke: '#ffffff' },
  streets: { major: '#ffffff', secondary: '#ffffff', minor: '#ffffff', casing: '#555555', path: '#555555', water: '#d6e6f2', rail: '#333333', label: '#000000', labelHalo: '#ffffff', waterLabel: '#000000' },
};

export const THEMES: Record<ThemeName, MapTheme> = {
  default: DEFAULT_THEME,
  'high-contrast': HIGH_CONTRAST_THEME,
  print: PRINT_THEME,
};
