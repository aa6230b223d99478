/**
 * Data put into a page inside <script type="application/json">, read back by the page's own scripts.
 * The HTML parser ends a script element at the first "</script" whatever the type, and "<!--" changes
 * how it reads what follows: a facility or place name containing them would end the data early and let
 * the rest run as markup. Every "<", ">" and "&" is written as a JSON \u escape (the same string to
 * JSON.parse), and U+2028/U+2029 too, which older script parsers take for line ends.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
