// The key-value store on IndexedDB (database `kubelab`, object store `sessions`), through idb-keyval.

import { createStore, del, get, keys, set } from 'idb-keyval';
import type { KeyValueStore } from './kv-store.ts';

export function indexedDbStore(): KeyValueStore {
  const store = createStore('kubelab', 'sessions');
  return {
    get: (key) => get(key, store),
    set: (key, value) => set(key, value, store),
    delete: (key) => del(key, store),
    keys: async () => (await keys(store)).map(String),
  };
}
