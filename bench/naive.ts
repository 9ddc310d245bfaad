/**
 * The usual published reminder script's check, as a reference: it reads and colors the sheet
 * row by row (getValue per cell, setBackground per row) and understands only real date cells.
 * Run in the same host on the same sheets, it shows what batching saves.
 */
export const NAIVE_SOURCE = `
function naiveCheck() {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Дорожная карта');
  var last = sheet.getLastRow();
  var today = new Date();
  for (var row = 5; row <= last; row++) {
    var deadline = sheet.getRange(row, 4).getValue();
    var status = sheet.getRange(row, 6).getValue();
    var color = '#ffffff';
    if (status === 'Выполнено') color = '#b7e1cd';
    else if (deadline instanceof Date && deadline < today) color = '#f4c7c3';
    sheet.getRange(row, 1, 1, 5).setBackground(color);
  }
}
`;
