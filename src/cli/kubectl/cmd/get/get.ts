// `kubectl get`: complete → validate → run (kubectl pkg/cmd/get/get.go). Tables for people, objects
// for -o json/yaml/name/jsonpath/custom-columns, and a long-running watch for -w/--watch-only.

import { KubectlError, type KubectlCommand } from '../../command.ts';
import { flagString } from '../../flags.ts';
import { renderHelp } from '../../util/help.ts';
import { GET_HELP } from './help.ts';
import { completeGetOptions, isHumanReadable } from './options.ts';
import { printGeneric } from './print-generic.ts';
import { printHuman } from './print-human.ts';
import { fetchVisits, planVisits } from './resource-builder.ts';
import { startWatch } from './watch.ts';
import { KUSTOMIZE_UNSUPPORTED, RAW_UNSUPPORTED } from './errors.ts';

export const GET_COMMAND: KubectlCommand = {
  name: 'get',
  short: GET_HELP.short,
  help: renderHelp('kubectl get', GET_HELP),
  flags: GET_HELP.flags,
  run(ctx, parsed) {
    const o = completeGetOptions(ctx, parsed);
    if (flagString(parsed, 'raw') !== '') throw new KubectlError(RAW_UNSUPPORTED);
    if (flagString(parsed, 'kustomize') !== '') throw new KubectlError(KUSTOMIZE_UNSUPPORTED);
    if (o.watch || o.watchOnly) return startWatch(ctx, o);
    const plan = planVisits(ctx, o.builder);
    const { infos, errors } = fetchVisits(ctx, plan, o.builder);
    const kept = o.ignoreNotFound ? errors.filter((e) => (e as { reason?: string }).reason !== 'NotFound') : errors;
    return isHumanReadable(o) ? printHuman(ctx, o, infos, kept) : printGeneric(ctx, o, plan, infos, kept);
  },
};
