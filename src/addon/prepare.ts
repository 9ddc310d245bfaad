import { ADDIN_COLUMN_NOTES } from '../core/i18n';
import {
  type AddinColumnSpec,
  type ConditionalRuleSpec,
  isOwnRule,
  type PreparePlan,
  planPrepare,
  type RuleView,
} from '../core/roadmap';
import { type CheckOutcome, checkRoadmap } from './check';
import { ensureDirectory } from './directory-sheet';
import { withDocumentLock } from './lock';
import { loadRoadmap } from './roadmap-sheet';

export interface PrepareOutcome {
  added: string[];
  directoryRowsAdded: number;
  check: CheckOutcome;
}

/**
 * «Подготовить таблицу»: adds the add-in's missing columns to the right of the table (never
 * over a user's cell), their formats, validation and a warning-only protection of the computed
 * ones, the conditional formatting keyed on «Состояние», the frozen header, and «Исполнители»;
 * then checks deadlines so the new columns are filled. Running it twice changes nothing.
 */
export function prepareRoadmapTable(): PrepareOutcome {
  return withDocumentLock(() => {
    const loaded = loadRoadmap();
    const { sheet } = loaded;
    const plan = planPrepare(loaded.roadmap);
    if (plan.add.length > 0) addColumns(sheet, plan);
    completeExistingColumns(sheet, plan);
    applyConditionalRules(sheet, plan);
    if (sheet.getFrozenRows() < plan.freezeRows) sheet.setFrozenRows(plan.freezeRows);
    const directoryRowsAdded = ensureDirectory(loaded);
    // Re-read: the new columns are now part of the table.
    const check = checkRoadmap(plan.add.length > 0 ? loadRoadmap() : loaded);
    return { added: plan.add.map((c) => c.header), directoryRowsAdded, check };
  });
}

function addColumns(sheet: GoogleAppsScript.Spreadsheet.Sheet, plan: PreparePlan): void {
  const first = Math.min(...plan.add.map((c) => c.column));
  const last = Math.max(...plan.add.map((c) => c.column));
  const maxColumns = sheet.getMaxColumns();
  if (last > maxColumns) sheet.insertColumnsAfter(maxColumns, last - maxColumns);
  const maxRows = sheet.getMaxRows();
  const dataRows = Math.max(1, maxRows - plan.dataRows.first + 1);

  // Header cells: text, bold, wrapped, like the table's own header.
  const header = sheet.getRange(plan.headerRow, first, 1, last - first + 1);
  const byColumn = new Map(plan.add.map((c) => [c.column, c]));
  const headerValues = [Array.from({ length: last - first + 1 }, (_, i) => byColumn.get(first + i)?.header ?? '')];
  header.setNumberFormat('@').setValues(headerValues).setFontWeight('bold').setWrap(true);
  if (plan.headerLastRow > plan.headerRow) {
    for (const column of plan.add) {
      sheet.getRange(plan.headerRow, column.column, plan.headerLastRow - plan.headerRow + 1, 1).merge();
    }
  }

  for (const column of plan.add) {
    // Whole column below the header: rows added later get the same format and validation.
    const cells = sheet.getRange(plan.dataRows.first, column.column, dataRows, 1);
    cells.setNumberFormat(column.numberFormat);
    if (column.validation) cells.setDataValidation(validationFor(column.validation));
    sheet.setColumnWidth(column.column, column.width);
    if (column.computed) {
      cells.protect().setWarningOnly(true).setDescription(ADDIN_COLUMN_NOTES.computed);
    }
  }
}

function validationFor(spec: NonNullable<AddinColumnSpec['validation']>): GoogleAppsScript.Spreadsheet.DataValidation {
  const builder = SpreadsheetApp.newDataValidation();
  if (spec.kind === 'list') {
    builder.requireValueInList(spec.values, true).setHelpText(ADDIN_COLUMN_NOTES.list(spec.values));
  } else {
    builder.requireDate().setHelpText(ADDIN_COLUMN_NOTES.date);
  }
  return builder.setAllowInvalid(spec.allowInvalid).build();
}

/**
 * Add-in columns the person made before (their own «Статус», «Дата выполнения») stay theirs: the
 * dropdown or the date check is added only to a column with no validation in any cell (one of
 * theirs, even on a few rows, is never replaced), with old entries («выполнено.», «да») warned
 * about, never rejected; their number formats are never changed — the add-in formats only the
 * columns it adds. Running prepare twice changes nothing.
 */
function completeExistingColumns(sheet: GoogleAppsScript.Spreadsheet.Sheet, plan: PreparePlan): void {
  const added = new Set(plan.add.map((c) => c.column));
  const rows = Math.max(1, sheet.getMaxRows() - plan.dataRows.first + 1);
  for (const column of plan.columns) {
    if (added.has(column.column) || !column.validation) continue;
    const cells = sheet.getRange(plan.dataRows.first, column.column, rows, 1);
    if (cells.getDataValidations().some((row) => row[0] !== null)) continue;
    cells.setDataValidation(validationFor({ ...column.validation, allowInvalid: true }));
  }
}

/** What recognising a rule needs (core/roadmap/own-rules.ts): its ranges, colours and formula. */
export function ruleView(rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule): RuleView {
  const condition = rule.getBooleanCondition();
  const custom = condition !== null && String(condition.getCriteriaType()) === 'CUSTOM_FORMULA';
  return {
    ranges: rule.getRanges().map((range) => range.getA1Notation()),
    background: condition?.getBackground() ?? null,
    fontColor: condition?.getFontColor() ?? null,
    formula: custom ? String(condition.getCriteriaValues()[0] ?? '') : null,
  };
}

/**
 * Keeps the user's rules and replaces the add-in's own: colors follow the state, and only the
 * add-in's columns are painted (a user's cells keep their look).
 */
function applyConditionalRules(sheet: GoogleAppsScript.Spreadsheet.Sheet, plan: PreparePlan): void {
  const firstAddin = Math.min(...plan.columns.map((c) => c.column));
  const lastAddin = Math.max(...plan.columns.map((c) => c.column));
  const rows = Math.max(1, sheet.getMaxRows() - plan.dataRows.first + 1);
  const range = sheet.getRange(plan.dataRows.first, firstAddin, rows, lastAddin - firstAddin + 1);
  const addin = { first: firstAddin, last: lastAddin };
  const userRules = sheet.getConditionalFormatRules().filter((rule) => !isOwnRule(ruleView(rule), addin));
  const ownRules = plan.conditionalRules.map((spec: ConditionalRuleSpec) =>
    SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(spec.formula)
      .setBackground(spec.background)
      .setFontColor(spec.fontColor)
      .setRanges([range])
      .build(),
  );
  sheet.setConditionalFormatRules([...userRules, ...ownRules]);
}
