/**
 * The plan of «Подготовить таблицу»: which of the add-in's eight columns to add and where (to
 * the right of everything the user wrote, never over a non-empty column), their header, number
 * format, validation, width and protection; the conditional-format rules keyed on «Состояние»;
 * the header rows to freeze; the executors for the «Исполнители» directory. Pure data: the
 * adapter applies it with a constant number of Spreadsheet calls. Planning a prepared table
 * again adds nothing.
 */
import { columnLetter } from '../a1';
import { ADDIN_HEADERS, STATUS_LABELS } from '../i18n';
import type { AddinColumn, Roadmap, StateCode } from '../model';
import { STATE_CODES } from '../model';
import { STATE_COLORS, STATE_LABELS } from '../states';

/** The add-in's columns in the order they are added. */
export const ADDIN_ORDER: readonly AddinColumn[] = [
  'status',
  'completed',
  'newDeadline',
  'note',
  'due',
  'state',
  'daysLeft',
  'lastReminder',
];

/** Columns the add-in computes (protected with a warning only); the others are the user's to fill. */
export const COMPUTED_COLUMNS: readonly AddinColumn[] = ['due', 'state', 'daysLeft', 'lastReminder'];

export type ValidationSpec =
  | { kind: 'list'; values: string[]; allowInvalid: boolean }
  | { kind: 'date'; allowInvalid: boolean };

export interface AddinColumnSpec {
  key: AddinColumn;
  /** 1-based sheet column. */
  column: number;
  header: string;
  /** '@' plain text, 'dd.MM.yyyy' dates, '0' whole days. */
  numberFormat: string;
  validation: ValidationSpec | null;
  /** Pixels. */
  width: number;
  /** Written by the add-in: protected with a warning only. */
  computed: boolean;
}

/** A 1-based rectangle of the sheet. */
export interface RangeSpec {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export interface ConditionalRuleSpec {
  state: StateCode;
  /** The custom formula: =$K5="Просрочено" (K = Состояние, 5 = the first data row). */
  formula: string;
  background: string;
  fontColor: string;
  range: RangeSpec;
}

export interface PreparePlan {
  headerRow: number;
  /** Two-row headers: the adapter may merge each new header cell down to this row. */
  headerLastRow: number;
  /** Columns to add (empty when every add-in column exists: running prepare twice changes nothing). */
  add: AddinColumnSpec[];
  /** Every add-in column after the plan is applied (existing and added), with its format and validation. */
  columns: AddinColumnSpec[];
  /** The rows under the header that formats, validation and rules cover. */
  dataRows: { first: number; last: number };
  /** Header rows to freeze (the header and a «1 2 3 4 5» row under it). */
  freezeRows: number;
  /** One rule per state, keyed on the Состояние column. */
  conditionalRules: ConditionalRuleSpec[];
  /** Distinct executors in order of appearance, for the «Исполнители» directory. */
  executors: string[];
}

const SPECS: Readonly<Record<AddinColumn, Omit<AddinColumnSpec, 'key' | 'column' | 'header' | 'computed'>>> = {
  status: {
    numberFormat: '@',
    validation: { kind: 'list', values: Object.values(STATUS_LABELS), allowInvalid: false },
    width: 110,
  },
  completed: { numberFormat: 'dd.MM.yyyy', validation: { kind: 'date', allowInvalid: false }, width: 110 },
  newDeadline: { numberFormat: '@', validation: null, width: 120 },
  note: { numberFormat: '@', validation: null, width: 220 },
  due: { numberFormat: 'dd.MM.yyyy', validation: null, width: 100 },
  state: { numberFormat: '@', validation: null, width: 190 },
  daysLeft: { numberFormat: '0', validation: null, width: 80 },
  lastReminder: { numberFormat: 'dd.MM.yyyy', validation: null, width: 120 },
};

function spec(key: AddinColumn, column: number): AddinColumnSpec {
  return { key, column, header: ADDIN_HEADERS[key], computed: COMPUTED_COLUMNS.includes(key), ...SPECS[key] };
}

/**
 * planPrepare(roadmap of the seed: columns A–E, nothing added yet) → add Статус at F … Последнее
 * напоминание at M; on a table that already has all eight → add: [].
 */
export function planPrepare(roadmap: Roadmap): PreparePlan {
  const existing = roadmap.addinColumns;
  const taken = Object.values(existing).filter((c): c is number => c !== undefined);
  let next = Math.max(roadmap.lastUserColumn, roadmap.lastUsedColumn ?? 0, ...taken) + 1;
  const columns: AddinColumnSpec[] = [];
  const add: AddinColumnSpec[] = [];
  for (const key of ADDIN_ORDER) {
    const at = existing[key];
    if (at !== undefined) {
      columns.push(spec(key, at));
      continue;
    }
    const added = spec(key, next);
    next += 1;
    add.push(added);
    columns.push(added);
  }
  const first = roadmap.firstDataRow ?? roadmap.headerLastRow + 1;
  const last = Math.max(first, roadmap.lastRow ?? first);
  const dataRows = { first, last };
  const stateColumn = columns.find((c) => c.key === 'state')?.column ?? next;
  const rightmost = Math.max(...columns.map((c) => c.column));
  return {
    headerRow: roadmap.headerRow,
    headerLastRow: roadmap.headerLastRow,
    add,
    columns,
    dataRows,
    freezeRows: first - 1,
    conditionalRules: conditionalRules(stateColumn, {
      row: first,
      column: 1,
      numRows: last - first + 1,
      numColumns: rightmost,
    }),
    executors: distinctExecutors(roadmap),
  };
}

/**
 * One rule per state over the data rows: conditionalRules(11, range) → [{ state: 'overdue',
 * formula: '=$K5="Просрочено"', background: '#f4c7c3', fontColor: '#a50e0e', range }, …].
 */
export function conditionalRules(stateColumn: number, range: RangeSpec): ConditionalRuleSpec[] {
  const letter = columnLetter(stateColumn);
  return STATE_CODES.map((state) => ({
    state,
    formula: `=$${letter}${range.row}="${STATE_LABELS[state]}"`,
    background: STATE_COLORS[state].background,
    fontColor: STATE_COLORS[state].text,
    range,
  }));
}

/** Every executor once (case and spaces ignored), in order of appearance. */
export function distinctExecutors(roadmap: Pick<Roadmap, 'measures'>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const measure of roadmap.measures) {
    for (const executor of measure.executors) {
      const key = executor.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(executor);
    }
  }
  return out;
}
