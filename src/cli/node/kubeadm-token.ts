// `kubeadm token create|list|delete|generate` on a control-plane machine: bootstrap tokens through
// the API with /etc/kubernetes/admin.conf's credentials. Mirrors kubeadm cmd/token.go (v1.31).

import {
  createToken, deleteToken, generateToken, joinCommand, listTokens, rfc3339, TOKEN_ID_PATTERN, TOKEN_PATTERN,
  type BootstrapToken,
} from '../../engine/index.ts';
import type { CommandContext } from '../shell/types.ts';
import { parseFlags, STACK_TRACE_HINT } from './kubeadm-output.ts';
import { isRoot, type NodeEnv } from './node-env.ts';

const ADMIN_CONF = '/etc/kubernetes/admin.conf';
const CREATE_FLAGS = { 'print-join-command': 'bool', ttl: 'value', description: 'value', kubeconfig: 'value' } as const;

function fail(ctx: CommandContext, message: string): number {
  ctx.io.stderr.write(`${message}\n${STACK_TRACE_HINT}`);
  return 1;
}

/** kubeadm reads admin.conf before talking to the API server: root only, control-plane machines only. */
function adminConfError(env: NodeEnv, ctx: CommandContext): string | undefined {
  if (!env.cluster.machines.fs(env.node)?.exists(ADMIN_CONF)) return `failed to load admin kubeconfig: open ${ADMIN_CONF}: no such file or directory`;
  return isRoot(ctx) ? undefined : `failed to load admin kubeconfig: open ${ADMIN_CONF}: permission denied`;
}

/** Go's duration flag for --ttl: `24h`, `1h30m`, `90s`, `0` (never expires). */
function parseTtl(text: string): number | undefined {
  if (text === '0') return 0;
  const m = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(text);
  if (!m || text === '') return undefined;
  return ((Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0)) * 60 + Number(m[3] ?? 0)) * 1000;
}

/** duration.ShortHumanDuration; a listing happens at least a moment after the token was made. */
function shortDuration(ms: number): string {
  const s = Math.floor((ms - 1) / 1000);
  if (s < 0) return '0s';
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m`;
  if (s < 86_400) return `${Math.floor(s / 3600)}h`;
  return s < 365 * 86_400 ? `${Math.floor(s / 86_400)}d` : `${Math.floor(s / (365 * 86_400))}y`;
}

function tokenRow(t: BootstrapToken, nowMs: number): string[] {
  return [
    `${t.id}.${t.secret}`,
    t.expiresMs === undefined ? '<forever>' : shortDuration(t.expiresMs - nowMs),
    t.expiresMs === undefined ? '<never>' : rfc3339(t.expiresMs),
    t.usages.join(','),
    t.description ?? '<none>',
    t.groups.length > 0 ? t.groups.join(',') : '<none>',
  ];
}

/** tabwriter(minwidth 10, tabwidth 4, padding 3): every cell but the last padded to its column. */
function table(rows: readonly string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(10, ...rows.map((r) => r[i]!.length + 3)));
  return rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!))).join('')).join('\n') + '\n';
}

function create(env: NodeEnv, ctx: CommandContext, args: readonly string[]): number {
  const flags = parseFlags(ctx, args, CREATE_FLAGS);
  if (typeof flags === 'number') return flags;
  const ttlMs = parseTtl(flags.values.get('ttl') ?? '24h');
  if (ttlMs === undefined) return fail(ctx, `invalid argument "${flags.values.get('ttl')}" for "--ttl" flag: time: invalid duration "${flags.values.get('ttl')}"`);
  const given = flags.positional[0];
  if (given !== undefined && !TOKEN_PATTERN.test(given)) {
    return fail(ctx, `the bootstrap token "${given}" was not of the form "${TOKEN_PATTERN.source}"`);
  }
  const denied = adminConfError(env, ctx);
  if (denied) return fail(ctx, denied);
  const { cluster } = env;
  const token = given ?? generateToken(cluster.rand);
  const description = flags.values.get('description');
  createToken(cluster.client(), token, cluster.nowMs, { ttlMs, ...(description ? { description } : {}) });
  ctx.io.stdout.write(`${flags.values.has('print-join-command') ? joinCommand(cluster.info.server, token, cluster.info.caPem) : token}\n`);
  return 0;
}

function list(env: NodeEnv, ctx: CommandContext): number {
  const denied = adminConfError(env, ctx);
  if (denied) return fail(ctx, denied);
  const tokens = listTokens(env.cluster.client());
  if (tokens.length === 0) return 0;
  ctx.io.stdout.write(table([['TOKEN', 'TTL', 'EXPIRES', 'USAGES', 'DESCRIPTION', 'EXTRA GROUPS'], ...tokens.map((t) => tokenRow(t, env.cluster.nowMs))]));
  return 0;
}

function remove(env: NodeEnv, ctx: CommandContext, ids: readonly string[]): number {
  if (ids.length === 0) return fail(ctx, 'missing argument; \'token delete\' is missing token of form "[a-z0-9]{6}" or "[a-z0-9]{6}\\.[a-z0-9]{16}"');
  const denied = adminConfError(env, ctx);
  if (denied) return fail(ctx, denied);
  for (const given of ids) {
    const id = TOKEN_ID_PATTERN.test(given) ? given : TOKEN_PATTERN.exec(given)?.[1];
    if (!id) return fail(ctx, `given token didn't match pattern "[a-z0-9]{6}" or "[a-z0-9]{6}\\.[a-z0-9]{16}"`);
    if (!deleteToken(env.cluster.client(), id)) return fail(ctx, `failed to delete bootstrap token "${id}": secrets "bootstrap-token-${id}" not found`);
    ctx.io.stdout.write(`bootstrap token "${id}" deleted\n`);
  }
  return 0;
}

export function kubeadmToken(env: NodeEnv, ctx: CommandContext, args: readonly string[]): number {
  const [verb, ...rest] = args;
  if (verb === 'create') return create(env, ctx, rest);
  if (verb === 'list') return list(env, ctx);
  if (verb === 'delete') return remove(env, ctx, rest);
  if (verb === 'generate') {
    ctx.io.stdout.write(`${generateToken(env.cluster.rand)}\n`);
    return 0;
  }
  ctx.io.stdout.write('This command manages bootstrap tokens. It is optional and needed only for advanced use cases.\n');
  return 0;
}
