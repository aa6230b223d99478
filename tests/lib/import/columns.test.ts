import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_COLUMNS, columnOfHeader, SYNONYMS_BEGIN, SYNONYMS_END, synonymsMarkdown } from '../../../src/lib/import/columns.ts';

const README = readFileSync('data/README.md', 'utf8');

/** The first cells of the rows of the column table (the table under “## 列说明” whose header starts with “列名 | 英文”). */
function documentedColumns(): string[] {
  const section = README.slice(README.indexOf('## 列说明'), README.indexOf('### 列名的其他写法'));
  const table = section.slice(section.indexOf('| 列名 | 英文 |'));
  return table
    .split('\n')
    .slice(2)
    .filter((line) => line.startsWith('| '))
    .map((line) => line.split('|')[1]?.trim() ?? '');
}

describe('data/README.md and the importer’s columns', () => {
  it('documents every column the importer knows, in the column table', () => {
    expect(documentedColumns().sort()).toEqual(ALL_COLUMNS.map((c) => c.zh).sort());
  });

  it('documents no column the importer does not know', () => {
    for (const name of documentedColumns()) expect(columnOfHeader(name), name).toBeDefined();
  });

  it('lists every accepted header spelling, as generated from COLUMNS (re-run npm run templates when this fails)', () => {
    const block = README.slice(README.indexOf(SYNONYMS_BEGIN), README.indexOf(SYNONYMS_END) + SYNONYMS_END.length);
    expect(block).toBe(synonymsMarkdown());
  });

  it('reads every spelling the synonyms table lists as the column of its row', () => {
    const rows = synonymsMarkdown()
      .split('\n')
      .filter((l) => l.startsWith('| ') && l.includes('`'));
    expect(rows).toHaveLength(ALL_COLUMNS.length);
    rows.forEach((line, i) => {
      const spellings = [...line.matchAll(/`([^`]+)`/g)].map((m) => m[1] as string);
      for (const s of spellings) expect(columnOfHeader(s), s).toBe(ALL_COLUMNS[i]?.key);
    });
  });
});
