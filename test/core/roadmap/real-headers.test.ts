import { USER_COLUMNS } from '../../../src/core/model';
import { guessHeader } from '../../../src/core/roadmap';
import { REAL_HEADERS } from '../../fixtures/headers/real-headers';
import { type HeaderFixture, letterIndex, merged } from '../../fixtures/headers/types';

const letters = (columns: readonly number[]) => columns.map((c) => String.fromCharCode(64 + c)).sort();

function read(fixture: HeaderFixture) {
  const width = Math.max(...fixture.rows.map((r) => r.length));
  const values = fixture.rows.map((r) => [...r, ...Array<string>(width - r.length).fill('')]);
  const guess = guessHeader(values, (fixture.merges ?? []).map(merged), 1);
  if (guess === null) throw new Error(`no header read in ${fixture.source}`);
  return guess;
}

describe(`the header of ${REAL_HEADERS.length} real published plans is read by meaning`, () => {
  test('the set holds at least 60 real headers, each with its source', () => {
    expect(REAL_HEADERS.length).toBeGreaterThanOrEqual(60);
    for (const fixture of REAL_HEADERS) expect(fixture.source).toMatch(/^https?:\/\/\S+( \(table \d+\))?$/);
    expect(new Set(REAL_HEADERS.map((f) => f.source + JSON.stringify(f.rows))).size).toBe(REAL_HEADERS.length);
  });

  test.each(REAL_HEADERS.map((f) => [f.rows[0]?.filter(Boolean).join(' | ').replace(/\s+/g, ' '), f] as const))(
    '%s',
    (_, fixture) => {
      const guess = read(fixture);
      const roles: Record<string, string> = {};
      for (const role of USER_COLUMNS) {
        const column = guess.roles[role].column;
        if (column !== null) roles[role] = String.fromCharCode(64 + column);
      }
      expect(roles).toEqual(fixture.roles);
      expect(letters(guess.foreignColumns)).toEqual([...(fixture.foreign ?? [])].sort());
      const addin: Record<string, string> = {};
      for (const [key, column] of Object.entries(guess.addinColumns)) addin[key] = String.fromCharCode(64 + column);
      expect(addin).toEqual(fixture.addin ?? {});
      const unsure = USER_COLUMNS.filter((r) => guess.roles[r].column !== null && !guess.roles[r].sure);
      expect(unsure).toEqual(fixture.unsure ?? []);
      expect(guess.found).toBe(!fixture.notATable);
      const headerRows = fixture.rows.length - (fixture.numbersRow ? 1 : 0);
      expect([guess.headerLastRow, guess.firstDataRow]).toEqual([headerRows, fixture.rows.length + 1]);
      for (const column of Object.values(fixture.roles)) expect(guess.headerTexts[letterIndex(column)]).toBeTruthy();
    },
  );
});
