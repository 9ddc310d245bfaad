/// <reference types="google-apps-script" />
import { gasError, type Runtime } from './runtime';
import { currentUser } from './session';

/**
 * LockService shared by every execution of the script. Executions run one inside another
 * (the host starts B from a hook in the middle of A), so a lock held by a suspended
 * execution can never be released while another waits: tryLock(ms) spends `ms` of
 * simulated time and returns false; waitLock(ms) spends it and throws Google's timeout.
 * Every lock an execution holds is released when it ends.
 */
export type EmulatedLockService = Pick<
  GoogleAppsScript.Lock.LockService,
  'getDocumentLock' | 'getScriptLock' | 'getUserLock'
>;

export const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';

/** Which execution holds which lock ('script', 'document', 'user:<email>'). */
export class LockTable {
  readonly holders = new Map<string, number>();
  /** Every acquisition, for tests: who got which lock when. */
  readonly history: { key: string; execution: number; at: number; acquired: boolean }[] = [];

  releaseAll(execution: number): void {
    for (const [key, holder] of [...this.holders]) if (holder === execution) this.holders.delete(key);
  }
}

function makeLock(runtime: Runtime, table: LockTable, key: string): GoogleAppsScript.Lock.Lock {
  const me = () => runtime.execution?.id ?? 0;
  let acquiredBy: number | null = null;
  const attempt = (timeoutMs: number): boolean => {
    const holder = table.holders.get(key);
    const ok = holder === undefined || holder === me();
    if (ok) {
      table.holders.set(key, me());
      acquiredBy = me();
    } else {
      runtime.clock.advance(Math.max(0, timeoutMs));
      runtime.checkLimit();
    }
    table.history.push({ key, execution: me(), at: runtime.clock.now(), acquired: ok });
    return ok;
  };
  return {
    tryLock(timeoutInMillis: number) {
      runtime.call('LockService', 'Lock.tryLock');
      return attempt(timeoutInMillis);
    },
    waitLock(timeoutInMillis: number) {
      runtime.call('LockService', 'Lock.waitLock');
      if (!attempt(timeoutInMillis)) throw gasError(LOCK_TIMEOUT_MESSAGE);
    },
    hasLock() {
      runtime.call('LockService', 'Lock.hasLock');
      return acquiredBy !== null && acquiredBy === me() && table.holders.get(key) === me();
    },
    releaseLock() {
      runtime.call('LockService', 'Lock.releaseLock');
      if (table.holders.get(key) === me()) table.holders.delete(key);
      acquiredBy = null;
    },
  } as GoogleAppsScript.Lock.Lock;
}

export function createLockService(
  runtime: Runtime,
  table: LockTable,
  options: { hasDocument: boolean; defaultUser: string },
): EmulatedLockService {
  return {
    getDocumentLock() {
      runtime.call('LockService', 'getDocumentLock');
      return options.hasDocument ? makeLock(runtime, table, 'document') : null;
    },
    getScriptLock() {
      runtime.call('LockService', 'getScriptLock');
      return makeLock(runtime, table, 'script');
    },
    getUserLock() {
      runtime.call('LockService', 'getUserLock');
      return makeLock(runtime, table, `user:${currentUser(runtime, options.defaultUser)}`);
    },
  } as EmulatedLockService;
}
