/// <reference types="google-apps-script" />
import { createHmac } from 'node:crypto';
import { isDate, type Runtime, signatureError } from './runtime';
import { formatSimpleDate } from './simple-date-format';
import { isValidTimeZone } from './tz';

/**
 * Utilities: formatDate (Java SimpleDateFormat in a named zone), formatString (Java
 * String.format), sleep (advances the simulated clock), getUuid (seeded, reproducible).
 */
export type EmulatedUtilities = Pick<
  GoogleAppsScript.Utilities.Utilities,
  'formatDate' | 'formatString' | 'sleep' | 'getUuid' | 'base64Encode' | 'base64Decode' | 'computeHmacSha256Signature'
>;

/** A string as UTF-8 bytes (Google's default charset), a Byte[] as its bytes (signed or not). */
function bytesOf(data: unknown, method: string, args: unknown[]): Buffer {
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  if (Array.isArray(data) && data.every((b) => typeof b === 'number')) return Buffer.from(data.map((b) => b & 0xff));
  throw signatureError(method, args);
}

/** Longest Utilities.sleep Google allows (5 minutes). */
export const MAX_SLEEP_MS = 300000;

export function createUtilities(runtime: Runtime): EmulatedUtilities {
  return {
    formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
      runtime.call('Utilities', 'formatDate');
      if (!isDate(date) || typeof timeZone !== 'string' || typeof format !== 'string')
        throw signatureError('Utilities.formatDate', [date, timeZone, format]);
      // Java falls back to GMT for an unknown zone ID.
      const zone = isValidTimeZone(timeZone) ? timeZone : 'UTC';
      return formatSimpleDate(date.getTime(), zone, format);
    },
    formatString(template: string, ...args: unknown[]): string {
      runtime.call('Utilities', 'formatString');
      return formatJavaString(template, args);
    },
    sleep(milliseconds: number): void {
      runtime.call('Utilities', 'sleep');
      runtime.clock.advance(Math.min(Math.max(0, milliseconds), MAX_SLEEP_MS));
      runtime.checkLimit();
    },
    getUuid(): string {
      runtime.call('Utilities', 'getUuid');
      const hex = Array.from({ length: 32 }, () => Math.floor(runtime.random() * 16).toString(16));
      hex[12] = '4';
      hex[16] = '89ab'.charAt(Math.floor(runtime.random() * 4));
      const h = hex.join('');
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
    },
    base64Encode(data: string | number[]): string {
      runtime.call('Utilities', 'base64Encode');
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.map((b) => b & 0xff));
      return bytes.toString('base64');
    },
    /**
     * HMAC-SHA256 of value under key: (String, String), (String, String, Charset) or (Byte[], Byte[]).
     * Returns Java's signed bytes (−128…127), as base64Decode does.
     */
    computeHmacSha256Signature(value: string | number[], key: string | number[], ...rest: unknown[]): number[] {
      runtime.call('Utilities', 'computeHmacSha256Signature');
      const args = [value, key, ...rest];
      if (rest.length > 1 || (rest.length === 1 && typeof value !== 'string'))
        throw signatureError('Utilities.computeHmacSha256Signature', args);
      if (typeof value === 'string' ? typeof key !== 'string' : typeof key === 'string')
        throw signatureError('Utilities.computeHmacSha256Signature', args);
      const mac = createHmac('sha256', bytesOf(key, 'Utilities.computeHmacSha256Signature', args))
        .update(bytesOf(value, 'Utilities.computeHmacSha256Signature', args))
        .digest();
      return [...mac].map((b) => (b > 127 ? b - 256 : b));
    },
    base64Decode(encoded: string): number[] {
      runtime.call('Utilities', 'base64Decode');
      // Java bytes are signed.
      return [...Buffer.from(encoded, 'base64')].map((b) => (b > 127 ? b - 256 : b));
    },
  } as EmulatedUtilities;
}

/**
 * Java's String.format for the conversions scripts use: %s %d %f %x %o %b %c %% %n, with
 * flags (- 0 + , space), width, precision and argument indexes (%2$s).
 * Example: formatJavaString('%05.1f|%-4s|%,d', [3.14159, 'ab', 1234567]) === '003.1|ab  |1,234,567'.
 */
export function formatJavaString(template: string, args: readonly unknown[]): string {
  let next = 0;
  return template.replace(
    /%(\d+\$)?([-#+ 0,(]*)(\d+)?(?:\.(\d+))?([sSdfxXobBcCeEn%])/g,
    (
      _m,
      index: string | undefined,
      flags: string,
      width: string | undefined,
      precision: string | undefined,
      conv: string,
    ) => {
      if (conv === '%') return '%';
      if (conv === 'n') return '\n';
      const arg = index ? args[Number.parseInt(index, 10) - 1] : args[next++];
      let text: string;
      switch (conv) {
        case 'd': {
          const n = Math.trunc(Number(arg));
          text = flags.includes(',') ? Math.abs(n).toLocaleString('en-US') : String(Math.abs(n));
          text = (n < 0 ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '') + text;
          break;
        }
        case 'f':
        case 'e':
        case 'E': {
          const n = Number(arg);
          const digits = precision === undefined ? 6 : Number(precision);
          let body = conv === 'f' ? Math.abs(n).toFixed(digits) : Math.abs(n).toExponential(digits);
          if (conv !== 'f') body = body.replace(/e([+-])(\d)$/, 'e$10$2');
          if (conv === 'E') body = body.toUpperCase();
          if (flags.includes(',') && conv === 'f') {
            const [int, frac] = body.split('.');
            body = Number(int).toLocaleString('en-US') + (frac !== undefined ? `.${frac}` : '');
          }
          text = (n < 0 ? '-' : flags.includes('+') ? '+' : '') + body;
          break;
        }
        case 'x':
        case 'X':
        case 'o': {
          const n = Math.trunc(Number(arg));
          text = (n >>> 0).toString(conv === 'o' ? 8 : 16);
          if (conv === 'X') text = text.toUpperCase();
          break;
        }
        case 'b':
        case 'B':
          text = String(arg !== null && arg !== undefined && arg !== false);
          break;
        case 'c':
        case 'C':
          text = typeof arg === 'number' ? String.fromCharCode(arg) : String(arg).charAt(0);
          break;
        default:
          text = arg === null || arg === undefined ? 'null' : String(arg);
          if (precision !== undefined) text = text.slice(0, Number(precision));
      }
      if (conv === 'S' || conv === 'B' || conv === 'C') text = text.toUpperCase();
      const w = width ? Number(width) : 0;
      if (text.length < w) {
        if (flags.includes('-')) text = text.padEnd(w);
        else if (flags.includes('0') && /[dfxXoeE]/.test(conv)) {
          const sign = /^[-+ ]/.test(text) ? text.charAt(0) : '';
          text = sign + text.slice(sign.length).padStart(w - sign.length, '0');
        } else text = text.padStart(w);
      }
      return text;
    },
  );
}
