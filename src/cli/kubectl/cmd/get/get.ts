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
import { COMPONENT_STATUS_WARNING, KUSTOMIZE_UNSUPPORTED, RAW_WITH_ARGS } from './errors.ts';
import { rawGet } from './raw.ts';

export const GET_COMMAND: KubectlCommand = {
  name: 'get',
  short: GET_HELP.short,
  help: renderHelp('kubectl get', GET_HELP),
  flags: GET_HELP.flags,
  run(ctx, parsed) {
    const raw = flagString(parsed, 'raw');
    if (raw !== '') {
      if (parsed.args.length > 0) throw new KubectlError(RAW_WITH_ARGS);
      ctx.io.stdout.write(rawGet(ctx, raw));
      return 0;
    }
    const o = completeGetOptions(ctx, parsed);
    if (flagString(parsed, 'kustomize') !== '') throw new KubectlError(KUSTOMIZE_UNSUPPORTED);
    if (o.watch || o.watchOnly) return startWatch(ctx, o);
    const plan = planVisits(ctx, o.builder);
    // The API server answers ComponentStatus reads with a deprecation warning header; kubectl prints it.
    if (plan.visits.some((v) => v.info.resource === 'componentstatuses')) ctx.io.stderr.write(COMPONENT_STATUS_WARNING);
    const { infos, errors } = fetchVisits(ctx, plan, o.builder);
    const kept = o.ignoreNotFound ? errors.filter((e) => (e as { reason?: string }).reason !== 'NotFound') : errors;
    return isHumanReadable(o) ? printHuman(ctx, o, infos, kept) : printGeneric(ctx, o, plan, infos, kept);
  },
};
