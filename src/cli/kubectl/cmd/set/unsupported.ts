// What kubelab's `set` and `rollout` commands cannot do that kubectl can.

import { KubectlError } from '../../command.ts';
import { flagString, type ParsedArgs } from '../../flags.ts';
import { KUSTOMIZE_UNSUPPORTED } from '../get/errors.ts';

/** Deviation from upstream: there is no kustomize in kubelab. */
export function rejectKustomize(parsed: ParsedArgs): void {
  if (flagString(parsed, 'kustomize') !== '') throw new KubectlError(KUSTOMIZE_UNSUPPORTED);
}
