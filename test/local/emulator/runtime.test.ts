import { EXCEEDED_MAX_TIME, Runtime } from '../../../src/local/emulator/runtime';

// Executions start on 2021-06-15 at 02:00 UTC; every service call costs simulated time.
function runtimeAt() {
  const runtime = new Runtime();
  runtime.clock.set(Date.UTC(2021, 5, 15, 2, 0));
  return runtime;
}

describe('Runtime executions', () => {
  it('stops a menu call after 6 minutes of service calls', () => {
    const runtime = runtimeAt();
    runtime.begin({ kind: 'menu', authMode: 'FULL', user: 'a@example.org' });
    // 5 ms a call: 72,000 calls is exactly 6 minutes; the next one is over.
    for (let i = 0; i < 72000; i++) runtime.call('PropertiesService', 'getProperty');
    expect(() => runtime.call('PropertiesService', 'getProperty')).toThrow(EXCEEDED_MAX_TIME);
  });

  it('stops a simple trigger after 30 seconds', () => {
    const runtime = runtimeAt();
    runtime.begin({ kind: 'simple-trigger', authMode: 'LIMITED', user: 'a@example.org' });
    runtime.clock.advance(29975); // a Spreadsheet call costs 20 ms
    runtime.call('Spreadsheet', 'getValues');
    expect(() => runtime.call('Spreadsheet', 'getValues')).toThrow(EXCEEDED_MAX_TIME);
  });

  it('does not limit setup code outside any execution', () => {
    const runtime = runtimeAt();
    runtime.clock.advance(3600000);
    expect(() => runtime.call('Spreadsheet', 'getValues')).not.toThrow();
  });

  it('suspends an execution while a nested one runs, and resumes it after', () => {
    const runtime = runtimeAt();
    const a = runtime.begin({ kind: 'menu', authMode: 'FULL', user: 'a@example.org' });
    const b = runtime.begin({ kind: 'installable-trigger', authMode: 'FULL', user: 'b@example.org' });
    expect(runtime.execution).toBe(b);
    expect(b.id).not.toBe(a.id);
    runtime.end(b);
    expect(runtime.execution).toBe(a);
    runtime.end(a);
    expect(runtime.execution).toBeNull();
  });

  it('blanks the active user in simple triggers only', () => {
    const runtime = runtimeAt();
    expect(runtime.begin({ kind: 'simple-trigger', authMode: 'LIMITED', user: 'a@example.org' }).activeUser).toBe('');
    expect(runtime.begin({ kind: 'menu', authMode: 'FULL', user: 'a@example.org' }).activeUser).toBe('a@example.org');
  });

  it('runs a call hook once, before the call is counted', () => {
    const runtime = runtimeAt();
    const seen: number[] = [];
    runtime.beforeCall('MailApp.sendEmail', () => seen.push(runtime.ledger.entries.length), { once: true });
    runtime.call('MailApp', 'sendEmail');
    runtime.call('MailApp', 'sendEmail');
    expect(seen).toEqual([0]);
    expect(runtime.ledger.totals().byMethod['MailApp.sendEmail']).toBe(2);
  });

  it('draws the same pseudo-random numbers from the same seed', () => {
    const a = new Runtime({ seed: 42 });
    const b = new Runtime({ seed: 42 });
    const xs = [a.random(), a.random(), a.random()];
    expect([b.random(), b.random(), b.random()]).toEqual(xs);
    expect(new Set(xs).size).toBe(3);
  });
});
