import { say } from '../core/i18n';
import { DEFAULT_SETTINGS, type Settings, validateSettings } from '../core/settings';

/**
 * The add-in's small state in document properties (shared by every editor of the file).
 * Nothing proportional to the sheet is stored here: properties hold 9 KB a value and
 * 500 KB a store; the reminder log lives in its own sheet.
 */
const KEYS = {
  settings: 'roadmap.settings',
  nightly: 'roadmap.nightly',
  lastCheck: 'roadmap.lastCheck',
} as const;

/** The document's properties (null outside a document — a standalone script, a web app: said so). */
export function documentStore(): GoogleAppsScript.Properties.Properties {
  const store = PropertiesService.getDocumentProperties();
  if (!store) throw new Error(say({ code: 'no-document-properties' }));
  return store;
}

/** A JSON value kept under `key`; null when there is none or it does not parse. */
export function readJson<T>(key: string): T | null {
  const raw = documentStore().getProperty(key);
  if (raw === null) return null;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return null;
  }
}

export function writeJson(key: string, value: unknown): void {
  documentStore().setProperty(key, JSON.stringify(value));
}

/** Saved settings, or the defaults; settings that no longer validate fall back to the defaults. */
export function loadSettings(): Settings {
  const saved = readJson<Partial<Settings>>(KEYS.settings);
  if (!saved) return { ...DEFAULT_SETTINGS };
  const result = validateSettings(saved);
  return result.ok ? result.value : { ...DEFAULT_SETTINGS };
}

export function storeSettings(settings: Settings): void {
  writeJson(KEYS.settings, settings);
}

/** The outcome of the last nightly run, for the sidebar. */
export interface NightlyRecord {
  start: string;
  end: string | null;
  ok: boolean;
  summary: string;
  error: string | null;
  /** The last run that finished without error (ISO), kept across failures. */
  lastSuccess: string | null;
}

export function loadNightlyRecord(): NightlyRecord | null {
  return readJson<NightlyRecord>(KEYS.nightly);
}

export function saveNightlyRecord(record: NightlyRecord): void {
  writeJson(KEYS.nightly, record);
}

export interface LastCheck {
  at: string;
  stamp: string;
}

export function loadLastCheck(): LastCheck | null {
  return readJson<LastCheck>(KEYS.lastCheck);
}

export function saveLastCheck(check: LastCheck): void {
  writeJson(KEYS.lastCheck, check);
}
