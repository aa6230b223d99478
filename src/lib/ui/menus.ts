/**
 * The header's menu (<details data-menu>) works without JavaScript; with it, Escape closes it and puts
 * focus back on its button, and a tap outside it closes it.
 */
export function enhanceMenus(root: Document) {
  for (const menu of root.querySelectorAll<HTMLDetailsElement>('details[data-menu]')) {
    menu.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || !menu.open) return;
      menu.open = false;
      menu.querySelector('summary')?.focus();
    });
    root.addEventListener('click', (event) => {
      if (menu.open && event.target instanceof Node && !menu.contains(event.target)) menu.open = false;
    });
  }
}
