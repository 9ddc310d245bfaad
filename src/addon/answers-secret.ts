import { expiryFrom, signToken, type TokenCheck, type TokenPayload, verifyToken } from '../core/answers';
import type { IsoDate } from '../core/dates';

/**
 * The secret the executors' links are signed with, in SCRIPT properties (the web app reads it
 * without an open spreadsheet; a bound script's script properties belong to this file's script
 * alone), with the id of the spreadsheet it signs for. Made on first use; «Отозвать ссылки»
 * replaces it, so every link sent before stops working at once.
 */
const KEY = 'roadmap.answers.secret';

interface Stored {
  secret: string;
  spreadsheetId: string;
}

function read(): Stored | null {
  const raw = PropertiesService.getScriptProperties().getProperty(KEY);
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as Partial<Stored>;
    return typeof parsed.secret === 'string' && typeof parsed.spreadsheetId === 'string' && parsed.secret.length >= 32
      ? { secret: parsed.secret, spreadsheetId: parsed.spreadsheetId }
      : null;
  } catch {
    return null;
  }
}

/** 256 random bits: two UUIDs (122 random bits each) without their dashes. */
function newSecret(): string {
  return (Utilities.getUuid() + Utilities.getUuid()).replace(/-/g, '');
}

function create(spreadsheetId: string): Stored {
  const stored = { secret: newSecret(), spreadsheetId };
  PropertiesService.getScriptProperties().setProperty(KEY, JSON.stringify(stored));
  return stored;
}

const hmac = (message: string, key: string) => Utilities.computeHmacSha256Signature(message, key);

/** A link token for `recipient` (their measures, or the listed ones), valid 60 days from today. */
export function makeToken(
  spreadsheetId: string,
  recipient: string,
  today: IsoDate,
  measures: TokenPayload['m'] = '*',
): string {
  const stored = read();
  const current = stored && stored.spreadsheetId === spreadsheetId ? stored : create(spreadsheetId);
  return signToken(
    { s: spreadsheetId, r: recipient.toLowerCase(), m: measures, e: expiryFrom(today) },
    current.secret,
    hmac,
  );
}

/**
 * Checks a token's signature and spreadsheet with no spreadsheet open (the caller checks the
 * expiry once it knows the spreadsheet's today). The spreadsheet comes from the stored secret,
 * never from the token, so a forged link cannot make the script open another file.
 */
export function checkSignature(token: unknown): TokenCheck & { spreadsheetId?: string } {
  const stored = read();
  if (!stored) return { ok: false, code: 'signature' };
  // The earliest possible day: the expiry is checked by the caller in the spreadsheet's zone.
  const result = verifyToken(token, {
    secret: stored.secret,
    hmac,
    today: '0000-01-01',
    spreadsheetId: stored.spreadsheetId,
  });
  return { ...result, spreadsheetId: stored.spreadsheetId };
}

/** «Отозвать все ссылки»: a new secret; the links sent so far are refused from now on. */
export function revokeLinks(spreadsheetId: string): void {
  create(spreadsheetId);
}
