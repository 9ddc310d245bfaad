/**
 * Client-side builders (free in the ledger: runtime.call('Builder', …)): data validation,
 * conditional format rules, rich text and text styles. Built objects are immutable copies.
 * Example: new DataValidationBuilder(rt).requireValueInList(['Да', 'Нет']).setAllowInvalid(false).build()
 */
import type { Runtime } from '../runtime';
import type { ValidationRule } from './cell';
import { BooleanCriteria, DataValidationCriteria, enumName } from './enums';
import { isDateObject, signatureError } from './errors';
import type { Shape } from './gas-types';
import type { EmulatedRange } from './range';

type S = typeof GoogleAppsScript.Spreadsheet;
type GRange = GoogleAppsScript.Spreadsheet.Range;

function member<T>(enumObject: unknown, name: string): T {
  return (enumObject as Record<string, T>)[name] as T;
}

// ---------------------------------------------------------------- data validation

export class EmulatedDataValidation
  implements
    Shape<
      GoogleAppsScript.Spreadsheet.DataValidation,
      'getAllowInvalid' | 'getCriteriaType' | 'getCriteriaValues' | 'getHelpText' | 'copy'
    >
{
  constructor(
    private readonly runtime: Runtime,
    readonly rule: ValidationRule,
  ) {}
  getAllowInvalid(): boolean {
    this.runtime.call('Builder', 'DataValidation.getAllowInvalid');
    return this.rule.allowInvalid;
  }
  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    this.runtime.call('Builder', 'DataValidation.getCriteriaType');
    return member(DataValidationCriteria, this.rule.criteria);
  }
  getCriteriaValues(): unknown[] {
    this.runtime.call('Builder', 'DataValidation.getCriteriaValues');
    return [...this.rule.args];
  }
  /** null when no help text was set (Google's typings say string). */
  getHelpText(): string {
    this.runtime.call('Builder', 'DataValidation.getHelpText');
    return this.rule.helpText as string;
  }
  copy(): EmulatedDataValidationBuilder {
    this.runtime.call('Builder', 'DataValidation.copy');
    return new EmulatedDataValidationBuilder(this.runtime, { ...this.rule, args: [...this.rule.args] });
  }
}

type DVB = GoogleAppsScript.Spreadsheet.DataValidationBuilder;

export class EmulatedDataValidationBuilder
  implements
    Shape<
      DVB,
      | 'build'
      | 'requireValueInList'
      | 'requireValueInRange'
      | 'requireDate'
      | 'requireCheckbox'
      | 'requireFormulaSatisfied'
      | 'requireTextIsEmail'
      | 'requireNumberBetween'
      | 'setAllowInvalid'
      | 'setHelpText'
    >
{
  private rule: ValidationRule;
  constructor(
    private readonly runtime: Runtime,
    rule?: ValidationRule,
  ) {
    this.rule = rule ?? { criteria: '', args: [], allowInvalid: true, helpText: null };
  }
  private set(method: string, criteria: string, args: unknown[]): this {
    this.runtime.call('Builder', `DataValidationBuilder.${method}`);
    this.rule = { ...this.rule, criteria, args };
    return this;
  }
  requireValueInList(values: string[], showDropdown?: boolean): this {
    if (!Array.isArray(values)) throw signatureError('DataValidationBuilder.requireValueInList', [values]);
    return this.set('requireValueInList', 'VALUE_IN_LIST', [values.map(String), showDropdown ?? true]);
  }
  requireValueInRange(range: GRange | EmulatedRange, showDropdown?: boolean): this {
    return this.set('requireValueInRange', 'VALUE_IN_RANGE', [range, showDropdown ?? true]);
  }
  /** requireDate() = any valid date; requireDate… comparisons ignore the time part. */
  requireDate(): this {
    return this.set('requireDate', 'DATE_IS_VALID_DATE', []);
  }
  requireDateAfter(date: Date): this {
    if (!isDateObject(date)) throw signatureError('DataValidationBuilder.requireDateAfter', [date]);
    return this.set('requireDateAfter', 'DATE_AFTER', [date]);
  }
  requireCheckbox(): this {
    return this.set('requireCheckbox', 'CHECKBOX', []);
  }
  requireFormulaSatisfied(formula: string): this {
    return this.set('requireFormulaSatisfied', 'CUSTOM_FORMULA', [formula]);
  }
  requireTextIsEmail(): this {
    return this.set('requireTextIsEmail', 'TEXT_IS_VALID_EMAIL', []);
  }
  requireNumberBetween(start: number, end: number): this {
    return this.set('requireNumberBetween', 'NUMBER_BETWEEN', [start, end]);
  }
  setAllowInvalid(allowInvalidData: boolean): this {
    this.runtime.call('Builder', 'DataValidationBuilder.setAllowInvalid');
    if (typeof allowInvalidData !== 'boolean')
      throw signatureError('DataValidationBuilder.setAllowInvalid', [allowInvalidData]);
    this.rule = { ...this.rule, allowInvalid: allowInvalidData };
    return this;
  }
  setHelpText(helpText: string): this {
    this.runtime.call('Builder', 'DataValidationBuilder.setHelpText');
    this.rule = { ...this.rule, helpText: String(helpText) };
    return this;
  }
  build(): EmulatedDataValidation {
    this.runtime.call('Builder', 'DataValidationBuilder.build');
    if (!this.rule.criteria) throw new Error('Emulator: DataValidationBuilder.build() without a criterion');
    return new EmulatedDataValidation(this.runtime, { ...this.rule, args: [...this.rule.args] });
  }
}

