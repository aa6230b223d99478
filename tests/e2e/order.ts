import { expect } from '@playwright/test';

/**
 * A list sorted nearest first: not empty (an empty list is sorted too, and would pass), every value a
 * number, none smaller than the one before. `count`, when given, is how many entries there must be.
 */
export function expectNearestFirst(values: readonly number[], label: string, count?: number) {
  if (count !== undefined) expect(values, `${label}: one distance per entry`).toHaveLength(count);
  expect(values.length, `${label}: the list is not empty`).toBeGreaterThan(0);
  expect(values.filter((v) => !Number.isFinite(v)), `${label}: every distance is read`).toEqual([]);
  const outOfOrder = values.flatMap((v, i) => (i > 0 && v < (values[i - 1] ?? 0) ? [`${values[i - 1]} before ${v}`] : []));
  expect(outOfOrder, `${label}: nearest first`).toEqual([]);
}
