// `kubectl rollout pause` and `rollout resume` (rollout_pause.go, rollout_resume.go with
// polymorphichelpers objectpauser.go, objectresumer.go): flip a Deployment's spec.paused.

import type { KubectlCommand } from '../../command.ts';
import { commandFromHelp } from '../../util/help.ts';
import { ROLLOUT_PAUSE_HELP, ROLLOUT_RESUME_HELP } from './help-more.ts';
import { runObjectPatcher, type ObjectPatcher } from './object-patch.ts';
import { KubectlError } from '../../command.ts';
import { specOf } from './workloads.ts';

export const ERR_ALREADY_PAUSED = 'is already paused';
export const ERR_NOT_PAUSED = 'is not paused';
export const ERR_PAUSE_UNSUPPORTED = 'pausing is not supported';
export const ERR_RESUME_UNSUPPORTED = 'resuming is not supported';

function pauser(paused: boolean): ObjectPatcher {
  return {
    operation: paused ? 'paused' : 'resumed',
    mutate(obj) {
      if (obj.kind !== 'Deployment') throw new KubectlError(paused ? ERR_PAUSE_UNSUPPORTED : ERR_RESUME_UNSUPPORTED);
      const spec = specOf(obj);
      if ((spec.paused === true) === paused) throw new KubectlError(paused ? ERR_ALREADY_PAUSED : ERR_NOT_PAUSED);
      (obj as { spec?: Record<string, unknown> }).spec = { ...spec, paused };
    },
    unchanged: () => ({ operation: paused ? 'already paused' : 'already resumed' }),
  };
}

export const ROLLOUT_PAUSE_COMMAND: KubectlCommand = commandFromHelp('pause', ROLLOUT_PAUSE_HELP, (ctx, parsed) => runObjectPatcher(ctx, parsed, pauser(true)), 'kubectl rollout pause');
export const ROLLOUT_RESUME_COMMAND: KubectlCommand = commandFromHelp('resume', ROLLOUT_RESUME_HELP, (ctx, parsed) => runObjectPatcher(ctx, parsed, pauser(false)), 'kubectl rollout resume');
