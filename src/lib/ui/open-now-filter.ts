/**
 * “只看现在开门的”: a checkbox (`input[data-open-now-filter]`, JavaScript-only, .oh-js-only) over a list
 * (`[data-open-now-list]`) whose items (`[data-open-now-item]`) carry today's status line
 * (`[data-live-status][data-look]`, kept current by live-status/refresh.ts). Ticked, only items open at
 * the reader's moment stay; `[data-open-now-none]` says so when none is. Re-applied whenever the statuses
 * are refreshed (and once a minute).
 */
import { STATUSES_REFRESHED } from '../live-status/refresh.ts';

export function wireOpenNowFilters(root: Document) {
  for (const box of root.querySelectorAll<HTMLInputElement>('input[data-open-now-filter]')) {
    const scope = box.closest('[data-open-now-scope]') ?? root;
    const apply = () => {
      let shown = 0;
      for (const item of scope.querySelectorAll<HTMLElement>('[data-open-now-list] [data-open-now-item]')) {
        const open = item.querySelector<HTMLElement>('[data-live-status]')?.dataset.look === 'open';
        item.hidden = box.checked && !open;
        if (!item.hidden) shown++;
      }
      scope.querySelectorAll<HTMLElement>('[data-open-now-none]').forEach((p) => (p.hidden = !box.checked || shown > 0));
    };
    box.addEventListener('change', apply);
    root.addEventListener(STATUSES_REFRESHED, apply);
    setInterval(apply, 60_000);
    apply();
  }
}
