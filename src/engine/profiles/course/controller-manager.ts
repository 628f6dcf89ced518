// kube-controller-manager and kube-scheduler come up: each wins its leader election, and the
// controller manager (--use-service-account-credentials) creates one service account per controller.

import type { BootContext } from '../profile.ts';
import { createLeaderLease } from './leases.ts';

/** The controllers a kubeadm v1.31 controller manager starts without a cloud provider. */
const CONTROLLER_SERVICE_ACCOUNTS = [
  'attachdetach-controller', 'bootstrap-signer', 'certificate-controller', 'clusterrole-aggregation-controller',
  'cronjob-controller', 'daemon-set-controller', 'deployment-controller', 'disruption-controller', 'endpoint-controller',
  'endpointslice-controller', 'endpointslicemirroring-controller', 'ephemeral-volume-controller', 'expand-controller',
  'generic-garbage-collector', 'horizontal-pod-autoscaler', 'job-controller', 'legacy-service-account-token-cleaner',
  'namespace-controller', 'node-controller', 'persistent-volume-binder', 'pod-garbage-collector', 'pv-protection-controller',
  'pvc-protection-controller', 'replicaset-controller', 'replication-controller', 'resourcequota-controller',
  'root-ca-cert-publisher', 'service-account-controller', 'statefulset-controller', 'token-cleaner',
  'ttl-after-finished-controller', 'ttl-controller', 'validatingadmissionpolicy-status-controller',
] as const;

export function startControllerManagerAndScheduler(ctx: BootContext): void {
  createLeaderLease(ctx, 'kube-controller-manager');
  createLeaderLease(ctx, 'kube-scheduler');
  for (const name of CONTROLLER_SERVICE_ACCOUNTS) {
    ctx.client.create('/serviceaccounts', { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name, namespace: 'kube-system' } });
  }
}
