/**
 * The JSON the playground page renders: the emulated spreadsheet as grids, the add-in
 * menu, the outbox, the simulated day. Plain data, so the page never sees the emulator.
 */
import type { IsoDate } from '../../core/dates';

export interface CellView {
  text: string;
  background?: string;
  color?: string;
  bold?: boolean;
  italic?: boolean;
  wrap?: boolean;
  align?: string;
  note?: string;
  rowSpan?: number;
  colSpan?: number;
  /** The choices of a dropdown (list validation): the page edits the cell with a select. */
  options?: string[];
}

export interface SheetView {
  name: string;
  numRows: number;
  numColumns: number;
  frozenRows: number;
  /** Column widths in px, index 0 = column A. */
  widths: number[];
  /** Column letters from core/a1 (the page has no copy of its own), index 0 = 'A'. */
  letters: string[];
  /** cells[r][c] for row r + 1, column c + 1; null where a merge covers the cell. */
  cells: (CellView | null)[][];
}

export interface SelectionView {
  sheet: string;
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export type MenuEntryView = { label: string; handler: string } | { separator: true };

export interface MenuView {
  title: string;
  items: MenuEntryView[];
}

export interface MailView {
  at: string;
  from: string;
  name: string;
  to: string[];
  cc: string[];
  subject: string;
  html: string;
  text: string;
}

export interface PlaygroundView {
  /** The .xlsx the session was opened from. */
  file: string;
  today: IsoDate;
  timeZone: string;
  sheets: SheetView[];
  activeSheet: string | null;
  selection: SelectionView | null;
  menus: MenuView[];
  outbox: MailView[];
  /** Toasts and alerts the add-in showed, latest last (Russian, as shown). */
  messages: string[];
}
