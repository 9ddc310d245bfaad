import path from 'node:path';
import { parseArgs } from '../../../src/local/playground/args';
import { a1Of, morningOf, timeText } from '../../../src/local/playground/session';

const root = '/repo';

describe('playground flags', () => {
  it('defaults to the 2021 sample on port 8080 on 2021-06-15', () => {
    expect(parseArgs([], root)).toEqual({
      port: 8080,
      host: '127.0.0.1',
      file: path.join(root, 'samples/roadmap-2021.xlsx'),
      date: '2021-06-15',
      distDir: path.join(root, 'dist'),
      samplesDir: path.join(root, 'samples'),
    });
  });
  it('reads --port, --file and --date', () => {
    const o = parseArgs(['--port', '0', '--file', 'x.xlsx', '--date', '2021-09-01'], root);
    expect(o.port).toBe(0);
    expect(o.file).toBe(path.resolve('x.xlsx'));
    expect(o.date).toBe('2021-09-01');
  });
  it('refuses a bad port, a missing value and an unknown flag in Russian', () => {
    expect(() => parseArgs(['--port', '80000'], root)).toThrow('Порт — число от 0 до 65535');
    expect(() => parseArgs(['--file'], root)).toThrow('Флагу --file нужно значение.');
    expect(() => parseArgs(['--verbose'], root)).toThrow('Неизвестный флаг «--verbose»');
  });
  it('reads flags with node:util parseArgs: --port=N too, a flag never taken for a value', () => {
    expect(parseArgs(['--port=9000', '--host=0.0.0.0'], root)).toMatchObject({ port: 9000, host: '0.0.0.0' });
    expect(() => parseArgs(['--file', '--date', '2021-09-01'], root)).toThrow('Флагу --file нужно значение.');
    expect(() => parseArgs(['sample.xlsx'], root)).toThrow('Неизвестный флаг «sample.xlsx»');
    expect(() => parseArgs(['-p', '9000'], root)).toThrow('Неизвестный флаг «-p»');
  });
});

describe('session helpers', () => {
  it('names a cell on a sheet whose name needs quotes', () => {
    expect(a1Of('Дорожная карта', 5, 6)).toBe("'Дорожная карта'!F5");
    expect(a1Of("Кто'то", 1, 28)).toBe("'Кто''то'!AB1");
  });
  it('starts the simulated day at 09:00 in the spreadsheet time zone (2021-06-15, Tomsk is UTC+7)', () => {
    expect(new Date(morningOf('2021-06-15', 'Asia/Tomsk')).toISOString()).toBe('2021-06-15T02:00:00.000Z');
  });
});

it('shows a sent e-mail’s time as the spreadsheet’s wall time (02:00 UTC is 09:00 in Tomsk)', () => {
  expect(timeText(Date.UTC(2021, 5, 15, 2), 'Asia/Tomsk')).toBe('15.06.2021, 09:00:00');
});
