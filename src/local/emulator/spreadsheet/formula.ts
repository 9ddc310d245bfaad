/**
 * A small formula evaluator: enough for the conditional-format rules and the simple cell
 * formulas the add-in writes (comparisons, &, + - * /, AND, OR, NOT, IF, ISBLANK, TODAY,
 * LEN, TRIM, LOWER, UPPER, ISNUMBER, HYPERLINK). Anything else throws
 * UnsupportedFormulaError, so a test notices instead of getting a silent wrong colour.
 * Example: evaluateFormula('=$K2="Просрочено"', ctx) with K5 = 'Просрочено' at offset (3, 0) → true.
 * An error literal such as #REF! (a reference to deleted cells) makes the result that text.
 * References may name a sheet: Лист1!B3, 'Сводка (дорожная карта)'!$A$2, 'It''s'!A1; the
 * context resolves it (a missing sheet → #REF!).
 */
import { columnNumber } from '../../../core/a1';
import type { Scalar } from './values';

export class UnsupportedFormulaError extends Error {
  constructor(formula: string, detail: string) {
    super(`Emulator: unsupported formula ${formula} (${detail})`);
    this.name = 'UnsupportedFormulaError';
  }
}

export type FValue = Scalar | null;

export interface FormulaContext {
  /**
   * The value of a cell (1-based), null when empty: on the formula's sheet, or on the sheet
   * named `sheetName` (unquoted). May throw a FormulaErrorValue (#REF! for a missing sheet or a cycle)
   * or another error the cell holds: the whole formula evaluates to it.
   */
  cell(row: number, column: number, sheetName?: string): FValue;
  /** Shift applied to relative references (rows, columns). */
  rowOffset: number;
  columnOffset: number;
  /** Today's serial in the spreadsheet's zone (may be a getter: read only by TODAY()). */
  readonly today: number;
}

type Token = { kind: 'num' | 'str' | 'ref' | 'name' | 'op' | 'lp' | 'rp' | 'sep' | 'err'; text: string };

/** An error value such as #REF! met while evaluating: the whole formula evaluates to it. */
export class FormulaErrorValue {
  constructor(readonly text: string) {}
}

const ERROR_LITERALS = new Set(['#REF!', '#N/A', '#VALUE!', '#DIV/0!', '#NUM!', '#NAME?', '#NULL!']);

/** Whether a value is one of Sheets' error texts (#REF!, #N/A, …). */
export function isFormulaError(v: unknown): v is string {
  return typeof v === 'string' && ERROR_LITERALS.has(v);
}

/** A sheet prefix ("Лист1!", "'It''s'!") → the sheet's name. */
function sheetNameOf(prefix: string): string {
  const name = prefix.slice(0, -1);
  return name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

function tokenize(src: string, formula: string): Token[] {
  const out: Token[] = [];
  const re =
    /\s*(?:(\d+(?:[.,]\d+)?(?![A-Za-z]))|"((?:[^"]|"")*)"|((?:'(?:[^']|'')+'!|[A-Za-z_\u0400-\u04FF][\w.\u0400-\u04FF]*!)?\$?[A-Za-z]{1,3}\$?\d+)(?![\w(\u0400-\u04FF])|([A-Za-zА-Яа-яЁё_.]+)|(<>|<=|>=|[=<>&+\-*/^])|(\()|(\))|([,;])|(#REF!|#N\/A|#VALUE!|#DIV\/0!|#NUM!|#NAME\?|#NULL!))/y;
  let m: RegExpExecArray | null;
  let pos = 0;
  while (pos < src.length) {
    re.lastIndex = pos;
    m = re.exec(src);
    if (!m || m[0] === '') {
      if (/^\s*$/.test(src.slice(pos))) break;
      throw new UnsupportedFormulaError(formula, `cannot read at "${src.slice(pos)}"`);
    }
    pos = re.lastIndex;
    if (m[1] !== undefined) out.push({ kind: 'num', text: m[1].replace(',', '.') });
    else if (m[2] !== undefined) out.push({ kind: 'str', text: m[2].replace(/""/g, '"') });
    else if (m[3] !== undefined) out.push({ kind: 'ref', text: m[3] });
    else if (m[4] !== undefined) out.push({ kind: 'name', text: m[4].toUpperCase() });
    else if (m[5] !== undefined) out.push({ kind: 'op', text: m[5] });
    else if (m[6] !== undefined) out.push({ kind: 'lp', text: '(' });
    else if (m[7] !== undefined) out.push({ kind: 'rp', text: ')' });
    else if (m[8] !== undefined) out.push({ kind: 'sep', text: ',' });
    else if (m[9] !== undefined) out.push({ kind: 'err', text: m[9] });
  }
  return out;
}

