/**
 * Embedded charts, recorded rather than drawn: type, ranges, position, options (title …).
 * Example: sheet.newChart().setChartType(Charts.ChartType.PIE).addRange(r).setPosition(2, 8, 0, 0)
 *   .setOption('title', 'Состояние мероприятий').build(); then sheet.insertChart(chart).
 */
import type { Runtime } from '../runtime';
import { ChartHiddenDimensionStrategy, ChartType, enumName, Position } from './enums';
import { isInteger, signatureError } from './errors';
import type { Shape } from './gas-types';
import type { EmulatedRange } from './range';

type GRange = GoogleAppsScript.Spreadsheet.Range;

export interface ChartData {
  chartId: number | null;
  /** ChartType member name: 'PIE', 'COLUMN', … */
  type: string;
  ranges: EmulatedRange[];
  position: { row: number; column: number; offsetX: number; offsetY: number };
  options: Record<string, unknown>;
}

export class EmulatedContainerInfo
  implements
    Shape<GoogleAppsScript.Spreadsheet.ContainerInfo, 'getAnchorRow' | 'getAnchorColumn' | 'getOffsetX' | 'getOffsetY'>
{
  constructor(private readonly p: ChartData['position']) {}
  getAnchorRow(): number {
    return this.p.row;
  }
  getAnchorColumn(): number {
    return this.p.column;
  }
  getOffsetX(): number {
    return this.p.offsetX;
  }
  getOffsetY(): number {
    return this.p.offsetY;
  }
}

export class EmulatedChartOptions implements Shape<GoogleAppsScript.Charts.ChartOptions, 'get'> {
  constructor(private readonly options: Record<string, unknown>) {}
  get(option: string): unknown {
    return this.options[option] ?? null;
  }
}

export class EmulatedEmbeddedChart
  implements
    Shape<
      GoogleAppsScript.Spreadsheet.EmbeddedChart,
      'getChartId' | 'getRanges' | 'getOptions' | 'getContainerInfo' | 'modify'
    >
{
  constructor(
    private readonly runtime: Runtime,
    readonly data: ChartData,
  ) {}
  getChartId(): number | null {
    this.runtime.call('Spreadsheet', 'EmbeddedChart.getChartId');
    return this.data.chartId;
  }
  getId(): string | null {
    this.runtime.call('Spreadsheet', 'EmbeddedChart.getId');
    return this.data.chartId === null ? null : `u${this.data.chartId}`;
  }
  getRanges(): EmulatedRange[] {
    this.runtime.call('Spreadsheet', 'EmbeddedChart.getRanges');
    return [...this.data.ranges];
  }
  getOptions(): EmulatedChartOptions {
    this.runtime.call('Spreadsheet', 'EmbeddedChart.getOptions');
    return new EmulatedChartOptions(this.data.options);
  }
  getContainerInfo(): EmulatedContainerInfo {
    this.runtime.call('Spreadsheet', 'EmbeddedChart.getContainerInfo');
    return new EmulatedContainerInfo(this.data.position);
  }
  /** The type member name, for tests ('PIE'). */
  get chartType(): string {
    return this.data.type;
  }
  modify(): EmulatedEmbeddedChartBuilder {
    this.runtime.call('Spreadsheet', 'EmbeddedChart.modify');
    return new EmulatedEmbeddedChartBuilder(this.runtime, {
      ...this.data,
      ranges: [...this.data.ranges],
      options: { ...this.data.options },
    });
  }
}

type ECB = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;

