/// <reference types="google-apps-script" />
import { gasError, type Runtime } from './runtime';
import { currentUser } from './session';

/**
 * PropertiesService with Google's limits: 9 KB per property and 500 KB per store (key and
 * value bytes in UTF-8 both count, as measured by tanaikech in 2023), one message for both.
 * Document and script properties are shared by every user; user properties are per user.
 */
export type EmulatedPropertiesService = Pick<
  GoogleAppsScript.Properties.PropertiesService,
  'getDocumentProperties' | 'getScriptProperties' | 'getUserProperties'
>;

export const PROPERTY_VALUE_LIMIT_BYTES = 9 * 1024;
export const PROPERTY_STORE_LIMIT_BYTES = 500 * 1024;
export const PROPERTY_QUOTA_MESSAGE =
  'You have exceeded the property storage quota. Please remove some properties and try again.';
const STORAGE_SCOPE = 'https://www.googleapis.com/auth/script.storage';

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** One store's data; the host keeps these so state survives between executions. */
export class PropertyStore {
  readonly data = new Map<string, string>();

  size(): number {
    let total = 0;
    for (const [k, v] of this.data) total += bytes(k) + bytes(v);
    return total;
  }
}

export interface PropertyStores {
  document: PropertyStore | null;
  script: PropertyStore;
  user: Map<string, PropertyStore>;
}

export function createPropertyStores(hasDocument = true): PropertyStores {
  return { document: hasDocument ? new PropertyStore() : null, script: new PropertyStore(), user: new Map() };
}

function makeProperties(runtime: Runtime, store: PropertyStore): GoogleAppsScript.Properties.Properties {
  const call = (method: string) => runtime.call('PropertiesService', `Properties.${method}`);
  /** Applies `change` to a copy, checks the limits, then commits. */
  const commit = (change: (next: Map<string, string>) => void) => {
    const next = new Map(store.data);
    change(next);
    let total = 0;
    for (const [k, v] of next) {
      const size = bytes(k) + bytes(v);
      if (size > PROPERTY_VALUE_LIMIT_BYTES) throw gasError(PROPERTY_QUOTA_MESSAGE);
      total += size;
    }
    if (total > PROPERTY_STORE_LIMIT_BYTES) throw gasError(PROPERTY_QUOTA_MESSAGE);
    store.data.clear();
    for (const [k, v] of next) store.data.set(k, v);
  };
  const properties = {
    getProperty(key: string) {
      call('getProperty');
      return store.data.get(String(key)) ?? null;
    },
    getProperties() {
      call('getProperties');
      return Object.fromEntries(store.data);
    },
    getKeys() {
      call('getKeys');
      return [...store.data.keys()];
    },
    setProperty(key: string, value: string) {
      call('setProperty');
      commit((next) => next.set(String(key), String(value)));
      return properties;
    },
    setProperties(values: Record<string, string>, deleteAllOthers?: boolean) {
      call('setProperties');
      commit((next) => {
        if (deleteAllOthers) next.clear();
        for (const [k, v] of Object.entries(values)) next.set(k, String(v));
      });
      return properties;
    },
    deleteProperty(key: string) {
      call('deleteProperty');
      store.data.delete(String(key));
      return properties;
    },
    deleteAllProperties() {
      call('deleteAllProperties');
      store.data.clear();
      return properties;
    },
  };
  return properties as unknown as GoogleAppsScript.Properties.Properties;
}

export function createPropertiesService(
  runtime: Runtime,
  stores: PropertyStores,
  defaultUser: string,
): EmulatedPropertiesService {
  const guard = (method: string) => {
    runtime.call('PropertiesService', method);
    runtime.requireAuthorization(`PropertiesService.${method}`, STORAGE_SCOPE, { allowLimited: true });
  };
  return {
    getDocumentProperties() {
      guard('getDocumentProperties');
      return stores.document ? makeProperties(runtime, stores.document) : null;
    },
    getScriptProperties() {
      guard('getScriptProperties');
      return makeProperties(runtime, stores.script);
    },
    getUserProperties() {
      guard('getUserProperties');
      const user = currentUser(runtime, defaultUser);
      let store = stores.user.get(user);
      if (!store) {
        store = new PropertyStore();
        stores.user.set(user, store);
      }
      return makeProperties(runtime, store);
    },
  } as EmulatedPropertiesService;
}
