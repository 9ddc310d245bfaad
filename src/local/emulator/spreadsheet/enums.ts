import type { Gas } from './gas-types';

/**
 * Apps Script enum members are objects, not strings: `String(x)` and `x.toString()` give the
 * member's name, and a method that wants an enum rejects a plain string. The emulator does
 * the same, so code that passes 'LINE' instead of Charts.ChartType.LINE fails here too.
 */
export class GasEnumValue {
  constructor(
    readonly enumName: string,
    readonly name: string,
  ) {}
  toString(): string {
    return this.name;
  }
  toJSON(): string {
    return this.name;
  }
  name_(): string {
    return this.name;
  }
}

function makeEnum<T>(enumName: string, names: string[]): T {
  const out: Record<string, GasEnumValue> = {};
  for (const n of names) out[n] = new GasEnumValue(enumName, n);
  return Object.freeze(out) as unknown as T;
}

/** The member's name when `value` is a member of the enum, else null. */
export function enumName(value: unknown, enumName: string): string | null {
  return value instanceof GasEnumValue && value.enumName === enumName ? value.name : null;
}

type SS = Gas['Spreadsheet'];

export const DataValidationCriteria = makeEnum<SS['DataValidationCriteria']>('DataValidationCriteria', [
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_BETWEEN',
  'DATE_EQUAL_TO',
  'DATE_IS_VALID_DATE',
  'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER',
  'DATE_ON_OR_BEFORE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL',
  'VALUE_IN_LIST',
  'VALUE_IN_RANGE',
  'CUSTOM_FORMULA',
  'CHECKBOX',
]);

export const DeveloperMetadataVisibility = makeEnum<SS['DeveloperMetadataVisibility']>('DeveloperMetadataVisibility', [
  'DOCUMENT',
  'PROJECT',
]);

export const DeveloperMetadataLocationType = makeEnum<SS['DeveloperMetadataLocationType']>(
  'DeveloperMetadataLocationType',
  ['SPREADSHEET', 'SHEET', 'ROW', 'COLUMN'],
);

/** SpreadsheetApp.ColorType (Base.ColorType). */
export const ColorType = makeEnum<Gas['Base']['ColorType']>('ColorType', ['UNSUPPORTED', 'RGB', 'THEME']);
export const ProtectionType = makeEnum<SS['ProtectionType']>('ProtectionType', ['RANGE', 'SHEET']);

export const BorderStyle = makeEnum<SS['BorderStyle']>('BorderStyle', [
  'DOTTED',
  'DASHED',
  'SOLID',
  'SOLID_MEDIUM',
  'SOLID_THICK',
  'DOUBLE',
]);

export const WrapStrategy = makeEnum<SS['WrapStrategy']>('WrapStrategy', ['WRAP', 'OVERFLOW', 'CLIP']);

export const Dimension = makeEnum<SS['Dimension']>('Dimension', ['COLUMNS', 'ROWS']);

export const BooleanCriteria = makeEnum<SS['BooleanCriteria']>('BooleanCriteria', [
  'CELL_EMPTY',
  'CELL_NOT_EMPTY',
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_EQUAL_TO',
  'DATE_NOT_EQUAL_TO',
  'DATE_AFTER_RELATIVE',
  'DATE_BEFORE_RELATIVE',
  'DATE_EQUAL_TO_RELATIVE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_NOT_EQUAL_TO',
  'TEXT_STARTS_WITH',
  'TEXT_ENDS_WITH',
  'CUSTOM_FORMULA',
]);

export const ChartType = makeEnum<Gas['Charts']['ChartType']>('ChartType', [
  'TIMELINE',
  'AREA',
  'BAR',
  'BUBBLE',
  'CANDLESTICK',
  'COLUMN',
  'COMBO',
  'GAUGE',
  'GEO',
  'HISTOGRAM',
  'RADAR',
  'LINE',
  'ORG',
  'PIE',
  'SCATTER',
  'SPARKLINE',
  'STEPPED_AREA',
  'TABLE',
  'TREEMAP',
  'WATERFALL',
]);

export const Position = makeEnum<Gas['Charts']['Position']>('Position', ['TOP', 'RIGHT', 'BOTTOM', 'NONE']);
export const ChartHiddenDimensionStrategy = makeEnum<Gas['Charts']['ChartHiddenDimensionStrategy']>(
  'ChartHiddenDimensionStrategy',
  ['IGNORE_BOTH', 'IGNORE_ROWS', 'IGNORE_COLUMNS', 'SHOW_BOTH'],
);

/** The enums the SpreadsheetApp global carries (SpreadsheetApp.BorderStyle …). */
export const SPREADSHEET_APP_ENUMS = {
  BooleanCriteria,
  BorderStyle,
  ColorType,
  DataValidationCriteria,
  DeveloperMetadataLocationType,
  DeveloperMetadataVisibility,
  Dimension,
  ProtectionType,
  WrapStrategy,
};
