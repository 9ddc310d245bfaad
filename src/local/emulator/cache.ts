/// <reference types="google-apps-script" />
import { gasError, type Runtime } from './runtime';
import { currentUser } from './session';

/**
 * CacheService on the simulated clock: keys ≤ 250 characters, values ≤ 100 KB, expiry
 * 1–21,600 s (default 600 s), at most 1,000 items (the oldest 100 go first, FIFO, as
 * measured by J. Poehnelt). Google's exact error texts for oversize keys and values are
 * not known; "Argument too large: key|value" is a guess [U].
 */
export type EmulatedCacheService = Pick<
  GoogleAppsScript.Cache.CacheService,
  'getDocumentCache' | 'getScriptCache' | 'getUserCache'
>;

export const CACHE_KEY_LIMIT = 250;
export const CACHE_VALUE_LIMIT_BYTES = 100 * 1024;
export const CACHE_ITEM_LIMIT = 1000;
const DEFAULT_EXPIRY_S = 600;
const MAX_EXPIRY_S = 21600;

export class CacheStore {
  readonly items = new Map<string, { value: string; expiresMs: number }>();
}

export interface CacheStores {
  document: CacheStore | null;
  script: CacheStore;
  user: Map<string, CacheStore>;
}

export function createCacheStores(hasDocument = true): CacheStores {
  return { document: hasDocument ? new CacheStore() : null, script: new CacheStore(), user: new Map() };
}

function makeCache(runtime: Runtime, store: CacheStore): GoogleAppsScript.Cache.Cache {
  const call = (method: string) => runtime.call('CacheService', `Cache.${method}`);
  const read = (key: string): string | null => {
    const item = store.items.get(String(key));
    if (!item) return null;
    if (item.expiresMs <= runtime.clock.now()) {
      store.items.delete(String(key));
      return null;
    }
    return item.value;
  };
  const write = (key: string, value: string, seconds?: number) => {
    const k = String(key);
    const v = String(value);
    if (k.length > CACHE_KEY_LIMIT) throw gasError('Argument too large: key');
    if (Buffer.byteLength(v, 'utf8') > CACHE_VALUE_LIMIT_BYTES) throw gasError('Argument too large: value');
    const s = Math.min(Math.max(1, seconds ?? DEFAULT_EXPIRY_S), MAX_EXPIRY_S);
    store.items.delete(k);
    store.items.set(k, { value: v, expiresMs: runtime.clock.now() + s * 1000 });
    if (store.items.size > CACHE_ITEM_LIMIT) {
      const oldest = [...store.items.keys()].slice(0, store.items.size - (CACHE_ITEM_LIMIT - 100));
      for (const old of oldest) store.items.delete(old);
    }
  };
  return {
    get(key: string) {
      call('get');
      return read(key);
    },
    getAll(keys: string[]) {
      call('getAll');
      const out: Record<string, string> = {};
      for (const k of keys) {
        const v = read(k);
        if (v !== null) out[k] = v;
      }
      return out;
    },
    put(key: string, value: string, seconds?: number) {
      call('put');
      write(key, value, seconds);
    },
    putAll(values: Record<string, string>, seconds?: number) {
      call('putAll');
      for (const [k, v] of Object.entries(values)) write(k, v, seconds);
    },
    remove(key: string) {
      call('remove');
      store.items.delete(String(key));
    },
    removeAll(keys: string[]) {
      call('removeAll');
      for (const k of keys) store.items.delete(String(k));
    },
  } as GoogleAppsScript.Cache.Cache;
}

export function createCacheService(runtime: Runtime, stores: CacheStores, defaultUser: string): EmulatedCacheService {
  return {
    getDocumentCache() {
      runtime.call('CacheService', 'getDocumentCache');
      return stores.document ? makeCache(runtime, stores.document) : null;
    },
    getScriptCache() {
      runtime.call('CacheService', 'getScriptCache');
      return makeCache(runtime, stores.script);
    },
    getUserCache() {
      runtime.call('CacheService', 'getUserCache');
      const user = currentUser(runtime, defaultUser);
      let store = stores.user.get(user);
      if (!store) {
        store = new CacheStore();
        stores.user.set(user, store);
      }
      return makeCache(runtime, store);
    },
  } as EmulatedCacheService;
}
