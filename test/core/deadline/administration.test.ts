/**
 * Deadline cells as regional and municipal action plans write them (constructed after the forms
 * of such plans: a start year with «с», a first date «далее ежегодно», a time counted from an event
 * or from a period's end). Expected values worked out by hand.
 */
import { obligations, parseDeadline } from '../../../src/core/deadline';

const PLAN = { planYear: 2024, planEndYear: 2026 };

describe('deadlines of administration plans (a 2024–2026 plan)', () => {
  it.each([
    ['с 2025 года', '2025-01-01', '2026-12-31'],
    ['начиная с 2025 года', '2025-01-01', '2026-12-31'],
    ['постоянно, с 2024 года', '2024-01-01', '2026-12-31'],
    ['постоянно, с марта 2025 года', '2025-03-01', '2026-12-31'],
    ['постоянно, до 1 июня 2024', '2024-01-01', '2024-06-01'],
    ['с 2024 по 2026 год', '2024-01-01', '2026-12-31'],
    ['в период летней оздоровительной кампании', '2024-06-01', '2024-08-31'],
  ])('reads «%s» as %s..%s', (text, start, due) => {
    const read = parseDeadline(text, PLAN);
    expect(read).toMatchObject({ start, due });
    expect(read.warnings).toEqual([]);
  });

  it.each([
    ['до 31.12.2024, далее ежегодно', ['2024-12-31', '2025-12-31', '2026-12-31']],
    ['январь – февраль 2025 г., далее – ежегодно', ['2025-02-28', '2026-02-28']],
    ['2024 год и в дальнейшем ежегодно', ['2024-12-31', '2025-12-31', '2026-12-31']],
  ])('reads «%s» as a first date and then every year to the plan’s end', (text, dues) => {
    const read = parseDeadline(text, PLAN);
    expect(read.kind).toBe('recurring');
    expect(read.warnings).toEqual([]);
    const recurrence = read.recurrence;
    if (!recurrence) throw new Error('no recurrence');
    expect(obligations(recurrence, recurrence.from ?? '', recurrence.until ?? '').map((o) => o.due)).toEqual(dues);
  });

  it.each([
    'в течение 10 рабочих дней со дня поступления',
    'не позднее 30 дней после утверждения',
    'одновременно с внесением проекта бюджета',
    'после подписания соглашения',
    'в сроки, установленные планом-графиком',
  ])('reads «%s» as no fixed date («Без срока»)', (text) => {
    const read = parseDeadline(text, PLAN);
    expect(read.kind).toBe('unscheduled');
    expect(read.warnings).toEqual([]);
  });

  it.each([
    ['в течение 5 дней после окончания месяца', 'month', { daysAfterPeriod: 5 }],
    ['не позднее 15 дней после окончания квартала', 'quarter', { daysAfterPeriod: 15 }],
  ])('reads «%s» as due days after each period', (text, frequency, dueRule) => {
    const read = parseDeadline(text, PLAN);
    expect(read.kind).toBe('recurring');
    expect(read.recurrence).toMatchObject({ frequency, dueRule });
  });

  it('keeps a date after «после» a date', () => {
    expect(parseDeadline('после 15 мая', PLAN)).toMatchObject({ kind: 'date', due: '2024-05-15' });
  });
});
