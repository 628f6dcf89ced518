// `kubectl get` options: the flags read once (complete) and checked (validate) with kubectl's
// messages, before anything talks to the API server.

import { isStatusError } from '../../../../engine/index.ts';
import { KubectlError, UsageError, type KubectlContext } from '../../command.ts';
import { statusErrorText } from '../../errors.ts';
import { flagBool, flagList, flagString, type ParsedArgs } from '../../flags.ts';
import type { BuilderOptions } from './resource-builder.ts';
import { ERR_GO_TEMPLATE_UNSUPPORTED } from '../../printers/errors.ts';
import { ERR_SHOW_LABELS, ERR_SUBRESOURCE, ERR_WATCH_EVENTS, MUST_SPECIFY_TYPE, REQUIRED_RESOURCE, SCALE_UNSUPPORTED, SUBRESOURCES, WARN_WATCH_ONLY_SORT, WARN_WATCH_SORT } from './errors.ts';

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
  if (o.watch && o.sortBy !== '') ctx.io.stderr.write(WARN_WATCH_SORT);
  else if (o.watchOnly && o.sortBy !== '') ctx.io.stderr.write(WARN_WATCH_ONLY_SORT);
  else if (!o.watch && !o.watchOnly && o.builder.args.length === 0 && o.builder.filenames.length === 0) {
    ctx.io.stderr.write(MUST_SPECIFY_TYPE);
    throw new UsageError(REQUIRED_RESOURCE);
  }
  validate(o, p);
  return o;
}

function validate(o: GetOptions, p: ParsedArgs): void {
  if (flagString(p, 'template') !== '' && o.output === '') throw new KubectlError(ERR_GO_TEMPLATE_UNSUPPORTED);
  const subresource = flagString(p, 'subresource');
  if (subresource !== '' && !SUBRESOURCES.includes(subresource)) throw new KubectlError(ERR_SUBRESOURCE(subresource));
  if (subresource === 'scale') throw new KubectlError(SCALE_UNSUPPORTED);
  if (o.showLabels && o.output !== '' && o.output !== 'wide') throw new KubectlError(ERR_SHOW_LABELS(o.output));
  if (o.outputWatchEvents && !o.watch && !o.watchOnly) throw new KubectlError(ERR_WATCH_EVENTS);
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
