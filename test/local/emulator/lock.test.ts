import { createLockService, LOCK_TIMEOUT_MESSAGE, LockTable } from '../../../src/local/emulator/lock';
import { Runtime } from '../../../src/local/emulator/runtime';

// Two executions of the same script on 2021-06-15: B starts while A is suspended mid-way.
function setup() {
  const runtime = new Runtime();
  runtime.clock.set(Date.UTC(2021, 5, 15, 2, 0));
  const table = new LockTable();
  runtime.onExecutionEnd((run) => table.releaseAll(run.id ?? 0));
  const service = createLockService(runtime, table, { hasDocument: true, defaultUser: 'a@example.org' });
  const begin = (user = 'a@example.org') => runtime.begin({ kind: 'menu', authMode: 'FULL', user });
  return { runtime, service, begin };
}

describe('LockService between concurrent executions', () => {
  it('gives the script lock to one execution: the other\u2019s tryLock waits its timeout and fails', () => {
    const { runtime, service, begin } = setup();
    const a = begin();
    const lockA = service.getScriptLock();
    expect(lockA.tryLock(1000)).toBe(true);
    expect(lockA.hasLock()).toBe(true);
    const b = begin('b@example.org');
    const before = runtime.clock.now();
    const lockB = service.getScriptLock();
    expect(lockB.tryLock(10000)).toBe(false);
    expect(lockB.hasLock()).toBe(false);
    expect(runtime.clock.now() - before).toBeGreaterThanOrEqual(10000);
    runtime.end(b);
    runtime.end(a);
  });

  it('throws Google\u2019s timeout from waitLock', () => {
    const { service, begin } = setup();
    begin();
    service.getDocumentLock().waitLock(1000);
    begin();
    expect(() => service.getDocumentLock().waitLock(5000)).toThrow(LOCK_TIMEOUT_MESSAGE);
  });

  it('releases every lock an execution holds when it ends', () => {
    const { runtime, service, begin } = setup();
    const a = begin();
    service.getScriptLock().waitLock(1000);
    runtime.end(a);
    begin();
    expect(service.getScriptLock().tryLock(0)).toBe(true);
  });

  it('lets the holder take its lock again and release it for others', () => {
    const { service, begin } = setup();
    begin();
    const lock = service.getScriptLock();
    expect(lock.tryLock(0)).toBe(true);
    expect(service.getScriptLock().tryLock(0)).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
    begin();
    expect(service.getScriptLock().tryLock(0)).toBe(true);
  });

  it('keeps user locks per user', () => {
    const { service, begin } = setup();
    begin('a@example.org');
    expect(service.getUserLock().tryLock(0)).toBe(true);
    begin('b@example.org');
    expect(service.getUserLock().tryLock(0)).toBe(true);
    begin('a@example.org');
    expect(service.getUserLock().tryLock(0)).toBe(false);
  });
});
