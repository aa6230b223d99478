import { test, expect } from './fixtures.ts';
import { allCommunitySheets, PAPERS, sheetPath, sheetProblems, towns, type PaperId } from './print-sheets.ts';

/**
 * The print sweep (`npm run test:full`, tagged @sweep): every community sheet in every paper and both
 * languages prints on exactly one page with every listed facility in its PDF's text, and every town
 * sheet prints with its listed facilities. One test per street or town, so the two workers share them.
 */
test.describe.configure({ mode: 'parallel' });

const sheets = allCommunitySheets();

for (const town of towns) {
  const own = sheets.filter((s) => s.code.startsWith(town.code));
  test(`every sheet of ${town.name}’s ${town.communities.length} communities prints on one page, in A4, A4 landscape and A3, Chinese and English, with every listed facility on it @sweep`, async ({ page }) => {
    expect(own).toHaveLength(town.communities.length * 6);
    test.setTimeout(own.length * 5_000 + 30_000);
    const failures: string[] = [];
    for (const sheet of own) failures.push(...(await sheetProblems(page, sheet)));
    // The town's own sheet, in every paper and language: its table may run to a second sheet, but every listed facility is printed.
    for (const paper of Object.keys(PAPERS) as PaperId[]) {
      for (const english of [false, true]) failures.push(...(await sheetProblems(page, { path: sheetPath(town.code, paper, english), code: town.code, paper, english })));
    }
    expect(failures).toEqual([]);
  });
}

test('the sweep prints all 197 communities in three papers and two languages @sweep', async () => {
  expect(sheets).toHaveLength(197 * 6);
});
