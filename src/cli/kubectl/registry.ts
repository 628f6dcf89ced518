// The explicit list of kubectl commands, and the root help text.

import type { KubectlCommand } from './command.ts';
import { READ_COMMANDS } from './cmd/read-commands.ts';
import { WRITE_COMMANDS } from './cmd/write-commands.ts';
import { ROOT_HELP } from './cmd/root-help.ts';
import { EDIT_COMMAND } from './cmd/edit/edit.ts';
import { DIFF_COMMAND } from './cmd/diff/diff.ts';
import { PORT_FORWARD_COMMAND } from './cmd/port-forward/port-forward.ts';
import { AUTH_COMMAND } from './cmd/auth/auth.ts';
import { CORDON_COMMAND } from './cmd/cordon/cordon.ts';
import { UNCORDON_COMMAND } from './cmd/uncordon/uncordon.ts';
import { DRAIN_COMMAND } from './cmd/drain/drain.ts';
import { WAIT_COMMAND } from './cmd/wait/wait.ts';

export const KUBECTL_COMMANDS: readonly KubectlCommand[] = [...READ_COMMANDS, ...WRITE_COMMANDS, EDIT_COMMAND, DIFF_COMMAND, PORT_FORWARD_COMMAND, AUTH_COMMAND, CORDON_COMMAND, UNCORDON_COMMAND, DRAIN_COMMAND, WAIT_COMMAND];

export { ROOT_HELP };
