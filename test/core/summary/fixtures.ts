import type { IsoDate } from '../../../src/core/dates';
import { daysBetween } from '../../../src/core/dates';
import type { Measure, MeasureState, Roadmap, Section, StateCode } from '../../../src/core/model';

/** Hand-made roadmaps and states for the summary tests (the reader and the checker are tested elsewhere). */

export function measure(row: number, over: Partial<Measure> = {}): Measure {
  return {
    row,
    lastRow: row,
    number: `${row}`,
    sectionId: null,
    title: `Мероприятие в строке ${row}`,
    executors: ['Руководители ПОО'],
    executorsText: 'Руководители ПОО',
    deadlineText: 'май 2021г.',
    result: '',
    status: null,
    completedOn: null,
    newDeadlineText: '',
    note: '',
    lastReminder: null,
    ...over,
  };
}

/** A state judged on `today`: daysLeft = due − today. */
export function state(row: number, code: StateCode, due: IsoDate | null, today: IsoDate): MeasureState {
  return {
    row,
    state: code,
    deadline: {
      text: due ?? '',
      kind: due ? 'date' : 'unscheduled',
      start: null,
      due,
      recurrence: null,
      assumed: [],
      warnings: [],
    },
    start: null,
    due,
    daysLeft: due ? daysBetween(today, due) : null,
  };
}

export function section(id: string, label: string, title: string, row: number): Section {
  return { id, label, title, row };
}

export function roadmap(measures: Measure[], sections: Section[] = []): Roadmap {
  return {
    sheetName: 'Дорожная карта',
    title: 'Дорожная карта кластера на 2021 год',
    planYear: 2021,
    planEndYear: 2021,
    planYearSource: 'title',
    headerRow: 14,
    headerLastRow: 14,
    columns: { number: 1, measure: 2, executors: 3, deadline: 4, result: 5 },
    addinColumns: {},
    lastUserColumn: 5,
    sections,
    measures,
    problems: [],
  };
}

export const URL = 'https://docs.google.com/spreadsheets/d/abc/edit';
