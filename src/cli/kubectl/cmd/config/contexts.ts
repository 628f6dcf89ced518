// `kubectl config current-context | use-context | set-context | rename-context | delete-context`
// (pkg/cmd/config/*_context.go): read or edit the contexts of the kubeconfig file.

import { KubectlError, type KubectlCommand } from '../../command.ts';
import { flagBool, flagString } from '../../flags.ts';
import type { NamedContext } from '../../kubeconfig.ts';
import { CONFIG_CURRENT_CONTEXT_HELP, CONFIG_DELETE_CONTEXT_HELP, CONFIG_RENAME_CONTEXT_HELP, CONFIG_USE_CONTEXT_HELP } from './help.ts';
import { CONFIG_SET_CONTEXT_HELP } from './help-set.ts';
import { loadConfig, saveConfig } from './model.ts';
import { configCommand, configFileName, ERR_UNEXPECTED_ARGS, helpError, requireArgs } from './subcommand.ts';

export const ERR_NO_CURRENT_CONTEXT = 'current-context is not set';
export const ERR_NO_SUCH_CONTEXT = (name: string): string => `no context exists with the name: "${name}"`;
export const ERR_SET_CONTEXT_NAME = 'you must specify a non-empty context name or --current';
export const ERR_SET_CONTEXT_BOTH = 'you cannot specify both a context name and --current';
export const ERR_CURRENT_NOT_SET = 'no current context is set';
export const ERR_RENAME_MISSING = (name: string, path: string): string => `cannot rename the context "${name}", it's not in ${path}`;
export const ERR_RENAME_EXISTS = (name: string, to: string, path: string): string => `cannot rename the context "${name}", the context "${to}" already exists in ${path}`;
export const ERR_DELETE_CONTEXT_MISSING = (name: string, path: string): string => `cannot delete context ${name}, not in ${path}`;
export const WARN_ACTIVE_CONTEXT_REMOVED = 'warning: this removed your active context, use "kubectl config use-context" to select a different one\n';

export const CURRENT_CONTEXT_COMMAND = configCommand('current-context', CONFIG_CURRENT_CONTEXT_HELP, (ctx) => {
  const current = loadConfig(ctx)['current-context'];
  if (current === '') throw new KubectlError(ERR_NO_CURRENT_CONTEXT);
  ctx.io.stdout.write(`${current}\n`);
  return 0;
});

export const USE_CONTEXT_COMMAND = configCommand('use-context', CONFIG_USE_CONTEXT_HELP, (ctx, parsed, help) => {
  const [name] = requireArgs(ctx, parsed, help, 1) as [string];
  const cfg = loadConfig(ctx);
  if (!cfg.contexts.some((c) => c.name === name)) throw new KubectlError(ERR_NO_SUCH_CONTEXT(name));
  cfg['current-context'] = name;
  saveConfig(ctx, cfg);
  ctx.io.stdout.write(`Switched to context "${name}".\n`);
  return 0;
});

export const SET_CONTEXT_COMMAND = configCommand('set-context', CONFIG_SET_CONTEXT_HELP, (ctx, parsed, help) => {
  const current = flagBool(parsed, 'current');
  if (!current && parsed.args.length === 0) throw new KubectlError(ERR_SET_CONTEXT_NAME);
  if (parsed.args.length > 1) helpError(ctx, help, ERR_UNEXPECTED_ARGS(parsed.args));
  if (current && parsed.args.length > 0) throw new KubectlError(ERR_SET_CONTEXT_BOTH);
  const cfg = loadConfig(ctx);
  const name = current ? cfg['current-context'] : parsed.args[0]!;
  if (name === '') throw new KubectlError(ERR_CURRENT_NOT_SET);
  const existing = cfg.contexts.find((c) => c.name === name);
  const context: NamedContext['context'] = { ...existing?.context };
  for (const field of ['cluster', 'user', 'namespace'] as const) {
    if (parsed.changed.has(field)) context[field] = flagString(parsed, field);
  }
  cfg.contexts = [...cfg.contexts.filter((c) => c.name !== name), { name, context }];
  saveConfig(ctx, cfg);
  ctx.io.stdout.write(`Context "${name}" ${existing ? 'modified' : 'created'}.\n`);
  return 0;
});

export const RENAME_CONTEXT_COMMAND = configCommand('rename-context', CONFIG_RENAME_CONTEXT_HELP, (ctx, parsed, help) => {
  const [from, to] = requireArgs(ctx, parsed, help, 2) as [string, string];
  const cfg = loadConfig(ctx);
  const context = cfg.contexts.find((c) => c.name === from);
  if (!context) throw new KubectlError(ERR_RENAME_MISSING(from, configFileName(ctx, parsed)));
  if (cfg.contexts.some((c) => c.name === to)) throw new KubectlError(ERR_RENAME_EXISTS(from, to, configFileName(ctx, parsed)));
  cfg.contexts = [...cfg.contexts.filter((c) => c !== context), { name: to, context: context.context }];
  if (cfg['current-context'] === from) cfg['current-context'] = to;
  saveConfig(ctx, cfg);
  ctx.io.stdout.write(`Context "${from}" renamed to "${to}".\n`);
  return 0;
});

export const DELETE_CONTEXT_COMMAND = configCommand('delete-context', CONFIG_DELETE_CONTEXT_HELP, (ctx, parsed, help) => {
  if (parsed.args.length !== 1) {
    ctx.io.stdout.write(help);
    return 0;
  }
  const name = parsed.args[0]!;
  const cfg = loadConfig(ctx);
  if (!cfg.contexts.some((c) => c.name === name)) throw new KubectlError(ERR_DELETE_CONTEXT_MISSING(name, configFileName(ctx, parsed)));
  if (cfg['current-context'] === name) ctx.io.stderr.write(WARN_ACTIVE_CONTEXT_REMOVED);
  cfg.contexts = cfg.contexts.filter((c) => c.name !== name);
  saveConfig(ctx, cfg);
  ctx.io.stdout.write(`deleted context ${name} from ${configFileName(ctx, parsed)}\n`);
  return 0;
});

export const CONTEXT_COMMANDS: readonly KubectlCommand[] = [
  CURRENT_CONTEXT_COMMAND, DELETE_CONTEXT_COMMAND, RENAME_CONTEXT_COMMAND, SET_CONTEXT_COMMAND, USE_CONTEXT_COMMAND,
];
