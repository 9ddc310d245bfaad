/**
 * Protections, recorded: Range.protect() always adds a new one, Sheet.protect() returns the
 * sheet's existing one. Warning-only protections let anyone edit after a warning.
 */
import type { Runtime } from '../runtime';
import { ProtectionType } from './enums';
import type { Shape } from './gas-types';
import type { EmulatedRange } from './range';
import type { EmulatedSheet } from './sheet';

export interface ProtectionData {
  type: 'RANGE' | 'SHEET';
  sheet: EmulatedSheet;
  range: EmulatedRange | null;
  description: string;
  warningOnly: boolean;
  removed: boolean;
}

export class EmulatedProtection
  implements
    Shape<
      GoogleAppsScript.Spreadsheet.Protection,
      | 'setWarningOnly'
      | 'isWarningOnly'
      | 'setDescription'
      | 'getDescription'
      | 'getRange'
      | 'getProtectionType'
      | 'remove'
      | 'canEdit'
    >
{
  constructor(
    private readonly runtime: Runtime,
    readonly data: ProtectionData,
  ) {}
  private record(method: string): void {
    this.runtime.call('Spreadsheet', `Protection.${method}`);
  }
  setWarningOnly(warningOnly: boolean): this {
    this.record('setWarningOnly');
    this.data.warningOnly = Boolean(warningOnly);
    return this;
  }
  isWarningOnly(): boolean {
    this.record('isWarningOnly');
    return this.data.warningOnly;
  }
  setDescription(description: string): this {
    this.record('setDescription');
    this.data.description = String(description);
    return this;
  }
  getDescription(): string {
    this.record('getDescription');
    return this.data.description;
  }
  getRange(): EmulatedRange {
    this.record('getRange');
    const d = this.data;
    return d.range ?? d.sheet._range(1, 1, d.sheet.maxRows, d.sheet.maxColumns);
  }
  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    this.record('getProtectionType');
    return (ProtectionType as unknown as Record<string, GoogleAppsScript.Spreadsheet.ProtectionType>)[
      this.data.type
    ] as GoogleAppsScript.Spreadsheet.ProtectionType;
  }
  /** The emulated user is the owner: always true. */
  canEdit(): boolean {
    this.record('canEdit');
    return true;
  }
  remove(): void {
    this.record('remove');
    this.data.removed = true;
    const list = this.data.sheet.protections;
    const i = list.indexOf(this.data);
    if (i >= 0) list.splice(i, 1);
  }
}
