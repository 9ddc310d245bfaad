/**
 * Shifting the A1 references inside a formula when rows or columns are inserted or deleted,
 * as Google Sheets rewrites them: every reference at or after the change moves ($ or not),
 * a range grows when the insertion falls strictly inside it and shrinks on deletion, and a
 * reference whose cells are all deleted becomes #REF!.
 * Example: shiftFormulaRefs('=$K11="Просрочено"', () => true, 'column', 1, 1) → '=$L11="Просрочено"'.
 */
import { columnLetter, columnNumber, quoteSheetName } from '../../../core/a1';

export type Axis = 'row' | 'column';

/** One end of a reference: a column and/or a row, each with its `$`. */
interface End {
  colAbs: boolean;
  col: number | null;
  rowAbs: boolean;
  row: number | null;
}

const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d+`;
const COL = String.raw`\$?[A-Za-z]{1,3}`;
const ROW = String.raw`\$?\d+`;
/** [sheet prefix]? then cell(:cell|:col|:row)? | col:col(row)? | row:row; not followed by a name or a call. */
const REF = new RegExp(
  String.raw`((?:'(?:[^']|'')+'|[A-Za-z_\u0400-\u04FF][\w.\u0400-\u04FF]*)!)?` +
    `(${CELL}(?::(?:${CELL}|${COL}|${ROW}))?|${COL}:${CELL}|${COL}:${COL}|${ROW}:${ROW})` +
    String.raw`(?![\w.(!\u0400-\u04FF$])`,
  'y',
);
/** A character after which a reference cannot start (it would be inside a name or a number). */
const GLUED = /[\w.$#'\u0400-\u04FF]/;

function parseEnd(text: string): End {
  const m = /^(\$?)([A-Za-z]*)(\$?)(\d*)$/.exec(text) ?? [];
  const letters = m[2] ?? '';
  const digits = m[4] ?? '';
  // '$5' (a row only) puts its `$` in the first group.
  return letters === ''
    ? { colAbs: false, col: null, rowAbs: m[1] === '$' || m[3] === '$', row: Number(digits) }
    : {
        colAbs: m[1] === '$',
        col: columnNumber(letters),
        rowAbs: m[3] === '$',
        row: digits === '' ? null : Number(digits),
      };
}

function writeEnd(e: End): string {
  const col = e.col === null ? '' : `${e.colAbs ? '$' : ''}${columnLetter(e.col)}`;
  const row = e.row === null ? '' : `${e.rowAbs ? '$' : ''}${e.row}`;
  return col + row;
}

/** The new [start, end] of an inclusive span on the axis, or null when all of it is deleted. */
function shiftSpan(start: number, end: number, at: number, delta: number): [number, number] | null {
  if (delta > 0) return [start >= at ? start + delta : start, end >= at ? end + delta : end];
  const d1 = at - delta; // first kept position after the deleted block
  if (start >= at && end < d1) return null;
  const s = start < at ? start : start >= d1 ? start + delta : at;
  const e = end < at ? end : end >= d1 ? end + delta : at - 1;
  return [s, e];
}

/** The reference text shifted (unchanged text when it does not move), or '#REF!' when all of it is deleted. */
function shiftRef(text: string, axis: Axis, at: number, delta: number): string {
  const [a = '', b] = text.split(':');
  const first = parseEnd(a);
  const second = b === undefined ? null : parseEnd(b);
  const key = axis === 'row' ? 'row' : 'col';
  const s = first[key];
  const e = second ? second[key] : s;
  // A whole-column reference on a row change (or whole-row on a column change) does not move.
  if (s === null && e === null) return text;
  // An open end ('A2:A') stays open: it runs to the last row whatever happens. [U]
  const span = shiftSpan(s ?? 1, e ?? Number.MAX_SAFE_INTEGER, at, delta);
  if (!span) return '#REF!';
  if ((s === null || span[0] === s) && (e === null || span[1] === e)) return text;
  if (s !== null) first[key] = span[0];
  if (second && e !== null) second[key] = span[1];
  return second ? `${writeEnd(first)}:${writeEnd(second)}` : writeEnd(first);
}

/** 'Лист 1' from "'Лист 1'!" or 'Лист1' from 'Лист1!'. */
function sheetOf(prefix: string): string {
  const name = prefix.slice(0, -1);
  return name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

/**
 * Walks the references of `formula` (text in double quotes is never touched) and replaces
 * each with what `replace(prefix, ref)` returns: `prefix` is the sheet prefix with its `!`
 * ("'Сводка'!", "Лист1!") or undefined, `ref` the A1 part.
 */
function mapFormulaRefs(formula: string, replace: (prefix: string | undefined, ref: string) => string): string {
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i] ?? '';
    if (ch === '"') {
      const close = /"(?:[^"]|"")*"/y;
      close.lastIndex = i;
      const m = close.exec(formula);
      const lit = m ? m[0] : formula.slice(i);
      out += lit;
      i += lit.length;
      continue;
    }
    if (!GLUED.test(formula[i - 1] ?? ' ')) {
      REF.lastIndex = i;
      const m = REF.exec(formula);
      if (m) {
        const [whole, prefix, ref = ''] = m;
        out += replace(prefix, ref);
        i += whole.length;
        continue;
      }
    }
    out += ch;
    i++;
  }
  return out;
}

/**
 * Shifts the references of `formula` that point at the changed sheet. `targets(sheet)` says
 * whether a reference qualified with `sheet` (null: unqualified) names that sheet.
 * Text in double quotes is never touched.
 */
export function shiftFormulaRefs(
  formula: string,
  targets: (sheet: string | null) => boolean,
  axis: Axis,
  at: number,
  delta: number,
): string {
  return mapFormulaRefs(formula, (prefix, ref) => {
    if (!targets(prefix === undefined ? null : sheetOf(prefix))) return (prefix ?? '') + ref;
    const shifted = shiftRef(ref, axis, at, delta);
    // [U] Sheets writes a deleted reference as a bare #REF!, dropping the sheet name.
    return shifted === '#REF!' ? shifted : (prefix ?? '') + shifted;
  });
}

/**
 * Rewrites the references that name sheet `from` (matched ignoring case [U]), as Sheets does
 * when that sheet is renamed to `to` (the name quoted as A1 needs it) or deleted (`to` null:
 * each such reference becomes a bare #REF! [U], so a sheet re-created under the name is not
 * read). Text in double quotes and unqualified references are never touched.
 * Example: from 'сводка' to 'Итоги', `='Сводка'!A2&"Сводка!A1"` → `='Итоги'!A2&"Сводка!A1"`.
 */
export function renameSheetRefs(formula: string, from: string, to: string | null): string {
  const lower = from.toLowerCase();
  return mapFormulaRefs(formula, (prefix, ref) => {
    if (prefix === undefined || sheetOf(prefix).toLowerCase() !== lower) return (prefix ?? '') + ref;
    return to === null ? '#REF!' : `${quoteSheetName(to)}!${ref}`;
  });
}
