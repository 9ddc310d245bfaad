/**
 * Developer metadata: key/value pairs on the spreadsheet, a sheet, or a whole row or column.
 * Row and column metadata move with their row or column when rows or columns are inserted,
 * and disappear with it when it is deleted — as in Sheets.
 * Example: sheet.addDeveloperMetadata('roadmap-tracker', 'directory'); then
 * ss.createDeveloperMetadataFinder().withKey('roadmap-tracker').find()[0].getLocation().getSheet().
 */
import type { Runtime } from '../runtime';
import { DeveloperMetadataLocationType, DeveloperMetadataVisibility, enumName } from './enums';
import { signatureError } from './errors';
import type { Shape } from './gas-types';
import type { EmulatedRange } from './range';
import type { EmulatedSheet } from './sheet';
import type { EmulatedSpreadsheet } from './spreadsheet';

export type MetaLocation =
  | { type: 'SPREADSHEET' }
  | { type: 'SHEET'; sheet: EmulatedSheet }
  | { type: 'ROW'; sheet: EmulatedSheet; index: number }
  | { type: 'COLUMN'; sheet: EmulatedSheet; index: number };

export interface MetaRecord {
  id: number;
  key: string;
  value: string | null;
  visibility: 'DOCUMENT' | 'PROJECT';
  location: MetaLocation;
}

function member<T>(e: unknown, name: string): T {
  return (e as Record<string, T>)[name] as T;
}

export function visibilityName(v: unknown): 'DOCUMENT' | 'PROJECT' {
  if (v === undefined) return 'DOCUMENT';
  const name = enumName(v, 'DeveloperMetadataVisibility');
  if (name !== 'DOCUMENT' && name !== 'PROJECT') throw signatureError('addDeveloperMetadata', [v]);
  return name;
}

type Visibility = GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;
/** addDeveloperMetadata's parameters: (key), (key, value), (key, visibility) or (key, value, visibility). */
export type MetadataArgs = [key: string, valueOrVisibility?: string | Visibility, visibility?: Visibility];

/** The key, value and visibility name of addDeveloperMetadata's arguments, whichever overload. */
export function metadataArgs([key, valueOrVisibility, visibility]: MetadataArgs): {
  key: string;
  value: string | null;
  visibility: 'DOCUMENT' | 'PROJECT';
} {
  const valued = typeof valueOrVisibility === 'string';
  return {
    key,
    value: valued ? valueOrVisibility : null,
    visibility: visibilityName(valued ? visibility : valueOrVisibility),
  };
}

export class EmulatedDeveloperMetadataLocation
  implements
    Shape<
      GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation,
      'getLocationType' | 'getSheet' | 'getRow' | 'getColumn' | 'getSpreadsheet'
    >
{
  constructor(
    private readonly ss: EmulatedSpreadsheet,
    private readonly location: MetaLocation,
  ) {}
  getLocationType(): GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType {
    return member(DeveloperMetadataLocationType, this.location.type);
  }
  getSpreadsheet(): EmulatedSpreadsheet | null {
    return this.location.type === 'SPREADSHEET' ? this.ss : null;
  }
  getSheet(): EmulatedSheet | null {
    return this.location.type === 'SPREADSHEET' ? null : this.location.sheet;
  }
  getRow(): EmulatedRange | null {
    const l = this.location;
    return l.type === 'ROW' ? l.sheet._range(l.index, 1, 1, l.sheet.maxColumns) : null;
  }
  getColumn(): EmulatedRange | null {
    const l = this.location;
    return l.type === 'COLUMN' ? l.sheet._range(1, l.index, l.sheet.maxRows, 1) : null;
  }
}

