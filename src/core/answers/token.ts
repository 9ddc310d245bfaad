import { addDays, type IsoDate, isIsoDate } from '../dates';

/**
 * The executor's link token: who may answer, for which measures of which spreadsheet, until when,
 * signed with HMAC-SHA256 under a secret only the script knows. The core does not compute the
 * HMAC itself (Apps Script has Utilities.computeHmacSha256Signature; Node has crypto): the adapter
 * passes it in, so this module stays pure.
 *
 * Format: `<payload>.<mac>`, both base64url without padding; payload is the JSON of TokenPayload
 * with every non-ASCII character escaped (\uXXXX), so its bytes are its characters.
 * signToken({ s: 'abc', r: 'a@x.ru', m: '*', e: '2021-08-14' }, secret, hmac) → 'eyJzIjoi….Zk3…'
 */
export interface TokenPayload {
  /** The spreadsheet's id. */
  s: string;
  /** The recipient's address, lower case. */
  r: string;
  /** Measure ids (see measureIds) the link may answer for, or '*' = every measure of the recipient. */
  m: string[] | '*';
  /** Last day the link works (inclusive), in the spreadsheet's time zone. */
  e: IsoDate;
}

/** HMAC-SHA256 of `message` under `key`; bytes may be signed (Java, Apps Script) or not. */
export type HmacSha256 = (message: string, key: string) => readonly number[];

/** A link works this many days after the e-mail by default. */
export const TOKEN_DAYS = 60;

/** Tokens longer than this are refused before any work (a digest's token is ~200 characters). */
export const MAX_TOKEN_LENGTH = 4000;

export type TokenRefusal = 'malformed' | 'signature' | 'expired' | 'other-spreadsheet';

export type TokenCheck = { ok: true; payload: TokenPayload } | { ok: false; code: TokenRefusal };

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * base64url without padding of bytes (0–255 or Java's −128–127).
 * base64Url([104, 105]) → 'aGk'
 */
export function base64Url(bytes: readonly number[]): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = (bytes[i] as number) & 0xff;
    const b = i + 1 < bytes.length ? (bytes[i + 1] as number) & 0xff : 0;
    const c = i + 2 < bytes.length ? (bytes[i + 2] as number) & 0xff : 0;
    const n = (a << 16) | (b << 8) | c;
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let k = 0; k < chars; k++) out += ALPHABET.charAt((n >> (18 - 6 * k)) & 63);
  }
  return out;
}

/** The inverse of base64Url; null for a character outside the alphabet or an impossible length. */
export function fromBase64Url(text: string): number[] | null {
  if (text.length % 4 === 1) return null;
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const ch of text) {
    const value = ALPHABET.indexOf(ch);
    if (value < 0) return null;
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  return bytes;
}

/** JSON with every character above U+007F escaped: the same text, ASCII only. */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u0080-\uffff]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function macOf(payloadPart: string, secret: string, hmac: HmacSha256): string {
  return base64Url(hmac(payloadPart, secret));
}

/** Signs a payload (see the module comment). */
export function signToken(payload: TokenPayload, secret: string, hmac: HmacSha256): string {
  const json = asciiJson({ s: payload.s, r: payload.r, m: payload.m, e: payload.e });
  const part = base64Url([...json].map((ch) => ch.charCodeAt(0)));
  return `${part}.${macOf(part, secret, hmac)}`;
}

/** The expiry of a link made today: today + TOKEN_DAYS. */
export function expiryFrom(today: IsoDate, days = TOKEN_DAYS): IsoDate {
  return addDays(today, days);
}

function isPayload(value: unknown): value is TokenPayload {
  if (typeof value !== 'object' || value === null) return false;
  const p = value as Record<string, unknown>;
  const measures = p.m === '*' || (Array.isArray(p.m) && p.m.every((m) => typeof m === 'string'));
  return typeof p.s === 'string' && typeof p.r === 'string' && measures && isIsoDate(p.e);
}

/** Compares without stopping at the first difference (the time does not tell how much matched). */
function sameText(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0 && a.length === b.length;
}

/**
 * Checks a token: well-formed, signed with `secret` (the whole token must be exactly the one
 * signToken makes, so no character can change without refusal), for this spreadsheet, not expired.
 * verifyToken(token, { secret, hmac, today: '2021-06-15', spreadsheetId: 'abc' }) → { ok: true, payload }
 */
export function verifyToken(
  token: unknown,
  context: { secret: string; hmac: HmacSha256; today: IsoDate; spreadsheetId: string },
): TokenCheck {
  if (typeof token !== 'string' || token.length > MAX_TOKEN_LENGTH) return { ok: false, code: 'malformed' };
  const dot = token.indexOf('.');
  if (dot <= 0 || dot !== token.lastIndexOf('.')) return { ok: false, code: 'malformed' };
  const part = token.slice(0, dot);
  const bytes = fromBase64Url(part);
  if (!bytes) return { ok: false, code: 'malformed' };
  if (!sameText(token, `${part}.${macOf(part, context.secret, context.hmac)}`)) return { ok: false, code: 'signature' };
  let payload: unknown;
  try {
    payload = JSON.parse(String.fromCharCode(...bytes));
  } catch {
    return { ok: false, code: 'malformed' };
  }
  if (!isPayload(payload)) return { ok: false, code: 'malformed' };
  if (payload.s !== context.spreadsheetId) return { ok: false, code: 'other-spreadsheet' };
  if (payload.e < context.today) return { ok: false, code: 'expired' };
  return { ok: true, payload };
}

/** May this token answer for the measure? (Its recipient's measures are checked by the caller.) */
export function tokenCovers(payload: TokenPayload, measureId: string): boolean {
  return payload.m === '*' || payload.m.includes(measureId);
}
