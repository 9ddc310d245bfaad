import { readDirectory } from '../../../src/core/directory';
import { SEED_DIRECTORY_VALUES } from '../../fixtures/directory/seed';

describe('readDirectory', () => {
  it('reads the seed directory with several addresses per cell', () => {
    const { entries, problems } = readDirectory(SEED_DIRECTORY_VALUES);
    expect(problems).toEqual([]);
    expect(entries).toHaveLength(8);
    expect(entries[0]).toEqual({
      row: 2,
      name: 'Руководители ПОО',
      emails: ['poo1@example.org', 'poo2@example.org'],
      cc: [],
      note: 'все колледжи кластера',
    });
    expect(entries.find((e) => e.name === 'Отраслевые предприятия')?.emails).toEqual([
      'industry@example.org',
      'industry2@example.org',
    ]);
    expect(entries.find((e) => e.name === 'Координационный совет')?.cc).toEqual(['secretary@example.org']);
  });

  it('splits at commas, semicolons and line breaks and lower-cases addresses', () => {
    const { entries } = readDirectory([
      ['Исполнитель', 'E-mail'],
      ['Группа', ' A@Example.org ,b@example.org;c@example.org\r\nd@example.org\n\n'],
    ]);
    expect(entries[0]?.emails).toEqual(['a@example.org', 'b@example.org', 'c@example.org', 'd@example.org']);
  });

  it('reports an invalid address with its row and column and keeps the valid ones', () => {
    const { entries, problems } = readDirectory([
      ['Исполнитель', 'E-mail', 'Копия'],
      ['Группа', 'ok@example.org', ''],
      ['Совет', 'good@example.org, ivanov@', ''],
      ['Иванов', '', ''],
      ['Петров', 'petrov@example.org', 'boss@example.org; Начальник отдела'],
    ]);
    expect(entries.find((e) => e.name === 'Совет')?.emails).toEqual(['good@example.org']);
    expect(entries.find((e) => e.name === 'Петров')?.cc).toEqual(['boss@example.org']);
    const invalid = problems.filter((p) => p.code === 'email-invalid');
    expect(invalid.map((p) => [p.row, p.column])).toEqual([
      [3, 2],
      [5, 3],
    ]);
    expect(invalid.map((p) => p.message)).toEqual([
      { code: 'email-invalid', row: 3, column: 2, address: 'ivanov@' },
      { code: 'email-invalid', row: 5, column: 3, address: 'Начальник отдела' },
    ]);
  });

  it('reports an executor without any valid address', () => {
    const { entries, problems } = readDirectory([
      ['Исполнитель', 'E-mail'],
      ['Иванов', ''],
      ['Петров', 'not an address'],
    ]);
    expect(entries.map((e) => e.emails)).toEqual([[], []]);
    const noEmail = problems.filter((p) => p.code === 'directory-no-email');
    expect(noEmail.map((p) => p.row)).toEqual([2, 3]);
    expect(noEmail[0]?.message).toEqual({ code: 'directory-no-email', row: 2, column: 2, name: 'Иванов' });
  });

  it('rejects addresses carrying header-breaking characters', () => {
    const { entries, problems } = readDirectory([
      ['Исполнитель', 'E-mail'],
      ['A', 'a@example.org\r\nBcc: spy@evil.example'],
      ['B', 'b@example.org\tcc@x.org'],
      ['C', '"c"@example.org'],
      ['D', 'd<x>@example.org'],
      ['E', 'e:bcc@example.org'],
    ]);
    expect(entries.map((e) => e.emails)).toEqual([['a@example.org'], [], [], [], []]);
    expect(problems.filter((p) => p.code === 'email-invalid').map((p) => p.row)).toEqual([2, 3, 4, 5, 6]);
    expect(entries.flatMap((e) => e.emails).some((a) => /spy/.test(a))).toBe(false);
  });

  it('finds the columns by their header names in any order', () => {
    const { entries, problems } = readDirectory([
      ['Примечание', 'E-mail', 'Исполнитель'],
      ['заметка', 'x@example.org', 'Совет'],
    ]);
    expect(problems).toEqual([]);
    expect(entries).toEqual([{ row: 2, name: 'Совет', emails: ['x@example.org'], cc: [], note: 'заметка' }]);
  });

  it('skips empty rows, reports a repeated name and keeps the first', () => {
    const { entries, problems } = readDirectory([
      ['Исполнитель', 'E-mail'],
      ['', ''],
      ['Совет', 'a@example.org'],
      ['совет ', 'b@example.org'],
      [{ date: '2021-03-01' }, 42],
    ]);
    expect(entries.map((e) => [e.row, e.name])).toEqual([
      [3, 'Совет'],
      [5, '2021-03-01'],
    ]);
    expect(problems.find((p) => p.code === 'directory-duplicate')?.row).toBe(4);
    expect(problems.find((p) => p.code === 'email-invalid')?.row).toBe(5);
  });

  it('returns nothing for an empty sheet', () => {
    expect(readDirectory([])).toEqual({ entries: [], problems: [] });
  });
});
