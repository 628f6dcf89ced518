// kubectl when nothing answers at the kubeconfig's server (no kubeconfig: http://localhost:8080):
// the discovery failures client-go's memcache logs, then `The connection to the server … was refused`.
// The number of discovery lines per command is kubectl v1.31's, observed against a closed port.

import { apiServerAnswers, DEFAULT_SERVER, serverHostPort } from '../../../engine/index.ts';
import type { KubectlContext } from '../command.ts';
import { currentContext } from '../kubeconfig.ts';
import { flagBool, flagList, flagString, type ParsedArgs } from '../flags.ts';
import { CLIENT_VERSION, KUSTOMIZE_VERSION } from '../cmd/version/version.ts';
import { klogLine } from './mutation.ts';

/** Commands that never talk to the server. */
const OFFLINE = new Set(['config', 'completion', 'options', 'plugin', 'kustomize', 'help']);
/** Discovery failures logged before the error; five unless listed (get, describe, delete, cluster-info, …). */
const DISCOVERY_LINES: Readonly<Record<string, number>> = { run: 1, 'api-resources': 1, logs: 4, exec: 4, version: 0, top: 0, create: 0 };
const DISCOVERY_LINES_DEFAULT = 5;

/** The server the context's cluster names (or --server), kubectl's default without one. */
function serverOf(ctx: KubectlContext, parsed: ParsedArgs): string {
  const flag = flagString(parsed, 'server');
  if (flag) return flag;
  const context = currentContext(ctx.kubeconfig, flagString(parsed, 'context'));
  const cluster = ctx.kubeconfig.clusters.find((c) => c.name === context?.context.cluster);
  const server = cluster?.cluster.server;
  return typeof server === 'string' && server !== '' ? server : DEFAULT_SERVER;
}

/** The dial error Go prints: `dial tcp 127.0.0.1:8080: connect: connection refused`. */
function dialError(hostPort: string): string {
  return `dial tcp ${hostPort.replace(/^localhost:/, '127.0.0.1:')}: connect: connection refused`;
}

/** When the server does not answer, prints what kubectl prints and returns its exit code. */
export function refuseUnreachable(ctx: KubectlContext, verb: string, parsed: ParsedArgs): number | undefined {
  if (OFFLINE.has(verb) || (verb === 'version' && flagBool(parsed, 'client'))) return undefined;
  const server = serverOf(ctx, parsed);
  if (apiServerAnswers(ctx.cluster.info, ctx.cluster.machines, server)) return undefined;
  const hostPort = serverHostPort(server);
  const base = server.replace(/\/+$/, '');
  const files = verb === 'apply' && flagString(parsed, 'validate') !== 'false' ? flagList(parsed, 'filename') : [];
  if (files.length > 0) {
    ctx.io.stderr.write(`error: error validating "${files[0]!}": error validating data: failed to download openapi: Get "${base}/openapi/v2?timeout=32s": ${dialError(hostPort)}; if you choose to ignore these errors, turn validation off with --validate=false\n`);
    return 1;
  }
  if (verb === 'version') ctx.io.stdout.write(`Client Version: ${CLIENT_VERSION.gitVersion}\nKustomize Version: ${KUSTOMIZE_VERSION}\n`);
  if (verb === 'api-resources') ctx.io.stdout.write('NAME   SHORTNAMES   APIVERSION   NAMESPACED   KIND\n');
  if (verb === 'cluster-info') ctx.io.stdout.write("\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n");
  const raw = verb === 'get' && flagString(parsed, 'raw') !== '';
  const lines = raw ? 0 : DISCOVERY_LINES[verb] ?? DISCOVERY_LINES_DEFAULT;
  const cause = JSON.stringify(`couldn't get current server API group list: Get "${base}/api?timeout=32s": ${dialError(hostPort)}`);
  for (let i = 0; i < lines; i++) klogLine(ctx, 'E', 'memcache.go:265', `"Unhandled Error" err=${cause}`);
  ctx.io.stderr.write(`The connection to the server ${hostPort} was refused - did you specify the right host or port?\n`);
  return 1;
}
