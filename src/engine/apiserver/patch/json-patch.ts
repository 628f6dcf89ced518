// RFC 6902 JSON patch through fast-json-patch, with the API server's error messages.
// The default import is the package's CommonJS entry, which Node and Vite both load.

import jsonPatch, { type Operation } from 'fast-json-patch';
import { clone } from '../../base/json.ts';

/** `decode`: the patch is not a JSON patch document; `apply`: an operation does not apply. */
export class JsonPatchError extends Error {
  override readonly name = 'JsonPatchError';
  constructor(readonly stage: 'decode' | 'apply', message: string) {
    super(message);
  }
}

export function applyJsonPatch(target: unknown, patch: unknown): unknown {
  if (!Array.isArray(patch)) {
    throw new JsonPatchError('decode', 'json: cannot unmarshal object into Go value of type jsonpatch.Patch');
  }
  try {
    return jsonPatch.applyPatch(clone(target), clone(patch) as Operation[], true, false).newDocument;
  } catch (e) {
    throw new JsonPatchError('apply', String((e as Error).message).split('\n')[0] ?? 'invalid patch');
  }
}
