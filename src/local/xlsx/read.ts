/**
 * .xlsx → EmulatedSpreadsheet, as Sheets imports a workbook: values (dates → serials with
 * their format), formulas with their cached results, merges (value in the top-left cell
 * only, where exceljs repeats it in every cell), fills, font colours and weight, number
 * formats, alignment and wrap, list/date validations, notes, hyperlinks, sheet order,
 * hidden sheets, frozen panes, column widths, conditional formats, and the emulator's
 * own hidden metadata sheet (see meta-sheet.ts).
 * Example: const ss = await readXlsx('samples/roadmap-2021.xlsx', { runtime });
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { type Box, parseBox } from '../../core/a1';
import type { Runtime } from '../emulator/runtime';
import { EmulatedConditionalFormatRule } from '../emulator/spreadsheet/builders';
import type { Cell, ValidationRule } from '../emulator/spreadsheet/cell';
import { EmulatedRange } from '../emulator/spreadsheet/range';
import type { EmulatedSheet } from '../emulator/spreadsheet/sheet';
import { EmulatedSpreadsheet } from '../emulator/spreadsheet/spreadsheet';
import { argbToHex, excelDateToSerial, formatFingerprint, pointsToPx, widthToPx } from './convert';
import { matchSheets, readAnchors, signature } from './identity';
import { META_SHEET, type MetaContent, parseMetaRows } from './meta-sheet';

export interface ReadOptions {
  runtime: Runtime;
  /** Defaults: the file's base name, 'Asia/Tomsk', 'ru_RU' (unless the metadata sheet says otherwise). */
  name?: string;
  timeZone?: string;
  locale?: string;
}

type Input = string | Buffer | Uint8Array | ArrayBuffer;

export async function readXlsx(input: Input, options: Runtime | ReadOptions): Promise<EmulatedSpreadsheet> {
  const opts: ReadOptions = 'runtime' in options ? options : { runtime: options };
  const data = typeof input === 'string' ? await readFile(input) : input;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  const metaWs = workbook.worksheets.find((w) => w.name === META_SHEET);
  const meta = metaWs ? readMeta(metaWs) : null;
  const sheets = workbook.worksheets.filter((w) => w.name !== META_SHEET);
  if (sheets.length === 0) throw new Error('в книге нет ни одного листа');

  const fileName = typeof input === 'string' ? path.basename(input).replace(/\.xlsx$/i, '') : 'Книга';
  const ss = new EmulatedSpreadsheet(opts.runtime, {
    name: opts.name ?? meta?.spreadsheet?.name ?? fileName,
    timeZone: opts.timeZone ?? meta?.spreadsheet?.timeZone ?? 'Asia/Tomsk',
    locale: opts.locale ?? meta?.spreadsheet?.locale ?? 'ru_RU',
    id: meta?.spreadsheet?.id,
  });

  const emulated: EmulatedSheet[] = [];
  sheets.forEach((ws, i) => {
    let sheet: EmulatedSheet;
    if (i === 0) {
      sheet = ss.sheets[0] as EmulatedSheet;
      sheet.name = ws.name;
    } else sheet = ss._addSheet(ws.name);
    readSheet(ws, sheet);
    emulated.push(sheet);
  });
  const gids = meta ? restoreIdentity(meta, workbook, sheets, emulated, ss) : new Map<number, EmulatedSheet>();
  ss.activeSheet = emulated[
    Math.max(
      0,
      sheets.findIndex((w) => w.state === 'visible'),
    )
  ] as EmulatedSheet;
  for (const ws of sheets) readConditionalFormats(ws, emulated[sheets.indexOf(ws)] as EmulatedSheet, opts.runtime);
  for (const ws of sheets) resolveRangeValidations(ws, emulated[sheets.indexOf(ws)] as EmulatedSheet, ss);
  if (meta) restoreMeta(meta, ss, gids);
  return ss;
}