export class EmulatedDeveloperMetadata
  implements
    Shape<
      GoogleAppsScript.Spreadsheet.DeveloperMetadata,
      'getId' | 'getKey' | 'getValue' | 'getVisibility' | 'getLocation' | 'setValue' | 'setKey' | 'remove'
    >
{
  constructor(
    private readonly runtime: Runtime,
    private readonly ss: EmulatedSpreadsheet,
    readonly record: MetaRecord,
  ) {}
  getId(): number {
    this.runtime.call('Spreadsheet', 'DeveloperMetadata.getId');
    return this.record.id;
  }
  getKey(): string {
    this.runtime.call('Spreadsheet', 'DeveloperMetadata.getKey');
    return this.record.key;
  }
  getValue(): string | null {
    this.runtime.call('Spreadsheet', 'DeveloperMetadata.getValue');
    return this.record.value;
  }
  getVisibility(): GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility {
    this.runtime.call('Spreadsheet', 'DeveloperMetadata.getVisibility');
    return member(DeveloperMetadataVisibility, this.record.visibility);
  }
  getLocation(): EmulatedDeveloperMetadataLocation {
    this.runtime.call('Spreadsheet', 'DeveloperMetadata.getLocation');
    return new EmulatedDeveloperMetadataLocation(this.ss, this.record.location);
  }
  setValue(value: string): this {
    this.runtime.call('Spreadsheet', 'DeveloperMetadata.setValue');
    this.record.value = String(value);
    return this;
  }
  setKey(key: string): this {
    this.runtime.call('Spreadsheet', 'DeveloperMetadata.setKey');
    this.record.key = String(key);
    return this;
  }
  remove(): void {
    this.runtime.call('Spreadsheet', 'DeveloperMetadata.remove');
    this.ss.metadata = this.ss.metadata.filter((m) => m !== this.record);
  }
}

/** Where a finder looks: the whole spreadsheet, one sheet, or a block of one sheet. */
export type FinderScope =
  | { kind: 'spreadsheet' }
  | { kind: 'sheet'; sheet: EmulatedSheet }
  | { kind: 'range'; range: EmulatedRange };

export class EmulatedDeveloperMetadataFinder
  implements
    Shape<
      GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder,
      'find' | 'withKey' | 'withValue' | 'withId' | 'withVisibility' | 'withLocationType' | 'onIntersectingLocations'
    >
{
  private filters: ((m: MetaRecord) => boolean)[] = [];
  private intersecting = false;
  constructor(
    private readonly runtime: Runtime,
    private readonly ss: EmulatedSpreadsheet,
    private readonly scope: FinderScope,
  ) {}
  withKey(key: string): this {
    this.filters.push((m) => m.key === key);
    return this;
  }
  withValue(value: string): this {
    this.filters.push((m) => m.value === value);
    return this;
  }
  withId(id: number): this {
    this.filters.push((m) => m.id === id);
    return this;
  }
  withVisibility(visibility: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility): this {
    const name = visibilityName(visibility);
    this.filters.push((m) => m.visibility === name);
    return this;
  }
  withLocationType(locationType: GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType): this {
    const name = enumName(locationType, 'DeveloperMetadataLocationType');
    if (!name) throw signatureError('DeveloperMetadataFinder.withLocationType', [locationType]);
    this.filters.push((m) => m.location.type === name);
    return this;
  }
  onIntersectingLocations(): this {
    this.intersecting = true;
    return this;
  }
  find(): EmulatedDeveloperMetadata[] {
    this.runtime.call('Spreadsheet', 'DeveloperMetadataFinder.find');
    return this.ss.metadata
      .filter((m) => this.inScope(m) && this.filters.every((f) => f(m)))
      .map((m) => new EmulatedDeveloperMetadata(this.runtime, this.ss, m));
  }
  private inScope(m: MetaRecord): boolean {
    const s = this.scope;
    const l = m.location;
    if (s.kind === 'spreadsheet') return true;
    if (s.kind === 'sheet') return l.type !== 'SPREADSHEET' && l.sheet === s.sheet;
    if (l.type !== 'ROW' && l.type !== 'COLUMN') return false;
    const b = s.range.box;
    if (l.sheet !== s.range.sheet) return false;
    const sheet = l.sheet;
    if (l.type === 'ROW') {
      const within = l.index >= b.row && l.index < b.row + b.numRows;
      const whole = b.column === 1 && b.numColumns === sheet.maxColumns;
      return within && (whole || this.intersecting);
    }
    const within = l.index >= b.column && l.index < b.column + b.numColumns;
    const whole = b.row === 1 && b.numRows === sheet.maxRows;
    return within && (whole || this.intersecting);
  }
}
