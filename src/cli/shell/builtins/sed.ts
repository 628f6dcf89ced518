// `sed` on the workstation and the nodes (GNU sed 4.8, Ubuntu 22.04): the shared sed program over the student's
// files — `sed -i 's/v1.31/v1.32/' file`, `kubectl get … | sed -n '2,5p'`.

import { sedProgram } from '../../../engine/index.ts';
import type { CommandContext, CommandSpec } from '../types.ts';
import { errorText, resolve } from './files.ts';

function sed(ctx: CommandContext): number {
  const outcome = sedProgram(ctx.argv, {
    read: (path) => {
      try {
        return { text: ctx.fs.readFile(resolve(ctx, path)) };
      } catch (error) {
        return { error: errorText(error) };
      }
    },
    write: (path, text) => {
      try {
        ctx.fs.writeFile(resolve(ctx, path), text);
        return undefined;
      } catch (error) {
        return { error: errorText(error) };
      }
    },
    stdin: () => ctx.io.stdin,
  });
  ctx.io.stdout.write(outcome.stdout);
  ctx.io.stderr.write(outcome.stderr);
  return outcome.code;
}

export const SED: CommandSpec = { name: 'sed', path: '/usr/bin/sed', run: sed };