// ---------------------------------------------------------------- conditional formats

export interface ConditionalRuleData {
  /** BooleanCriteria member name: 'TEXT_EQUAL_TO', 'CUSTOM_FORMULA', 'CELL_EMPTY', … */
  criteria: string;
  args: unknown[];
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
  ranges: EmulatedRange[];
}

export class EmulatedBooleanCondition
  implements
    Shape<
      GoogleAppsScript.Spreadsheet.BooleanCondition,
      'getCriteriaType' | 'getCriteriaValues' | 'getBackground' | 'getFontColor' | 'getBold'
    >
{
  constructor(private readonly data: ConditionalRuleData) {}
  getCriteriaType(): GoogleAppsScript.Spreadsheet.BooleanCriteria {
    return member(BooleanCriteria, this.data.criteria);
  }
  getCriteriaValues(): unknown[] {
    return [...this.data.args];
  }
  getBackground(): string | null {
    return this.data.background;
  }
  getFontColor(): string | null {
    return this.data.fontColor;
  }
  getBold(): boolean | null {
    return this.data.bold;
  }
}

export class EmulatedConditionalFormatRule
  implements Shape<GoogleAppsScript.Spreadsheet.ConditionalFormatRule, 'copy' | 'getBooleanCondition' | 'getRanges'>
{
  constructor(
    private readonly runtime: Runtime,
    readonly data: ConditionalRuleData,
  ) {}
  copy(): EmulatedConditionalFormatRuleBuilder {
    this.runtime.call('Builder', 'ConditionalFormatRule.copy');
    return new EmulatedConditionalFormatRuleBuilder(this.runtime, { ...this.data, ranges: [...this.data.ranges] });
  }
  getBooleanCondition(): EmulatedBooleanCondition {
    this.runtime.call('Builder', 'ConditionalFormatRule.getBooleanCondition');
    return new EmulatedBooleanCondition(this.data);
  }
  getRanges(): EmulatedRange[] {
    this.runtime.call('Builder', 'ConditionalFormatRule.getRanges');
    return [...this.data.ranges];
  }
}

type CFB = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;

