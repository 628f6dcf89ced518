// The sandbox Worker's entry: exposes the sandbox's host API to the page with comlink, sessions kept
// in IndexedDB.

import { expose } from 'comlink';
import { browserTimers } from './driver.ts';
import { createSandbox } from './host/sandbox.ts';
import { indexedDbStore } from './persist/idb-kv-store.ts';
import { createWorkerApi } from './worker-api.ts';
import { provideLessonFiles } from './host/lessons/library.ts';
import { bundledLessonFiles } from './lesson-files.ts';

provideLessonFiles(bundledLessonFiles());

expose(createWorkerApi(createSandbox, browserTimers, indexedDbStore()));
