// Commands that read the cluster: get, describe, api-resources, api-versions, explain, version, cluster-info.

import type { KubectlCommand } from '../command.ts';

export const READ_COMMANDS: readonly KubectlCommand[] = [];
