import { isDate } from '../emulator/runtime';

/**
 * google.script.run's copy of arguments and results: primitives, arrays and plain objects
 * only. Dates, functions, Apps Script objects and cycles are refused ("Failed due to
 * illegal value in property: …", Google's text for arguments); undefined in an array
 * becomes null and undefined properties vanish, as the JSON-like wire format does.
 * Google silently turns an illegal *result* into null on the client; the host throws
 * instead, so tests catch the bug.
 * Example: transfer({ a: [1, undefined] }) → { a: [1, null] }; transfer({ d: new Date() }) throws.
 */
export class TransferError extends Error {
  constructor(readonly path: string) {
    super(`Failed due to illegal value in property: ${path}`);
    this.name = 'TransferError';
  }
}

export function transfer(value: unknown, path = '', seen: Set<object> = new Set()): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value === undefined) return null;
  const where = path || 'result';
  if (typeof value !== 'object' || isDate(value)) throw new TransferError(where);
  if (seen.has(value)) throw new TransferError(where);
  seen.add(value);
  try {
    if (Array.isArray(value)) return value.map((v, i) => transfer(v, path ? `${path}.${i}` : String(i), seen));
    const proto = Object.getPrototypeOf(value);
    // Plain objects only (from any realm: their prototype's prototype is null).
    if (proto !== null && Object.getPrototypeOf(proto) !== null) throw new TransferError(where);
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (v === undefined) continue;
      out[k] = transfer(v, path ? `${path}.${k}` : k, seen);
    }
    return out;
  } finally {
    seen.delete(value);
  }
}
