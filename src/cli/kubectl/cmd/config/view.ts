// `kubectl config view` (pkg/cmd/config/view.go): the kubeconfig with certificate data shown as
// DATA+OMITTED and secrets as REDACTED unless --raw; --minify keeps only what the current context
// (or --context) uses; --flatten embeds the referenced certificate files.

import { KubectlError, UsageError, type KubectlContext } from '../../command.ts';
import { flagBool, flagString, type ParsedArgs } from '../../flags.ts';
import type { Kubeconfig } from '../../kubeconfig.ts';
import { printObjects } from '../../printers/object-printer.ts';
import type { KubeObject } from '../../../../engine/index.ts';
import { base64Encode } from '../../util/base64.ts';
import { CONFIG_VIEW_HELP } from './help.ts';
import { goShape, loadConfig, redacted, resolveStoredPath } from './model.ts';
import { configCommand } from './subcommand.ts';

export const ERR_VIEW_ARGS = (args: readonly string[]): string => `unexpected arguments: [${args.join(' ')}]`;
export const ERR_MINIFY_NO_CONTEXT = 'current-context must exist in order to minify';
export const ERR_LOCATE = (what: 'context' | 'cluster' | 'user', name: string): string => `cannot locate ${what} ${name}`;
export const ERR_OPEN = (path: string): string => `open ${path}: no such file or directory`;

/** clientcmdapi.MinifyConfig: only the current context and the cluster and user it names. */
export function minify(cfg: Kubeconfig): Kubeconfig {
  const name = cfg['current-context'];
  if (name === '') throw new KubectlError(ERR_MINIFY_NO_CONTEXT);
  const context = cfg.contexts.find((c) => c.name === name);
  if (!context) throw new KubectlError(ERR_LOCATE('context', name));
  const pick = <T extends { name: string }>(items: readonly T[], wanted: string | undefined, what: 'cluster' | 'user'): T[] => {
    if (!wanted) return [];
    const found = items.filter((i) => i.name === wanted);
    if (found.length === 0) throw new KubectlError(ERR_LOCATE(what, wanted));
    return found;
  };
  return {
    ...cfg,
    contexts: [context],
    clusters: pick(cfg.clusters, context.context.cluster, 'cluster'),
    users: pick(cfg.users, context.context.user, 'user'),
  };
}

/** clientcmdapi.FlattenConfig: file references replaced by the files' base64 content. */
function flatten(ctx: KubectlContext, cfg: Kubeconfig): Kubeconfig {
  const embed = (fields: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> => {
    const out = { ...fields };
    for (const key of keys) {
      const stored = out[key];
      if (typeof stored !== 'string' || stored === '') continue;
      const abs = resolveStoredPath(ctx, stored);
      if (ctx.fs.stat(abs)?.type !== 'file') throw new KubectlError(ERR_OPEN(abs));
      out[`${key}-data`] = base64Encode(ctx.fs.readFile(abs));
      delete out[key];
    }
    return out;
  };
  return {
    ...cfg,
    clusters: cfg.clusters.map((c) => ({ name: c.name, cluster: embed(c.cluster, ['certificate-authority']) })),
    users: cfg.users.map((u) => ({ name: u.name, user: embed(u.user, ['client-certificate', 'client-key']) })),
  };
}

function runView(ctx: KubectlContext, parsed: ParsedArgs): number {
  if (parsed.args.length > 0) throw new UsageError(ERR_VIEW_ARGS(parsed.args));
  let cfg = loadConfig(ctx);
  if (flagBool(parsed, 'minify')) {
    const override = flagString(parsed, 'context');
    if (override !== '') cfg['current-context'] = override;
    cfg = minify(cfg);
  }
  if (flagBool(parsed, 'flatten')) cfg = flatten(ctx, cfg);
  else if (!flagBool(parsed, 'raw')) cfg = redacted(cfg);
  const output = flagString(parsed, 'output') || 'yaml';
  const shape = goShape(cfg);
  if (output === 'json') {
    // The typed Config keeps Go's struct field order in JSON (YAML sorts the keys).
    ctx.io.stdout.write(`${JSON.stringify(shape, null, 4).replace(/[<>&]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`)}\n`);
    return 0;
  }
  printObjects(ctx, [shape as unknown as KubeObject], output);
  return 0;
}

export const VIEW_COMMAND = configCommand('view', CONFIG_VIEW_HELP, runView);
