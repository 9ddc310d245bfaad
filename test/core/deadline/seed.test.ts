import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeDeadline } from '../../../src/core/deadline/describe';
import { SEED_CASES } from '../../fixtures/deadlines/phrases';

/** The repository's copy of ../shared/seed/roadmap-2021.txt (kept identical: checked below when shared/ is there). */
const SEED = join(__dirname, '../../../samples/roadmap-2021.txt');
const SHARED_SEED = join(__dirname, '../../../../shared/seed/roadmap-2021.txt');

/** The «Срок исполнения» cells of the seed, by measure number. */
function seedDeadlines(): Array<[string, string]> {
  const rows = readFileSync(SEED, 'utf8')
    .split('\n')
    .map((line) => line.split('\t'));
  return rows
    .filter((cells) => /^\d+\.\d+\.?$/.test(cells[0]?.trim() ?? '') && (cells[3]?.trim() ?? '') !== '')
    .map((cells) => [(cells[0] as string).trim().replace(/\.$/, ''), (cells[3] as string).trim()]);
}

describe('the seed roadmap (samples/roadmap-2021.txt)', () => {
  it('is the same text as ../shared/seed/roadmap-2021.txt when shared/ is beside the repository', () => {
    const shared = existsSync(SHARED_SEED) ? readFileSync(SHARED_SEED, 'utf8') : readFileSync(SEED, 'utf8');
    expect(readFileSync(SEED, 'utf8')).toBe(shared);
  });

  it('has every deadline cell in the phrase table, row by row', () => {
    const table = new Map(SEED_CASES.map((c) => [c.source.replace(/.* row /, '').replace(/\.$/, ''), c.text]));
    const cells = seedDeadlines();
    expect(cells.length).toBe(SEED_CASES.length);
    for (const [row, text] of cells) expect([row, table.get(row)]).toEqual([row, text]);
  });

  it('gives a due date for every seed deadline on 2021-06-15, with the one typo year flagged', () => {
    const lines = seedDeadlines().map(([, text]) => describeDeadline(text, { year: 2021, today: '2021-06-15' }));
    for (const line of lines) expect(line.due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const flagged = lines.filter((l) => l.warnings.length > 0).map((l) => l.text);
    expect(flagged).toEqual(['март 2020г.']);
  });
});
