import { fixture, LOG, received, sample, send } from './harness';

/**
 * Issue 13 point 2: the add-in's own sheets after their developer metadata is gone (a workbook
 * taken through .xlsx — Google's import or another tool keeps no developer metadata — then run in
 * a fresh host, so document properties are gone too): the log, the directory and the summaries
 * are recognised by name and header. Built bundle, samples/roadmap-2021.xlsx, 2021-06-15 09:00.
 */
const OWN_KEY = 'roadmap-tracker:sheet';

describe('own sheets that lost their marks (2021-06-15)', () => {
  it('are found by name and header: nothing is sent twice, no second set of summaries', async () => {
    const { host, spreadsheet, runtime } = await sample();
    host.run('refreshSummaries');
    expect(send(host).sent).toBeGreaterThan(0);
    const names = spreadsheet.getSheets().map((s) => s.getName());

    spreadsheet.metadata = spreadsheet.metadata.filter((m) => m.key !== OWN_KEY);
    // Document properties belong to the document: a copy made through .xlsx has none either.
    spreadsheet.documentProperties.data.clear();
    const again = fixture(spreadsheet, runtime);
    again.host.run('refreshSummaries');
    expect(send(again.host).sent).toBe(0);
    expect(received(again.host, again.roadmap)).toEqual([]);
    expect(spreadsheet.getSheets().map((s) => s.getName())).toEqual(names);
    // Marked again when written to, so the next run finds them by metadata (the log: at its next record).
    const marked = spreadsheet.metadata.filter((m) => m.key === OWN_KEY).map((m) => m.value);
    expect(marked).toEqual(expect.arrayContaining(['directory', 'summary', 'council']));
  });

  it('never takes a sheet of the person’s that only has the name', async () => {
    const { host, spreadsheet } = await sample({
      before: (ss) => {
        ss.insertSheet(LOG)
          .getRange(1, 1, 2, 1)
          .setValues([['Мои заметки'], ['не трогать']]);
        ss.insertSheet('Сводка').getRange(1, 1).setValue('Моя сводка');
      },
    });
    host.run('refreshSummaries');
    expect(send(host).sent).toBeGreaterThan(0);
    expect(spreadsheet.getSheetByName(LOG)?.getDataRange().getValues()).toEqual([['Мои заметки'], ['не трогать']]);
    expect(spreadsheet.getSheetByName('Сводка')?.getDataRange().getValues()).toEqual([['Моя сводка']]);
    expect(spreadsheet.getSheetByName(`${LOG} (дорожная карта)`)?.getLastRow()).toBeGreaterThan(1);
  });
});
