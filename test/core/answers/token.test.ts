import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import {
  base64Url,
  expiryFrom,
  fromBase64Url,
  type HmacSha256,
  signToken,
  type TokenPayload,
  tokenCovers,
  verifyToken,
} from '../../../src/core/answers/token';

/** Node's HMAC, returning Java's signed bytes as Apps Script does. */
const hmac: HmacSha256 = (message, key) =>
  [...createHmac('sha256', key).update(message, 'utf8').digest()].map((b) => (b > 127 ? b - 256 : b));

const SECRET = 'c0ffee00c0ffee00c0ffee00c0ffee00';
const payload: TokenPayload = { s: 'sheet-1', r: 'wg@example.org', m: '*', e: '2021-08-14' };
const context = { secret: SECRET, hmac, today: '2021-06-15', spreadsheetId: 'sheet-1' };

describe('the executor link token', () => {
  it('verifies a token it signed and gives back the payload', () => {
    const token = signToken(payload, SECRET, hmac);
    expect(verifyToken(token, context)).toEqual({ ok: true, payload });
  });

  it('keeps a Cyrillic address and measure ids, and the token stays URL-safe', () => {
    const cyrillic: TokenPayload = { s: 'sheet-1', r: 'рг@пример.рф', m: ['2.2~abc', '1.1~xyz'], e: '2021-08-14' };
    const token = signToken(cyrillic, SECRET, hmac);
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(verifyToken(token, context)).toEqual({ ok: true, payload: cyrillic });
  });

  it('refuses a token signed with another secret (links revoked by a new secret)', () => {
    const old = signToken(payload, SECRET, hmac);
    expect(verifyToken(old, { ...context, secret: 'a-new-secret-after-revocation' })).toEqual({
      ok: false,
      code: 'signature',
    });
  });

  it('works on its last day and refuses the day after', () => {
    const token = signToken(payload, SECRET, hmac);
    expect(verifyToken(token, { ...context, today: '2021-08-14' }).ok).toBe(true);
    expect(verifyToken(token, { ...context, today: '2021-08-15' })).toEqual({ ok: false, code: 'expired' });
  });

  it('refuses a token of another spreadsheet even when correctly signed', () => {
    const token = signToken({ ...payload, s: 'sheet-2' }, SECRET, hmac);
    expect(verifyToken(token, context)).toEqual({ ok: false, code: 'other-spreadsheet' });
  });

  it('refuses a payload re-encoded by hand with another recipient', () => {
    const token = signToken(payload, SECRET, hmac);
    const [, mac] = token.split('.');
    const forged = base64Url([...JSON.stringify({ ...payload, r: 'other@example.org' })].map((c) => c.charCodeAt(0)));
    expect(verifyToken(`${forged}.${mac}`, context)).toEqual({ ok: false, code: 'signature' });
  });

  it.each([[''], ['abc'], ['a.b.c'], ['.x'], ['не-base64.x'], [42], [null], ['x'.repeat(5000)]])(
    'refuses the malformed token %j',
    (token) => {
      expect(verifyToken(token, context)).toMatchObject({ ok: false });
    },
  );

  it('refuses any single-character change, insertion or deletion', () => {
    const token = signToken(payload, SECRET, hmac);
    const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=%+/ ';
    fc.assert(
      fc.property(
        fc.nat({ max: token.length - 1 }),
        fc.constantFrom(...chars),
        fc.constantFrom('replace', 'insert', 'delete'),
        (at, ch, how) => {
          const changed =
            how === 'replace'
              ? token.slice(0, at) + ch + token.slice(at + 1)
              : how === 'insert'
                ? token.slice(0, at) + ch + token.slice(at)
                : token.slice(0, at) + token.slice(at + 1);
          fc.pre(changed !== token);
          expect(verifyToken(changed, context).ok).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('gives a link 60 days by default', () => {
    expect(expiryFrom('2021-06-15')).toBe('2021-08-14');
  });

  it('covers every measure with «*» and only the listed ones otherwise', () => {
    expect(tokenCovers(payload, '2.2~abc')).toBe(true);
    expect(tokenCovers({ ...payload, m: ['1.1~x'] }, '2.2~abc')).toBe(false);
    expect(tokenCovers({ ...payload, m: ['1.1~x'] }, '1.1~x')).toBe(true);
  });
});

describe('base64url', () => {
  it('round-trips any bytes, signed or not', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -128, max: 255 })), (bytes) => {
        expect(fromBase64Url(base64Url(bytes))).toEqual(bytes.map((b) => b & 0xff));
        expect(base64Url(bytes)).toBe(Buffer.from(bytes.map((b) => b & 0xff)).toString('base64url'));
      }),
    );
  });
});
