/**
 * The deadline engine's entries that only the CLI and tests use, kept apart from index.ts so that
 * the add-in's bundle (webpack keeps every function of a module it includes) does not carry them.
 */
import { formatRu, type IsoDate } from '../dates';
import { warningText } from '../i18n';
import type { CellValue } from '../model';
import { deadline } from './combine';
import { currentObligation, parseDeadline } from './index';
import type { Deadline, DeadlineContext } from './types';

/** A date cell (the adapters give {date}) is that day; text and numbers are parsed. */
export function deadlineFromCell(value: CellValue, context: DeadlineContext): Deadline {
  if (typeof value === 'object' && value !== null && typeof value.date === 'string') {
    return deadline(formatRu(value.date), 'date', value.date, value.date, null, [], []);
  }
  return parseDeadline(typeof value === 'string' ? value : String(value), context);
}

export interface DeadlineDescription {
  text: string;
  kind: Deadline['kind'];
  start: IsoDate | null;
  due: IsoDate | null;
  recurrence: Deadline['recurrence'];
  /** 'code: Russian sentence' (i18n's warningText). */
  warnings: string[];
}

/**
 * The JSON line of `bin/roadmap deadline`; for a recurring deadline start/due are the current obligation's.
 * describeDeadline('март', { year: 2023, endYear: 2024, schoolYear: true, today: '2023-09-01' }).due → '2024-03-31'.
 */
export function describeDeadline(
  text: string,
  opts: { year: number; endYear?: number; schoolYear?: boolean; today: IsoDate },
): DeadlineDescription {
  const deadline = parseDeadline(text, {
    planYear: opts.year,
    planEndYear: opts.endYear ?? opts.year,
    schoolYear: opts.schoolYear === true,
  });
  const obligation = currentObligation(deadline, opts.today)?.current;
  return {
    text,
    kind: deadline.kind,
    start: obligation ? obligation.start : deadline.start,
    due: obligation ? obligation.due : deadline.due,
    recurrence: deadline.recurrence,
    warnings: deadline.warnings.map((w) => `${w.code}: ${warningText(w)}`),
  };
}