export class EmulatedConditionalFormatRuleBuilder
  implements
    Shape<
      CFB,
      | 'build'
      | 'copy'
      | 'setBackground'
      | 'setFontColor'
      | 'setBold'
      | 'setRanges'
      | 'getRanges'
      | 'whenTextEqualTo'
      | 'whenTextContains'
      | 'whenFormulaSatisfied'
      | 'whenCellEmpty'
      | 'whenCellNotEmpty'
      | 'whenNumberLessThan'
      | 'whenNumberGreaterThan'
    >
{
  private data: ConditionalRuleData;
  constructor(
    private readonly runtime: Runtime,
    data?: ConditionalRuleData,
  ) {
    this.data = data ?? { criteria: '', args: [], background: null, fontColor: null, bold: null, ranges: [] };
  }
  private when(method: string, criteria: string, args: unknown[]): this {
    this.runtime.call('Builder', `ConditionalFormatRuleBuilder.${method}`);
    this.data = { ...this.data, criteria, args };
    return this;
  }
  whenTextEqualTo(text: string): this {
    return this.when('whenTextEqualTo', 'TEXT_EQUAL_TO', [String(text)]);
  }
  whenTextContains(text: string): this {
    return this.when('whenTextContains', 'TEXT_CONTAINS', [String(text)]);
  }
  whenFormulaSatisfied(formula: string): this {
    if (typeof formula !== 'string')
      throw signatureError('ConditionalFormatRuleBuilder.whenFormulaSatisfied', [formula]);
    return this.when('whenFormulaSatisfied', 'CUSTOM_FORMULA', [formula]);
  }
  whenCellEmpty(): this {
    return this.when('whenCellEmpty', 'CELL_EMPTY', []);
  }
  whenCellNotEmpty(): this {
    return this.when('whenCellNotEmpty', 'CELL_NOT_EMPTY', []);
  }
  whenNumberLessThan(number: number): this {
    return this.when('whenNumberLessThan', 'NUMBER_LESS_THAN', [number]);
  }
  whenNumberGreaterThan(number: number): this {
    return this.when('whenNumberGreaterThan', 'NUMBER_GREATER_THAN', [number]);
  }
  /** setBackground(null) removes the setting. */
  setBackground(color: string | null): this {
    this.runtime.call('Builder', 'ConditionalFormatRuleBuilder.setBackground');
    this.data = { ...this.data, background: color === null ? null : normalizeColor(color) };
    return this;
  }
  setFontColor(color: string | null): this {
    this.runtime.call('Builder', 'ConditionalFormatRuleBuilder.setFontColor');
    this.data = { ...this.data, fontColor: color === null ? null : normalizeColor(color) };
    return this;
  }
  setBold(bold: boolean | null): this {
    this.runtime.call('Builder', 'ConditionalFormatRuleBuilder.setBold');
    this.data = { ...this.data, bold };
    return this;
  }
  /** Replaces the earlier ranges. */
  setRanges(ranges: (GRange | EmulatedRange)[]): this {
    this.runtime.call('Builder', 'ConditionalFormatRuleBuilder.setRanges');
    if (!Array.isArray(ranges)) throw signatureError('ConditionalFormatRuleBuilder.setRanges', [ranges]);
    this.data = { ...this.data, ranges: ranges as EmulatedRange[] };
    return this;
  }
  getRanges(): EmulatedRange[] {
    this.runtime.call('Builder', 'ConditionalFormatRuleBuilder.getRanges');
    return [...this.data.ranges];
  }
  copy(): EmulatedConditionalFormatRuleBuilder {
    this.runtime.call('Builder', 'ConditionalFormatRuleBuilder.copy');
    return new EmulatedConditionalFormatRuleBuilder(this.runtime, { ...this.data, ranges: [...this.data.ranges] });
  }
  build(): EmulatedConditionalFormatRule {
    this.runtime.call('Builder', 'ConditionalFormatRuleBuilder.build');
    // [U] Google's texts for these two failures are not known.
    if (!this.data.criteria) throw new Error('Emulator: conditional format rule without a condition');
    if (this.data.ranges.length === 0) throw new Error('Emulator: conditional format rule needs at least one range');
    return new EmulatedConditionalFormatRule(this.runtime, { ...this.data, ranges: [...this.data.ranges] });
  }
}

// ---------------------------------------------------------------- rich text, text style

export interface RichTextData {
  text: string;
  /** Links by character run: [start, end) → url. A whole-text link is one run. */
  links: { start: number; end: number; url: string }[];
  bold?: boolean;
  fontColor?: string;
}

export class EmulatedTextStyle
  implements Shape<GoogleAppsScript.Spreadsheet.TextStyle, 'isBold' | 'getForegroundColor' | 'isItalic'>
{
  constructor(readonly style: { bold?: boolean; italic?: boolean; foregroundColor?: string }) {}
  isBold(): boolean | null {
    return this.style.bold ?? false;
  }
  isItalic(): boolean | null {
    return this.style.italic ?? false;
  }
  getForegroundColor(): string | null {
    return this.style.foregroundColor ?? '#000000';
  }
}

export class EmulatedTextStyleBuilder
  implements
    Shape<GoogleAppsScript.Spreadsheet.TextStyleBuilder, 'build' | 'setBold' | 'setItalic' | 'setForegroundColor'>
{
  private style: { bold?: boolean; italic?: boolean; foregroundColor?: string } = {};
  constructor(private readonly runtime: Runtime) {}
  setBold(bold: boolean): this {
    this.runtime.call('Builder', 'TextStyleBuilder.setBold');
    this.style = { ...this.style, bold };
    return this;
  }
  setItalic(italic: boolean): this {
    this.runtime.call('Builder', 'TextStyleBuilder.setItalic');
    this.style = { ...this.style, italic };
    return this;
  }
  setForegroundColor(cssString: string): this {
    this.runtime.call('Builder', 'TextStyleBuilder.setForegroundColor');
    this.style = { ...this.style, foregroundColor: normalizeColor(cssString) };
    return this;
  }
  build(): EmulatedTextStyle {
    this.runtime.call('Builder', 'TextStyleBuilder.build');
    return new EmulatedTextStyle({ ...this.style });
  }
}

