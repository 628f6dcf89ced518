// Dispatches a PATCH body to the patch algorithm its content type names.

import { badRequest, unprocessable } from '../../api/errors.ts';
import { applyJsonPatch, JsonPatchError } from './json-patch.ts';
import { applyMergePatch } from './merge-patch.ts';
import { applyStrategicMergePatch } from './strategic-merge-patch.ts';

export type PatchType = 'json' | 'merge' | 'strategic';

export function applyPatchOfType(type: PatchType, target: unknown, patch: unknown): unknown {
  switch (type) {
    case 'merge': return applyMergePatch(target, patch);
    case 'strategic': return applyStrategicMergePatch(target, patch);
    case 'json':
      try {
        return applyJsonPatch(target, patch);
      } catch (e) {
        if (e instanceof JsonPatchError) throw e.stage === 'decode' ? badRequest(e.message) : unprocessable();
        throw e;
      }
  }
}