/**
 * Finds each sheet the metadata describes (identity.ts) and gives it back its gid and full
 * name — unless the person renamed it, then the name stays theirs. Sheets new to the
 * metadata get gids the file never used. Returns gid → sheet.
 */
function restoreIdentity(
  meta: MetaContent,
  workbook: ExcelJS.Workbook,
  sheets: ExcelJS.Worksheet[],
  emulated: EmulatedSheet[],
  ss: EmulatedSpreadsheet,
): Map<number, EmulatedSheet> {
  const found = sheets.map((ws, i) => ({
    name: ws.name,
    id: ws.id,
    signature: signature((emulated[i] as EmulatedSheet).rows),
  }));
  const marked = new Set<number>();
  for (const m of meta.metadata) if (m.type !== 'SPREADSHEET' && m.sheetGid !== null) marked.add(m.sheetGid);
  for (const p of meta.protections) marked.add(p.sheetGid);
  const match = matchSheets(meta.sheets, found, readAnchors(workbook), marked);
  const doubt = match.doubtful[0];
  if (doubt)
    throw new Error(
      `лист «${doubt.name}» не удаётся надёжно узнать: надстройка записывала лист с этим именем, ` +
        'но его содержимое и номер изменились (лист заменили, удалили или переименовали). ' +
        'Чтобы не записать ничего поверх чужих данных, книга не обработана: переименуйте этот лист ' +
        `или удалите скрытый служебный лист ${META_SHEET}, и надстройка узнает свои листы по именам и заголовкам.`,
    );
  for (const record of meta.sheets) ss.usedSheetIds.add(record.gid);
  const byGid = new Map<number, EmulatedSheet>();
  for (const [i, record] of match.records) {
    const sheet = emulated[i] as EmulatedSheet;
    sheet.sheetId = record.gid;
    byGid.set(record.gid, sheet);
    const renamed = sheet.name !== record.excelName;
    const taken = emulated.some((s) => s !== sheet && s.name.toLowerCase() === record.name.toLowerCase());
    if (!renamed && !taken) sheet.name = record.name;
  }
  // A sheet the metadata does not describe may hold a gid the file used: it gets a fresh one.
  emulated.forEach((sheet, i) => {
    if (!match.records.has(i) && ss.usedSheetIds.has(sheet.sheetId)) sheet.sheetId = ss._nextSheetId();
  });
  for (const sheet of emulated) ss.usedSheetIds.add(sheet.sheetId);
  return byGid;
}

function readMeta(ws: ExcelJS.Worksheet): MetaContent {
  const rows: [unknown, unknown][] = [];
  ws.eachRow((row) => {
    rows.push([row.getCell(1).value, row.getCell(2).value]);
  });
  return parseMetaRows(rows);
}

