import vm from 'node:vm';
import { zonedTimeToUtc, zoneParts } from '../emulator/tz';

/**
 * Makes the context's Date behave as on Apps Script's servers:
 *  - `new Date()`, `Date()` and `Date.now()` read the simulated clock;
 *  - local-time methods (getHours, setDate, new Date(2021, 5, 15), toString…) work in the
 *    SCRIPT's time zone (appsscript.json), never in Node's TZ;
 *  - `instanceof Date` / `instanceof Array` accept values made in Node's realm.
 * Example: with the script zone Asia/Tomsk, `new Date(2021, 5, 15).toISOString()` inside
 * the bundle is '2021-06-14T17:00:00.000Z' whatever TZ the tests run under.
 */
const INSTALL = `(function (now, parts, fromLocal, zoneLabel, timeZone) {
  const RealDate = Date;
  const P = RealDate.prototype;
  const getTime = P.getTime;
  const setTime = P.setTime;
  const realParse = RealDate.parse;
  const LOCAL_ISO = /^(\\d{4})-(\\d\\d)-(\\d\\d)T(\\d\\d):(\\d\\d)(?::(\\d\\d)(?:\\.(\\d{1,3})\\d*)?)?$/;
  function parse(text) {
    const m = LOCAL_ISO.exec(String(text).trim());
    if (m) return fromLocal(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +(m[6] || 0), +((m[7] || '0') + '00').slice(0, 3));
    return realParse(text);
  }
  function local(args) {
    let y = Number(args[0]);
    if (y >= 0 && y <= 99 && Number.isInteger(y)) y += 1900;
    const f = [y, Number(args[1]), args.length > 2 ? Number(args[2]) : 1, Number(args[3] || 0), Number(args[4] || 0), Number(args[5] || 0), Number(args[6] || 0)];
    return f.some((n) => !Number.isFinite(n)) ? NaN : fromLocal(f[0], f[1], f[2], f[3], f[4], f[5], f[6]);
  }
  function Date_(...args) {
    if (!new.target) return new Date_(now()).toString();
    let value;
    if (args.length === 0) value = now();
    else if (args.length === 1) value = typeof args[0] === 'string' ? parse(args[0]) : args[0];
    else value = local(args);
    return Reflect.construct(RealDate, [value], new.target);
  }
  Date_.prototype = P;
  Object.defineProperty(P, 'constructor', { value: Date_, writable: true, configurable: true });
  Object.defineProperty(Date_, 'name', { value: 'Date' });
  Object.defineProperty(Date_, 'length', { value: 7 });
  Date_.now = function now_() { return now(); };
  Date_.parse = function parse_(text) { return parse(text); };
  Date_.UTC = RealDate.UTC;
  const tag = Object.prototype.toString;
  Object.defineProperty(Date_, Symbol.hasInstance, { value: (x) => tag.call(x) === '[object Date]' });
  Object.defineProperty(Array, Symbol.hasInstance, { value: (x) => Array.isArray(x) });

  const FIELDS = ['getFullYear', 'getMonth', 'getDate', 'getHours', 'getMinutes', 'getSeconds', 'getMilliseconds', 'getDay'];
  FIELDS.forEach((name, i) => {
    P[name] = function () { const t = getTime.call(this); return t !== t ? NaN : parts(t)[i]; };
  });
  P.getYear = function () { return this.getFullYear() - 1900; };
  P.getTimezoneOffset = function () { const t = getTime.call(this); return t !== t ? NaN : -parts(t)[8]; };
  const SETTERS = { setFullYear: 0, setMonth: 1, setDate: 2, setHours: 3, setMinutes: 4, setSeconds: 5, setMilliseconds: 6 };
  Object.keys(SETTERS).forEach((name) => {
    const first = SETTERS[name];
    P[name] = function (...args) {
      let t = getTime.call(this);
      if (t !== t) { if (name !== 'setFullYear') return NaN; t = fromLocal(1970, 0, 1, 0, 0, 0, 0); }
      const f = parts(t).slice(0, 7);
      const count = Math.min(args.length, 7 - first, name === 'setDate' || name === 'setMilliseconds' ? 1 : name === 'setHours' ? 4 : 3);
      for (let k = 0; k < count; k++) f[first + k] = Number(args[k]);
      const next = f.some((n) => !Number.isFinite(n)) ? NaN : fromLocal(f[0], f[1], f[2], f[3], f[4], f[5], f[6]);
      return setTime.call(this, next);
    };
  });
  const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const two = (n) => String(n).padStart(2, '0');
  function offset(p) { const o = p[8]; const a = Math.abs(o); return (o < 0 ? '-' : '+') + two(Math.floor(a / 60)) + two(a % 60); }
  function dateText(p) { return DAYS[p[7]] + ' ' + MONTHS[p[1]] + ' ' + two(p[2]) + ' ' + String(p[0]).padStart(4, '0'); }
  function timeText(t, p) { return two(p[3]) + ':' + two(p[4]) + ':' + two(p[5]) + ' GMT' + offset(p) + ' (' + zoneLabel(t) + ')'; }
  P.toString = function () { const t = getTime.call(this); if (t !== t) return 'Invalid Date'; const p = parts(t); return dateText(p) + ' ' + timeText(t, p); };
  P.toDateString = function () { const t = getTime.call(this); return t !== t ? 'Invalid Date' : dateText(parts(t)); };
  P.toTimeString = function () { const t = getTime.call(this); return t !== t ? 'Invalid Date' : timeText(t, parts(t)); };
  ['toLocaleString', 'toLocaleDateString', 'toLocaleTimeString'].forEach((name) => {
    const original = P[name];
    P[name] = function (locales, options) { return original.call(this, locales, Object.assign({ timeZone: timeZone }, options)); };
  });
  globalThis.Date = Date_;
})`;

type Install = (
  now: () => number,
  parts: (ms: number) => number[],
  fromLocal: (...fields: number[]) => number,
  zoneLabel: (ms: number) => string,
  timeZone: string,
) => void;

export function installSimulatedDate(context: vm.Context, now: () => number, scriptTimeZone: string): void {
  const parts = (ms: number) => {
    const p = zoneParts(ms, scriptTimeZone);
    return [p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.millisecond, p.weekday, p.offsetMinutes];
  };
  const fromLocal = (y = 1970, m0 = 0, d = 1, h = 0, mi = 0, s = 0, ms = 0) => {
    // Normalise overflowing fields (month 12, day 0, hour 25…) on a UTC calendar first.
    const wall = new Date(Date.UTC(2000, 0, 1));
    wall.setUTCFullYear(y, m0, d);
    wall.setUTCHours(h, mi, s, ms);
    const w = wall.getTime();
    const whole = w - (((w % 1000) + 1000) % 1000);
    const utc = zonedTimeToUtc(
      wall.getUTCFullYear(),
      wall.getUTCMonth() + 1,
      wall.getUTCDate(),
      wall.getUTCHours(),
      wall.getUTCMinutes(),
      scriptTimeZone,
      wall.getUTCSeconds(),
    );
    return utc + (w - whole);
  };
  const label = new Intl.DateTimeFormat('en-US', { timeZone: scriptTimeZone, timeZoneName: 'long' });
  const zoneLabel = (ms: number) =>
    label.formatToParts(new Date(ms)).find((p) => p.type === 'timeZoneName')?.value ?? '';
  const install = vm.runInContext(INSTALL, context) as Install;
  install(now, parts, fromLocal, zoneLabel, scriptTimeZone);
}