function toNumber(v: FValue): number {
  if (v === null || v === '') return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const n = Number(v.replace(',', '.'));
  return Number.isFinite(n) ? n : Number.NaN;
}

function toText(v: FValue): string {
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

function truthy(v: FValue): boolean {
  if (typeof v === 'string') return v !== '' && v.toUpperCase() !== 'FALSE';
  return Boolean(v);
}

function compare(a: FValue, b: FValue, op: string): boolean {
  let c: number;
  const aEmpty = a === null || a === '';
  const bEmpty = b === null || b === '';
  if (aEmpty && bEmpty) c = 0;
  else if (typeof a === 'string' || typeof b === 'string') {
    if ((aEmpty || typeof a === 'string') && (bEmpty || typeof b === 'string')) {
      const x = toText(a).toLowerCase();
      const y = toText(b).toLowerCase();
      c = x < y ? -1 : x > y ? 1 : 0;
    } else c = typeof a === 'string' ? 1 : -1; // Sheets: text sorts after numbers
  } else c = toNumber(a) - toNumber(b);
  switch (op) {
    case '=':
      return c === 0;
    case '<>':
      return c !== 0;
    case '<':
      return c < 0;
    case '>':
      return c > 0;
    case '<=':
      return c <= 0;
    default:
      return c >= 0;
  }
}

/**
 * Tokens of each formula seen, or why it is unsupported: formula cells are recomputed on
 * every read, so a 10,000-row sheet of the same few formulas tokenizes each text once.
 * Bounded: cleared when it grows past PARSED_MAX texts.
 */
const parsed = new Map<string, Token[] | UnsupportedFormulaError>();
const PARSED_MAX = 5000;

function remember(formula: string, entry: Token[] | UnsupportedFormulaError): void {
  if (parsed.size >= PARSED_MAX) parsed.clear();
  parsed.set(formula, entry);
}

/** Evaluates '=…' in the context; throws UnsupportedFormulaError for what it cannot do. */
export function evaluateFormula(formula: string, ctx: FormulaContext): FValue {
  let tokens = parsed.get(formula);
  if (tokens instanceof UnsupportedFormulaError) throw tokens;
  if (!tokens) {
    try {
      tokens = tokenize(formula.replace(/^=/, ''), formula);
    } catch (e) {
      if (e instanceof UnsupportedFormulaError) remember(formula, e);
      throw e;
    }
    remember(formula, tokens);
  }
  return run(formula, tokens, ctx);
}

function run(formula: string, tokens: Token[], ctx: FormulaContext): FValue {
  let i = 0;
  const peek = (): Token | undefined => tokens[i];
  const fail = (detail: string): never => {
    throw new UnsupportedFormulaError(formula, detail);
  };

  const ref = (text: string): FValue => {
    const bang = text.lastIndexOf('!');
    const m = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/.exec(text.slice(bang + 1));
    if (!m) return fail(`reference ${text}`);
    const column = columnNumber(m[2] ?? '') + (m[1] ? 0 : ctx.columnOffset);
    const row = Number(m[4]) + (m[3] ? 0 : ctx.rowOffset);
    return bang < 0 ? ctx.cell(row, column) : ctx.cell(row, column, sheetNameOf(text.slice(0, bang + 1)));
  };

  const call = (name: string, args: FValue[]): FValue => {
    switch (name) {
      case 'AND':
        return args.every(truthy);
      case 'OR':
        return args.some(truthy);
      case 'NOT':
        return !truthy(args[0] ?? null);
      case 'IF':
        return truthy(args[0] ?? null) ? (args[1] ?? true) : (args[2] ?? false);
      case 'ISBLANK':
        return args[0] === null;
      case 'ISNUMBER':
        return typeof args[0] === 'number';
      case 'TODAY':
        return ctx.today;
      case 'LEN':
        return toText(args[0] ?? null).length;
      case 'TRIM':
        return toText(args[0] ?? null)
          .trim()
          .replace(/\s+/g, ' ');
      case 'LOWER':
        return toText(args[0] ?? null).toLowerCase();
      case 'UPPER':
        return toText(args[0] ?? null).toUpperCase();
      case 'HYPERLINK':
        return args[1] ?? args[0] ?? '';
      case 'TRUE':
        return true;
      case 'FALSE':
        return false;
      default:
        return fail(`function ${name}`);
    }
  };

  const primary = (): FValue => {
    const t = tokens[i++];
    if (!t) return fail('unexpected end');
    if (t.kind === 'num') return Number(t.text);
    if (t.kind === 'str') return t.text;
    if (t.kind === 'ref') return ref(t.text);
    // [U] Any error operand makes the whole formula that error (Sheets: except IFERROR & co.).
    if (t.kind === 'err') throw new FormulaErrorValue(t.text);
    if (t.kind === 'op' && t.text === '-') return -toNumber(primary());
    if (t.kind === 'op' && t.text === '+') return toNumber(primary());
    if (t.kind === 'lp') {
      const v = expr();
      if (tokens[i++]?.kind !== 'rp') fail('missing )');
      return v;
    }
    if (t.kind === 'name') {
      if (peek()?.kind !== 'lp') {
        if (t.text === 'TRUE' || t.text === 'FALSE') return t.text === 'TRUE';
        return fail(`name ${t.text}`);
      }
      i++;
      const args: FValue[] = [];
      if (peek()?.kind !== 'rp') {
        args.push(expr());
        while (peek()?.kind === 'sep') {
          i++;
          args.push(expr());
        }
      }
      if (tokens[i++]?.kind !== 'rp') fail('missing )');
      return call(t.text, args);
    }
    return fail(`token ${t.text}`);
  };
  const term = (): FValue => {
    let v = primary();
    while (peek()?.kind === 'op' && (peek()?.text === '*' || peek()?.text === '/')) {
      const op = tokens[i++]?.text;
      const r = primary();
      v = op === '*' ? toNumber(v) * toNumber(r) : toNumber(v) / toNumber(r);
    }
    return v;
  };
  const additive = (): FValue => {
    let v = term();
    while (peek()?.kind === 'op' && (peek()?.text === '+' || peek()?.text === '-')) {
      const op = tokens[i++]?.text;
      const r = term();
      v = op === '+' ? toNumber(v) + toNumber(r) : toNumber(v) - toNumber(r);
    }
    return v;
  };
  const concat = (): FValue => {
    let v = additive();
    while (peek()?.kind === 'op' && peek()?.text === '&') {
      i++;
      v = toText(v) + toText(additive());
    }
    return v;
  };
  const expr = (): FValue => {
    let v = concat();
    while (peek()?.kind === 'op' && ['=', '<>', '<', '>', '<=', '>='].includes(peek()?.text ?? '')) {
      const op = tokens[i++]?.text ?? '=';
      v = compare(v, concat(), op);
    }
    return v;
  };
  try {
    const result = expr();
    if (i < tokens.length) fail(`unexpected ${tokens[i]?.text}`);
    return result;
  } catch (e) {
    if (e instanceof FormulaErrorValue) return e.text;
    // [U] Unsupported stays unsupported (a function the evaluator lacks is met on every run).
    if (e instanceof UnsupportedFormulaError) remember(formula, e);
    throw e;
  }
}

export { truthy as formulaTruthy };

/**
 * A formula as Sheets stores it: spaces outside strings dropped and function names upper-cased
 * ("= and( $K5 = \"x\" , TRUE )" → '=AND($K5="x",TRUE)'). [V2] Sheets upper-cases function names
 * typed in cells; dropping the spaces is [U]; other rewrites (sheet prefixes, quoting) are not emulated.
 */
export function sheetsFormulaText(formula: string): string {
  // Strings ("…") and quoted sheet names ('…') keep their spaces and case.
  let out = '';
  let quote: string | null = null;
  for (const ch of formula) {
    const opens = quote === null && (ch === '"' || ch === "'");
    if (opens) quote = ch;
    else if (ch === quote) quote = null;
    if (quote !== null || opens || ch === '"' || ch === "'" || !/\s/.test(ch)) out += ch;
  }
  return out.replace(
    /("(?:[^"]|"")*"|'(?:[^']|'')*')|([A-Za-z_][A-Za-z0-9_.]*)(?=\()/g,
    (all, quoted: string | undefined, name: string | undefined) =>
      quoted !== undefined ? all : (name ?? '').toUpperCase(),
  );
}
