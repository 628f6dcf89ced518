// agnhost, the Kubernetes e2e test image: `liveness` (the docs' liveness-http: /healthz fails after
// 10 s, on 8080), `netexec` (8080 HTTP, 8081 UDP), `serve-hostname` (9376) and `pause`.
// Mirrors test/images/agnhost (klog lines; its Go servers exit 2 on SIGTERM as PID 1).

import type { ExternalProgram, ProcSys } from '../../process.ts';
import { klogTime } from '../time-format.ts';
import { GO_SIGNAL_EXIT } from './liveness.ts';
import { flagValue, writeLines, type ProgramFactory } from './support.ts';

const AGNHOST_COMMANDS = ['liveness', 'netexec', 'serve-hostname', 'pause'] as const;

const info = (sys: ProcSys, source: string, text: string): string => `I${klogTime(sys.nowMs())}       1 ${source}] ${text}`;

/** The ports an agnhost subcommand serves HTTP on. */
export function agnhostPorts(args: readonly string[]): number[] {
  switch (args[0]) {
    case 'liveness': return [8080];
    case 'netexec': return [Number(flagValue(args, 'http-port') ?? 8080)];
    case 'serve-hostname': return [Number(flagValue(args, 'port') ?? 9376)];
    default: return [];
  }
}

export const agnhostProgram: ProgramFactory = (image): ExternalProgram => ({
  start(args, sys) {
    const command = args[0];
    switch (command) {
      case 'liveness':
        return { status: { state: 'blocked' } };
      case 'netexec':
        writeLines(sys, 2, [
          info(sys, 'log.go:245', `Started HTTP server on port ${agnhostPorts(args)[0]}`),
          info(sys, 'log.go:245', `Started UDP server on port ${flagValue(args, 'udp-port') ?? 8081}`),
        ]);
        return { status: { state: 'blocked' } };
      case 'serve-hostname':
        writeLines(sys, 2, [info(sys, 'servehostname.go:96', `Serving on port ${agnhostPorts(args)[0]}.`)]);
        return { status: { state: 'blocked' } };
      case 'pause':
        sys.write(1, 'Paused\n');
        return { status: { state: 'blocked' } };
      case undefined:
      case '--help':
        sys.write(1, `app used for testing Kubernetes (version ${image.version})\n\nUsage:\n  agnhost [command]\n\nAvailable Commands:\n${AGNHOST_COMMANDS.map((c) => `  ${c}`).join('\n')}\n`);
        return { status: { state: 'exited', code: 0 } };
      default:
        sys.write(2, `Error: unknown command "${command}" for "agnhost"\nRun 'agnhost --help' for usage.\n`);
        return { status: { state: 'exited', code: 1 } };
    }
  },
  signal(sig, args, sys) {
    if (args[0] !== 'pause') return GO_SIGNAL_EXIT;
    sys.write(1, `Shutting down after receiving signal: ${sig === 'SIGINT' ? 'interrupt' : 'terminated'}.\nExiting\n`);
    return { exitAfterMs: 0, code: 0 };
  },
});
