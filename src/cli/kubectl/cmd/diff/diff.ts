// `kubectl diff -f FILENAME` (pkg/cmd/diff/diff.go): each object of the files is written twice, as
// it is live (LIVE-<n>/) and as `kubectl apply` would leave it (MERGED-<n>/, a server dry run), and
// `diff -u -N` of the two directories is printed. Exit status 1 when they differ, 2 on an error.
// Deviation from upstream: the diff is computed in-process (no external `diff`, so
// KUBECTL_EXTERNAL_DIFF is not honoured) and the two directories are never written to disk.

import { clone, type KubeObject } from '../../../../engine/index.ts';
import { pad2, utcTime } from '../../../shell/builtins/calendar.ts';
import type { CommandResult } from '../../../shell/types.ts';
import { KubectlError, UsageError, type KubectlCommand, type KubectlContext } from '../../command.ts';
import { formatError } from '../../errors.ts';
import { flagBool, flagList, flagString, type ParsedArgs } from '../../flags.ts';
import { toYaml } from '../../printers/output.ts';
import { commandFromHelp } from '../../util/help.ts';
import { ERR_FILENAME_REQUIRED, ERR_UNEXPECTED_ARGS, selectManifests } from '../create/create.ts';
import { KUSTOMIZE_UNSUPPORTED } from '../get/errors.ts';
import { diffEntry, type DiffEntry } from './diff-objects.ts';
import { DIFF_HELP } from './help.ts';
import { unifiedHunks } from './unified-diff.ts';

/** CheckDiffErr: kubectl's own failures exit with 2, leaving 1 to mean "differences found". */
const EXIT_ERROR = 2;
const EXIT_DIFFERENT = 1;
const EPOCH_STAMP = '1970-01-01 00:00:00.000000000 +0000';

function runDiff(ctx: KubectlContext, parsed: ParsedArgs): CommandResult {
  try {
    if (parsed.args.length > 0) throw new UsageError(ERR_UNEXPECTED_ARGS(parsed.args));
    if (flagString(parsed, 'kustomize') !== '') throw new KubectlError(KUSTOMIZE_UNSUPPORTED);
    const filenames = flagList(parsed, 'filename');
    if (filenames.length === 0) throw new KubectlError(ERR_FILENAME_REQUIRED);
    const entries = selectManifests(ctx, filenames, flagBool(parsed, 'recursive'), flagString(parsed, 'selector'))
      .map((m) => diffEntry(ctx.client.server, ctx.namespace, m));
    const text = unifiedDiff(ctx, entries);
    ctx.io.stdout.write(text);
    return text === '' ? 0 : EXIT_DIFFERENT;
  } catch (err) {
    ctx.io.stderr.write(formatError(err, ctx.commandPath).text);
    return EXIT_ERROR;
  }
}

/** What `diff -u -N LIVE-<n> MERGED-<n>` prints for the pairs, file by file in name order. */
function unifiedDiff(ctx: KubectlContext, entries: readonly DiffEntry[]): string {
  const live = `/tmp/LIVE-${ctx.cluster.rand.nextUint32()}`;
  const merged = `/tmp/MERGED-${ctx.cluster.rand.nextUint32()}`;
  const written = diffTimestamp(ctx.nowMs());
  let out = '';
  for (const e of [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const before = e.live === undefined ? '' : toYaml(masked(e.live, e.merged, 'before'));
    const after = toYaml(masked(e.merged, e.live, 'after'));
    const hunks = unifiedHunks(before, after);
    if (hunks === '') continue;
    out += `diff -u -N ${live}/${e.name} ${merged}/${e.name}\n`;
    out += `--- ${live}/${e.name}\t${e.live === undefined ? EPOCH_STAMP : written}\n`;
    out += `+++ ${merged}/${e.name}\t${written}\n`;
    out += hunks;
  }
  return out;
}

/** GNU diff's header time: `2025-03-17 08:30:00.000000000 +0000` (the workstation runs in UTC). */
function diffTimestamp(ms: number): string {
  const t = utcTime(ms);
  return `${t.year}-${pad2(t.month)}-${pad2(t.day)} ${pad2(t.hours)}:${pad2(t.minutes)}:${pad2(t.seconds)}.${String(ms % 1000).padStart(3, '0')}000000 +0000`;
}

/** The Masker of Secrets: values become `***`, or `*** (before)` / `*** (after)` where they differ. */
function masked(obj: KubeObject, other: KubeObject | undefined, side: 'before' | 'after'): KubeObject {
  const copy = clone(obj);
  if (copy.kind !== 'Secret') return copy;
  const data = (copy as { data?: Record<string, string> }).data;
  const otherData = (other as { data?: Record<string, string> } | undefined)?.data ?? {};
  for (const key of Object.keys(data ?? {})) {
    data![key] = otherData[key] === undefined || otherData[key] === data![key] ? '***' : `*** (${side})`;
  }
  return copy;
}

export const DIFF_COMMAND: KubectlCommand = commandFromHelp('diff', DIFF_HELP, runDiff);
