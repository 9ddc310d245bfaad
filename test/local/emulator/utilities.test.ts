import { Runtime } from '../../../src/local/emulator/runtime';
import { createUtilities, formatJavaString } from '../../../src/local/emulator/utilities';

const utilities = () => createUtilities(new Runtime({ seed: 1 }));

describe('Utilities.formatDate (Java SimpleDateFormat)', () => {
  // 2021-06-14 18:30 UTC: already 15 June in Tomsk (UTC+7), still 14 June in New York.
  const instant = new Date(Date.UTC(2021, 5, 14, 18, 30, 5, 42));

  it.each([
    ['Asia/Tomsk', 'yyyy-MM-dd HH:mm:ss.SSS', '2021-06-15 01:30:05.042'],
    ['America/New_York', 'yyyy-MM-dd HH:mm:ss.SSS', '2021-06-14 14:30:05.042'],
    ['Asia/Tomsk', 'dd.MM.yy h:mm a', '15.06.21 1:30 AM'],
    ['America/New_York', 'EEE, d MMM yyyy hh:mm a', 'Mon, 14 Jun 2021 02:30 PM'],
    ['Asia/Tomsk', 'EEEE d MMMM', 'Tuesday 15 June'],
    ['Asia/Tomsk', 'Z|XXX|X|z', '+0700|+07:00|+07|GMT+07:00'],
    ['America/New_York', 'Z|XXX|z', '-0400|-04:00|EDT'],
    ['UTC', 'XXX', 'Z'],
    ['Asia/Tomsk', "'День' d, 'o''clock' H", "День 15, o'clock 1"],
    ['Asia/Tomsk', 'D w u k K', '166 25 2 1 1'],
  ])('in %s formats %j', (zone, pattern, expected) => {
    expect(utilities().formatDate(instant, zone, pattern)).toBe(expected);
  });

  it('has Java\u2019s traps: Y is the week-year and D the day of the year (29.12.2021)', () => {
    const dec29 = new Date(Date.UTC(2021, 11, 29, 5, 0));
    const u = utilities();
    expect(u.formatDate(dec29, 'Asia/Tomsk', 'YYYY-MM-dd')).toBe('2022-12-29');
    expect(u.formatDate(dec29, 'Asia/Tomsk', 'yyyy-MM-dd')).toBe('2021-12-29');
    expect(u.formatDate(dec29, 'Asia/Tomsk', 'yyyy-MM-DD')).toBe('2021-12-363');
  });

  it('refuses a non-Date with Google\u2019s signature error', () => {
    expect(() => utilities().formatDate(null as never, 'UTC', 'yyyy')).toThrow(
      "The parameters (null,String,String) don't match the method signature for Utilities.formatDate.",
    );
  });
});

describe('Utilities, the rest', () => {
  it('formats strings the Java way', () => {
    expect(formatJavaString('%s: %d из %d (%.1f%%)', ['Готово', 7, 29, 24.137])).toBe('Готово: 7 из 29 (24.1%)');
    expect(formatJavaString('%05d|%-4s|%,d|%2$s', [42, 'ab', 1234567])).toBe('00042|ab  |1,234,567|ab');
  });

  it('sleeps on the simulated clock and counts it against the execution', () => {
    const runtime = new Runtime();
    const u = createUtilities(runtime);
    const start = runtime.clock.now();
    u.sleep(1500);
    expect(runtime.clock.now() - start).toBe(1500);
    runtime.begin({ kind: 'simple-trigger', authMode: 'LIMITED', user: 'a@example.org' });
    expect(() => u.sleep(31000)).toThrow('Exceeded maximum execution time');
  });

  it('gives the same UUIDs for the same seed, in v4 form', () => {
    const a = utilities();
    const b = utilities();
    const first = a.getUuid();
    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(b.getUuid()).toBe(first);
    expect(a.getUuid()).not.toBe(first);
  });
});

describe('Utilities.computeHmacSha256Signature', () => {
  // RFC 4231, test case 2: key "Jefe".
  const expectedHex = '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843';
  const signed = (hex: string) =>
    (hex.match(/../g) ?? []).map((h) =>
      Number.parseInt(h, 16) > 127 ? Number.parseInt(h, 16) - 256 : Number.parseInt(h, 16),
    );

  it('returns the RFC 4231 MAC as Java signed bytes', () => {
    const mac = utilities().computeHmacSha256Signature('what do ya want for nothing?', 'Jefe');
    expect(mac).toEqual(signed(expectedHex));
    expect(mac[1]).toBe(-36);
  });

  it('takes Byte[] value and key (signed or not) as the same bytes', () => {
    const value = [...Buffer.from('what do ya want for nothing?')];
    const key = [...Buffer.from('Jefe')];
    expect(utilities().computeHmacSha256Signature(value, key)).toEqual(signed(expectedHex));
  });

  it('refuses a string value with a Byte[] key, as Google has no such overload', () => {
    expect(() => utilities().computeHmacSha256Signature('x', [1, 2] as never)).toThrow(/computeHmacSha256Signature/);
  });
});
