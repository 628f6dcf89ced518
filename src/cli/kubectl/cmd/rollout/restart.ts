// `kubectl rollout restart` (rollout_restart.go, polymorphichelpers/objectrestarter.go): stamps the pod
// template with kubectl.kubernetes.io/restartedAt (the virtual clock's RFC 3339 second), which makes
// the controller roll every pod.

import { rfc3339 } from '../../../../engine/index.ts';
import { KubectlError, type KubectlCommand, type KubectlContext } from '../../command.ts';
import type { ParsedArgs } from '../../flags.ts';
import { commandFromHelp } from '../../util/help.ts';
import { ROLLOUT_RESTART_HELP } from './help-more.ts';
import { runObjectPatcher } from './object-patch.ts';
import { specOf } from './workloads.ts';

export const RESTARTED_AT_ANNOTATION = 'kubectl.kubernetes.io/restartedAt';
export const ERR_RESTART_PAUSED = "can't restart paused deployment (run rollout resume first)";
export const ERR_RESTART_UNSUPPORTED = 'restarting is not supported';
export const ERR_RESTART_TOO_SOON = (name: string): string =>
  `failed to create patch for ${name}: if restart has already been triggered within the past second, please wait before attempting to trigger another`;

const RESTARTABLE = new Set(['Deployment', 'DaemonSet', 'StatefulSet']);

function runRestart(ctx: KubectlContext, parsed: ParsedArgs): number {
  const restartedAt = rfc3339(ctx.nowMs());
  return runObjectPatcher(ctx, parsed, {
    operation: 'restarted',
    mutate(obj) {
      if (!RESTARTABLE.has(obj.kind ?? '')) throw new KubectlError(ERR_RESTART_UNSUPPORTED);
      const spec = specOf(obj);
      if (obj.kind === 'Deployment' && spec.paused === true) throw new KubectlError(ERR_RESTART_PAUSED);
      const template = (spec.template ?? {}) as { metadata?: { annotations?: Record<string, string> } };
      template.metadata = { ...(template.metadata ?? {}), annotations: { ...(template.metadata?.annotations ?? {}), [RESTARTED_AT_ANNOTATION]: restartedAt } };
      (obj as { spec?: Record<string, unknown> }).spec = { ...spec, template };
    },
    unchanged: (t) => ({ error: ERR_RESTART_TOO_SOON(t.obj.metadata.name ?? '') }),
  });
}

export const ROLLOUT_RESTART_COMMAND: KubectlCommand = commandFromHelp('restart', ROLLOUT_RESTART_HELP, runRestart, 'kubectl rollout restart');
