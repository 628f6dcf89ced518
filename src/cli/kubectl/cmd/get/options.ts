// `kubectl get` options: the flags read once (complete) and checked (validate) with kubectl's
// messages, before anything talks to the API server.

import { isStatusError } from '../../../../engine/index.ts';
import { KubectlError, UsageError, type KubectlContext } from '../../command.ts';
import { statusErrorText } from '../../errors.ts';
import { flagBool, flagList, flagString, type ParsedArgs } from '../../flags.ts';
import type { BuilderOptions } from './resource-builder.ts';

export interface GetOptions {
  readonly builder: BuilderOptions;
  readonly output: string;
  readonly noHeaders: boolean;
  readonly showLabels: boolean;
  readonly showKind: boolean;
  readonly labelColumns: readonly string[];
  readonly sortBy: string;
  readonly watch: boolean;
  readonly watchOnly: boolean;
  readonly outputWatchEvents: boolean;
  readonly ignoreNotFound: boolean;
  readonly allowMissingKeys: boolean;
  readonly showManagedFields: boolean;
}

export const MUST_SPECIFY_TYPE = 'You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\n';
export const REQUIRED_RESOURCE = 'Required resource not specified.\nUse "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).';

export function completeGetOptions(ctx: KubectlContext, p: ParsedArgs): GetOptions {
  const o: GetOptions = {
    builder: {
      args: p.args,
      filenames: flagList(p, 'filename'),
      recursive: flagBool(p, 'recursive'),
      labelSelector: flagString(p, 'selector').trim(),
      fieldSelector: flagString(p, 'field-selector').trim(),
      allNamespaces: flagBool(p, 'all-namespaces'),
    },
    output: flagString(p, 'output'),
    noHeaders: flagBool(p, 'no-headers'),
    showLabels: flagBool(p, 'show-labels'),
    showKind: flagBool(p, 'show-kind'),
    labelColumns: flagList(p, 'label-columns'),
    sortBy: flagString(p, 'sort-by'),
    watch: flagBool(p, 'watch'),
    watchOnly: flagBool(p, 'watch-only'),
    outputWatchEvents: flagBool(p, 'output-watch-events'),
    ignoreNotFound: flagBool(p, 'ignore-not-found'),
    allowMissingKeys: p.flags.get('allow-missing-template-keys') !== false,
    showManagedFields: flagBool(p, 'show-managed-fields'),
  };
  if (o.watch && o.sortBy !== '') ctx.io.stderr.write('warning: --watch requested, --sort-by will be ignored for watch events received\n');
  else if (o.watchOnly && o.sortBy !== '') ctx.io.stderr.write('warning: --watch-only requested, --sort-by will be ignored\n');
  else if (!o.watch && !o.watchOnly && o.builder.args.length === 0 && o.builder.filenames.length === 0) {
    ctx.io.stderr.write(MUST_SPECIFY_TYPE);
    throw new UsageError(REQUIRED_RESOURCE);
  }
  validate(o);
  return o;
}

function validate(o: GetOptions): void {
  if (o.showLabels && o.output !== '' && o.output !== 'wide') throw new KubectlError(`--show-labels option cannot be used with ${o.output} printer`);
  if (o.outputWatchEvents && !o.watch && !o.watchOnly) throw new KubectlError('--output-watch-events option can only be used with --watch or --watch-only');
}

/** Human-readable unless -o names a non-table format. */
export const isHumanReadable = (o: GetOptions): boolean => o.output === '' || o.output === 'wide';

/**
 * Reports the errors collected while continuing on errors: one is thrown (main prints it), several are
 * printed one per line without the `error: ` prefix, as cmdutil.CheckErr prints an aggregate.
 */
export function reportErrors(ctx: KubectlContext, errors: readonly unknown[]): number {
  if (errors.length === 0) return 0;
  if (errors.length === 1) throw errors[0];
  for (const e of errors) ctx.io.stderr.write(isStatusError(e) ? statusErrorText(e) : `${(e as Error).message}\n`);
  return 1;
}
