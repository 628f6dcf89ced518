// `kubectl auth` (pkg/cmd/auth/auth.go): inspect authorization — can-i and whoami.
// Deviation from upstream: `auth reconcile` is not provided.

import type { KubectlCommand } from '../../command.ts';
import { groupCommand } from '../../util/group-command.ts';
import { CAN_I_COMMAND } from './can-i.ts';
import { AUTH_HELP } from './help-auth.ts';
import { WHOAMI_COMMAND } from './whoami.ts';

export const AUTH_COMMAND: KubectlCommand = groupCommand('kubectl auth', AUTH_HELP, [CAN_I_COMMAND, WHOAMI_COMMAND]);
