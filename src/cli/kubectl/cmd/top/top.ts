// `kubectl top` (pkg/cmd/top/top.go, v1.31): groups `top node` and `top pod`, which read the Metrics
// API that metrics-server adds to the cluster.

import type { KubectlCommand } from '../../command.ts';
import { groupCommand } from '../../util/group-command.ts';
import { TOP_HELP } from './help.ts';
import { TOP_NODE_COMMAND } from './top-node.ts';
import { TOP_POD_COMMAND } from './top-pod.ts';

export const TOP_COMMAND: KubectlCommand = groupCommand('kubectl top', TOP_HELP, [TOP_NODE_COMMAND, TOP_POD_COMMAND]);
