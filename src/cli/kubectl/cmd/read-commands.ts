// Commands that read the cluster: get, describe, api-resources, api-versions, explain, version, cluster-info.

import type { KubectlCommand } from '../command.ts';
import { DESCRIBE_COMMAND } from './describe/describe.ts';
import { GET_COMMAND } from './get/get.ts';

export const READ_COMMANDS: readonly KubectlCommand[] = [GET_COMMAND, DESCRIBE_COMMAND];
