// The --help data of `kubectl top`, `top node` and `top pod` as kubectl v1.31 prints it.

import type { FlagSpec } from '../../flags.ts';
import type { CommandHelp } from '../../util/help.ts';
import { FIELD_SELECTOR_FLAG, SELECTOR_FLAG } from '../../util/common-flags.ts';

const USE_PROTOCOL_BUFFERS_FLAG: FlagSpec = { name: 'use-protocol-buffers', type: 'bool', default: true, usage: 'Enables using protocol-buffers to access Metrics API.' };

export const TOP_HELP: CommandHelp = {
  short: 'Display resource (CPU/memory) usage',
  long: `Display resource (CPU/memory) usage.

 The top command allows you to see the resource consumption for nodes or pods.

 This command requires Metrics Server to be correctly configured and working on the server.`,
  usage: 'kubectl top [flags] [options]',
  flags: [],
};

export const TOP_NODE_HELP: CommandHelp = {
  short: 'Display resource (CPU/memory) usage of nodes',
  long: `Display resource (CPU/memory) usage of nodes.

 The top-node command allows you to see the resource consumption of nodes.`,
  aliases: ['nodes', 'no'],
  examples: `# Show metrics for all nodes
kubectl top node

# Show metrics for a given node
kubectl top node NODE_NAME`,
  usage: 'kubectl top node [NAME | -l label] [options]',
  flags: [
    { name: 'no-headers', type: 'bool', default: false, usage: 'If present, print output without headers' },
    SELECTOR_FLAG,
    { name: 'show-capacity', type: 'bool', default: false, usage: 'Print node resources based on Capacity instead of Allocatable(default) of the nodes.' },
    { name: 'sort-by', type: 'string', default: '', usage: "If non-empty, sort nodes list using specified field. The field can be either 'cpu' or 'memory'." },
    USE_PROTOCOL_BUFFERS_FLAG,
  ],
};

export const TOP_POD_HELP: CommandHelp = {
  short: 'Display resource (CPU/memory) usage of pods',
  long: `Display resource (CPU/memory) usage of pods.

 The 'top pod' command allows you to see the resource consumption of pods.

 Due to the metrics pipeline delay, they may be unavailable for a few minutes since pod creation.`,
  aliases: ['pods', 'po'],
  examples: `# Show metrics for all pods in the default namespace
kubectl top pod

# Show metrics for all pods in the given namespace
kubectl top pod --namespace=NAMESPACE

# Show metrics for a given pod and its containers
kubectl top pod POD_NAME --containers

# Show metrics for the pods defined by label name=myLabel
kubectl top pod -l name=myLabel`,
  usage: 'kubectl top pod [NAME | -l label] [options]',
  flags: [
    { name: 'all-namespaces', shorthand: 'A', type: 'bool', default: false, usage: 'If present, list the requested object(s) across all namespaces. Namespace in current context is ignored even if specified with --namespace.' },
    { name: 'containers', type: 'bool', default: false, usage: 'If present, print usage of containers within a pod.' },
    FIELD_SELECTOR_FLAG,
    { name: 'no-headers', type: 'bool', default: false, usage: 'If present, print output without headers.' },
    SELECTOR_FLAG,
    { name: 'sort-by', type: 'string', default: '', usage: "If non-empty, sort pods list using specified field. The field can be either 'cpu' or 'memory'." },
    { name: 'sum', type: 'bool', default: false, usage: 'Print the sum of the resource usage' },
    USE_PROTOCOL_BUFFERS_FLAG,
  ],
};
