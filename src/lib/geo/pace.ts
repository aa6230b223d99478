/**
 * Walking paces for the 15-minute elder service circle, kept as data with their sources.
 *
 * No Chinese standard fixes a walking pace for elders, so the pace is a setting:
 * the page shows the presets below with their source text and uses DEFAULT_PACE_ID
 * until the visitor picks another. Distances are metres, paces metres per second.
 */

/** One walking-pace preset the visitor can choose. */
export interface PacePreset {
  /** Stable id, used in the page URL (?pace=elder). */
  readonly id: string;
  /** Walking speed in metres per second. */
  readonly metresPerSecond: number;
  /** Whether walking searches at this pace avoid steps (台阶): true for walking frames and sticks. */
  readonly avoidSteps: boolean;
  /** Short label in Chinese, shown in the pace setting. */
  readonly labelZh: string;
  /** Short label in English. */
  readonly labelEn: string;
  /** Where the value comes from, in Chinese (shown beside the setting). */
  readonly sourceZh: string;
  /** Where the value comes from, in English. */
  readonly sourceEn: string;
}

/** The minutes at which rings and reach areas are drawn: the 5-, 10- and 15-minute life circles. */
export const RING_MINUTES = [5, 10, 15] as const;

/** The largest ring; reach searches stop at this many minutes. */
export const MAX_RING_MINUTES = 15;

/**
 * The walking distances of the life circles in GB 50180-2018 城市居住区规划设计标准, for
 * comparison on the page (they are distances set by the planning standard, not a pace).
 * The 15-minute circle is a range: 800–1000 m.
 */
export const LIFE_CIRCLE_DISTANCES = [
  { minutes: 5, minMetres: 300, maxMetres: 300 },
  { minutes: 10, minMetres: 500, maxMetres: 500 },
  { minutes: 15, minMetres: 800, maxMetres: 1000 },
] as const;

/** Source line for LIFE_CIRCLE_DISTANCES. */
export const LIFE_CIRCLE_SOURCE_ZH =
  'GB 50180-2018《城市居住区规划设计标准》：五分钟生活圈步行距离约 300 米，十分钟约 500 米，十五分钟 800–1000 米。';
export const LIFE_CIRCLE_SOURCE_EN =
  'GB 50180-2018 Standard for urban residential area planning and design: walking distance about 300 m for the 5-minute life circle, about 500 m for 10 minutes, 800–1000 m for 15 minutes.';

/*
 * The presets. Values and sources as gathered in the project's facts file
 * (shared/facts/ouhai.md, “Planning standards”); where only that file backs a value, the
 * source text says so rather than pretending to a standard.
 */
const STANDARD: PacePreset = {
  id: 'standard',
  metresPerSecond: 1.0,
  avoidSteps: false,
  labelZh: '一般步速（1.0 米/秒）',
  labelEn: 'Typical pace (1.0 m/s)',
  sourceZh: 'GB 50647-2011《城市道路交叉口规划规范》行人过街设计步速 1.0 米/秒。',
  sourceEn: 'GB 50647-2011 Code for planning of intersections on urban roads: design pedestrian crossing speed 1.0 m/s.',
};

/** The default: an elder's pace (the source text says why). */
export const DEFAULT_PACE: PacePreset = {
  id: 'elder',
  metresPerSecond: 0.8,
  avoidSteps: false,
  labelZh: '老年人步速（0.8 米/秒）',
  labelEn: 'Older walker (0.8 m/s)',
  sourceZh:
    '我国没有标准规定老年人步速。美国威斯康星州 1947 次过街观测中，65 岁以上行人第 15 百分位步速约 0.92 米/秒（3.02 英尺/秒；Gates 等，Transportation Research Record 1982，2006）。过街时人们通常比平常走得快，所以本站默认取更低的 0.8 米/秒：按此画出的 15 分钟范围（约 720 米），多数老年人确能走到。',
  sourceEn:
    'No Chinese standard fixes an elderly walking pace. In 1,947 observed crossings in Wisconsin, pedestrians over 65 had a 15th-percentile speed of about 0.92 m/s (3.02 ft/s; Gates et al., Transportation Research Record 1982, 2006). People walk faster when crossing than otherwise, so the site defaults to the lower 0.8 m/s: most older people can really walk the 15-minute range drawn at this pace (about 720 m).',
};

const WALKING_AID: PacePreset = {
  id: 'walking-aid',
  metresPerSecond: 0.6,
  // A walking frame cannot be taken up steps; a route with steps is no route for its user.
  avoidSteps: true,
  labelZh: '使用助行器、拐杖（0.6 米/秒）',
  labelEn: 'With a walking frame or stick (0.6 m/s)',
  sourceZh:
    '较慢预设，取自本项目资料（shared/facts/ouhai.md）：0.6 米/秒，15 分钟约 540 米。未找到规定此值的标准；研究表明使用手杖或助行器的老年人步速明显低于常用设计步速（Arango、Montufar，Transportation Research Record 2073，2008），本站未核对该研究的具体数值。',
  sourceEn:
    'A slower preset from the project facts file (shared/facts/ouhai.md): 0.6 m/s, about 540 m in 15 minutes. No standard sets this value; research shows older people using canes or walkers walk well below common design speeds (Arango & Montufar, Transportation Research Record 2073, 2008), whose exact figures the site has not checked.',
};

/** Every preset, fastest first, as the pace setting lists them. */
export const PACE_PRESETS: readonly PacePreset[] = [STANDARD, DEFAULT_PACE, WALKING_AID];

/** Finds a preset by id (e.g. from the URL); undefined when the id is unknown. */
export function paceById(id: string): PacePreset | undefined {
  return PACE_PRESETS.find((p) => p.id === id);
}

/** A pace given as a preset or as plain metres per second. */
export type Pace = PacePreset | number;

function speedOf(pace: Pace): number {
  const v = typeof pace === 'number' ? pace : pace.metresPerSecond;
  if (!(v > 0) || !Number.isFinite(v)) throw new RangeError(`步速必须是大于 0 的数（米/秒），收到 ${String(v)}`);
  return v;
}

/** How far one walks in `minutes` at `pace`, in metres. */
export function minutesToMetres(minutes: number, pace: Pace): number {
  return minutes * 60 * speedOf(pace);
}

/** How many minutes it takes to walk `metres` at `pace`. */
export function metresToMinutes(metres: number, pace: Pace): number {
  return metres / speedOf(pace) / 60;
}
