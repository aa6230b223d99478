/**
 * Print buttons ([data-print-button]) are a shortcut to the browser's own print, which works without
 * JavaScript; they are laid out only when it runs (.oh-js-only, from the first paint: nothing moves).
 */
export function wirePrintButtons(root: Document) {
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-print-button]')) button.addEventListener('click', () => window.print());
}
