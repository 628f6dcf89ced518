// Commands that read the cluster: get, describe, logs, events, top (and the discovery commands listed
// with the write commands), and the ones that work inside containers: exec, cp.

import type { KubectlCommand } from '../command.ts';
import { CP_COMMAND } from './cp/cp.ts';
import { DESCRIBE_COMMAND } from './describe/describe.ts';
import { EVENTS_COMMAND } from './events/events.ts';
import { EXEC_COMMAND } from './exec/exec.ts';
import { GET_COMMAND } from './get/get.ts';
import { LOGS_COMMAND } from './logs/logs.ts';
import { TOP_COMMAND } from './top/top.ts';

export const READ_COMMANDS: readonly KubectlCommand[] = [GET_COMMAND, DESCRIBE_COMMAND, LOGS_COMMAND, EXEC_COMMAND, CP_COMMAND, EVENTS_COMMAND, TOP_COMMAND];
