import { say } from '../core/i18n';

/**
 * Runs `work` under the document lock so that two executions (a person's send and the
 * nightly trigger, or two people) never work on the same sheet at once. Changes are
 * flushed before the lock is released, as Google's LockService guide requires.
 */
export class BusyError extends Error {
  constructor() {
    super(say({ code: 'busy' }));
    this.name = 'BusyError';
  }
}

export function withDocumentLock<T>(work: () => T, waitMs = 30_000): T {
  // Never nested: whether a second tryLock in the same execution succeeds, and whether one
  // releaseLock then frees both, is not documented [U].
  const lock = LockService.getDocumentLock();
  // Null outside a document (standalone script, web app): a clear reason instead of "busy".
  if (!lock) throw new Error(say({ code: 'no-document-lock' }));
  if (!lock.tryLock(waitMs)) throw new BusyError();
  try {
    return work();
  } finally {
    SpreadsheetApp.flush();
    lock.releaseLock();
  }
}
