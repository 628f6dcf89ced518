// busybox 1.36 nc (the netcat 1.10 port) as a port probe: `nc -z[v] [-w SEC] HOST PORT` connects and
// reports `HOST (IP:PORT) open`; a refusal is silent below -vv, a timeout says so with -v. Mirrors
// networking/nc_bloaty.c (connect_w_timeout, nc_main's outbound branch).

import { BUSYBOX_BANNER } from '../sh/applets/common.ts';
import { lookupHost } from './http-common.ts';
import { isOptionError, last, parseOptions } from './options.ts';
import { RunLog, SYN_TIMEOUT_MS, type ClientEnv, type ClientRun } from './types.ts';

const USAGE = `${BUSYBOX_BANNER}\n\nUsage: nc [OPTIONS] HOST PORT  - connect\nnc [OPTIONS] -l -p PORT [HOST] [PORT]  - listen\n`;
const SERVICES: Readonly<Record<string, number>> = { ssh: 22, domain: 53, http: 80, https: 443, mysql: 3306, postgresql: 5432, 'redis': 6379 };

export function nc(argv: readonly string[], env: ClientEnv): ClientRun {
  const log = new RunLog();
  const p = parseOptions(argv.slice(1), { short: { n: false, u: false, b: false, v: false, z: false, p: true, s: true, w: true, i: true, o: true }, long: {} });
  if (isOptionError(p)) return log.err(`nc: unrecognized option: ${p.option}\n${USAGE}`).exit(1);
  const [host, portText = '0'] = p.operands;
  if (host === undefined || p.operands.length > 2) return log.err(USAGE).exit(1);
  const verbose = p.opts.get('v')?.length ?? 0;
  const port = /^\d+$/.test(portText) ? Number(portText) : SERVICES[portText];
  if (port === undefined || port > 65_535) return log.err(`nc: bad port '${portText}'\n`).exit(1);
  const r = lookupHost(env, host);
  if (r.kind === 'timeout') log.wait(r.waitedMs);
  if (r.kind !== 'ok') return log.err(`nc: bad address '${host}'\n`).exit(1);
  const ip = r.addresses[0]!;
  const dotted = `${ip}:${port}`;
  const result = env.net.connect(ip, port);
  if (result.kind === 'connected') return log.err(verbose > 0 ? `${host} (${dotted}) open\n` : '').exit(0);
  if (result.kind === 'refused') return log.err(verbose > 1 ? `nc: ${host} (${dotted}): Connection refused\n` : '').exit(1);
  if (result.kind === 'unreachable') return log.wait(3_000).err(verbose > 0 ? `nc: ${host} (${dotted}): No route to host\n` : '').exit(1);
  const waitS = Number(last(p, 'w') ?? 0);
  log.wait(waitS > 0 && waitS * 1000 < SYN_TIMEOUT_MS ? waitS * 1000 : SYN_TIMEOUT_MS);
  return log.err(verbose > 0 ? `nc: ${host} (${dotted}): Connection timed out\n` : '').exit(1);
}