function plainText(v: unknown): string {
  if (v && typeof v === 'object' && 'richText' in v)
    return (v as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join('');
  return v === null || v === undefined ? '' : String(v);
}

function noteText(note: unknown): string | undefined {
  if (!note) return undefined;
  if (typeof note === 'string') return note;
  const texts = (note as { texts?: { text: string }[] }).texts;
  return texts ? texts.map((t) => t.text).join('') : undefined;
}

/** The stored value of one exceljs cell: [value, formula, link]. */
function cellValue(cell: ExcelJS.Cell): { value: Cell['value']; formula?: string; linkUrl?: string } {
  const v = cell.value;
  if (v === null || v === undefined) return { value: null };
  if (typeof v === 'number' || typeof v === 'boolean') return { value: v };
  if (typeof v === 'string') return { value: v === '' ? null : v };
  if (v instanceof Date) return { value: excelDateToSerial(v) };
  if (typeof v === 'object') {
    if ('formula' in v || 'sharedFormula' in v) {
      const f = v as ExcelJS.CellFormulaValue;
      const formula = cell.formula ?? f.formula;
      const r = f.result;
      let value: Cell['value'] = null;
      if (r instanceof Date) value = excelDateToSerial(r);
      else if (typeof r === 'number' || typeof r === 'boolean' || typeof r === 'string') value = r;
      else if (r && typeof r === 'object' && 'error' in r) value = String(r.error);
      return { value, formula: formula ? `=${formula}` : undefined };
    }
    if ('hyperlink' in v) {
      const h = v as ExcelJS.CellHyperlinkValue;
      return { value: plainText(h.text) || null, linkUrl: h.hyperlink };
    }
    if ('richText' in v) return { value: plainText(v) || null };
    if ('error' in v) return { value: String((v as ExcelJS.CellErrorValue).error) };
  }
  return { value: String(v) };
}

function validationRule(dv: ExcelJS.DataValidation): ValidationRule | undefined {
  const allowInvalid = dv.showErrorMessage !== true || dv.errorStyle === 'warning' || dv.errorStyle === 'information';
  const helpText = dv.prompt ? dv.prompt : null;
  if (dv.type === 'list') {
    const f = String(dv.formulae?.[0] ?? '');
    if (f.startsWith('"')) {
      const items = f.slice(1, -1).split(',');
      return { criteria: 'VALUE_IN_LIST', args: [items, true], allowInvalid, helpText };
    }
    // A list from a range: resolved to a Range once every sheet exists.
    return { criteria: 'VALUE_IN_RANGE', args: [f.replace(/^=/, ''), true], allowInvalid, helpText };
  }
  if (dv.type === 'date') return { criteria: 'DATE_IS_VALID_DATE', args: [], allowInvalid, helpText };
  return undefined;
}

function readSheet(ws: ExcelJS.Worksheet, sheet: EmulatedSheet): void {
  sheet.maxRows = Math.max(1000, ws.rowCount);
  sheet.maxColumns = Math.max(26, ws.columnCount);
  const merges: string[] = ws.model.merges ?? [];
  for (const m of merges) {
    const r = new EmulatedRange(sheet, parseBox(m));
    if (r.box.numRows * r.box.numColumns > 1) sheet.merges.push(r.box);
  }
  // Every row, also those with formats and no value (rows formatted in advance, the add-in's columns).
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: true }, (xc, colNumber) => {
      const hidden = sheet._mergeAt(rowNumber, colNumber);
      const isSlave = hidden !== undefined && (hidden.row !== rowNumber || hidden.column !== colNumber);
      const { value, formula, linkUrl } = isSlave ? { value: null } : cellValue(xc);
      const cell: Cell = { value };
      if (formula) cell.formula = formula;
      if (linkUrl) cell.linkUrl = linkUrl;
      if (xc.numFmt && xc.numFmt !== 'General') cell.numberFormat = xc.numFmt;
      const fill = xc.fill as ExcelJS.FillPattern | undefined;
      if (fill?.type === 'pattern' && fill.pattern === 'solid') {
        const bg = argbToHex(fill.fgColor?.argb);
        if (bg) cell.background = bg;
      }
      const font = xc.font;
      const color = argbToHex(font?.color?.argb);
      if (color) cell.fontColor = color;
      if (font?.bold) cell.bold = true;
      if (font?.italic) cell.italic = true;
      const al = xc.alignment;
      if (al?.wrapText) cell.wrap = true;
      if (al?.horizontal === 'left' || al?.horizontal === 'center' || al?.horizontal === 'right')
        cell.horizontalAlignment = al.horizontal;
      if (al?.vertical === 'top' || al?.vertical === 'bottom') cell.verticalAlignment = al.vertical;
      if (al?.vertical === 'middle') cell.verticalAlignment = 'middle';
      const note = noteText(xc.note);
      if (note) cell.note = note;
      const style = xc.style;
      if (style && Object.keys(style).length > 0)
        cell.xlsx = { style: structuredClone(style), seen: formatFingerprint(cell) };
      if (Object.keys(cell).length > 1 || value !== null) {
        const target = sheet._ensureCell(rowNumber, colNumber);
        Object.assign(target, cell);
      }
    });
  });
  const model = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> } })
    .dataValidations.model;
  for (const [address, dv] of Object.entries(model)) {
    if (!dv) continue;
    const rule = validationRule(dv);
    if (!rule) {
      // A kind the emulator does not model: kept as read and written back.
      for (const b of boxesOf(address))
        for (let r = b.row; r < b.row + b.numRows; r++)
          for (let c = b.column; c < b.column + b.numColumns; c++) {
            const cell = sheet._ensureCell(r, c);
            cell.xlsx = { seen: formatFingerprint(cell), ...cell.xlsx, validation: structuredClone(dv) };
          }
      continue;
    }
    for (const b of boxesOf(address))
      for (let r = b.row; r < b.row + b.numRows; r++)
        for (let c = b.column; c < b.column + b.numColumns; c++)
          sheet._ensureCell(r, c).validation = { ...rule, args: [...rule.args] };
  }
  const view = ws.views?.[0];
  if (view && view.state === 'frozen') {
    sheet.frozenRows = view.ySplit ?? 0;
    sheet.frozenColumns = view.xSplit ?? 0;
  }
  ws.columns?.forEach((col, i) => {
    if (col.width !== undefined) sheet.columnWidths.set(i + 1, widthToPx(col.width));
    if (col.hidden) sheet.hiddenColumns.add(i + 1);
  });
  const columnStyles = new Map<number, unknown>();
  ws.columns?.forEach((col, i) => {
    if (col.style && Object.keys(col.style).length > 0) columnStyles.set(i + 1, structuredClone(col.style));
  });
  if (columnStyles.size > 0) sheet.xlsxKept.columnStyles = columnStyles;
  const protection = (ws as unknown as { sheetProtection?: unknown }).sheetProtection;
  if (protection) sheet.xlsxKept.sheetProtection = structuredClone(protection);
  sheet.hidden = ws.state === 'hidden' || ws.state === 'veryHidden';
  sheet.tabColor = argbToHex(ws.properties?.tabColor?.argb);
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    if (row.height) sheet.rowHeights.set(rowNumber, pointsToPx(row.height));
  });
}

