/**
 * EmulatedSpreadsheet → .xlsx: values (dates as Excel dates with their format), formulas
 * with their current value, number formats, fills, fonts, alignment, notes, hyperlinks,
 * validations, merges, frozen panes, column widths, hidden sheets, conditional format
 * rules as real Excel conditional formats, and the emulator's hidden metadata sheet
 * (developer metadata, gids, full sheet names, charts, protections — see meta-sheet.ts).
 * Example: const buffer = await writeXlsx(ss, '/tmp/out.xlsx');
 */
import { writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { quoteSheetName, toA1 } from '../../core/a1';
import type { ConditionalRuleData } from '../emulator/spreadsheet/builders';
import type { Cell, ValidationRule } from '../emulator/spreadsheet/cell';
import type { EmulatedRange } from '../emulator/spreadsheet/range';
import type { EmulatedSheet } from '../emulator/spreadsheet/sheet';
import type { EmulatedSpreadsheet } from '../emulator/spreadsheet/spreadsheet';
import { isDateFormat } from '../emulator/spreadsheet/values';
import {
  argbToHex,
  excelSheetName,
  formatFingerprint,
  hexToArgb,
  pxToPoints,
  pxToWidth,
  serialToExcelDate,
} from './convert';
import { anchorName, signature } from './identity';
import { META_SHEET, type MetaContent, metaRows } from './meta-sheet';

/** Writes the workbook; also to `file` when given. Resolves to the .xlsx bytes. */
export async function writeXlsx(ss: EmulatedSpreadsheet, file?: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Roadmap Tracker (offline emulator)';
  const taken = new Set<string>([META_SHEET.toLowerCase()]);
  const names = new Map<EmulatedSheet, string>();
  for (const sheet of ss.sheets) names.set(sheet, excelSheetName(sheet.name, taken));
  for (const sheet of ss.sheets) writeSheet(wb, sheet, names.get(sheet) as string, names);
  writeMeta(wb, ss, names);
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  if (file) await writeFile(file, buffer);
  return buffer;
}

/** A formula is written with its current result (recomputed now, as a read in Sheets sees it). */
function excelValue(sheet: EmulatedSheet, cell: Cell): ExcelJS.CellValue {
  const v = sheet.ss._liveValue(sheet, cell);
  const asExcel = (x: Cell['value']): ExcelJS.CellValue => {
    if (typeof x === 'number' && isDateFormat(cell.numberFormat)) return serialToExcelDate(x);
    return x;
  };
  if (cell.formula) {
    const result = asExcel(v);
    return {
      formula: cell.formula.replace(/^=/, ''),
      result: (result ?? undefined) as ExcelJS.CellFormulaValue['result'],
    } as ExcelJS.CellFormulaValue;
  }
  if (cell.linkUrl && typeof v === 'string') return { text: v, hyperlink: cell.linkUrl };
  return asExcel(v);
}

/**
 * The cell's style: the one read from the file when the script left the cell's format
 * alone (theme colours, borders, fonts survive), else rebuilt over it from the model.
 */
function writeStyle(xc: ExcelJS.Cell, cell: Cell): void {
  const base = cell.xlsx?.style ? (structuredClone(cell.xlsx.style) as Partial<ExcelJS.Style>) : {};
  if (cell.xlsx?.style && cell.xlsx.seen === formatFingerprint(cell)) {
    xc.style = base;
    return;
  }
  const style: Partial<ExcelJS.Style> = { ...base };
  if (cell.numberFormat && cell.numberFormat !== 'General') style.numFmt = cell.numberFormat;
  else delete style.numFmt;
  if (cell.background)
    style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: hexToArgb(cell.background) } };
  else if (argbToHex((base.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb)) delete style.fill;
  const font: Partial<ExcelJS.Font> = { ...base.font };
  if (cell.bold) font.bold = true;
  else delete font.bold;
  if (cell.italic) font.italic = true;
  else delete font.italic;
  if (cell.fontColor) font.color = { argb: hexToArgb(cell.fontColor) };
  else if (!base.font?.color || argbToHex(base.font.color.argb)) delete font.color;
  if (cell.linkUrl && !cell.fontColor) font.underline = true;
  if (Object.keys(font).length > 0) style.font = font;
  else delete style.font;
  const al: Partial<ExcelJS.Alignment> = { ...base.alignment };
  if (cell.wrap) al.wrapText = true;
  else delete al.wrapText;
  if (cell.horizontalAlignment) al.horizontal = cell.horizontalAlignment as ExcelJS.Alignment['horizontal'];
  else delete al.horizontal;
  if (cell.verticalAlignment) al.vertical = cell.verticalAlignment as ExcelJS.Alignment['vertical'];
  else delete al.vertical;
  if (Object.keys(al).length > 0) style.alignment = al;
  else delete style.alignment;
  xc.style = style;
}

