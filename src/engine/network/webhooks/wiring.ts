// How the cluster plugs the validating webhooks in: the API server's hook reads the configurations and
// Services from its own storage and dials through the network from the control-plane node.

import type { ApiServer } from '../../apiserver/server.ts';
import type { Network } from '../network.ts';
import { dispatchValidating, type WebhookServer } from './dispatcher.ts';

const CONTROL_PLANE_LABEL = 'node-role.kubernetes.io/control-plane';

export function startValidatingWebhooks(server: ApiServer, network: Network, servers: readonly WebhookServer[]): void {
  const ctx = server.ctx;
  const apiServerNode = (): string | undefined => {
    const nodes = ctx.list('', 'nodes');
    return (nodes.find((n) => n.metadata.labels?.[CONTROL_PLANE_LABEL] !== undefined) ?? nodes[0])?.metadata.name;
  };
  const deps = { list: (g: string, r: string) => ctx.list(g, r), get: ctx.get.bind(ctx), network, apiServerNode, servers };
  server.validatingWebhooks = (attrs) => dispatchValidating(deps, attrs);
}