function boxesOf(sqref: string): Box[] {
  return sqref
    .replace(/^range:/, '')
    .split(/\s+/)
    .filter(Boolean)
    .map(parseBox);
}

function resolveRangeValidations(_ws: ExcelJS.Worksheet, sheet: EmulatedSheet, ss: EmulatedSpreadsheet): void {
  for (const row of sheet.rows)
    for (const cell of row ?? []) {
      const v = cell?.validation;
      if (v?.criteria !== 'VALUE_IN_RANGE' || typeof v.args[0] !== 'string') continue;
      try {
        v.args[0] = ss._resolveA1(v.args[0], sheet);
      } catch {
        v.criteria = 'VALUE_IN_LIST';
        v.args = [[], true];
      }
    }
}

type AnyRule = { type: string; operator?: string; formulae?: unknown[]; text?: string; style?: ExcelJS.Style };

function readConditionalFormats(ws: ExcelJS.Worksheet, sheet: EmulatedSheet, runtime: Runtime): void {
  const list = (ws as unknown as { conditionalFormattings?: { ref: string; rules: AnyRule[] }[] })
    .conditionalFormattings;
  for (const cf of list ?? []) {
    const ranges = boxesOf(cf.ref).map((b) => new EmulatedRange(sheet, b));
    const rules = [...cf.rules].sort(
      (a, b) => ((a as { priority?: number }).priority ?? 0) - ((b as { priority?: number }).priority ?? 0),
    );
    for (const r of rules) {
      const condition = conditionOf(r);
      if (!condition) {
        sheet.xlsxExtras.push({ ref: cf.ref, rules: [structuredClone(r)] });
        continue;
      }
      const fill = r.style?.fill as ExcelJS.FillPattern | undefined;
      const background = argbToHex(fill?.bgColor?.argb ?? fill?.fgColor?.argb);
      const fontColor = argbToHex(r.style?.font?.color?.argb);
      sheet.conditionalRules.push(
        new EmulatedConditionalFormatRule(runtime, {
          ...condition,
          background,
          fontColor,
          bold: r.style?.font?.bold ?? null,
          ranges,
        }),
      );
    }
  }
}

