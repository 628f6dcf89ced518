// `kubectl set env RESOURCE/NAME KEY=VAL… KEY-` (pkg/cmd/set/set_env.go): adds, updates and removes
// environment variables of the selected containers, imports them from a ConfigMap or Secret with
// --from (and --keys, --prefix), or lists them with --list [--resolve].

import type { Container, EnvVar } from 'kubernetes-types/core/v1';
import { clone } from '../../../../engine/index.ts';
import { KubectlError, type KubectlCommand, type KubectlContext } from '../../command.ts';
import { flagBool, flagList, flagString, type ParsedArgs } from '../../flags.ts';
import { reportErrors } from '../../util/error-report.ts';
import { commandFromHelp } from '../../util/help.ts';
import { DryRun, dryRunStrategy, outputFormat } from '../../util/mutation.ts';
import { listContainerEnv } from './env-list.ts';
import { ERR_ENV_RESOURCES_BEFORE, parseEnv, splitEnvironmentFromResources, updateEnv } from './env-parse.ts';
import { SET_ENV_HELP } from './help.ts';
import { applyMutation, reportMutationErrors } from './mutate.ts';
import { NO_RECORDER } from './record.ts';
import { podSpecOf, selectContainers } from './pod-spec.ts';
import { ERR_LOCAL_SERVER_DRY_RUN, ERR_NO_RESOURCES } from './set-image.ts';
import { ERR_ALL_AND_SELECTOR, resolveTargets, targetQuery, type Target } from './targets.ts';
import { rejectKustomize } from './unsupported.ts';

export const ERR_LIST_AND_OUTPUT = '--list and --output may not be specified together';
export const ERR_KEYS_WITHOUT_FROM = 'when specifying --keys, a configmap or secret must be provided with --from';
export const ERR_UNSUPPORTED_FROM = 'unsupported resource specified in --from';
export const ERR_NO_ENV = 'at least one environment variable must be provided';
export const ERR_ALREADY_HAS_VALUE = (name: string, value: string): string => `'${name}' already has a value (${value}), and --overwrite is false`;
export const WARN_KEY_TRANSFERRED = (key: string, name: string): string => `Warning: key ${key} transferred to ${name}\n`;
export const WARN_NO_CONTAINERS = (kind: string, name: string, selector: string): string =>
  `Warning: ${kind}/${name} does not have any containers matching ${JSON.stringify(selector)}\n`;

interface EnvOptions {
  readonly resources: string[];
  readonly envArgs: string[];
  readonly dryRun: DryRun;
  readonly output: ReturnType<typeof outputFormat>;
  readonly local: boolean;
  readonly list: boolean;
  readonly containers: string;
}

function complete(ctx: KubectlContext, parsed: ParsedArgs): EnvOptions {
  rejectKustomize(parsed);
  if (flagBool(parsed, 'all') && flagString(parsed, 'selector') !== '') throw new KubectlError(ERR_ALL_AND_SELECTOR);
  const split = splitEnvironmentFromResources(parsed.args);
  if (!split) throw new KubectlError(ERR_ENV_RESOURCES_BEFORE(parsed.args));
  const o: EnvOptions = {
    ...split, dryRun: dryRunStrategy(ctx, parsed), output: outputFormat(parsed), local: flagBool(parsed, 'local'),
    list: flagBool(parsed, 'list'), containers: flagString(parsed, 'containers'),
  };
  if (o.local && o.dryRun === DryRun.Server) throw new KubectlError(ERR_LOCAL_SERVER_DRY_RUN);
  if (flagList(parsed, 'filename').length === 0 && o.resources.length === 0) throw new KubectlError(ERR_NO_RESOURCES);
  if (o.list && flagString(parsed, 'output') !== '') throw new KubectlError(ERR_LIST_AND_OUTPUT);
  if (flagList(parsed, 'keys').length > 0 && flagString(parsed, 'from') === '') throw new KubectlError(ERR_KEYS_WITHOUT_FROM);
  return o;
}

