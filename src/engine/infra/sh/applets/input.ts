// Reading a whole input for the filters that need all of it (sort, uniq, cut, base64): the named
// files, or standard input until its end.

import { isFsError } from '../../fs/errors.ts';
import { cantOpen } from './common.ts';
import type { AppletCtx, AppletStep } from './types.ts';

/** The text of `files` (stdin when none or `-`), or the step to take while stdin is not finished. */
export function readAll(ctx: AppletCtx, files: readonly string[], memo: unknown): { text: string; status: number } | AppletStep {
  const sources = files.length > 0 ? files : ['-'];
  let stdin = (memo as string | undefined) ?? '';
  if (sources.includes('-')) {
    const r = ctx.read();
    stdin += r.data;
    if (!r.eof) return { t: 'read', memo: stdin };
  }
  let text = '';
  let status = 0;
  for (const f of sources) {
    const data = f === '-' ? stdin : ctx.fs.readFile(f);
    if (isFsError(data)) {
      cantOpen(ctx, f, data);
      status = 1;
    } else text += data;
  }
  return { text, status };
}
