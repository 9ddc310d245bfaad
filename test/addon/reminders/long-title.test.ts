import { ROADMAP, rowOf, sample, send, sheet } from './harness';

/**
 * Issue 13, point 11, on samples/roadmap-2021.xlsx with the built bundle (2021-06-15): a measure
 * title over Sheets' 50,000-character cell limit (an .xlsx written by another tool can hold one)
 * does not stop the run: the summaries cut it with «…», and the reminders still go out.
 */
describe('a measure title over the 50,000-character cell limit', () => {
  it('is cut with «…» in the summaries, and every reminder still goes out', async () => {
    const { host, spreadsheet } = await sample({
      before: (ss) => {
        const roadmap = sheet(ss, ROADMAP);
        // As the .xlsx bridge loads it: stored as is, past the limit setValue enforces.
        roadmap._ensureCell(rowOf(roadmap, '2.2'), 2).value = `Разработка ${'очень длинного '.repeat(4300)}`;
      },
    });

    expect(() => host.run('refreshSummaries')).not.toThrow();
    const texts = spreadsheet
      .getSheets()
      .filter((s) => s.getName() !== ROADMAP)
      .flatMap((s) => s.getDataRange().getValues().flat())
      .filter((v): v is string => typeof v === 'string' && v.includes('очень длинного'));
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(text.length).toBeLessThanOrEqual(50_000);
    expect(texts.every((text) => text.endsWith('…'))).toBe(true);

    const result = send(host);
    expect(result.failed).toEqual([]);
    expect(result.sent).toBeGreaterThan(1);
  });
});
