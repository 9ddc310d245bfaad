/**
 * WCAG 2 contrast of text on colored backgrounds. The state palette
 * (src/core/states.ts) is shared with the sheet; the sidebar darkens a text color that falls
 * short of AA on its background rather than showing it as is.
 */

/** Relative luminance of `#rrggbb` (WCAG 2.x). */
export function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = channels(hex).map((c) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** contrastRatio('#5f6368', '#ffffff') → 6.04…; from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** AA for normal text: 4.5:1. */
export const AA_TEXT = 4.5;

/**
 * `text` as is when it reads at `min` on every background given, else the same hue darkened
 * in 5 % steps until it does: readableOn('#80868b', ['#ffffff']) → '#6d7276'.
 */
export function readableOn(text: string, backgrounds: readonly string[], min = AA_TEXT): string {
  const base = channels(text);
  for (let step = 0; step <= 20; step++) {
    const candidate = hex(base.map((c) => c * (1 - step * 0.05)));
    if (backgrounds.every((bg) => contrastRatio(candidate, bg) >= min)) return candidate;
  }
  return '#000000';
}

function channels(color: string): number[] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!m) throw new Error(`Not a #rrggbb color: ${color}`);
  return [m[1], m[2], m[3]].map((h) => Number.parseInt(h ?? '0', 16));
}

function hex(rgb: number[]): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}
