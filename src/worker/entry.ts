// The sandbox Worker's entry: exposes the sandbox's host API to the page with comlink, sessions kept
// in IndexedDB; the default cluster's boot comes precomputed with the bundle.

import { expose } from 'comlink';
import { BOOTED_CLUSTER } from 'virtual:kubelab/booted-cluster';
import { browserTimers } from './driver.ts';
import { createSandbox } from './host/sandbox.ts';
import { indexedDbStore } from './persist/idb-kv-store.ts';
import { createWorkerApi } from './worker-api.ts';
import { provideLessonFiles } from './host/lessons/library.ts';
import { provideBootedCluster } from './host/profiles.ts';
import { bundledLessonFiles } from './lesson-files.ts';

provideLessonFiles(bundledLessonFiles());
if (BOOTED_CLUSTER !== undefined) provideBootedCluster(BOOTED_CLUSTER);

expose(createWorkerApi(createSandbox, browserTimers, indexedDbStore()));
