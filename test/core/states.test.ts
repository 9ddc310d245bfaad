import { AA_TEXT, contrastRatio, readableOn } from '../../src/core/contrast';
import { STATE_CODES } from '../../src/core/model';
import { STATE_COLORS, STATE_LABELS, stateFromLabel } from '../../src/core/states';

describe('the state palette', () => {
  it.each(STATE_CODES)('%s: its text reads at WCAG AA (4.5:1) on its background', (code) => {
    const { text, background } = STATE_COLORS[code];
    expect(contrastRatio(text, background)).toBeGreaterThanOrEqual(AA_TEXT);
    // The sidebar's guard has nothing to darken.
    expect(readableOn(text, [background])).toBe(text);
  });

  it('measures contrast as WCAG does (black on white 21:1, the old grey of «Отменено» 3.68:1)', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#80868b', '#ffffff')).toBeCloseTo(3.68, 2);
  });

  it('reads every label back to its state code', () => {
    for (const code of STATE_CODES) expect(stateFromLabel(` ${STATE_LABELS[code]} `)).toBe(code);
    expect(stateFromLabel('Готово')).toBeNull();
  });
});
