/**
 * The order of search results: services first. Pagefind ranks by how well the words match, and
 * a village page, short and named after its street, often matches a street's name better than
 * the canteen in it (“茶山” put the one canteen 19th, after 16 village pages). People search
 * for somewhere to go, so results come in groups — facilities, then policy pages, then places
 * (streets, villages) — each group in Pagefind's order. A search for meals (食堂, 吃饭, lunch…)
 * puts canteens before other facilities.
 *
 * The groups are searched one type at a time through the `type` filter every page declares
 * (SearchTerms.astro), so no result has to be loaded to learn its type. Browser-safe.
 */

/** The type filter values of the page's language, by role (the search page renders them). */
export interface TypeGroups {
  /** The type value of canteens (老年食堂). */
  canteen: string;
  /** Every facility type value, canteens included, in display order. */
  facilities: string[];
  /** Policy pages. */
  policy: string;
  /** Streets and towns, then villages and communities. */
  places: string[];
}

/** Words of a search for meals, in both languages. */
const MEAL_WORDS = /食堂|饭|餐|\b(?:canteens?|meals?|lunch|supper|dinner|breakfast|food|eat|eating)\b/i;

/** True when the words ask for meals. */
export function asksForMeals(query: string): boolean {
  return MEAL_WORDS.test(query);
}

/** The groups of type values to list one after another, for a query. */
export function rankGroups(query: string, types: TypeGroups): string[][] {
  const facilities = asksForMeals(query) ? [[types.canteen], types.facilities.filter((t) => t !== types.canteen)] : [types.facilities];
  return [...facilities, [types.policy], types.places];
}

/** What the ranking needs of a result: Pagefind's id and score. */
export interface Scored {
  id: string;
  score: number;
}

/**
 * Merges the results of each type's search into one list: group by group, within a group by
 * score (best first), then any result of no listed type (none today) in the order `all` has it,
 * so nothing found is ever dropped.
 */
export function mergeRanked<R extends Scored>(groups: string[][], byType: ReadonlyMap<string, readonly R[]>, all: readonly R[]): R[] {
  const out: R[] = [];
  const seen = new Set<string>();
  for (const group of groups) {
    const members = group.flatMap((type) => byType.get(type) ?? []).filter((r) => !seen.has(r.id));
    members.sort((a, b) => b.score - a.score);
    for (const r of members) {
      if (seen.has(r.id)) continue;
      seen.add(r.id);
      out.push(r);
    }
  }
  for (const r of all) {
    if (!seen.has(r.id)) {
      seen.add(r.id);
      out.push(r);
    }
  }
  return out;
}