function validation(rule: ValidationRule): ExcelJS.DataValidation | null {
  const common = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: rule.allowInvalid ? 'warning' : 'stop',
    ...(rule.helpText ? { showInputMessage: true, prompt: rule.helpText } : {}),
  };
  if (rule.criteria === 'VALUE_IN_LIST') {
    const items = (rule.args[0] as string[]).map(String);
    return { ...common, type: 'list', formulae: [`"${items.join(',')}"`] };
  }
  if (rule.criteria === 'VALUE_IN_RANGE') {
    const range = rule.args[0] as EmulatedRange;
    return { ...common, type: 'list', formulae: [range._qualifiedA1().replace(/([A-Z]+)(\d+)/g, '$$$1$$$2')] };
  }
  if (rule.criteria === 'DATE_IS_VALID_DATE')
    return { ...common, type: 'date', operator: 'greaterThan', formulae: [new Date(Date.UTC(1900, 0, 1))] };
  return null;
}

function writeSheet(wb: ExcelJS.Workbook, sheet: EmulatedSheet, name: string, names: Map<EmulatedSheet, string>): void {
  const views: Partial<ExcelJS.WorksheetView>[] =
    sheet.frozenRows > 0 || sheet.frozenColumns > 0
      ? [{ state: 'frozen', xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows }]
      : [];
  const ws = wb.addWorksheet(name, { views, state: sheet.hidden ? 'hidden' : 'visible' });
  sheet.rows.forEach((row, r) => {
    row?.forEach((cell, c) => {
      if (!cell) return;
      const xc = ws.getCell(r + 1, c + 1);
      const value = excelValue(sheet, cell);
      if (value !== null && value !== undefined) xc.value = value;
      writeStyle(xc, cell);
      if (cell.note) xc.note = cell.note;
      if (cell.validation) {
        const dv = validation(cell.validation);
        if (dv) xc.dataValidation = dv;
      } else if (cell.xlsx?.validation)
        xc.dataValidation = structuredClone(cell.xlsx.validation) as ExcelJS.DataValidation;
    });
  });
  for (const m of sheet.merges) {
    (ws as unknown as { mergeCellsWithoutStyle(range: string): void }).mergeCellsWithoutStyle(
      `${toA1(m.row, m.column)}:${toA1(m.row + m.numRows - 1, m.column + m.numColumns - 1)}`,
    );
  }
  for (const [col, px] of sheet.columnWidths) ws.getColumn(col).width = pxToWidth(px);
  for (const [row, px] of sheet.rowHeights) ws.getRow(row).height = pxToPoints(px);
  if (sheet.tabColor && /^#[0-9a-f]{6}$/i.test(sheet.tabColor))
    ws.properties.tabColor = { argb: hexToArgb(sheet.tabColor) };
  for (const col of sheet.hiddenColumns) ws.getColumn(col).hidden = true;
  for (const [col, style] of sheet.xlsxKept.columnStyles ?? [])
    ws.getColumn(col).style = structuredClone(style) as Partial<ExcelJS.Style>;
  if (sheet.xlsxKept.sheetProtection)
    (ws as unknown as { sheetProtection: unknown }).sheetProtection = structuredClone(sheet.xlsxKept.sheetProtection);
  sheet.conditionalRules.forEach((rule, i) => {
    const ref = rule.data.ranges.map((r) => r._a1()).join(' ');
    const x = excelRule(rule.data, i + 1, rule.data.ranges[0]);
    if (x && ref) ws.addConditionalFormatting({ ref, rules: [x] });
  });
  for (const extra of sheet.xlsxExtras)
    ws.addConditionalFormatting(structuredClone(extra) as ExcelJS.ConditionalFormattingOptions);
  void names;
}

function excelRule(
  d: ConditionalRuleData,
  priority: number,
  anchor?: EmulatedRange,
): ExcelJS.ConditionalFormattingRule | null {
  const style: Partial<ExcelJS.Style> = {};
  if (d.background) style.fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: hexToArgb(d.background) } };
  const font: Partial<ExcelJS.Font> = {};
  if (d.fontColor) font.color = { argb: hexToArgb(d.fontColor) };
  if (d.bold) font.bold = true;
  if (Object.keys(font).length > 0) style.font = font;
  const arg = d.args[0];
  const cellRef = anchor ? toA1(anchor.box.row, anchor.box.column) : 'A1';
  switch (d.criteria) {
    case 'CUSTOM_FORMULA':
      return { type: 'expression', priority, formulae: [String(arg).replace(/^=/, '')], style };
    case 'TEXT_EQUAL_TO':
      return { type: 'cellIs', operator: 'equal', priority, formulae: [`"${String(arg).replace(/"/g, '""')}"`], style };
    case 'TEXT_CONTAINS':
      return { type: 'containsText', operator: 'containsText', text: String(arg), priority, style };
    case 'CELL_EMPTY':
      return { type: 'containsText', operator: 'containsBlanks', priority, style } as ExcelJS.ConditionalFormattingRule;
    case 'CELL_NOT_EMPTY':
      return {
        type: 'containsText',
        operator: 'notContainsBlanks',
        priority,
        style,
      } as ExcelJS.ConditionalFormattingRule;
    case 'NUMBER_LESS_THAN':
      return { type: 'cellIs', operator: 'lessThan', priority, formulae: [String(arg)], style };
    case 'NUMBER_GREATER_THAN':
      return { type: 'cellIs', operator: 'greaterThan', priority, formulae: [String(arg)], style };
    default:
      void cellRef;
      return null;
  }
}

