// The control plane as kubeadm writes it to /etc/kubernetes/manifests, and the mirror pods the
// kubelet on k8s-master-1 posts for those static pods. The flags are kubeadm v1.31's for this
// cluster (advertise address 192.168.56.11, pod subnet 192.168.0.0/16, service subnet 10.96.0.0/12).

import type { KubeObject } from '../../api/types.ts';
import type { BootContext } from '../profile.ts';
import { CLUSTER_NAME, MASTER, MASTER_IP, SERVICE_CIDR } from './facts.ts';
import { IMAGES } from './images.ts';
import { nanoTime, nodeRef, sortedMap, type Dict } from './meta.ts';
import { runningPodStatus } from './pod-status.ts';

interface StaticPod {
  readonly component: string;
  readonly annotations: Readonly<Record<string, string>>;
  readonly container: Dict;
  readonly volumes: readonly Dict[];
  /** When its container started and turned ready, relative to the API server's start. */
  readonly startedMs: number;
  readonly readyMs: number;
}

/** The kubelet read the manifests this long before the API server answered. */
const KUBELET_SEEN_MS = -31_400;
const PKI = '/etc/kubernetes/pki';

const hostPath = (name: string, path: string, type: string): Dict => ({ name, hostPath: { path, type } });
const mount = (name: string, mountPath: string, readOnly = false): Dict => (readOnly ? { name, mountPath, readOnly } : { name, mountPath });

function probe(host: string, path: string, port: number, scheme: string, timing: Dict): Dict {
  return { httpGet: { host, path, port, scheme }, ...timing };
}

const LIVENESS = { initialDelaySeconds: 10, timeoutSeconds: 15, periodSeconds: 10, failureThreshold: 8 };
const STARTUP = { initialDelaySeconds: 10, timeoutSeconds: 15, periodSeconds: 10, failureThreshold: 24 };
const READINESS = { timeoutSeconds: 15, periodSeconds: 1, failureThreshold: 3 };

/** CA bundles every control-plane component mounts from the host, read-only. */
const CA_VOLUMES: readonly Dict[] = [
  hostPath('ca-certs', '/etc/ssl/certs', 'DirectoryOrCreate'),
  hostPath('etc-ca-certificates', '/etc/ca-certificates', 'DirectoryOrCreate'),
  hostPath('k8s-certs', PKI, 'DirectoryOrCreate'),
  hostPath('usr-local-share-ca-certificates', '/usr/local/share/ca-certificates', 'DirectoryOrCreate'),
  hostPath('usr-share-ca-certificates', '/usr/share/ca-certificates', 'DirectoryOrCreate'),
];
const CA_MOUNTS: readonly Dict[] = [
  mount('ca-certs', '/etc/ssl/certs', true),
  mount('etc-ca-certificates', '/etc/ca-certificates', true),
  mount('k8s-certs', PKI, true),
  mount('usr-local-share-ca-certificates', '/usr/local/share/ca-certificates', true),
  mount('usr-share-ca-certificates', '/usr/share/ca-certificates', true),
];

const ETCD: StaticPod = {
  component: 'etcd',
  annotations: { 'kubeadm.kubernetes.io/etcd.advertise-client-urls': `https://${MASTER_IP}:2379` },
  container: {
    name: 'etcd',
    image: IMAGES.etcd.ref,
    command: [
      'etcd', `--advertise-client-urls=https://${MASTER_IP}:2379`, `--cert-file=${PKI}/etcd/server.crt`, '--client-cert-auth=true',
      '--data-dir=/var/lib/etcd', '--experimental-initial-corrupt-check=true', '--experimental-watch-progress-notify-interval=5s',
      `--initial-advertise-peer-urls=https://${MASTER_IP}:2380`, `--initial-cluster=${MASTER.name}=https://${MASTER_IP}:2380`,
      `--key-file=${PKI}/etcd/server.key`, `--listen-client-urls=https://127.0.0.1:2379,https://${MASTER_IP}:2379`,
      '--listen-metrics-urls=http://127.0.0.1:2381', `--listen-peer-urls=https://${MASTER_IP}:2380`, `--name=${MASTER.name}`,
      `--peer-cert-file=${PKI}/etcd/peer.crt`, '--peer-client-cert-auth=true', `--peer-key-file=${PKI}/etcd/peer.key`,
      `--peer-trusted-ca-file=${PKI}/etcd/ca.crt`, '--snapshot-count=10000', `--trusted-ca-file=${PKI}/etcd/ca.crt`,
    ],
    resources: { requests: { cpu: '100m', memory: '100Mi' } },
    volumeMounts: [mount('etcd-data', '/var/lib/etcd'), mount('etcd-certs', `${PKI}/etcd`)],
    livenessProbe: probe('127.0.0.1', '/livez', 2381, 'HTTP', LIVENESS),
    readinessProbe: probe('127.0.0.1', '/readyz', 2381, 'HTTP', READINESS),
    startupProbe: probe('127.0.0.1', '/readyz', 2381, 'HTTP', STARTUP),
    imagePullPolicy: 'IfNotPresent',
  },
  volumes: [hostPath('etcd-certs', `${PKI}/etcd`, 'DirectoryOrCreate'), hostPath('etcd-data', '/var/lib/etcd', 'DirectoryOrCreate')],
  startedMs: -28_300,
  readyMs: -17_100,
};

