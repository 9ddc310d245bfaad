/**
 * Runs `work` under the document lock so that two executions (a person's send and the
 * nightly trigger, or two people) never work on the same sheet at once. Changes are
 * flushed before the lock is released, as Google's LockService guide requires.
 */
export class BusyError extends Error {
  constructor() {
    super('В этой таблице уже выполняется другое действие (проверка, рассылка или настройка). Повторите через минуту.');
    this.name = 'BusyError';
  }
}

export function withDocumentLock<T>(work: () => T, waitMs = 30_000): T {
  // Never nested: whether a second tryLock in the same execution succeeds, and whether one
  // releaseLock then frees both, is not documented [U].
  const lock = LockService.getDocumentLock();
  // Null outside a document (standalone script, web app): a clear reason instead of "busy".
  if (!lock) throw new Error('Блокировка документа недоступна: скрипт запущен не из таблицы.');
  if (!lock.tryLock(waitMs)) throw new BusyError();
  try {
    return work();
  } finally {
    SpreadsheetApp.flush();
    lock.releaseLock();
  }
}
