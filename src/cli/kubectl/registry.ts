// The explicit list of kubectl commands, and the root help text.

import type { KubectlCommand } from './command.ts';
import { READ_COMMANDS } from './cmd/read-commands.ts';
import { WRITE_COMMANDS } from './cmd/write-commands.ts';
import { ROOT_HELP } from './cmd/root-help.ts';

export const KUBECTL_COMMANDS: readonly KubectlCommand[] = [...READ_COMMANDS, ...WRITE_COMMANDS];

export { ROOT_HELP };
