import path from 'node:path';
import { Runtime } from '../../../src/local/emulator/runtime';
import { readXlsx } from '../../../src/local/xlsx';

const SAMPLE = path.resolve(__dirname, '../../../samples/roadmap-2021.xlsx');

describe('samples/roadmap-2021.xlsx', () => {
  it('holds the roadmap as pasted: titles, header, three tasks, 29 measures numbered as text', async () => {
    const ss = await readXlsx(SAMPLE, { runtime: new Runtime() });
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Дорожная карта', 'Исполнители']);
    const sheet = ss._sheet('Дорожная карта');
    const values = sheet.getDataRange().getValues();
    const flat = values.map((r) => r.join('|'));
    expect(flat.some((r) => r.includes('Рассмотрено'))).toBe(true);
    expect(flat.some((r) => r.includes('Утверждаю'))).toBe(true);
    expect(flat.some((r) => r.includes('на 2021 год'))).toBe(true);
    const header = values.findIndex((r) => r[0] === '№ п/п');
    expect(values[header]).toEqual([
      '№ п/п',
      'Наименование мероприятия',
      'Исполнители',
      'Срок исполнения',
      'Результат',
      'Статус',
      'Дата выполнения',
    ]);
    const tasks = values.filter((r) => /^Задача \d+\./.test(String(r[0])));
    expect(tasks).toHaveLength(3);
    const measures = values.filter((r) => /^\d+\.\d+\.?$/.test(String(r[0])));
    expect(measures).toHaveLength(29);
    expect(measures.every((r) => typeof r[0] === 'string')).toBe(true);
    expect(measures.map((r) => r[0])).toContain('2.1');
    const row21 = values.findIndex((r) => r[0] === '2.1') + 1;
    expect(sheet.getRange(row21, 1).getNumberFormat()).toBe('@');
    const taskRow = values.findIndex((r) => String(r[0]).startsWith('Задача 2.')) + 1;
    expect(sheet.getRange(taskRow, 1).getMergedRanges()[0]?.getA1Notation()).toBe(`A${taskRow}:E${taskRow}`);
    expect(values[0]?.length).toBe(7); // Статус and Дата выполнения only: the add-in adds the rest
  });

  it('carries the demo day’s Статус (text) and Дата выполнения (dates, dd.mm.yyyy) as of 15.06.2021', async () => {
    const ss = await readXlsx(SAMPLE, { runtime: new Runtime() });
    const sheet = ss._sheet('Дорожная карта');
    const values = sheet.getDataRange().getValues();
    const shown = sheet.getDataRange().getDisplayValues();
    const filled = values
      .map((r, i) => ({ number: String(r[0]).replace(/\.$/, ''), status: r[5], date: shown[i]?.[6] }))
      .filter((m) => /^\d+\.\d+$/.test(m.number) && (m.status !== '' || m.date !== ''))
      .map(({ number, status, date }) => [number, status, date]);
    expect(filled).toEqual([
      ['1.1', 'Выполнено', '22.03.2021'],
      ['1.3', 'Выполнено', '22.03.2021'],
      ['1.4', 'Выполнено', '14.05.2021'],
      ['1.5', 'В работе', '27.05.2021'],
      ['2.1', 'В работе', ''],
      ['2.2', 'В работе', ''],
      ['2.9', 'В работе', ''],
      ['3.9', 'В работе', '31.05.2021'],
    ]);
    const row14 = values.findIndex((r) => r[0] === '1.4.') + 1;
    expect(values[row14 - 1]?.[6]).toBeInstanceOf(Date);
    expect(sheet.getRange(row14, 7).getNumberFormat()).toBe('dd.mm.yyyy');
  });

  it('has a directory with every executor of the table and example.org addresses', async () => {
    const ss = await readXlsx(SAMPLE, { runtime: new Runtime() });
    const rows = ss._sheet('Исполнители').getDataRange().getValues();
    expect(rows[0]).toEqual(['Исполнитель', 'E-mail', 'Копия', 'Примечание']);
    const byName = new Map(rows.slice(1).map((r) => [r[0], r[1]]));
    expect(byName.get('Руководители ПОО')).toBe('rukovoditeli-poo@example.org');
    expect(byName.get('Столяров В.В.')).toBe('stolyarov@example.org');
    expect(byName.get('Председатель Координационного совета')).toBe('brusilov@example.org');
    expect(rows.slice(1).every((r) => /@example\.org$/.test(String(r[1])))).toBe(true);
    const roadmap = ss._sheet('Дорожная карта').getDataRange().getValues();
    const executorCells = roadmap.filter((r) => /^\d+\.\d+\.?$/.test(String(r[0]))).map((r) => String(r[2]));
    for (const cell of executorCells) {
      const covered = [...byName.keys()].filter((name) => cell.includes(String(name)));
      expect({ cell, covered: covered.length > 0 }).toEqual({ cell, covered: true });
    }
  });
});
