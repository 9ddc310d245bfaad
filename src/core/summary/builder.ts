import type { BlockRange, CellFormat, ChartSpec, FormatSpec, LinkSpec, ModelCell, SheetModel } from './model';

/**
 * Assembles a SheetModel row by row. Rows may be shorter than the block: build() pads
 * every row with '' to the widest one, so the block is always rectangular.
 *
 * @example
 * const b = new SheetBuilder();
 * const r = b.row(['Итого', 5], { bold: true }); // r = 1
 * b.build({ key: 'summary', title: 'Сводка', columnWidths: [] }).values // [['Итого', 5]]
 */
export class SheetBuilder {
  private readonly rows: ModelCell[][] = [];
  private readonly formats: FormatSpec[] = [];
  private readonly merges: BlockRange[] = [];
  private readonly links: LinkSpec[] = [];
  private readonly charts: ChartSpec[] = [];
  private stampAt: { row: number; col: number } | undefined;

  /** The next row's number. */
  get nextRow(): number {
    return this.rows.length + 1;
  }

  /** Appends a row starting at column `col` (1-based); returns its row number. */
  row(cells: ModelCell[], format?: CellFormat, col = 1): number {
    const row: ModelCell[] = [];
    for (let c = 1; c < col; c++) row.push('');
    row.push(...cells);
    this.rows.push(row);
    const r = this.rows.length;
    if (format && cells.length > 0) this.format({ row: r, col, numRows: 1, numCols: cells.length }, format);
    return r;
  }

  blank(): number {
    return this.row([]);
  }

  format(range: BlockRange, format: CellFormat): void {
    this.formats.push({ range, format });
  }

  cellFormat(row: number, col: number, format: CellFormat): void {
    this.format({ row, col, numRows: 1, numCols: 1 }, format);
  }

  merge(range: BlockRange): void {
    this.merges.push(range);
  }

  link(link: LinkSpec): void {
    this.links.push(link);
  }

  chart(chart: ChartSpec): void {
    this.charts.push(chart);
  }

  /** Marks the «Обновлено: …» cell (see SheetModel.stamp). */
  stamp(row: number, col = 1): void {
    this.stampAt = { row, col };
  }

  build(meta: { key: string; title: string; columnWidths: number[]; frozenRows?: number }): SheetModel {
    const width = Math.max(1, meta.columnWidths.length, ...this.rows.map((r) => r.length));
    const values = (this.rows.length > 0 ? this.rows : [[]]).map((r) => {
      const padded = r.slice();
      while (padded.length < width) padded.push('');
      return padded;
    });
    return {
      key: meta.key,
      title: meta.title,
      values,
      formats: this.formats.slice(),
      merges: this.merges.slice(),
      links: this.links.slice(),
      charts: this.charts.slice(),
      columnWidths: meta.columnWidths.slice(),
      frozenRows: meta.frozenRows ?? 0,
      ...(this.stampAt ? { stamp: { ...this.stampAt } } : {}),
    };
  }
}
