/**
 * Colors come from conditional format rules keyed on «Состояние» (a formula on each row), never
 * from painted cells: the emulator evaluates the rules, so a test sees what a person sees — and
 * sorting the rows carries the colors along. samples/roadmap-2021.xlsx on 2021-06-15 09:00, Tomsk.
 */
import type { StateCode } from '../../../src/core/model';
import { STATE_COLORS } from '../../../src/core/states';
import type { EmulatedSheet } from '../../../src/local/emulator/spreadsheet';
import { checkReport, columnsByHeader, hostForSample } from './bundle';

const HEADER_ROW = 10;

async function prepared() {
  const { host, sheet } = await hostForSample();
  host.run('prepareTable');
  const columns = columnsByHeader(sheet, HEADER_ROW);
  const state = columns.get('Состояние') as number;
  const report = checkReport(host);
  return { host, sheet, state, report, columns };
}

/** What sorting does to two rows: their cells (values and formats) trade places; rules stay. */
function swapRows(sheet: EmulatedSheet, a: number, b: number): void {
  const rowA = sheet.rows[a - 1];
  sheet.rows[a - 1] = sheet.rows[b - 1] as never;
  sheet.rows[b - 1] = rowA as never;
}

describe('state colors on the sample (2021-06-15)', () => {
  it('shows an overdue row’s Состояние cell red and a not-started one grey', async () => {
    const { sheet, state, report } = await prepared();
    // 2.1 (апрель 2021, «В работе», no date) is overdue; 1.6 (декабрь 2021, empty) not started.
    const m21 = report.measures.find((m) => m.number === '2.1');
    const m16 = report.measures.find((m) => m.number === '1.6');
    expect(m21?.state).toBe('overdue');
    expect(m16?.state).toBe('not-started');
    expect(sheet._effectiveBackground(m21?.row as number, state)).toBe(STATE_COLORS.overdue.background);
    expect(sheet._effectiveFontColor(m21?.row as number, state)).toBe(STATE_COLORS.overdue.text);
    expect(sheet._effectiveBackground(m16?.row as number, state)).toBe(STATE_COLORS['not-started'].background);
  });

  it('colors every measure by its state, and nothing in the user’s columns', async () => {
    const { sheet, state, report } = await prepared();
    for (const m of report.measures) {
      expect(sheet._effectiveBackground(m.row, state)).toBe(STATE_COLORS[m.state as StateCode].background);
      // A–E only: F «Статус» and G «Дата выполнения» are recognised as the add-in's columns.
      for (let c = 1; c <= 5; c++) {
        expect(sheet._effectiveBackground(m.row, c)).toBe(sheet._cellAt(m.row, c)?.background ?? '#ffffff');
      }
    }
  });

  it('paints no cell itself: the add-in’s columns have no background of their own', async () => {
    const { sheet, columns } = await prepared();
    const own = ['Статус', 'Дата выполнения', 'Крайний срок', 'Состояние', 'Дней до срока'].map(
      (name) => columns.get(name) as number,
    );
    for (let r = HEADER_ROW + 1; r <= 44; r++) {
      for (const c of own) expect(sheet._cellAt(r, c)?.background).toBeUndefined();
    }
  });

  it('keys the rules on the row’s own Состояние cell ($K12-style), so colors follow a sort', async () => {
    const { sheet, state, report } = await prepared();
    const overdue = report.measures.find((m) => m.state === 'overdue')?.row as number;
    const later = report.measures.find((m) => m.state === 'not-started')?.row as number;
    swapRows(sheet, overdue, later);
    expect(sheet._effectiveBackground(later, state)).toBe(STATE_COLORS.overdue.background);
    expect(sheet._effectiveBackground(overdue, state)).toBe(STATE_COLORS['not-started'].background);
  });

  it('turns a row green when the person marks it done on time', async () => {
    const { host, sheet, state, columns, report } = await prepared();
    const m16 = report.measures.find((m) => m.number === '1.6')?.row as number;
    const status = columns.get('Статус') as number;
    host.edit(`${String.fromCharCode(64 + status)}${m16}`, 'Выполнено');
    expect(sheet._cellAt(m16, state)?.value).toBe('Выполнено в срок');
    expect(sheet._effectiveBackground(m16, state)).toBe(STATE_COLORS['done-on-time'].background);
  });
});
