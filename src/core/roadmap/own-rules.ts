import { parseA1 } from '../a1';
import { STATE_CODES, type StateCode } from '../model';
import { STATE_COLORS, STATE_LABELS } from '../states';

/**
 * Which conditional-format rules are the add-in's own, without trusting the formula text that
 * Sheets gives back (it may respace it, change the case of function names, add sheet prefixes
 * or quoting). A rule is ours when every range it paints lies inside the add-in's columns, and
 * its colours are one of the states' pairs (case ignored) or its formula, normalised, compares
 * a cell with a state's label (rules written by an older version with other colours).
 */
export interface RuleView {
  /** A1 notations of the rule's ranges, as Range.getA1Notation() gives them ('K5:R1000'). */
  ranges: readonly string[];
  background: string | null;
  fontColor: string | null;
  /** The first criteria value of a custom-formula rule; null for other rules. */
  formula: string | null;
}

const PAIRS = new Set(
  STATE_CODES.map((state: StateCode) => `${STATE_COLORS[state].background}|${STATE_COLORS[state].text}`.toLowerCase()),
);
const LABELS = new Set<string>(Object.values(STATE_LABELS));

/** The columns an A1 range covers: columnsOf('K5:R1000') → { first: 11, last: 18 }; null if unreadable. */
export function columnsOf(a1: string): { first: number; last: number } | null {
  try {
    const { startColumn: a, endColumn: b } = parseA1(a1);
    return a === null || b === null ? null : { first: Math.min(a, b), last: Math.max(a, b) };
  } catch {
    return null;
  }
}

/**
 * A formula as Sheets might give it back, reduced to one form: spaces outside strings removed,
 * names upper-cased, sheet prefixes and wrapping parentheses dropped.
 * normalizeFormula("= ( 'Лист 1'!$k5 = \"Просрочено\" )") → '=$K5="Просрочено"'
 */
export function normalizeFormula(formula: string): string {
  let out = '';
  let inString = false;
  for (const ch of formula) {
    if (ch === '"') inString = !inString;
    if (inString || ch === '"') out += ch;
    else if (!/\s/.test(ch)) out += ch.toUpperCase();
  }
  out = out.replace(/'(?:[^']|'')*'!|[A-ZА-ЯЁ_][\wА-ЯЁ.]*!/gu, '');
  while (/^=\((.*)\)$/.test(out)) out = out.replace(/^=\((.*)\)$/, '=$1');
  return out;
}

/** The state label a normalised formula compares a cell with, or null: '=$K5="Просрочено"' → 'Просрочено'. */
function labelOf(formula: string): string | null {
  const match = /^=\$?[A-Z]+\$?\d+="(.*)"$/.exec(normalizeFormula(formula));
  return match && LABELS.has(match[1] ?? '') ? (match[1] ?? null) : null;
}

/** True when the rule is the add-in's own (see the module comment); `addin` = its first and last column. */
export function isOwnRule(rule: RuleView, addin: { first: number; last: number }): boolean {
  if (rule.ranges.length === 0) return false;
  const inside = rule.ranges.every((a1) => {
    const columns = columnsOf(a1);
    return columns !== null && columns.first >= addin.first && columns.last <= addin.last;
  });
  if (!inside) return false;
  const pair = `${rule.background ?? ''}|${rule.fontColor ?? ''}`.toLowerCase();
  return PAIRS.has(pair) || (rule.formula !== null && labelOf(rule.formula) !== null);
}
