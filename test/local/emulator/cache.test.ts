import { createCacheService, createCacheStores } from '../../../src/local/emulator/cache';
import { Runtime } from '../../../src/local/emulator/runtime';

function setup() {
  const runtime = new Runtime();
  runtime.clock.set(Date.UTC(2021, 5, 15, 2, 0));
  return { runtime, service: createCacheService(runtime, createCacheStores(true), 'a@example.org') };
}

describe('CacheService', () => {
  it('expires items on the simulated clock (default 600 s)', () => {
    const { runtime, service } = setup();
    const cache = service.getScriptCache();
    cache.put('state', 'x');
    cache.put('short', 'y', 5);
    runtime.clock.advance(5000);
    expect(cache.get('short')).toBeNull();
    expect(cache.get('state')).toBe('x');
    runtime.clock.advance(595000);
    expect(cache.get('state')).toBeNull();
  });

  it('refuses keys over 250 characters and values over 100 KB', () => {
    const { service } = setup();
    const cache = service.getDocumentCache();
    expect(() => cache?.put('k'.repeat(251), 'v')).toThrow();
    expect(() => cache?.put('k'.repeat(250), 'v')).not.toThrow();
    expect(() => cache?.put('big', 'v'.repeat(100 * 1024 + 1))).toThrow();
  });

  it('keeps user caches apart', () => {
    const { runtime, service } = setup();
    runtime.begin({ kind: 'menu', authMode: 'FULL', user: 'a@example.org' });
    service.getUserCache().put('k', 'a');
    runtime.begin({ kind: 'menu', authMode: 'FULL', user: 'b@example.org' });
    expect(service.getUserCache().get('k')).toBeNull();
  });
});
