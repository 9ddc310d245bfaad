import { parseArgs, UsageError } from '../../../src/local/cli/args';
import type { CheckReport } from '../../../src/local/cli/report';
import { summaryRu } from '../../../src/local/cli/summary-ru';

const SPEC = { today: 'value', out: 'value', json: 'switch' } as const;

describe('roadmap flags (node:util parseArgs, strict)', () => {
  it('reads a file, values and switches', () => {
    const args = parseArgs(['a.xlsx', '--today=2021-06-15', '--json'], SPEC);
    expect(args.positionals).toEqual(['a.xlsx']);
    expect(args.values).toEqual({ today: '2021-06-15' });
    expect(args.switches.has('json')).toBe(true);
  });

  it.each([
    [['--frobnicate'], 'Неизвестный параметр: --frobnicate'],
    [['--frobnicate=1'], 'Неизвестный параметр: --frobnicate'],
    [['-j'], 'Неизвестный параметр: -j'],
    [['--today'], 'Для параметра --today нужно значение'],
    [['--today', '--json'], 'Для параметра --today нужно значение'],
    [['--today', '-5'], 'Для параметра --today нужно значение'],
    [['--today='], 'Для параметра --today нужно значение'],
    [['--out', ' '], 'Для параметра --out нужно значение'],
    [['--json=1'], 'Параметр --json не принимает значения'],
  ])('%j is a usage error (exit 2): «%s»', (argv, message) => {
    let error: unknown;
    try {
      parseArgs(argv, SPEC);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toBe(message);
    expect((error as UsageError).exitCode).toBe(2);
  });
});

describe('the check report is typed from the add-in checkReport', () => {
  // With measures typed unknown[] this line does not type-check (npm run typecheck): unknown has no 'state'.
  const state: CheckReport['measures'][number]['state'] = 'due-soon';
  const measure: CheckReport['measures'][number] = {
    row: 12,
    number: '1.1',
    section: null,
    title: 'Мониторинг',
    executors: [],
    deadlineText: '15.06.2021',
    start: null,
    due: '2021-06-15',
    dueOff: false,
    recurrence: null,
    status: null,
    completed: null,
    state,
    daysLeft: 0,
  };

  /** A report of 15.06.2021 with nothing in it; each test adds what it looks at. */
  const report = (r: Partial<CheckReport> = {}): CheckReport => ({
    sheet: 'Лист1',
    planYear: 2021,
    planEndYear: 2021,
    schoolYear: false,
    today: '2021-06-15',
    workingDay: true,
    nextWorkingDay: '2021-06-15',
    calendarYearKnown: true,
    heldUntil: null,
    sections: [],
    measures: [],
    problems: [],
    reminders: [],
    sent: 0,
    failed: [],
    ...r,
  });

  it('summarises a measure due today in the shared wording (2021-06-15)', () => {
    expect(summaryRu(report({ measures: [measure] }), { send: false })).toContain(
      '  1.1 Мониторинг — срок 15.06.2021, срок сегодня',
    );
  });

  it('names the plan’s years as its title does', () => {
    const first = (r: Partial<CheckReport>) => summaryRu(report(r), { send: false })[0];
    expect(first({})).toBe('Лист «Лист1», план на 2021 год, проверка на 15.06.2021');
    expect(first({ planYear: 2024, planEndYear: 2026 })).toContain('план на 2024–2026 годы');
    expect(first({ planYear: 2023, planEndYear: 2024, schoolYear: true })).toContain('план на 2023/2024 учебный год');
  });
});
