/**
 * On /communities/?community=<12-digit code> (the home page's form), opens that community's page: the
 * link for it is on this page, so only a code the site has is followed.
 */
export function openChosenCommunity(doc: Document, location: Pick<Location, 'search' | 'replace'>) {
  const code = new URLSearchParams(location.search).get('community') ?? '';
  if (!/^\d{12}$/.test(code)) return;
  const link = [...doc.querySelectorAll<HTMLAnchorElement>('[data-communities] a')].find((a) => a.getAttribute('href')?.endsWith(`/communities/${code}/`));
  if (link) location.replace(link.href);
}
