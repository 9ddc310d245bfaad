/**
 * Measure 1.2 of samples/roadmap-2021.xlsx, «март 2020г.» in the 2021 plan, through the built
 * bundle on 2021-06-15 09:00 Tomsk: «Проверьте срок» in the sheet, in the sidebar, in the «Сводка»,
 * and in no reminder, not even with «все просроченные».
 */
import { checkReport, columnsByHeader, hostForSample } from './bundle';

const ROW = 13;

describe('a doubtful deadline in the sample (1.2 «март 2020г.», 2021-06-15)', () => {
  it('writes «Проверьте срок» in Состояние, the date as read in Крайний срок and no days', async () => {
    const { host, sheet } = await hostForSample();
    host.run('prepareTable');
    host.run('checkDeadlines');
    const columns = columnsByHeader(sheet, 10);
    const cell = (header: string) => sheet.getRange(ROW, columns.get(header) as number);
    expect(cell('Состояние').getValue()).toBe('Проверьте срок');
    expect(cell('Крайний срок').getDisplayValue()).toBe('31.03.2020');
    expect(cell('Дней до срока').getValue()).toBe('');
    expect(checkReport(host).measures.find((m) => m.row === ROW)).toMatchObject({ number: '1.2', state: 'doubtful' });
  });

  it('is counted and listed as a problem in the sidebar, with its row and column', async () => {
    const { host } = await hostForSample();
    host.run('prepareTable');
    const state = host.run('getSidebarState') as {
      counts: Record<string, number>;
      problems: { row: number; column: number | null; code: string; message: string }[];
    };
    expect(state.counts.doubtful).toBe(1);
    expect(state.counts.overdue).toBe(4);
    const problem = state.problems.find((p) => p.row === ROW);
    expect(problem).toMatchObject({ column: 4, code: 'year-outside-plan' });
    expect(problem?.message).toContain('Проверьте срок');
  });

  it('is never reminded, even when every overdue measure is asked for', async () => {
    const { host } = await hostForSample();
    host.run('prepareTable');
    for (const includeAllOverdue of [false, true]) {
      const preview = host.run('previewReminders', { includeAllOverdue }) as {
        digests: { measures: { row: number }[] }[];
      };
      expect(preview.digests.length).toBeGreaterThan(0);
      expect(preview.digests.flatMap((d) => d.measures.map((m) => m.row))).not.toContain(ROW);
    }
    host.run('sendReminders', { includeAllOverdue: true, limit: 50 });
    expect(host.outbox.length).toBeGreaterThan(0);
    for (const mail of host.outbox) expect(mail.body).not.toContain('&range=A13');
  });

  it('is shown in the «Сводка»: its count and the measure with «Проверьте срок» and no days', async () => {
    const { host, spreadsheet } = await hostForSample();
    host.run('prepareTable');
    host.run('refreshSummaries');
    const summary = spreadsheet.getSheets().find((s) => s.getName() === 'Сводка');
    const values = summary?.getDataRange().getDisplayValues() ?? [];
    expect(values.find((r) => r[1] === 'Проверьте срок')?.[2]).toBe('1');
    const line = values.find((r) => r[0] === '1.2');
    expect(line).toContain('Проверьте срок');
    expect(line).toContain('март 2020г.');
  });
});
