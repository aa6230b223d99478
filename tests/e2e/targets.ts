import type { Page } from '@playwright/test';

/**
 * Targets (links, buttons, form controls) smaller than `min` px on either side, described for the
 * failure message. The only targets let off are links inside a sentence — WCAG 2.5.8's inline
 * exception: their block (paragraph, list item, cell) holds at least `sentenceChars` characters of
 * its own text besides its links and buttons. A link that stands alone in a list item or a footer line,
 * or after a short label such as “电话：”, must be full size.
 */
export async function smallTargets(page: Page, min: number, sentenceChars = 12): Promise<string[]> {
  return page.evaluate(
    ({ min, sentenceChars }) => {
      const interactive = 'a[href], button, input, select, textarea, summary, [role="button"]';
      const ownText = (block: Element) => {
        const copy = block.cloneNode(true) as Element;
        copy.querySelectorAll(interactive).forEach((el) => el.remove());
        return (copy.textContent ?? '').replace(/[\s|·•,，、;；:：()（）]/g, '').length;
      };
      return [...document.querySelectorAll<HTMLElement>(interactive)]
        .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
        .filter((el) => !(el instanceof HTMLInputElement && el.type === 'hidden'))
        .filter((el) => {
          const block = el.parentElement?.closest('p, li, td, dd, dt, th, figcaption, label');
          return !(el.matches('a[href]') && block && ownText(block) >= sentenceChars);
        })
        .filter((el) => {
          // A checkbox or radio button counts with its label, which is the target the reader taps.
          if (el instanceof HTMLInputElement && ['checkbox', 'radio'].includes(el.type) && el.closest('label')) return false;
          const r = el.getBoundingClientRect();
          return r.width < min - 0.5 || r.height < min - 0.5;
        })
        .map((el) => {
          const r = el.getBoundingClientRect();
          const where = (node: Element | null) => (node ? `${node.tagName.toLowerCase()}${node.classList.length > 0 ? `.${[...node.classList].join('.')}` : ''}` : '');
          return `${where(el.parentElement)} > ${where(el)} “${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().replace(/\s+/g, ' ').slice(0, 24)}” ${Math.round(r.width)}×${Math.round(r.height)}`;
        });
    },
    { min, sentenceChars },
  );
}