const API_SERVER: StaticPod = {
  component: 'kube-apiserver',
  annotations: { 'kubeadm.kubernetes.io/kube-apiserver.advertise-address.endpoint': `${MASTER_IP}:6443` },
  container: {
    name: 'kube-apiserver',
    image: IMAGES.apiserver.ref,
    command: [
      'kube-apiserver', `--advertise-address=${MASTER_IP}`, '--allow-privileged=true', '--authorization-mode=Node,RBAC',
      `--client-ca-file=${PKI}/ca.crt`, '--enable-admission-plugins=NodeRestriction', '--enable-bootstrap-token-auth=true',
      `--etcd-cafile=${PKI}/etcd/ca.crt`, `--etcd-certfile=${PKI}/apiserver-etcd-client.crt`, `--etcd-keyfile=${PKI}/apiserver-etcd-client.key`,
      '--etcd-servers=https://127.0.0.1:2379', `--kubelet-client-certificate=${PKI}/apiserver-kubelet-client.crt`,
      `--kubelet-client-key=${PKI}/apiserver-kubelet-client.key`, '--kubelet-preferred-address-types=InternalIP,ExternalIP,Hostname',
      `--proxy-client-cert-file=${PKI}/front-proxy-client.crt`, `--proxy-client-key-file=${PKI}/front-proxy-client.key`,
      '--requestheader-allowed-names=front-proxy-client', `--requestheader-client-ca-file=${PKI}/front-proxy-ca.crt`,
      '--requestheader-extra-headers-prefix=X-Remote-Extra-', '--requestheader-group-headers=X-Remote-Group',
      '--requestheader-username-headers=X-Remote-User', '--secure-port=6443',
      '--service-account-issuer=https://kubernetes.default.svc.cluster.local', `--service-account-key-file=${PKI}/sa.pub`,
      `--service-account-signing-key-file=${PKI}/sa.key`, `--service-cluster-ip-range=${SERVICE_CIDR}`,
      `--tls-cert-file=${PKI}/apiserver.crt`, `--tls-private-key-file=${PKI}/apiserver.key`,
    ],
    resources: { requests: { cpu: '250m' } },
    volumeMounts: CA_MOUNTS,
    livenessProbe: probe(MASTER_IP, '/livez', 6443, 'HTTPS', LIVENESS),
    readinessProbe: probe(MASTER_IP, '/readyz', 6443, 'HTTPS', READINESS),
    startupProbe: probe(MASTER_IP, '/livez', 6443, 'HTTPS', STARTUP),
    imagePullPolicy: 'IfNotPresent',
  },
  volumes: CA_VOLUMES,
  startedMs: -26_800,
  readyMs: 1_300,
};

/** kube-controller-manager allocates each node's podCIDR from the cluster's pod network. */
const controllerManager = (podCidr: string): StaticPod => ({
  component: 'kube-controller-manager',
  annotations: {},
  container: {
    name: 'kube-controller-manager',
    image: IMAGES.controllerManager.ref,
    command: [
      'kube-controller-manager', '--allocate-node-cidrs=true', '--authentication-kubeconfig=/etc/kubernetes/controller-manager.conf',
      '--authorization-kubeconfig=/etc/kubernetes/controller-manager.conf', '--bind-address=127.0.0.1', `--client-ca-file=${PKI}/ca.crt`,
      `--cluster-cidr=${podCidr}`, `--cluster-name=${CLUSTER_NAME}`, `--cluster-signing-cert-file=${PKI}/ca.crt`,
      `--cluster-signing-key-file=${PKI}/ca.key`, '--controllers=*,bootstrapsigner,tokencleaner',
      '--kubeconfig=/etc/kubernetes/controller-manager.conf', '--leader-elect=true', `--requestheader-client-ca-file=${PKI}/front-proxy-ca.crt`,
      `--root-ca-file=${PKI}/ca.crt`, `--service-account-private-key-file=${PKI}/sa.key`, `--service-cluster-ip-range=${SERVICE_CIDR}`,
      '--use-service-account-credentials=true',
    ],
    resources: { requests: { cpu: '200m' } },
    volumeMounts: [
      ...CA_MOUNTS.slice(0, 2),
      mount('flexvolume-dir', '/usr/libexec/kubernetes/kubelet-plugins/volume/exec'),
      CA_MOUNTS[2]!,
      mount('kubeconfig', '/etc/kubernetes/controller-manager.conf', true),
      ...CA_MOUNTS.slice(3),
    ],
    livenessProbe: probe('127.0.0.1', '/healthz', 10257, 'HTTPS', LIVENESS),
    startupProbe: probe('127.0.0.1', '/healthz', 10257, 'HTTPS', STARTUP),
    imagePullPolicy: 'IfNotPresent',
  },
  volumes: [
    ...CA_VOLUMES.slice(0, 2),
    hostPath('flexvolume-dir', '/usr/libexec/kubernetes/kubelet-plugins/volume/exec', 'DirectoryOrCreate'),
    CA_VOLUMES[2]!,
    hostPath('kubeconfig', '/etc/kubernetes/controller-manager.conf', 'FileOrCreate'),
    ...CA_VOLUMES.slice(3),
  ],
  startedMs: -26_500,
  readyMs: -15_900,
});

