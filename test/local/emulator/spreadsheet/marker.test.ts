/**
 * The emulator's one marker: a method Google does not have starts with `_` and records nothing
 * in the ledger; every other method is Google's and records its call. The names are checked at
 * compile time (marker.types.ts, `npm run typecheck`); here, that `_` methods never record.
 */
import { EmulatedRange, EmulatedSheet, EmulatedSpreadsheet } from '../../../../src/local/emulator/spreadsheet';
import { makeSpreadsheet } from './fixture';

const emulatorOnly = (proto: object): string[] =>
  Object.getOwnPropertyNames(proto).filter((name) => name.startsWith('_'));

describe('methods marked `_` (the emulator’s own)', () => {
  it('exist on the spreadsheet, the sheet and the range, with no other naming pattern left', () => {
    for (const proto of [EmulatedSpreadsheet.prototype, EmulatedSheet.prototype, EmulatedRange.prototype]) {
      const names = Object.getOwnPropertyNames(proto);
      expect(emulatorOnly(proto).length).toBeGreaterThan(0);
      expect(names.filter((n) => /^internal|Internal$|ForTests$|^snapshot/.test(n))).toEqual([]);
    }
  });

  it.each([
    ['spreadsheet', EmulatedSpreadsheet.prototype],
    ['sheet', EmulatedSheet.prototype],
    ['range', EmulatedRange.prototype],
  ])('on the %s, record nothing in the ledger, whatever they are given', (_kind, proto) => {
    const { runtime, ss, sheet } = makeSpreadsheet();
    sheet.getRange(1, 1, 2, 2).setValues([
      ['a', 1],
      ['=B1+1', true],
    ]);
    const target =
      proto === EmulatedSpreadsheet.prototype
        ? ss
        : proto === EmulatedSheet.prototype
          ? sheet
          : sheet._range(1, 1, 2, 2);
    const before = runtime.ledger.entries.length;
    const argSets: unknown[][] = [[], [1, 1, 1, 1], [sheet, 'A1', 1, 1], ['Лист1']];
    for (const name of emulatorOnly(proto))
      for (const args of argSets) {
        try {
          (target as unknown as Record<string, (...a: unknown[]) => unknown>)[name]?.(...args);
        } catch {
          // Wrong arguments may throw; what matters is the ledger.
        }
      }
    expect(runtime.ledger.entries.length).toBe(before);
  });

  it('while the Google method of the same job records one call', () => {
    const { runtime, sheet } = makeSpreadsheet();
    const before = runtime.ledger.entries.length;
    sheet._lastRow();
    sheet._range(1, 1)._a1();
    expect(runtime.ledger.entries.length).toBe(before);
    sheet.getLastRow();
    sheet.getRange(1, 1).getA1Notation();
    expect(runtime.ledger.entries.slice(before).map((e) => e.method)).toEqual([
      'Sheet.getLastRow',
      'Sheet.getRange',
      'Range.getA1Notation',
    ]);
  });
});