/** One builder for every chart kind; asPieChart() etc. return it with setTitle available. */
export class EmulatedEmbeddedChartBuilder
  implements
    Shape<
      ECB,
      | 'addRange'
      | 'removeRange'
      | 'clearRanges'
      | 'setChartType'
      | 'setPosition'
      | 'setOption'
      | 'build'
      | 'getRanges'
      | 'asPieChart'
      | 'asColumnChart'
      | 'asBarChart'
      | 'asLineChart'
    >
{
  constructor(
    private readonly runtime: Runtime,
    private readonly data: ChartData,
  ) {}
  private b(method: string): void {
    this.runtime.call('Builder', `EmbeddedChartBuilder.${method}`);
  }
  /** Adding a range already added does nothing. */
  addRange(range: GRange | EmulatedRange): this {
    this.b('addRange');
    const r = range as EmulatedRange;
    if (!this.data.ranges.some((x) => x._sameAs(r))) this.data.ranges.push(r);
    return this;
  }
  removeRange(range: GRange | EmulatedRange): this {
    this.b('removeRange');
    const r = range as EmulatedRange;
    this.data.ranges = this.data.ranges.filter((x) => !x._sameAs(r));
    return this;
  }
  clearRanges(): this {
    this.b('clearRanges');
    this.data.ranges = [];
    return this;
  }
  getRanges(): EmulatedRange[] {
    this.b('getRanges');
    return [...this.data.ranges];
  }
  setChartType(type: GoogleAppsScript.Charts.ChartType): this {
    this.b('setChartType');
    const name = enumName(type, 'ChartType');
    if (!name) throw signatureError('EmbeddedChartBuilder.setChartType', [type]);
    this.data.type = name;
    return this;
  }
  /** 1-based anchor row and column, pixel offsets. */
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    this.b('setPosition');
    const args = [anchorRowPos, anchorColPos, offsetX, offsetY];
    if (!args.every(isInteger)) throw signatureError('EmbeddedChartBuilder.setPosition', args);
    this.data.position = { row: anchorRowPos, column: anchorColPos, offsetX, offsetY };
    return this;
  }
  setOption(option: string, value: unknown): this {
    this.b('setOption');
    this.data.options[option] = value;
    return this;
  }
  setTitle(chartTitle: string): this {
    this.b('setTitle');
    this.data.options.title = chartTitle;
    return this;
  }
  setLegendPosition(position: GoogleAppsScript.Charts.Position): this {
    this.b('setLegendPosition');
    const name = enumName(position, 'Position');
    if (!name) throw signatureError('EmbeddedChartBuilder.setLegendPosition', [position]);
    this.data.options['legend.position'] = name.toLowerCase();
    return this;
  }
  setColors(cssValues: string[]): this {
    this.b('setColors');
    this.data.options.colors = [...cssValues];
    return this;
  }
  setStacked(): this {
    this.b('setStacked');
    this.data.options.isStacked = true;
    return this;
  }
  setHiddenDimensionStrategy(strategy: GoogleAppsScript.Charts.ChartHiddenDimensionStrategy): this {
    this.b('setHiddenDimensionStrategy');
    if (!enumName(strategy, 'ChartHiddenDimensionStrategy'))
      throw signatureError('EmbeddedChartBuilder.setHiddenDimensionStrategy', [strategy]);
    return this;
  }
  private as(type: string): this {
    this.b(`as${type}Chart`);
    this.data.type = type.toUpperCase();
    return this;
  }
  asPieChart(): this {
    return this.as('Pie');
  }
  asColumnChart(): this {
    return this.as('Column');
  }
  asBarChart(): this {
    return this.as('Bar');
  }
  asLineChart(): this {
    return this.as('Line');
  }
  /** build() does not add the chart to the sheet: insertChart does. */
  build(): EmulatedEmbeddedChart {
    this.b('build');
    return new EmulatedEmbeddedChart(this.runtime, {
      ...this.data,
      ranges: [...this.data.ranges],
      options: { ...this.data.options },
    });
  }
}

/** The `Charts` global, with the enums the add-in uses. */
export function createChartsGlobal(): Pick<GoogleAppsScript.Charts.Charts, 'ChartType' | 'Position'> & {
  ChartHiddenDimensionStrategy: GoogleAppsScript.Charts.Charts['ChartHiddenDimensionStrategy'];
} {
  return { ChartType, Position, ChartHiddenDimensionStrategy };
}
