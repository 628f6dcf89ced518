// `kubectl replace --force` (replace.go forceReplace): delete every object of the files (missing
// ones are fine), wait until all are gone from the API — polling, up to --timeout (5m by default) —
// then create them again and print `pod/x replaced`.

import { isStatusError, type KubeObject } from '../../../../engine/index.ts';
import type { CommandResult, Process } from '../../../shell/types.ts';
import { KubectlError, type KubectlContext } from '../../command.ts';
import { reportErrors } from '../../util/error-report.ts';
import type { Manifest } from '../../util/manifests.ts';
import { formatObject, OutputFormat, type DryRun } from '../../util/mutation.ts';
import { kindGroup } from '../../util/resource-args.ts';

export const ERR_NO_OBJECTS = 'no objects passed to replace';
export const ERR_TIMED_OUT = 'error: timed out waiting for the condition\n';

type Item = { readonly manifest: Manifest; readonly obj: KubeObject };

/** What --force needs of replace's options. */
export interface ForceReplaceOptions {
  readonly dryRun: DryRun;
  readonly output: OutputFormat;
  /** -1 leaves the server's default grace period. */
  readonly gracePeriod: number;
  readonly timeoutMs: number;
}

function namespaceOf(item: Item): string | undefined {
  return item.manifest.info.namespaced ? item.obj.metadata.namespace : undefined;
}

function deleteAll(ctx: KubectlContext, o: ForceReplaceOptions, items: readonly Item[]): unknown[] {
  const errors: unknown[] = [];
  for (const item of items) {
    const name = item.obj.metadata.name ?? '';
    try {
      ctx.client.server.delete(item.manifest.info, namespaceOf(item), name, {
        ...(o.gracePeriod >= 0 ? { gracePeriodSeconds: o.gracePeriod } : {}), propagationPolicy: 'Background',
      });
      const kind = kindGroup(item.manifest.info);
      ctx.io.stdout.write(o.output === OutputFormat.Name ? `${kind}/${name}\n` : `${kind} "${name}" deleted\n`);
    } catch (err) {
      if (!(isStatusError(err) && err.status.reason === 'NotFound')) errors.push(err);
    }
  }
  return errors;
}

function allGone(ctx: KubectlContext, items: readonly Item[]): boolean {
  return items.every((item) => !ctx.client.server.tryGet(item.manifest.info, namespaceOf(item), item.obj.metadata.name ?? ''));
}

function createAll(ctx: KubectlContext, o: ForceReplaceOptions, items: readonly Item[]): number {
  if (items.length === 0) throw new KubectlError(ERR_NO_OBJECTS);
  const errors: unknown[] = [];
  let printed = 0;
  for (const { manifest, obj } of items) {
    try {
      const created = ctx.client.server.create(manifest.info, namespaceOf({ manifest, obj }), obj);
      if (o.output === OutputFormat.Yaml && printed > 0) ctx.io.stdout.write('---\n');
      ctx.io.stdout.write(formatObject(manifest.info, created, { output: o.output, operation: 'replaced', dryRun: o.dryRun }));
      printed++;
    } catch (err) {
      errors.push(err);
    }
  }
  return reportErrors(ctx, errors);
}

export function forceReplace(ctx: KubectlContext, o: ForceReplaceOptions, items: readonly Item[]): CommandResult {
  const errors = deleteAll(ctx, o, items);
  if (errors.length > 0) return reportErrors(ctx, errors);
  if (allGone(ctx, items)) return createAll(ctx, o, items);
  const deadlineMs = ctx.nowMs() + o.timeoutMs;
  let done = false;
  let exitCode = 0;
  const process: Process = {
    get done() { return done; },
    get exitCode() { return exitCode; },
    wakeAtMs: () => (done ? undefined : deadlineMs),
    poll(nowMs) {
      if (done) return;
      if (allGone(ctx, items)) {
        done = true;
        // items is not empty here, so createAll reports its failures instead of throwing.
        exitCode = createAll(ctx, o, items);
      } else if (nowMs >= deadlineMs) {
        done = true;
        exitCode = 1;
        ctx.io.stderr.write(ERR_TIMED_OUT);
      }
    },
    cancel() {
      if (done) return;
      done = true;
      exitCode = 130;
    },
  };
  return process;
}
