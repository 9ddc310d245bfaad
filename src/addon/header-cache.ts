import type { RoadmapHeader } from '../core/roadmap';

/**
 * What onEdit needs to re-judge a row without reading the sheet's top: the roadmap sheet's id,
 * its header (columns, plan year) and the spreadsheet's time zone. Written by every full read;
 * a few hundred bytes, far under the 9 KB a property may hold.
 */
const KEY = 'roadmap.header';

export interface CachedHeader {
  sheetId: number;
  timeZone: string;
  header: RoadmapHeader;
}

export function saveHeader(cached: CachedHeader): void {
  const json = JSON.stringify(cached);
  const store = PropertiesService.getDocumentProperties();
  if (store.getProperty(KEY) !== json) store.setProperty(KEY, json);
}

export function loadHeader(): CachedHeader | null {
  const raw = PropertiesService.getDocumentProperties().getProperty(KEY);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as CachedHeader;
  } catch {
    return null;
  }
}
