// mongod of the mongo images: a few of its structured (JSON) startup lines, then it waits for
// connections on 27017; SIGTERM shuts it down cleanly. Mirrors MongoDB 7/8 log ids.

import type { ExternalProgram, ProcSys } from '../../process.ts';
import { mongoTime } from '../time-format.ts';
import type { CatalogueImage } from '../types.ts';
import { flagValue, writeLines, type ProgramFactory } from './support.ts';

function entry(sys: ProcSys, component: string, id: number, ctx: string, msg: string, attr?: object, offsetMs = 0): string {
  // mongod pads the severity, component and id columns so the lines align.
  const head = `"t":{"$date":"${mongoTime(sys.nowMs() + offsetMs)}"},"s":"I",  "c":"${component}",${' '.repeat(9 - component.length)}` +
    `"id":${id},${' '.repeat(Math.max(1, 8 - String(id).length))}"ctx":"${ctx}","msg":${JSON.stringify(msg)}`;
  return `{${head}${attr ? `,"attr":${JSON.stringify(attr)}` : ''}}`;
}

export function mongoPort(args: readonly string[]): number {
  return Number(flagValue(args, 'port') ?? 27017);
}

export const mongodProgram: ProgramFactory = (image: CatalogueImage): ExternalProgram => ({
  start(args, sys) {
    if (args.includes('--version')) {
      sys.write(1, `db version v${image.version}\n`);
      return { status: { state: 'exited', code: 0 } };
    }
    const port = mongoPort(args);
    writeLines(sys, 1, [
      entry(sys, 'CONTROL', 23285, 'main', "Automatically disabling TLS 1.0, to force-enable TLS 1.0 specify --sslDisabledProtocols 'none'"),
      entry(sys, 'CONTROL', 4615611, 'initandlisten', 'MongoDB starting', { pid: 1, port, dbPath: '/data/db', architecture: '64-bit', host: sys.hostname }, 5),
      entry(sys, 'CONTROL', 23403, 'initandlisten', 'Build Info', { buildInfo: { version: image.version, environment: { distarch: 'x86_64', target_arch: 'x86_64' } } }, 5),
      entry(sys, 'NETWORK', 23015, 'listener', 'Listening on', { address: '0.0.0.0' }, 420),
      entry(sys, 'NETWORK', 23016, 'listener', 'Waiting for connections', { port, ssl: 'off' }, 420),
    ]);
    return { status: { state: 'blocked' } };
  },
  signal(sig, _args, sys) {
    if (sig === 'SIGKILL') return 'ignore';
    const signal = sig === 'SIGINT' ? 2 : 15;
    writeLines(sys, 1, [
      entry(sys, 'CONTROL', 23377, 'SignalHandler', 'Received signal', { signal, error: sig === 'SIGINT' ? 'Interrupt' : 'Terminated' }),
      entry(sys, 'CONTROL', 4784901, 'SignalHandler', 'Shutting down the MirrorMaestro', undefined, 1),
      entry(sys, 'CONTROL', 20565, 'SignalHandler', 'Now exiting', undefined, 180),
      entry(sys, 'CONTROL', 23138, 'SignalHandler', 'Shutting down', { exitCode: 0 }, 181),
    ]);
    return { exitAfterMs: 185, code: 0 };
  },
});
