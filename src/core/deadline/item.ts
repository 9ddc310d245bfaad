/**
 * What one phrase family reads from its match: a piece of a deadline. The
 * pieces of a cell are combined into one Deadline by combine.ts.
 */
import type { IsoDate } from '../dates';
import type { Assumption, DeadlineContext, DeadlineWarning, Recurrence } from './types';

/** 'note': a place, a time or a remark next to a date («12 мая, актовый зал»): read, and adds nothing. */
export type ItemKind = 'date' | 'period' | 'recurring' | 'continuous' | 'unscheduled' | 'unknown' | 'due-rule' | 'note';

export interface Item {
  kind: ItemKind;
  start: IsoDate | null;
  due: IsoDate | null;
  /** Years the text wrote explicitly (checked against the plan). */
  years: number[];
  assumed: Assumption[];
  warnings: DeadlineWarning[];
  recurrence?: Recurrence;
  /** A bare year («2021») that a more precise item of the same year makes redundant («апрель, 2021»). */
  coarse?: boolean;
}

/** One phrase family: a pattern (global, unicode) and a reader for its matches. */
export interface Family {
  name: string;
  /** A cheap test the text must pass before `pattern` runs (speed only, never meaning). */
  hint?: RegExp;
  pattern: RegExp;
  /** Its pattern reads month words: a misspelt month mended in its place counts as read (misspelt.ts). */
  readsMonths?: boolean;
  /** Returns null when the match is not really this family's (the text stays for others). */
  read(match: RegExpExecArray, context: Required<DeadlineContext>): Item | null;
}

export function item(kind: ItemKind, start: IsoDate | null, due: IsoDate | null, extra: Partial<Item> = {}): Item {
  return { kind, start, due, years: [], assumed: [], warnings: [], ...extra };
}
