// sed [-inrE] [-e SCRIPT]... [-f FILE] [SCRIPT] [FILE]...: the shared sed program over the
// container's files; standard input is gathered until it ends, then the script runs.

import { ERRNO_TEXT, isFsError } from '../../fs/errors.ts';
import { sedProgram, sedReadsStdin } from '../sed/program.ts';
import { exit, type Applet } from './types.ts';

export const sed: Applet = (ctx, memo) => {
  let stdin = (memo as string | undefined) ?? '';
  if (sedReadsStdin(ctx.argv)) {
    const r = ctx.read();
    stdin += r.data;
    if (!r.eof) return { t: 'read', memo: stdin };
  }
  const outcome = sedProgram(ctx.argv, {
    read: (path) => {
      const data = ctx.fs.readFile(path);
      return isFsError(data) ? { error: ERRNO_TEXT[data.errno] } : { text: data };
    },
    write: (path, text) => {
      const written = ctx.fs.writeFile(path, text);
      return isFsError(written) ? { error: ERRNO_TEXT[written.errno] } : undefined;
    },
    stdin: () => stdin,
  });
  ctx.out(outcome.stdout);
  ctx.err(outcome.stderr);
  return exit(outcome.code);
};
