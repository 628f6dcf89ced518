// Entrypoints that only exec what they are given (tini, the redis, mongo, node, filebeat and curl
// images' scripts): run as a program, they hand over to the image's program they exec into.
// The kubelet normally spawns past them (argv.ts execArgv); this covers `sh -c 'docker-entrypoint.sh …'`.

import type { ExternalProgram, ProcSys } from '../../process.ts';
import { baseName, execArgv } from '../argv.ts';
import type { CatalogueImage } from '../types.ts';
import type { ProgramFactory } from './support.ts';

function target(image: CatalogueImage, name: string, args: readonly string[], sys: ProcSys): { program?: ExternalProgram; argv: readonly string[] } {
  const argv = execArgv(image, [name, ...args]);
  const first = argv[0];
  return { program: first === undefined ? undefined : sys.external(baseName(first)), argv };
}

export const execThroughProgram: ProgramFactory = (image, name): ExternalProgram => ({
  start(args, sys) {
    const { program, argv } = target(image, name, args, sys);
    if (program) return program.start(argv.slice(1), sys);
    if (argv.length === 0) return { status: { state: 'exited', code: 0 } };
    sys.write(2, `${name}: exec: ${argv[0]}: not found\n`);
    return { status: { state: 'exited', code: 127 } };
  },
  resume(args, memo, sys) {
    const { program, argv } = target(image, name, args, sys);
    return program?.resume?.(argv.slice(1), memo, sys) ?? { status: { state: 'exited', code: 0 } };
  },
  signal(sig, args, sys) {
    const { program, argv } = target(image, name, args, sys);
    return program?.signal?.(sig, argv.slice(1), sys) ?? 'ignore';
  },
});
