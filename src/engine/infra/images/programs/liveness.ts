// registry.k8s.io/liveness's /server (the docs' liveness-http): answers /healthz with 200 `ok` for
// its first 10 seconds, then 500. A Go program without a SIGTERM handler: as PID 1 it exits 2.

import type { ExternalProgram } from '../../process.ts';
import type { ProgramFactory } from './support.ts';

/** How long /healthz stays healthy after the start. */
export const LIVENESS_HEALTHY_MS = 10_000;

/** Go's runtime, without signal.Notify, exits 2 on SIGTERM/SIGINT when PID 1 cannot die of it. */
export const GO_SIGNAL_EXIT = { exitAfterMs: 0, code: 2 } as const;

export const livenessProgram: ProgramFactory = (): ExternalProgram => ({
  start: () => ({ status: { state: 'blocked' } }),
  signal: () => GO_SIGNAL_EXIT,
});
