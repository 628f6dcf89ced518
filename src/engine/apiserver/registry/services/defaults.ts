// Service defaulting: type ClusterIP, sessionAffinity None, TCP ports targeting their own port,
// Cluster traffic policies. Mirrors SetDefaults_Service in pkg/apis/core/v1/defaults.go.

import type { ServiceSpec } from 'kubernetes-types/core/v1';

export const ServiceType = { ClusterIP: 'ClusterIP', NodePort: 'NodePort', LoadBalancer: 'LoadBalancer', ExternalName: 'ExternalName' } as const;
export const DEFAULT_CLIENT_IP_TIMEOUT_SECONDS = 10800;

/** apiservice.ExternallyAccessible. */
export function externallyAccessible(spec: ServiceSpec): boolean {
  return spec.type === ServiceType.LoadBalancer || spec.type === ServiceType.NodePort
    || (spec.type === ServiceType.ClusterIP && (spec.externalIPs ?? []).length > 0);
}

export function defaultServiceSpec(spec: ServiceSpec): void {
  if (!spec.sessionAffinity) spec.sessionAffinity = 'None';
  if (spec.sessionAffinity === 'None') delete spec.sessionAffinityConfig;
  if (spec.sessionAffinity === 'ClientIP' && typeof spec.sessionAffinityConfig?.clientIP?.timeoutSeconds !== 'number') {
    spec.sessionAffinityConfig = { clientIP: { timeoutSeconds: DEFAULT_CLIENT_IP_TIMEOUT_SECONDS } };
  }
  if (!spec.type) spec.type = ServiceType.ClusterIP;
  for (const port of spec.ports ?? []) {
    if (!port.protocol) port.protocol = 'TCP';
    if (port.targetPort === undefined || port.targetPort === null || port.targetPort === 0 || port.targetPort === '') port.targetPort = port.port;
  }
  if (externallyAccessible(spec) && !spec.externalTrafficPolicy) spec.externalTrafficPolicy = 'Cluster';
  const internal = spec.type === ServiceType.NodePort || spec.type === ServiceType.LoadBalancer || spec.type === ServiceType.ClusterIP;
  if (!spec.internalTrafficPolicy && internal) spec.internalTrafficPolicy = 'Cluster';
  if (spec.type === ServiceType.LoadBalancer && (spec.allocateLoadBalancerNodePorts === undefined || spec.allocateLoadBalancerNodePorts === null)) {
    spec.allocateLoadBalancerNodePorts = true;
  }
}
