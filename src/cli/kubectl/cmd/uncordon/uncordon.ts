// `kubectl uncordon NODE` (pkg/cmd/drain/drain.go NewCmdUncordon, v1.31): spec.unschedulable
// cleared, `node/x uncordoned` or `already uncordoned`.

import type { KubectlCommand } from '../../command.ts';
import { commandFromHelp } from '../../util/help.ts';
import { runCordonCommand } from '../cordon/cordon.ts';
import { UNCORDON_HELP } from '../cordon/help.ts';

export const UNCORDON_COMMAND: KubectlCommand = commandFromHelp('uncordon', UNCORDON_HELP, runCordonCommand(false));
