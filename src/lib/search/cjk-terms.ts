/**
 * Extra words for the search index so that partial Chinese names are found.
 *
 * Pagefind splits Chinese into words with a dictionary when it builds the index (jieba, for
 * pages whose lang is zh-CN) and splits the visitor's query with the browser's
 * Intl.Segmenter. The two disagree on names: jieba keeps “茶山街道” or “繁荣社区老年食堂”
 * as one word, the browser splits “茶山” on its own, and the search finds nothing. On English
 * pages nothing Chinese is split at all. Pagefind matches a query word against the start of
 * indexed words, so adding every character and every pair of neighbouring characters of the
 * names, separated by spaces, lets any one- or two-character piece of a name match, and
 * longer queries still match the page text itself.
 *
 * The words go into a visually hidden, aria-hidden element inside the indexed body
 * (src/components/search/SearchTerms.astro); screen readers and the read-aloud button skip it.
 */

const HAN = /\p{Script=Han}+/gu;

/** Every single character and every pair of neighbouring characters in the Han runs of `texts`, once each, in order. */
export function cjkTerms(texts: readonly string[]): string[] {
  const seen = new Set<string>();
  const terms: string[] = [];
  const add = (term: string) => {
    if (!seen.has(term)) {
      seen.add(term);
      terms.push(term);
    }
  };
  for (const text of texts) {
    for (const run of text.match(HAN) ?? []) {
      const chars = [...run];
      chars.forEach((char, i) => {
        add(char);
        const next = chars[i + 1];
        if (next !== undefined) add(char + next);
      });
    }
  }
  return terms;
}

/**
 * A query as the extra words can match it, for pages whose index does not split Chinese
 * (English pages): each run of three or more Han characters becomes its overlapping pairs,
 * which Pagefind then requires all of (“养老院” → “养老 老院”). Shorter runs and other words stay.
 */
export function bigramQuery(query: string): string {
  return query.replace(HAN, (run) => {
    const chars = [...run];
    if (chars.length < 3) return run;
    return ` ${chars.slice(0, -1).map((c, i) => c + chars[i + 1]).join(' ')} `;
  }).replace(/\s+/g, ' ').trim();
}
