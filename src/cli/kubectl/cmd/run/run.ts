// `kubectl run NAME --image=IMAGE` (pkg/cmd/run/run.go, v1.31): validates the flags, creates the Pod
// (and with --expose a Service), prints `pod/NAME created`; with --attach/-i/-t it keeps running
// until the pod can be attached to (see attach.ts) instead of printing.

import { resourceByName, type KubeObject, type ResourceInfo } from '../../../../engine/index.ts';
import type { CommandResult } from '../../../shell/types.ts';
import { KubectlError, UsageError, type KubectlCommand, type KubectlContext } from '../../command.ts';
import { flagBool, flagList, flagString, parseDuration, type ParsedArgs } from '../../flags.ts';
import { commandFromHelp } from '../../util/help.ts';
import { withLastApplied } from '../../util/last-applied.ts';
import { DryRun, dryRunStrategy, formatObject, OutputFormat, outputFormat } from '../../util/mutation.ts';
import { kindGroup } from '../../util/resource-args.ts';
import { checkRequiredFlags } from '../create/generator.ts';
import { attachProcess } from './attach.ts';
import { RUN_HELP } from './help.ts';
import { applyOverrides } from './overrides.ts';
import { buildPod, buildService, isValidImageReference, parseAnnotations, parseEnvs, parseLabels, parsePort, ERR_IMAGE } from './pod.ts';

export const ERR_NAME_REQUIRED = 'NAME is required for run';
export const ERR_IMAGE_REQUIRED = '--image is required';
export const ERR_TIMEOUT = '--pod-running-timeout must be higher than zero';
export const ERR_TTY_NEEDS_STDIN = '-i/--stdin is required for containers with -t/--tty=true';
export const ERR_EXPOSE_NEEDS_PORT = '--port must be set when exposing a service';
export const ERR_RESTART = (policy: string): string => `invalid restart policy: ${policy}`;
export const ERR_PULL_POLICY = (policy: string): string => `invalid image pull policy: ${policy}`;
export const ERR_RM_NEEDS_ATTACH = '--rm should only be used for attached containers';
export const ERR_ATTACH_DRY_RUN = "--dry-run=[server|client] can't be used with attached containers options (--attach, --stdin, or --tty)";

/** What kubectl v1.31 writes between the Service and the Pod of `--expose -o yaml` (twice the document marker). */
const EXPOSE_YAML_SEPARATOR = '---\n---\n';
const RESTART_POLICIES = ['Always', 'OnFailure', 'Never'];
const PULL_POLICIES = ['', 'Always', 'IfNotPresent', 'Never'];
const PODS = resourceByName('', 'pods')!;
const SERVICES = resourceByName('', 'services')!;

interface RunOptions {
  readonly name: string;
  readonly image: string;
  readonly dryRun: DryRun;
  readonly output: OutputFormat;
  readonly attach: boolean;
  readonly timeoutMs: number;
  readonly restartPolicy: string;
}

function validate(ctx: KubectlContext, parsed: ParsedArgs): RunOptions {
  checkRequiredFlags(parsed, ['image']);
  const name = parsed.args[0];
  if (name === undefined) throw new UsageError(ERR_NAME_REQUIRED);
  const image = flagString(parsed, 'image');
  if (image === '') throw new KubectlError(ERR_IMAGE_REQUIRED);
  if (!isValidImageReference(image)) throw new KubectlError(ERR_IMAGE(image));
  const timeoutMs = parseDuration(flagString(parsed, 'pod-running-timeout')) ?? 0;
  if (timeoutMs <= 0) throw new UsageError(ERR_TIMEOUT);
  const stdin = flagBool(parsed, 'stdin');
  if (flagBool(parsed, 'tty') && !stdin) throw new UsageError(ERR_TTY_NEEDS_STDIN);
  if (flagBool(parsed, 'expose') && flagString(parsed, 'port') === '') throw new UsageError(ERR_EXPOSE_NEEDS_PORT);
  const restartPolicy = flagString(parsed, 'restart') || (stdin ? 'OnFailure' : 'Always');
  if (!RESTART_POLICIES.includes(restartPolicy)) throw new UsageError(ERR_RESTART(restartPolicy));
  const pullPolicy = flagString(parsed, 'image-pull-policy');
  if (!PULL_POLICIES.includes(pullPolicy)) throw new UsageError(ERR_PULL_POLICY(pullPolicy));
  const dryRun = dryRunStrategy(ctx, parsed);
  const attach = parsed.changed.has('attach') ? flagBool(parsed, 'attach') : stdin;
  if (attach && dryRun !== DryRun.None) throw new UsageError(ERR_ATTACH_DRY_RUN);
  if (flagBool(parsed, 'rm') && !attach) throw new UsageError(ERR_RM_NEEDS_ATTACH);
  return { name, image, dryRun, output: outputFormat(parsed), attach, timeoutMs, restartPolicy };
}

