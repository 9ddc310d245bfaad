import type { UserColumn } from '../core/model';
import type { TableLayout } from '../core/roadmap';
import { documentStore, readJson, writeJson } from './store';

/**
 * The person's choice of the roadmap's sheet and, optionally, of its header row and columns
 * («Столбцы таблицы» in the sidebar, `--sheet`, `--header-row`, `--columns` in the CLI), kept in
 * document properties so that every editor, the nightly check and onEdit read the same table.
 * The sheet is kept by id (a renamed tab stays chosen) with its name for messages; the columns
 * with their header texts, to notice when columns have moved (see core/roadmap/layout.ts).
 */
const KEY = 'roadmap.table';

export interface TableChoice {
  sheetId: number;
  sheetName: string;
  /** Absent: the header and columns are recognised on the chosen sheet. */
  layout?: TableLayout & { texts: Partial<Record<UserColumn, string>> };
}

export function loadTableChoice(): TableChoice | null {
  const choice = readJson<TableChoice>(KEY);
  return Number.isInteger(choice?.sheetId) ? choice : null;
}

export function storeTableChoice(choice: TableChoice | null): void {
  if (choice === null) documentStore().deleteProperty(KEY);
  else writeJson(KEY, choice);
}
