// The sandbox Worker's entry: exposes the sandbox's host API to the page with comlink.

import { expose } from 'comlink';
import { createSandbox } from './host/sandbox.ts';
import { createWorkerApi } from './worker-api.ts';

expose(createWorkerApi(createSandbox));
