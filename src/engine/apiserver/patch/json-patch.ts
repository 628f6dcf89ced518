// RFC 6902 JSON patch through fast-json-patch, with the API server's error messages.
// The default import is the package's CommonJS entry, which Node and Vite both load.

import jsonPatch, { type Operation } from 'fast-json-patch';
import { clone } from '../../base/json.ts';

export class JsonPatchError extends Error {
  override readonly name = 'JsonPatchError';
}

export function applyJsonPatch(target: unknown, patch: unknown): unknown {
  if (!Array.isArray(patch)) {
    throw new JsonPatchError('json: cannot unmarshal object into Go value of type jsonpatch.Patch');
  }
  try {
    return jsonPatch.applyPatch(clone(target), clone(patch) as Operation[], true, false).newDocument;
  } catch (e) {
    const op = (e as { operation?: Operation }).operation;
    if (op && op.op === 'test') throw new JsonPatchError('testing value ' + op.path + ' failed: test failed');
    if (op && (op.op === 'remove' || op.op === 'replace')) {
      throw new JsonPatchError(`the server rejected our request due to an error in our request`);
    }
    throw new JsonPatchError(String((e as Error).message).split('\n')[0] ?? 'invalid patch');
  }
}