const SCHEDULER: StaticPod = {
  component: 'kube-scheduler',
  annotations: {},
  container: {
    name: 'kube-scheduler',
    image: IMAGES.scheduler.ref,
    command: [
      'kube-scheduler', '--authentication-kubeconfig=/etc/kubernetes/scheduler.conf', '--authorization-kubeconfig=/etc/kubernetes/scheduler.conf',
      '--bind-address=127.0.0.1', '--kubeconfig=/etc/kubernetes/scheduler.conf', '--leader-elect=true',
    ],
    resources: { requests: { cpu: '100m' } },
    volumeMounts: [mount('kubeconfig', '/etc/kubernetes/scheduler.conf', true)],
    livenessProbe: probe('127.0.0.1', '/healthz', 10259, 'HTTPS', LIVENESS),
    startupProbe: probe('127.0.0.1', '/healthz', 10259, 'HTTPS', STARTUP),
    imagePullPolicy: 'IfNotPresent',
  },
  volumes: [hostPath('kubeconfig', '/etc/kubernetes/scheduler.conf', 'FileOrCreate')],
  startedMs: -26_400,
  readyMs: -15_800,
};


/** The static pods as kubeadm writes them to /etc/kubernetes/manifests (what `manifestOf` reads back from a mirror). */
export function controlPlaneManifests(podCidr: string): KubeObject[] {
  return [ETCD, API_SERVER, controllerManager(podCidr), SCHEDULER].map((pod) => ({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { creationTimestamp: null, labels: { component: pod.component, tier: 'control-plane' }, name: pod.component, namespace: 'kube-system' } as unknown as KubeObject['metadata'],
    spec: {
      containers: [pod.container], hostNetwork: true, priority: 2000001000, priorityClassName: 'system-node-critical',
      securityContext: { seccompProfile: { type: 'RuntimeDefault' } }, volumes: pod.volumes,
    },
    status: {},
  }));
}

/**
 * The kubelet's mirror pods: named `<component>-<node>`, controlled by the Node, annotated with the
 * manifest's hash and source, tolerating every NoExecute taint, on the host network.
 */
export function createMirrorPods(ctx: BootContext, masterNode: KubeObject, bootMs: number, podCidr: string): void {
  const { client, rand } = ctx;
  const seenMs = bootMs + KUBELET_SEEN_MS;
  for (const pod of [ETCD, API_SERVER, controllerManager(podCidr), SCHEDULER]) {
    const hash = rand.hex(32);
    const created = client.create('/pods', {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        name: `${pod.component}-${MASTER.name}`,
        namespace: 'kube-system',
        labels: { component: pod.component, tier: 'control-plane' },
        annotations: sortedMap({
          ...pod.annotations,
          'kubernetes.io/config.hash': hash,
          'kubernetes.io/config.mirror': hash,
          'kubernetes.io/config.seen': nanoTime(seenMs, rand),
          'kubernetes.io/config.source': 'file',
        }),
        ownerReferences: [nodeRef(masterNode, true)],
      },
      spec: {
        containers: [pod.container],
        hostNetwork: true,
        priorityClassName: 'system-node-critical',
        securityContext: { seccompProfile: { type: 'RuntimeDefault' } },
        volumes: pod.volumes,
        nodeName: MASTER.name,
        tolerations: [{ operator: 'Exists', effect: 'NoExecute' }],
      },
    });
    const times = { scheduledMs: seenMs, startedMs: bootMs + pod.startedMs, readyMs: bootMs + pod.readyMs };
    client.updateStatus('/pods', { ...created, status: runningPodStatus(created, MASTER, MASTER_IP, times, rand) });
  }
}
