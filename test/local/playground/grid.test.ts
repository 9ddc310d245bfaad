import { sheetView } from '../../../src/local/playground/grid';
import { makeSpreadsheet } from '../emulator/spreadsheet/fixture';

describe('the playground grid', () => {
  it('sends each column letter with the view, so the page needs no copy of core/a1', () => {
    const { sheet } = makeSpreadsheet();
    sheet.insertColumnsAfter(26, 4);
    sheet.getRange(1, 28).setValue('x');
    const view = sheetView(sheet, 'ru_RU');
    expect(view.letters).toHaveLength(view.numColumns);
    expect(view.letters.slice(0, 3)).toEqual(['A', 'B', 'C']);
    expect(view.letters[25]).toBe('Z');
    expect(view.letters[27]).toBe('AB');
  });
});