function generatePod(parsed: ParsedArgs, o: RunOptions, labels: Record<string, string>): KubeObject {
  const stdin = flagBool(parsed, 'stdin');
  const port = flagString(parsed, 'port');
  const pod = buildPod({
    name: o.name, image: o.image, labels,
    annotations: parseAnnotations(flagList(parsed, 'annotations')),
    env: parseEnvs(flagList(parsed, 'env')),
    args: [...parsed.args.slice(1), ...(parsed.dashArgs ?? [])],
    command: flagBool(parsed, 'command'),
    ...(port !== '' ? { port: parsePort(port) } : {}),
    imagePullPolicy: flagString(parsed, 'image-pull-policy'),
    restartPolicy: o.restartPolicy,
    stdin, stdinOnce: stdin && !flagBool(parsed, 'leave-stdin-open'), tty: flagBool(parsed, 'tty'),
    privileged: flagBool(parsed, 'privileged'),
  });
  return applyOverrides(pod, flagString(parsed, 'overrides'), flagString(parsed, 'override-type'));
}

/** createGeneratedObject: sent to the server unless --dry-run=client. */
function createGenerated(ctx: KubectlContext, parsed: ParsedArgs, o: RunOptions, info: ResourceInfo, obj: KubeObject): KubeObject {
  if (o.dryRun === DryRun.Client) {
    if (ctx.namespaceExplicit) obj.metadata.namespace = ctx.namespace;
    return obj;
  }
  const body = flagBool(parsed, 'save-config') ? withLastApplied(obj) : obj;
  return ctx.client.server.create(info, ctx.namespace, body, { dryRun: o.dryRun === DryRun.Server });
}

function runRun(ctx: KubectlContext, parsed: ParsedArgs): CommandResult {
  const o = validate(ctx, parsed);
  const userLabels = flagString(parsed, 'labels') === '' ? undefined : parseLabels(flagString(parsed, 'labels'));
  const labels = userLabels ?? { run: o.name };
  const pod = createGenerated(ctx, parsed, o, PODS, generatePod(parsed, o, labels));
  const printed: string[] = [];
  const created: Array<{ info: ResourceInfo; obj: KubeObject }> = [{ info: PODS, obj: pod }];
  if (flagBool(parsed, 'expose')) {
    const service = buildService(o.name, parsePort(flagString(parsed, 'port')), labels, userLabels);
    const svc = createGenerated(ctx, parsed, o, SERVICES, service);
    created.push({ info: SERVICES, obj: svc });
    printed.push(formatObject(SERVICES, svc, { output: o.output, operation: 'created', dryRun: o.dryRun }));
  }
  if (o.attach) {
    for (const text of printed) ctx.io.stdout.write(text);
    return startAttach(ctx, parsed, o, created);
  }
  printed.push(formatObject(PODS, pod, { output: o.output, operation: 'created', dryRun: o.dryRun }));
  ctx.io.stdout.write(printed.join(o.output === OutputFormat.Yaml ? EXPOSE_YAML_SEPARATOR : ''));
  return 0;
}

function startAttach(ctx: KubectlContext, parsed: ParsedArgs, o: RunOptions, created: ReadonlyArray<{ info: ResourceInfo; obj: KubeObject }>): CommandResult {
  const remove = flagBool(parsed, 'rm');
  const process = attachProcess({
    ctx, namespace: ctx.namespace, name: o.name,
    deadlineMs: ctx.nowMs() + o.timeoutMs,
    showPrompt: flagBool(parsed, 'stdin') && flagBool(parsed, 'tty') && !flagBool(parsed, 'quiet'),
    waitForExitCode: !flagBool(parsed, 'leave-stdin-open') && o.restartPolicy !== 'Always',
    cleanup: () => { if (remove) removeCreated(ctx, created); },
  });
  process.poll(ctx.nowMs());
  return process.done ? process.exitCode : process;
}

/** removeCreatedObjects: deletes ignoring NotFound, printing as `kubectl delete` does. */
function removeCreated(ctx: KubectlContext, created: ReadonlyArray<{ info: ResourceInfo; obj: KubeObject }>): void {
  for (const { info, obj } of created) {
    const name = obj.metadata.name ?? '';
    if (!ctx.client.server.tryGet(info, ctx.namespace, name)) continue;
    ctx.client.server.delete(info, ctx.namespace, name, { propagationPolicy: 'Background' });
    ctx.io.stdout.write(`${kindGroup(info)} "${name}" deleted\n`);
  }
}

export const RUN_COMMAND: KubectlCommand = commandFromHelp('run', RUN_HELP, runRun);
