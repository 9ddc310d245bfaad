/**
 * Small conversions between Sheets' and Excel's ways of saying the same thing.
 * Example: argbToHex('FFFF0000') → '#ff0000'; pxToWidth(100) → 13.57.
 */

/** 'FFRRGGBB' → '#rrggbb'; theme colours and malformed values → null. */
export function argbToHex(argb: unknown): string | null {
  if (typeof argb !== 'string' || !/^[0-9a-f]{6}([0-9a-f]{2})?$/i.test(argb)) return null;
  return `#${argb.slice(-6).toLowerCase()}`;
}

export function hexToArgb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

/** Sheets column width (px) ↔ Excel width (characters of the default font). */
export function pxToWidth(px: number): number {
  return Math.round(((px - 5) / 7) * 100) / 100;
}
/** Not rounded, so a width read from a file is written back exactly. */
export function widthToPx(width: number): number {
  return width * 7 + 5;
}

/** Sheets row height (px) ↔ Excel row height (points); not rounded, for exact round trips. */
export function pointsToPx(points: number): number {
  return (points * 4) / 3;
}
export function pxToPoints(px: number): number {
  return Math.round(px * 0.75 * 100) / 100;
}

/** The formats the emulator models, as one string: a changed format means the script changed it. */
export function formatFingerprint(cell: {
  numberFormat?: string;
  background?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  wrap?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
}): string {
  return JSON.stringify([
    cell.numberFormat ?? null,
    cell.background ?? null,
    cell.fontColor ?? null,
    cell.bold ?? false,
    cell.italic ?? false,
    cell.wrap ?? false,
    cell.horizontalAlignment ?? null,
    cell.verticalAlignment ?? null,
  ]);
}

/** Excel serial ↔ the UTC Date exceljs uses (wall-clock time read as UTC). */
export function excelDateToSerial(d: Date): number {
  return d.getTime() / 86_400_000 + 25_569;
}
export function serialToExcelDate(serial: number): Date {
  return new Date(Math.round((serial - 25_569) * 86_400_000));
}

/** Excel forbids : \ / ? * [ ] in sheet names and allows 31 characters. */
export function excelSheetName(name: string, taken: Set<string>): string {
  let base = name.replace(/[:\\/?*[\]]/g, '_').slice(0, 31);
  if (base.startsWith("'")) base = `_${base.slice(1)}`;
  let candidate = base;
  for (let i = 2; taken.has(candidate.toLowerCase()); i++) {
    const suffix = ` (${i})`;
    candidate = base.slice(0, 31 - suffix.length) + suffix;
  }
  taken.add(candidate.toLowerCase());
  return candidate;
}