function writeMeta(wb: ExcelJS.Workbook, ss: EmulatedSpreadsheet, names: Map<EmulatedSheet, string>): void {
  const content: MetaContent = {
    spreadsheet: { name: ss.name, timeZone: ss.timeZone, locale: ss.locale, id: ss.id },
    sheets: ss.sheets.map((s) => {
      const excelName = names.get(s) as string;
      return {
        gid: s.sheetId,
        name: s.name,
        excelName,
        xlsxId: wb.getWorksheet(excelName)?.id ?? null,
        signature: signature(s.rows),
      };
    }),
    metadata: ss.metadata.map((m) => {
      const l = m.location;
      return {
        key: m.key,
        value: m.value,
        visibility: m.visibility,
        type: l.type,
        sheetGid: l.type === 'SPREADSHEET' ? null : l.sheet.sheetId,
        position: l.type === 'ROW' || l.type === 'COLUMN' ? l.index : null,
      };
    }),
    charts: ss.sheets.flatMap((s) =>
      s.charts.map((c) => ({
        sheetGid: s.sheetId,
        type: c.type,
        ranges: c.ranges.map((r) => ({ sheetGid: r.sheet.sheetId, a1: r._a1() })),
        position: c.position,
        options: c.options,
      })),
    ),
    protections: ss.sheets.flatMap((s) =>
      s.protections.map((p) => ({
        sheetGid: s.sheetId,
        type: p.type,
        a1: p.range ? p.range._a1() : null,
        description: p.description,
        warningOnly: p.warningOnly,
      })),
    ),
    documentProperties: [...ss.documentProperties.data],
  };
  // The anchors: Excel and LibreOffice keep each name pointing at its sheet through moves and renames.
  for (const sheet of ss.sheets)
    wb.definedNames.add(`${quoteSheetName(names.get(sheet) as string)}!$A$1`, anchorName(sheet.sheetId));
  const ws = wb.addWorksheet(META_SHEET, { state: 'veryHidden' });
  for (const row of metaRows(content)) ws.addRow(row);
}
