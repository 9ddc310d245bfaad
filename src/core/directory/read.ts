import { type CellValue, isCellDate, type Problem, problemAt } from '../model';
import { canonicalAddress, isSafeAddress, splitAddresses } from './addresses';
import { normalizeName } from './tokens';

/** The add-in's directory sheet. */
export const DIRECTORY_SHEET_NAME = 'Исполнители';
export const DIRECTORY_HEADER: readonly string[] = ['Исполнитель', 'E-mail', 'Копия', 'Примечание'];

/** One row of «Исполнители»: an executor as named in the roadmap and where to write to. */
export interface DirectoryEntry {
  /** Sheet row (1-based). */
  row: number;
  name: string;
  /** Valid addresses, lower case, without duplicates. */
  emails: string[];
  /** Valid addresses copied on every reminder to this executor. */
  cc: string[];
  note: string;
}

export interface Directory {
  entries: DirectoryEntry[];
  problems: Problem[];
}

type Field = 'name' | 'email' | 'cc' | 'note';

const HEADER_PATTERNS: Record<Field, RegExp> = {
  name: /исполнител|ответствен|^имя|наименование/i,
  email: /e-?mail|почт|^адрес/i,
  cc: /копи|^cc$/i,
  note: /примечан|комментар/i,
};

function cellText(value: CellValue | undefined): string {
  if (value === undefined || value === null || value === '') return '';
  if (isCellDate(value)) return value.date;
  return String(value).trim();
}

/**
 * Columns by their header names; a column whose header is missing is absent (-1). A header
 * with no recognisable name at all is read in the standard order A–D.
 */
function findColumns(header: readonly CellValue[]): Record<Field, number> {
  const found: Partial<Record<Field, number>> = {};
  header.forEach((cell, index) => {
    const text = cellText(cell);
    for (const field of ['cc', 'note', 'email', 'name'] as Field[]) {
      if (found[field] === undefined && HEADER_PATTERNS[field].test(text)) {
        found[field] = index;
        return;
      }
    }
  });
  if (found.name === undefined && found.email === undefined) return { name: 0, email: 1, cc: 2, note: 3 };
  return { name: found.name ?? -1, email: found.email ?? -1, cc: found.cc ?? -1, note: found.note ?? -1 };
}

/** The 1-based column of a field, null when the sheet has no such column. */
const sheetColumn = (index: number): number | null => (index >= 0 ? index + 1 : null);

/**
 * Reads the «Исполнители» sheet (header row first: Исполнитель | E-mail | Копия | Примечание).
 * Invalid addresses are problems ('email-invalid') and left out; an executor with no valid
 * e-mail is a problem ('directory-no-email'); a repeated name is a problem ('directory-duplicate')
 * and the first row wins.
 *
 * readDirectory([['Исполнитель','E-mail'], ['Руководители ПОО', 'a@x.ru; b@x.ru']])
 *   → { entries: [{ row: 2, name: 'Руководители ПОО', emails: ['a@x.ru','b@x.ru'], cc: [], note: '' }], problems: [] }
 */
export function readDirectory(values: readonly (readonly CellValue[])[]): Directory {
  const entries: DirectoryEntry[] = [];
  const problems: Problem[] = [];
  const [header, ...rows] = values;
  if (!header) return { entries, problems };
  const columns = findColumns(header);
  const firstRowByName = new Map<string, number>();

  rows.forEach((cells, index) => {
    const row = index + 2;
    const name = cellText(cells[columns.name]);
    const emailText = cellText(cells[columns.email]);
    const ccText = cellText(cells[columns.cc]);
    const note = cellText(cells[columns.note]);
    if (name === '' && emailText === '' && ccText === '') return;
    if (name === '') {
      problems.push(problemAt({ code: 'directory-no-name', row, column: columns.name + 1 }, 'warning'));
      return;
    }
    const addresses = (text: string, column: number): string[] => {
      const valid: string[] = [];
      for (const address of splitAddresses(text)) {
        if (isSafeAddress(address)) {
          const canonical = canonicalAddress(address);
          if (!valid.includes(canonical)) valid.push(canonical);
        } else {
          problems.push(problemAt({ code: 'email-invalid', row, column: column + 1, address }, 'error'));
        }
      }
      return valid;
    };
    const emails = addresses(emailText, columns.email);
    const cc = addresses(ccText, columns.cc).filter((a) => !emails.includes(a));
    if (emails.length === 0) {
      problems.push(
        problemAt({ code: 'directory-no-email', row, column: sheetColumn(columns.email), name }, 'warning'),
      );
    }
    const key = normalizeName(name);
    const first = firstRowByName.get(key);
    if (first !== undefined) {
      problems.push(
        problemAt({ code: 'directory-duplicate', row, column: columns.name + 1, name, firstRow: first }, 'warning'),
      );
      return;
    }
    firstRowByName.set(key, row);
    entries.push({ row, name, emails, cc, note });
  });
  return { entries, problems };
}
