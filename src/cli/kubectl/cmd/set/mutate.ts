// The loop `set image|env|resources|serviceaccount` share (set_image.go Run and its siblings): change each
// object locally, skip it when nothing changed, print it as it is with --local or --dry-run=client,
// otherwise patch it and print what the server returned; failures are collected, not fatal.

import { clone, type KubeObject } from '../../../../engine/index.ts';
import { KubectlError, type KubectlContext } from '../../command.ts';
import { messageOf, reportErrors, wrapped } from '../../util/error-report.ts';
import { DryRun, formatObject, type OutputFormat } from '../../util/mutation.ts';
import { isEmptyPatch, mergePatchDiff, sendPatch } from './patch.ts';
import type { Recorder } from './record.ts';
import type { Target } from './targets.ts';

export interface MutationOptions {
  /** The name printer's operation: `image updated`. */
  readonly operation: string;
  /** How a failed PATCH is reported: `failed to patch image update to pod template: `. */
  readonly patchFailure: string;
  readonly dryRun: DryRun;
  readonly local: boolean;
  readonly output: OutputFormat;
  readonly recorder: Recorder;
  /** Runs after each successful PATCH; what it throws ends the command (set env's late argument check). */
  readonly afterPatch?: () => void;
  /** set serviceaccount sends (and reports) its patch even when it is empty. */
  readonly patchUnchanged?: boolean;
}

/**
 * Changes the object in place. Returns false when it leaves the object alone (no patch is sent);
 * a KubectlError thrown is reported as `error: <resource>/<name> <message>`.
 */
export type Mutation = (obj: KubeObject) => boolean;

/**
 * Info.ObjectName(): `deployments/web` for objects read from the server; for --local ones, which have
 * no REST mapping, `service/web` or `deployment.apps/web` followed by a newline (an upstream slip).
 */
function objectName(t: Target, local: boolean): string {
  const name = t.obj.metadata.name ?? '';
  if (!local) return `${t.info.resource}/${name}`;
  const kind = t.info.kind.toLowerCase();
  return t.info.group === '' ? `${kind}/${name}` : `${kind}.${t.info.group}/${name}\n`;
}

/**
 * cmdutil.CheckErr of the collected errors. The per-object errors end in a newline of their own, which
 * a single error keeps as its only line end and an aggregate prints as an empty line.
 */
export function reportMutationErrors(ctx: KubectlContext, errors: readonly unknown[]): number {
  const only = errors.length === 1 ? errors[0] : undefined;
  if (only instanceof KubectlError && only.message.endsWith('\n')) {
    ctx.io.stderr.write(only.message);
    return 1;
  }
  return reportErrors(ctx, errors);
}

export function applyMutation(ctx: KubectlContext, targets: readonly Target[], mutate: Mutation, o: MutationOptions): unknown[] {
  const errors: unknown[] = [];
  for (const t of targets) {
    const obj = clone(t.obj);
    try {
      if (!mutate(obj)) continue;
    } catch (e) {
      if (!(e instanceof KubectlError)) throw e;
      errors.push(new KubectlError(`error: ${objectName(t, o.local)} ${messageOf(e)}\n`));
      continue;
    }
    o.recorder.record(obj);
    const patch = mergePatchDiff(t.obj as Record<string, unknown>, obj as Record<string, unknown>);
    if (isEmptyPatch(patch) && !o.patchUnchanged) continue;
    if (o.local || o.dryRun === DryRun.Client) {
      ctx.io.stdout.write(formatObject(t.info, obj, { output: o.output, operation: o.operation, dryRun: o.dryRun }));
      continue;
    }
    let actual: KubeObject;
    try {
      actual = sendPatch(ctx, t.info, t.obj, patch, o.dryRun);
    } catch (e) {
      errors.push(wrapped(o.patchFailure, e));
      continue;
    }
    o.afterPatch?.();
    ctx.io.stdout.write(formatObject(t.info, actual, { output: o.output, operation: o.operation, dryRun: o.dryRun }));
  }
  return errors;
}