/** Every key of the --from ConfigMaps/Secrets as a reference (kubectl ranges over a Go map; sorted here). */
function envFrom(ctx: KubectlContext, parsed: ParsedArgs, o: EnvOptions): EnvVar[] {
  const from = flagString(parsed, 'from');
  if (from === '') return [];
  const { targets, errors } = resolveTargets(ctx, targetQuery(parsed, o.local ? [] : [from], flagBool(parsed, 'all')));
  if (errors.length > 0) throw errors[0];
  const keys = flagList(parsed, 'keys');
  const env: EnvVar[] = [];
  for (const { obj } of targets) {
    if (obj.kind !== 'Secret' && obj.kind !== 'ConfigMap') throw new KubectlError(ERR_UNSUPPORTED_FROM);
    const name = obj.metadata.name ?? '';
    for (const key of Object.keys((obj as { data?: Record<string, string> }).data ?? {}).sort()) {
      if (keys.length > 0 && !keys.includes(key)) continue;
      const ref = obj.kind === 'Secret' ? { secretKeyRef: { name, key } } : { configMapKeyRef: { name, key } };
      env.push({ name: keyToEnvName(ctx, key), valueFrom: ref });
    }
  }
  return env;
}

function keyToEnvName(ctx: KubectlContext, key: string): string {
  const name = key.replace(/[^a-zA-Z0-9_]/g, '_').toUpperCase();
  if (name !== key) ctx.io.stderr.write(WARN_KEY_TRANSFERRED(key, name));
  return name;
}

function runSetEnv(ctx: KubectlContext, parsed: ParsedArgs): number {
  const o = complete(ctx, parsed);
  const parsedEnv = parseEnv([...flagList(parsed, 'env'), ...o.envArgs], ctx.io.stdin);
  const prefix = flagString(parsed, 'prefix');
  const env = [...parsedEnv.env, ...envFrom(ctx, parsed, o)].map((e) => ({ ...e, name: `${prefix}${e.name}` }));
  const { targets, errors } = resolveTargets(ctx, targetQuery(parsed, o.resources, flagBool(parsed, 'all')));
  if (errors.length > 0) return reportErrors(ctx, errors);
  const edit = (obj: Target['obj']): boolean => {
    const spec = podSpecOf(obj);
    const containers = [...selectContainers(spec.containers, o.containers), ...selectContainers(spec.initContainers, o.containers)];
    if (containers.length === 0) {
      ctx.io.stderr.write(WARN_NO_CONTAINERS(obj.kind ?? '', obj.metadata.name ?? '', o.containers));
      return true;
    }
    for (const c of containers) {
      if (!flagBool(parsed, 'overwrite')) checkNoOverwrites(c, env);
      setContainerEnv(c, updateEnv(c.env ?? [], env, parsedEnv.remove));
      if (o.list) listContainerEnv(ctx, obj, c, flagBool(parsed, 'resolve'));
    }
    return true;
  };
  if (o.list) {
    for (const t of targets) listOnly(() => edit(clone(t.obj)));
    return 0;
  }
  const noEnvGiven = env.length === 0 && o.envArgs.length === 0;
  const mutationErrors = applyMutation(ctx, targets, edit, {
    operation: 'env updated', patchFailure: 'failed to patch env update to pod template: ', dryRun: o.dryRun, local: o.local, output: o.output,
    recorder: NO_RECORDER, afterPatch: () => { if (noEnvGiven) throw new KubectlError(ERR_NO_ENV); },
  });
  return reportMutationErrors(ctx, mutationErrors);
}

/** With --list, a container that cannot be edited ends that object's listing silently. */
function listOnly(edit: () => void): void {
  try {
    edit();
  } catch (e) {
    if (!(e instanceof KubectlError)) throw e;
  }
}

function checkNoOverwrites(c: Container, env: readonly EnvVar[]): void {
  for (const e of env) {
    const current = (c.env ?? []).find((x) => x.name === e.name);
    if (current && current.value !== e.value) throw new KubectlError(ERR_ALREADY_HAS_VALUE(current.name, current.value ?? ''));
  }
}

/** An empty env list is left out, as Go's omitempty does. */
function setContainerEnv(c: Container, env: EnvVar[]): void {
  if (env.length > 0) c.env = env;
  else delete c.env;
}

export const SET_ENV_COMMAND: KubectlCommand = commandFromHelp('env', SET_ENV_HELP, runSetEnv, 'kubectl set env');