/** SEARCH("a ""b""",A1) → a "b"; null when the formula is not a text search. */
function searchedText(formula: unknown): string | null {
  const m = typeof formula === 'string' ? /SEARCH\("((?:[^"]|"")*)",/i.exec(formula) : null;
  return m ? (m[1] as string).replace(/""/g, '"') : null;
}

function conditionOf(r: AnyRule): { criteria: string; args: unknown[] } | null {
  const f = r.formulae?.[0];
  if (r.type === 'expression' && typeof f === 'string') return { criteria: 'CUSTOM_FORMULA', args: [`=${f}`] };
  if (r.type === 'containsText') {
    if (r.operator === 'containsBlanks') return { criteria: 'CELL_EMPTY', args: [] };
    if (r.operator === 'notContainsBlanks') return { criteria: 'CELL_NOT_EMPTY', args: [] };
    // exceljs reads the text only from a `text` attribute, which its own writer leaves out: the
    // formula NOT(ISERROR(SEARCH("готово",A1))) says it too. Without either the rule is kept as read.
    if (r.operator === 'containsText') {
      const text = r.text ?? searchedText(f);
      return text === null ? null : { criteria: 'TEXT_CONTAINS', args: [text] };
    }
  }
  if (r.type === 'cellIs' && f !== undefined) {
    const text = String(f);
    if (r.operator === 'equal' && text.startsWith('"'))
      return { criteria: 'TEXT_EQUAL_TO', args: [text.slice(1, -1).replace(/""/g, '"')] };
    if (r.operator === 'lessThan') return { criteria: 'NUMBER_LESS_THAN', args: [Number(text)] };
    if (r.operator === 'greaterThan') return { criteria: 'NUMBER_GREATER_THAN', args: [Number(text)] };
  }
  return null;
}

function restoreMeta(meta: MetaContent, ss: EmulatedSpreadsheet, sheets: Map<number, EmulatedSheet>): void {
  const sheetOf = (gid: number | null) => (gid === null ? undefined : sheets.get(gid));
  for (const m of meta.metadata) {
    const sheet = sheetOf(m.sheetGid);
    if (m.type === 'SPREADSHEET') ss._addMetadata(m.key, m.value, m.visibility, { type: 'SPREADSHEET' });
    else if (sheet && m.type === 'SHEET') ss._addMetadata(m.key, m.value, m.visibility, { type: 'SHEET', sheet });
    else if (sheet && (m.type === 'ROW' || m.type === 'COLUMN') && m.position !== null)
      ss._addMetadata(m.key, m.value, m.visibility, { type: m.type, sheet, index: m.position });
  }
  for (const c of meta.charts) {
    const sheet = sheetOf(c.sheetGid);
    if (!sheet) continue;
    const ranges = [];
    try {
      for (const r of c.ranges) {
        const on = typeof r === 'string' ? sheet : sheetOf(r.sheetGid);
        if (!on) throw new Error('a range of a deleted sheet');
        ranges.push(ss._resolveA1(typeof r === 'string' ? r : r.a1, on));
      }
    } catch {
      continue; // A chart of a sheet that was deleted: the add-in draws it again.
    }
    sheet.charts.push({ chartId: ss._nextChartId(), type: c.type, ranges, position: c.position, options: c.options });
  }
  for (const [key, value] of meta.documentProperties) ss.documentProperties.data.set(key, value);
  for (const p of meta.protections) {
    const sheet = sheetOf(p.sheetGid);
    if (!sheet) continue;
    sheet.protections.push({
      type: p.type,
      sheet,
      range: p.a1 ? ss._resolveA1(p.a1, sheet) : null,
      description: p.description,
      warningOnly: p.warningOnly,
      removed: false,
    });
  }
}
