import {
  hashText,
  LOG_HEADER,
  type LogEntry,
  logEntryForDigest,
  logToRow,
  measureIds,
  normalisedText,
  readLog,
} from '../../../src/core/reminders';
import { type Case, logged, measure, planOn } from './fixtures';

/**
 * Issue 13, point 8: a measure's reminders are recognised in the log whatever people do to the
 * plan (renumber it, tidy a title's punctuation) and to the log (retype a result, delete a column).
 * Seven measures of «Рабочая группа» in task 1, all due 2021-06-18: on 2021-06-15 each is due its
 * 3-day reminder.
 */
const TITLES = [
  'Разработка порядка согласования прохождения практик',
  'Разработка модели кластера',
  'Подготовка «Положения о кластере»',
  'Проведение совещания руководителей ПОО',
  'Мониторинг трудоустройства выпускников',
  'Организация стажировок педагогов',
  'Отчёт о работе кластера',
];
const DAY = '2021-06-15';

function plan(numbers: (i: number) => string, titles = TITLES, rowShift = 0): Case[] {
  return titles.map((title, i) => ({
    measure: measure({ row: 16 + i + rowShift, number: numbers(i), title, sectionId: 'task-1' }),
    due: '2021-06-18',
  }));
}
const original = plan((i) => `1.${i + 1}`);
const sentPairs = (cases: Case[], log: LogEntry[] = []) =>
  planOn(DAY, cases, log).digests.flatMap((d) => d.items.map((i) => `${d.to} ${i.title}`));

describe('a renumbered plan (2021-06-15)', () => {
  const log = logged([], planOn(DAY, original).digests, DAY);

  it('sends nothing again after a measure is inserted first and 1.1–1.7 become 1.2–1.8', () => {
    expect(sentPairs(original)).toHaveLength(7);
    const inserted = measure({ row: 16, number: '1.1', title: 'Новое мероприятие', sectionId: 'task-1' });
    const renumbered = [{ measure: inserted, due: '2021-06-18' }, ...plan((i) => `1.${i + 2}`, TITLES, 1)];
    expect(sentPairs(renumbered, log)).toEqual(['wg@example.org Новое мероприятие']);
  });

  it('sends nothing again when a title only changes its punctuation, case or spacing', () => {
    const tidied = TITLES.map((t) => `${t.replace('«', '"').replace('»', '"').toUpperCase()}.`.replace(' ', '  '));
    expect(
      sentPairs(
        plan((i) => `1.${i + 1}`, tidied),
        log,
      ),
    ).toEqual([]);
  });

  it('treats a reworded title as a new measure (documented: one repeat at most)', () => {
    const reworded = [...TITLES];
    reworded[1] = 'Разработка новой модели кластера';
    expect(
      sentPairs(
        plan((i) => `1.${i + 1}`, reworded),
        log,
      ),
    ).toEqual(['wg@example.org Разработка новой модели кластера']);
  });

  it('keeps two measures of the same title apart, also when both are renumbered', () => {
    const twice = [...TITLES, 'Отчёт о работе кластера'];
    const cases = plan((i) => `1.${i + 1}`, twice);
    const first = planOn(DAY, cases);
    const keys = first.digests.flatMap((d) => d.items.map((i) => i.key));
    expect(new Set(keys).size).toBe(8);
    const afterFirst = logged([], first.digests, DAY);
    expect(
      sentPairs(
        plan((i) => `2.${i + 1}`, twice, 3),
        afterFirst,
      ),
    ).toEqual([]);
  });

  it('recognises keys written before identities ignored numbers and punctuation', () => {
    // The former key: number, '~', hashText(title), as in logs written by the previous version.
    const old = planOn(DAY, original).digests.map((d) => ({
      ...d,
      items: d.items.map((i) => ({ ...i, key: i.key.replace(/^[^|]*/, `${i.number}~${hashText(i.title)}`) })),
    }));
    expect(old[0]?.items[0]?.key).toMatch(/^1\.1~[0-9a-z]+\|wg@example\.org\|before-3\|2021-06-18$/);
    expect(sentPairs(original, logged([], old, DAY))).toEqual([]);
  });
});

describe('an edited log (2021-06-15)', () => {
  const rows = () =>
    planOn(DAY, original).digests.map((d) =>
      logToRow(logEntryForDigest(d, { at: `${DAY}T02:10:00`, how: 'nightly', result: 'sent' })),
    );

  it('reads a retyped result case- and space-insensitively: «Отправлено», « ОТПРАВЛЕНО »', () => {
    for (const typed of ['Отправлено', ' ОТПРАВЛЕНО ', 'отправлено ']) {
      const retyped = rows().map((r) => r.map((c, i) => (i === LOG_HEADER.indexOf('Результат') ? typed : c)));
      expect(sentPairs(original, readLog([[...LOG_HEADER], ...retyped]))).toEqual([]);
    }
  });

  it('reads the rows by the header’s names after a person deleted or moved columns', () => {
    const drop = LOG_HEADER.indexOf('Копия');
    const without = (r: readonly unknown[]) => r.filter((_, i) => i !== drop);
    const header = without(LOG_HEADER);
    const values = [header, ...rows().map(without)] as never;
    expect(sentPairs(original, readLog(values))).toEqual([]);
    // Columns in another order: «Ключи» first.
    const moved = [[...LOG_HEADER], ...rows()].map((r) => [r[7], ...r.slice(0, 7)]) as never;
    expect(sentPairs(original, readLog(moved))).toEqual([]);
  });
});

describe('measureIds', () => {
  it('normalises titles: case, «ё», punctuation and spacing do not count', () => {
    expect(normalisedText('«Разработка» модели, (проекта).')).toBe('разработка модели проекта');
    expect(normalisedText('Отчёт  о работе')).toBe(normalisedText('ОТЧЕТ О РАБОТЕ!'));
  });

  it('gives the same identity to a measure under another number and row', () => {
    const a = measureIds([{ row: 16, number: '1.1', title: 'Отчёт о работе' }]).get(16);
    const b = measureIds([{ row: 40, number: '3.7.', title: 'Отчет о работе.' }]).get(40);
    expect(a?.aliases[0]).toBe(b?.aliases[0]);
    expect(a?.id).toMatch(/^1\.1~/);
    expect(b?.id).toMatch(/^3\.7~/);
  });

  it('tells the same title apart by executors and deadline, then by order', () => {
    const ids = measureIds([
      { row: 1, number: '1.1', title: 'Отчёт', executorsText: 'Иванов', deadlineText: 'май' },
      { row: 2, number: '2.1', title: 'Отчёт', executorsText: 'Петров', deadlineText: 'май' },
      { row: 3, number: '3.1', title: 'Отчёт', executorsText: 'Петров', deadlineText: 'май' },
    ]);
    const identities = [1, 2, 3].map((row) => ids.get(row)?.aliases[0]);
    expect(new Set(identities).size).toBe(3);
    expect(identities[2]).toBe(`${identities[1]}#2`);
  });
});
