import { daysBetween, type IsoDate } from '../../../src/core/dates';
import { readDirectory } from '../../../src/core/directory';
import type { Measure, MeasureState, Roadmap, Section, StateCode } from '../../../src/core/model';
import {
  type Digest,
  type LogEntry,
  logEntryForDigest,
  logToRow,
  type PlanInput,
  planReminders,
  readLog,
} from '../../../src/core/reminders';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings';
import { SEED_DIRECTORY_VALUES } from '../../fixtures/directory/seed';

/** Hand-built measures and states (no roadmap reader): rows and texts from ../shared/seed/roadmap-2021.txt. */
export const SECTIONS: Section[] = [
  {
    id: 'task-1',
    label: 'Задача 1',
    title: 'Задача 1. Создание нормативно – правовой базы деятельности Кластера',
    row: 15,
  },
  {
    id: 'task-2',
    label: 'Задача 2',
    title: 'Задача 2. Повышение качества обучения на основе интеграции образования и производства',
    row: 23,
  },
];

export function measure(fields: Partial<Measure> & Pick<Measure, 'row' | 'number' | 'title'>): Measure {
  return {
    lastRow: fields.row,
    sectionId: 'task-2',
    executors: [],
    executorsText: 'Рабочая группа',
    deadlineText: 'май 2021г.',
    result: 'Утвержденный порядок',
    status: null,
    completedOn: null,
    newDeadlineText: '',
    note: '',
    lastReminder: null,
    ...fields,
  };
}

/** A measure due on `due`, judged on `today` (state from daysLeft unless given). */
export function stateOf(m: Measure, due: IsoDate | null, today: IsoDate, state?: StateCode): MeasureState {
  const daysLeft = due === null ? null : daysBetween(today, due);
  return {
    row: m.row,
    state:
      state ??
      (daysLeft === null ? 'no-deadline' : daysLeft < 0 ? 'overdue' : daysLeft <= 7 ? 'due-soon' : 'in-progress'),
    deadline: {
      text: m.deadlineText,
      kind: due === null ? 'unknown' : 'period',
      start: null,
      due,
      recurrence: null,
      assumed: [],
      warnings: [],
    },
    start: null,
    due,
    daysLeft,
  };
}

export function roadmapOf(measures: Measure[]): Roadmap {
  return {
    sheetName: 'Дорожная карта',
    title: 'Дорожная карта образовательно-отраслевого кластера строительства на 2021 год',
    planYear: 2021,
    planEndYear: 2021,
    planYearSource: 'title',
    headerRow: 14,
    headerLastRow: 14,
    columns: { number: 1, measure: 2, executors: 3, deadline: 4, result: 5 },
    addinColumns: {},
    lastUserColumn: 5,
    sections: SECTIONS,
    measures,
    problems: [],
  };
}

/** Calendar days for the before-due steps: the cadence tests count days; working days have their own tests. */
export const SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  coordinatorEmail: 'coordinator@example.org',
  remindBeforeInWorkingDays: false,
};
export const DIRECTORY = readDirectory(SEED_DIRECTORY_VALUES);
export const URL = 'https://docs.google.com/spreadsheets/d/abc/edit';

/** A measure with its due date: the states are recomputed for each day planned. */
export interface Case {
  measure: Measure;
  due: IsoDate | null;
  state?: StateCode;
}

export function planOn(
  today: IsoDate,
  cases: Case[],
  log: LogEntry[] = [],
  extra: Partial<PlanInput> = {},
): ReturnType<typeof planReminders> {
  return planReminders({
    roadmap: roadmapOf(cases.map((c) => c.measure)),
    states: cases.map((c) => stateOf(c.measure, c.due, today, c.state)),
    directory: DIRECTORY,
    log,
    settings: SETTINGS,
    today,
    spreadsheetUrl: URL,
    sheetGid: 0,
    ...extra,
  });
}

/**
 * Logs the digests as the adapter would, through the sheet's row format and back, so the
 * tests exercise logToRow/readLog too.
 */
export function logged(
  log: LogEntry[],
  digests: Digest[],
  today: IsoDate,
  result: LogEntry['result'] = 'sent',
  message?: string,
): LogEntry[] {
  const rows = digests.map((d) =>
    logToRow(
      logEntryForDigest(d, { at: `${today}T02:10:00`, how: 'nightly', result, ...(message ? { message } : {}) }),
    ),
  );
  return [...log, ...readLog(rows)];
}

/** Steps by recipient: { 'wg@example.org': ['before-14'] }. */
export function stepsByRecipient(digests: Digest[]): Record<string, string[]> {
  return Object.fromEntries(digests.map((d) => [d.to, d.items.map((i) => i.stepName)]));
}
