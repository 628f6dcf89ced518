// Which table handler serves which resource (`<group>/<resource>`). Data only: resources missing
// here get the server's default table.

import type { KubeObject } from '../../../../engine/index.ts';
import { EVENT_TABLE, LEASE_TABLE, NAMESPACE_TABLE, NODE_TABLE, PRIORITY_CLASS_TABLE, RESOURCE_QUOTA_TABLE, ROLE_BINDING_TABLE, RUNTIME_CLASS_TABLE, SERVICE_ACCOUNT_TABLE } from './cluster.ts';
import {
  API_SERVICE_TABLE, CERTIFICATE_SIGNING_REQUEST_TABLE, COMPONENT_STATUS_TABLE, FLOW_SCHEMA_TABLE, HORIZONTAL_POD_AUTOSCALER_TABLE,
  POD_DISRUPTION_BUDGET_TABLE, PRIORITY_LEVEL_CONFIGURATION_TABLE, VALIDATING_ADMISSION_POLICY_BINDING_TABLE,
  VALIDATING_ADMISSION_POLICY_TABLE, WEBHOOK_CONFIGURATION_TABLE,
} from './misc.ts';
import { ENDPOINT_SLICE_TABLE, ENDPOINTS_TABLE, INGRESS_CLASS_TABLE, INGRESS_TABLE, NETWORK_POLICY_TABLE, SERVICE_TABLE } from './network.ts';
import { POD_TABLE, POD_TEMPLATE_TABLE } from './pods.ts';
import {
  CONFIG_MAP_TABLE, CSI_DRIVER_TABLE, CSI_NODE_TABLE, CSI_STORAGE_CAPACITY_TABLE, PERSISTENT_VOLUME_CLAIM_TABLE,
  PERSISTENT_VOLUME_TABLE, SECRET_TABLE, STORAGE_CLASS_TABLE, VOLUME_ATTACHMENT_TABLE,
} from './storage.ts';
import type { TableHandler } from './types.ts';
import {
  CONTROLLER_REVISION_TABLE, CRON_JOB_TABLE, DAEMON_SET_TABLE, DEPLOYMENT_TABLE, JOB_TABLE, REPLICA_SET_TABLE,
  REPLICATION_CONTROLLER_TABLE, STATEFUL_SET_TABLE,
} from './workloads.ts';

/** events.k8s.io/v1 Events print through the core Event printer, as the server converts them. */
const EVENTS_V1_TABLE: TableHandler = {
  columns: EVENT_TABLE.columns,
  row: (obj, opts) => EVENT_TABLE.row(toCoreEvent(obj), opts),
};

function toCoreEvent(obj: KubeObject): KubeObject {
  const e = obj as Record<string, unknown>;
  return {
    ...obj,
    involvedObject: e.regarding,
    message: e.note,
    count: e.deprecatedCount,
    firstTimestamp: e.deprecatedFirstTimestamp,
    lastTimestamp: e.deprecatedLastTimestamp,
    source: e.deprecatedSource,
    reportingComponent: e.reportingController,
  };
}

export const CLUSTER_TABLES: Readonly<Record<string, TableHandler>> = {
  '/pods': POD_TABLE,
  '/podtemplates': POD_TEMPLATE_TABLE,
  '/replicationcontrollers': REPLICATION_CONTROLLER_TABLE,
  '/services': SERVICE_TABLE,
  '/endpoints': ENDPOINTS_TABLE,
  '/nodes': NODE_TABLE,
  '/events': EVENT_TABLE,
  '/namespaces': NAMESPACE_TABLE,
  '/secrets': SECRET_TABLE,
  '/serviceaccounts': SERVICE_ACCOUNT_TABLE,
  '/persistentvolumes': PERSISTENT_VOLUME_TABLE,
  '/persistentvolumeclaims': PERSISTENT_VOLUME_CLAIM_TABLE,
  '/componentstatuses': COMPONENT_STATUS_TABLE,
  '/configmaps': CONFIG_MAP_TABLE,
  '/resourcequotas': RESOURCE_QUOTA_TABLE,
  'apps/replicasets': REPLICA_SET_TABLE,
  'apps/daemonsets': DAEMON_SET_TABLE,
  'apps/deployments': DEPLOYMENT_TABLE,
  'apps/statefulsets': STATEFUL_SET_TABLE,
  'apps/controllerrevisions': CONTROLLER_REVISION_TABLE,
  'batch/jobs': JOB_TABLE,
  'batch/cronjobs': CRON_JOB_TABLE,
  'autoscaling/horizontalpodautoscalers': HORIZONTAL_POD_AUTOSCALER_TABLE,
  'policy/poddisruptionbudgets': POD_DISRUPTION_BUDGET_TABLE,
  'networking.k8s.io/ingresses': INGRESS_TABLE,
  'networking.k8s.io/ingressclasses': INGRESS_CLASS_TABLE,
  'networking.k8s.io/networkpolicies': NETWORK_POLICY_TABLE,
  'discovery.k8s.io/endpointslices': ENDPOINT_SLICE_TABLE,
  'events.k8s.io/events': EVENTS_V1_TABLE,
  'rbac.authorization.k8s.io/rolebindings': ROLE_BINDING_TABLE,
  'rbac.authorization.k8s.io/clusterrolebindings': ROLE_BINDING_TABLE,
  'certificates.k8s.io/certificatesigningrequests': CERTIFICATE_SIGNING_REQUEST_TABLE,
  'coordination.k8s.io/leases': LEASE_TABLE,
  'scheduling.k8s.io/priorityclasses': PRIORITY_CLASS_TABLE,
  'node.k8s.io/runtimeclasses': RUNTIME_CLASS_TABLE,
  'storage.k8s.io/storageclasses': STORAGE_CLASS_TABLE,
  'storage.k8s.io/csidrivers': CSI_DRIVER_TABLE,
  'storage.k8s.io/csinodes': CSI_NODE_TABLE,
  'storage.k8s.io/csistoragecapacities': CSI_STORAGE_CAPACITY_TABLE,
  'storage.k8s.io/volumeattachments': VOLUME_ATTACHMENT_TABLE,
  'admissionregistration.k8s.io/mutatingwebhookconfigurations': WEBHOOK_CONFIGURATION_TABLE,
  'admissionregistration.k8s.io/validatingwebhookconfigurations': WEBHOOK_CONFIGURATION_TABLE,
  'admissionregistration.k8s.io/validatingadmissionpolicies': VALIDATING_ADMISSION_POLICY_TABLE,
  'admissionregistration.k8s.io/validatingadmissionpolicybindings': VALIDATING_ADMISSION_POLICY_BINDING_TABLE,
  'flowcontrol.apiserver.k8s.io/flowschemas': FLOW_SCHEMA_TABLE,
  'flowcontrol.apiserver.k8s.io/prioritylevelconfigurations': PRIORITY_LEVEL_CONFIGURATION_TABLE,
  'apiregistration.k8s.io/apiservices': API_SERVICE_TABLE,
};