export class EmulatedRichTextValue
  implements Shape<GoogleAppsScript.Spreadsheet.RichTextValue, 'getText' | 'getLinkUrl'>
{
  constructor(readonly data: RichTextData) {}
  getText(): string {
    return this.data.text;
  }
  /** The link of the whole text; null when there is none or several different ones. */
  getLinkUrl(): string | null {
    const urls = new Set(this.data.links.map((l) => l.url));
    return urls.size === 1 ? ([...urls][0] ?? null) : null;
  }
}

export class EmulatedRichTextValueBuilder
  implements
    Shape<GoogleAppsScript.Spreadsheet.RichTextValueBuilder, 'build' | 'setText' | 'setLinkUrl' | 'setTextStyle'>
{
  private data: RichTextData = { text: '', links: [] };
  constructor(private readonly runtime: Runtime) {}
  setText(text: string): this {
    this.runtime.call('Builder', 'RichTextValueBuilder.setText');
    this.data = { ...this.data, text: String(text) };
    return this;
  }
  /** setLinkUrl(url) links the whole text; setLinkUrl(start, end, url) a part; null clears. */
  setLinkUrl(startOffsetOrUrl: number | string | null, endOffset?: number, linkUrl?: string | null): this {
    this.runtime.call('Builder', 'RichTextValueBuilder.setLinkUrl');
    if (typeof startOffsetOrUrl === 'number') {
      const url = linkUrl ?? null;
      const rest = this.data.links.filter((l) => l.end <= startOffsetOrUrl || l.start >= (endOffset ?? 0));
      this.data = {
        ...this.data,
        links: url === null ? rest : [...rest, { start: startOffsetOrUrl, end: endOffset ?? 0, url }],
      };
    } else {
      const url = startOffsetOrUrl;
      this.data = { ...this.data, links: url === null ? [] : [{ start: 0, end: this.data.text.length, url }] };
    }
    return this;
  }
  setTextStyle(
    startOffsetOrStyle: number | GoogleAppsScript.Spreadsheet.TextStyle | EmulatedTextStyle | null,
    _endOffset?: number,
    textStyle?: GoogleAppsScript.Spreadsheet.TextStyle | EmulatedTextStyle,
  ): this {
    this.runtime.call('Builder', 'RichTextValueBuilder.setTextStyle');
    const style = (typeof startOffsetOrStyle === 'number' ? textStyle : startOffsetOrStyle) as EmulatedTextStyle;
    if (typeof startOffsetOrStyle !== 'number' && style?.style) {
      this.data = { ...this.data, bold: style.style.bold, fontColor: style.style.foregroundColor };
    }
    return this;
  }
  build(): EmulatedRichTextValue {
    this.runtime.call('Builder', 'RichTextValueBuilder.build');
    const links = this.data.links.map((l) => ({ ...l, end: l.end || this.data.text.length }));
    return new EmulatedRichTextValue({ ...this.data, links });
  }
}

const NAMED_COLORS: Record<string, string> = {
  white: '#ffffff',
  black: '#000000',
  red: '#ff0000',
  green: '#008000',
  blue: '#0000ff',
  yellow: '#ffff00',
  orange: '#ffa500',
  gray: '#808080',
  grey: '#808080',
};

/** CSS color → '#rrggbb' lower-case as Sheets returns it: 'RED' → '#ff0000', '#ABC' → '#aabbcc'. */
export function normalizeColor(css: string): string {
  const c = String(css).trim().toLowerCase();
  const named = NAMED_COLORS[c];
  if (named) return named;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(c);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  if (/^#[0-9a-f]{6}$/.test(c)) return c;
  // [U] Sheets ignores unknown colors; the emulator refuses them so a typo is caught.
  throw new Error(`Emulator: unreadable color "${css}"`);
}

export function criteriaName(value: unknown): string | null {
  return enumName(value, 'DataValidationCriteria');
}

export type { S as SpreadsheetNamespace };
