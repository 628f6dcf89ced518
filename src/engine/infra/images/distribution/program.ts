// The registry:2 image's program: `registry serve /etc/docker/registry/config.yml` logs its start
// (logrus text lines with the instance's fields) and serves the v2 API on :5000 until signalled.
// Mirrors distribution v2.8.3's registry.go start-up lines.

import type { ExternalProgram, ProcSys } from '../../process.ts';
import { isoMillis } from '../time-format.ts';
import type { CatalogueImage } from '../types.ts';
import type { ProgramFactory } from '../programs/support.ts';

export const REGISTRY_PORT = 5000;
const GO_VERSION = 'go1.20.8';
const NO_SECRET = 'No HTTP secret provided - generated random secret. This may cause problems with uploads if multiple registries are behind a load-balancer. To provide a shared secret, fill in http.secret in the configuration file or set the REGISTRY_HTTP_SECRET environment variable.';

export const registryProgram: ProgramFactory = (image: CatalogueImage): ExternalProgram => ({
  start(args, sys) {
    if (args[0] === '--version' || args[0] === '-v') {
      sys.write(1, `registry github.com/docker/distribution v${image.version}\n`);
      return { status: { state: 'exited', code: 0 } };
    }
    const fields = `go.version=${GO_VERSION} instance.id=${uuid(sys)} service=registry version=${image.version}`;
    let step = 0;
    const line = (level: string, msg: string): string => `time="${nanoTime(sys.nowMs(), step++)}" level=${level} msg="${msg}" ${fields}\n`;
    sys.write(2, line('warning', NO_SECRET));
    sys.write(2, line('info', 'redis not configured'));
    sys.write(2, line('info', `Starting upload purge in ${sys.random() % 60}m0s`));
    sys.write(2, line('info', 'using inmemory blob descriptor cache'));
    sys.write(2, line('info', `listening on [::]:${REGISTRY_PORT}`));
    return { status: { state: 'blocked' } };
  },
  /** v2.8 has no SIGTERM handler: Go's runtime, unable to die of the signal as PID 1, exits with status 2. */
  signal: (sig) => (sig === 'SIGKILL' ? 'ignore' : { exitAfterMs: 5, code: 2 }),
});

/** logrus' RFC 3339 time with nanoseconds; the `step`th line of a burst comes some microseconds later. */
function nanoTime(ms: number, step: number): string {
  const subMs = ((ms * 7919) % 800_000) + step * 46_213;
  return isoMillis(ms).replace('Z', `${String(subMs).padStart(6, '0')}Z`);
}

function uuid(sys: ProcSys): string {
  const hex = Array.from({ length: 4 }, () => sys.random().toString(16).padStart(8, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[Number.parseInt(hex[16]!, 16) % 4]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
