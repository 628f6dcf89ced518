// The files a node machine starts with: Ubuntu 22.04's identity files, the vagrant user's home,
// and what kubeadm, the kubelet and containerd keep on it (/etc/kubernetes, /var/lib/kubelet).
// Derived from the machine's facts only (no randomness), so they are rebuilt, never stored.

import { encodeBase64Text } from '../../base/base64.ts';
import { kubeletConfiguration } from './kubelet-config.ts';
import { APT_FILES } from './packages.ts';
import type { ImageFiles } from '../fs/layer.ts';

export interface MachineFacts {
  readonly hostname: string;
  readonly ip: string;
  readonly controlPlane: boolean;
  /** https://<control-plane ip>:6443 */
  readonly server: string;
  readonly clusterName: string;
  readonly caPem: string;
  /** kubeadm's admin.conf (the control plane only). */
  readonly adminConf: string;
  /** Every node of the lab, for /etc/hosts. */
  readonly hosts: ReadonlyArray<{ readonly name: string; readonly ip: string }>;
  /** `Ubuntu 22.04.5 LTS` */
  readonly osImage: string;
  readonly dnsIp: string;
  /** kubeadm set the machine up before the session (false: its files are written by kubeadm init/join). */
  readonly kubeadmFiles: boolean;
}

export const VAGRANT = { user: 'vagrant', home: '/home/vagrant', uid: 1000 } as const;
export const ROOT_HOME = '/root';
export const MANIFESTS_DIR = '/etc/kubernetes/manifests';
const PKI = '/etc/kubernetes/pki';

/** A PEM block whose body is derived from its path: stable, plausible, and not a real key. */
function pem(kind: string, path: string, lines: number): string {
  let h = 2166136261;
  for (const ch of path) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  let bytes = '';
  for (let i = 0; i < lines * 48; i++) {
    h = Math.imul(h ^ (h >>> 15), 2246822507) >>> 0;
    bytes += String.fromCharCode(h & 0x7f);
  }
  const body = encodeBase64Text(bytes).replace(/[^A-Za-z0-9+/]/g, 'A').match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${kind}-----\n${body.join('\n')}\n-----END ${kind}-----\n`;
}

function kubeconfig(f: MachineFacts, user: string, certs: string): string {
  return `apiVersion: v1
clusters:
- cluster:
    certificate-authority-data: ${encodeBase64Text(f.caPem)}
    server: ${f.server}
  name: ${f.clusterName}
contexts:
- context:
    cluster: ${f.clusterName}
    user: ${user}
  name: ${user}@${f.clusterName}
current-context: ${user}@${f.clusterName}
kind: Config
preferences: {}
users:
- name: ${user}
  user:
${certs}`;
}

function embeddedCerts(path: string): string {
  return `    client-certificate-data: ${encodeBase64Text(pem('CERTIFICATE', `${path}.crt`, 17))}\n    client-key-data: ${encodeBase64Text(pem('RSA PRIVATE KEY', `${path}.key`, 25))}\n`;
}

function osFiles(f: MachineFacts): Record<string, string> {
  const version = f.osImage.replace(/^Ubuntu /, '').replace(/ LTS$/, '');
  const hosts = f.hosts.map((h) => `${h.ip} ${h.name}`).join('\n');
  return {
    '/etc/hostname': `${f.hostname}\n`,
    '/etc/os-release': `PRETTY_NAME="${f.osImage}"\nNAME="Ubuntu"\nVERSION_ID="22.04"\nVERSION="${version} LTS (Jammy Jellyfish)"\nVERSION_CODENAME=jammy\nID=ubuntu\nID_LIKE=debian\nHOME_URL="https://www.ubuntu.com/"\nSUPPORT_URL="https://help.ubuntu.com/"\nBUG_REPORT_URL="https://bugs.launchpad.net/ubuntu/"\nPRIVACY_POLICY_URL="https://www.ubuntu.com/legal/terms-and-policies/privacy-policy"\nUBUNTU_CODENAME=jammy\n`,
    '/etc/hosts': `127.0.0.1 localhost\n127.0.1.1 ${f.hostname} ${f.hostname}\n\n# The following lines are desirable for IPv6 capable hosts\n::1     ip6-localhost ip6-loopback\nfe00::0 ip6-localnet\nff00::0 ip6-mcastprefix\nff02::1 ip6-allnodes\nff02::2 ip6-allrouters\n${hosts}\n`,
    '/etc/resolv.conf': 'nameserver 127.0.0.53\noptions edns0 trust-ad\nsearch .\n',
    [`${VAGRANT.home}/.bashrc`]: '# ~/.bashrc: executed by bash(1) for non-login shells.\n',
    [`${VAGRANT.home}/.profile`]: '# ~/.profile: executed by the command interpreter for login shells.\n',
    [`${ROOT_HOME}/`]: '',
    '/tmp/': '',
    '/var/log/pods/': '',
    '/var/log/containers/': '',
    '/var/log/syslog': '',
    '/opt/cni/bin/': '',
    '/etc/crictl.yaml': 'runtime-endpoint: unix:///run/containerd/containerd.sock\nimage-endpoint: unix:///run/containerd/containerd.sock\ntimeout: 10\n',
    '/etc/containerd/config.toml': 'version = 2\n\n[plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc]\n  runtime_type = "io.containerd.runc.v2"\n\n[plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc.options]\n  SystemdCgroup = true\n\n[plugins."io.containerd.grpc.v1.cri".registry]\n  config_path = "/etc/containerd/certs.d"\n',
  };
}

export function kubeletFiles(f: MachineFacts): Record<string, string> {
  return {
    '/etc/kubernetes/kubelet.conf': kubeconfig(f, `system:node:${f.hostname}`, '    client-certificate: /var/lib/kubelet/pki/kubelet-client-current.pem\n    client-key: /var/lib/kubelet/pki/kubelet-client-current.pem\n'),
    [`${PKI}/ca.crt`]: f.caPem,
    [`${MANIFESTS_DIR}/`]: '',
    '/var/lib/kubelet/config.yaml': kubeletConfiguration(f.dnsIp),
    '/var/lib/kubelet/kubeadm-flags.env': `KUBELET_KUBEADM_ARGS="--container-runtime-endpoint=unix:///var/run/containerd/containerd.sock --node-ip=${f.ip} --pod-infra-container-image=registry.k8s.io/pause:3.10"\n`,
    '/var/lib/kubelet/pki/kubelet-client-current.pem': pem('CERTIFICATE', `${f.hostname}/kubelet-client.crt`, 12) + pem('EC PRIVATE KEY', `${f.hostname}/kubelet-client.key`, 3),
    '/var/lib/kubelet/pki/kubelet.crt': pem('CERTIFICATE', `${f.hostname}/kubelet.crt`, 17),
    '/var/lib/kubelet/pki/kubelet.key': pem('RSA PRIVATE KEY', `${f.hostname}/kubelet.key`, 25),
  };
}

/** What the kubelet's deb package installs: its unit and kubeadm's drop-in. */
function packageFiles(): Record<string, string> {
  return {
    ...APT_FILES,
    '/usr/lib/systemd/system/kubelet.service': '[Unit]\nDescription=kubelet: The Kubernetes Node Agent\nDocumentation=https://kubernetes.io/docs/\nWants=network-online.target\nAfter=network-online.target\n\n[Service]\nExecStart=/usr/bin/kubelet\nRestart=always\nStartLimitInterval=0\nRestartSec=10\n\n[Install]\nWantedBy=multi-user.target\n',
    '/usr/lib/systemd/system/kubelet.service.d/10-kubeadm.conf': '# Note: This dropin only works with kubeadm and kubelet v1.11+\n[Service]\nEnvironment="KUBELET_KUBECONFIG_ARGS=--bootstrap-kubeconfig=/etc/kubernetes/bootstrap-kubelet.conf --kubeconfig=/etc/kubernetes/kubelet.conf"\nEnvironment="KUBELET_CONFIG_ARGS=--config=/var/lib/kubelet/config.yaml"\n# This is a file that "kubeadm init" and "kubeadm join" generates at runtime, populating the KUBELET_KUBEADM_ARGS variable dynamically\nEnvironmentFile=-/var/lib/kubelet/kubeadm-flags.env\n# This is a file that the user can use for overrides of the kubelet args as a last resort. Preferably, the user should use\n# the .NodeRegistration.KubeletExtraArgs object in the configuration files instead. KUBELET_EXTRA_ARGS should be sourced from this file.\nEnvironmentFile=-/etc/default/kubelet\nExecStart=\nExecStart=/usr/bin/kubelet $KUBELET_KUBECONFIG_ARGS $KUBELET_CONFIG_ARGS $KUBELET_KUBEADM_ARGS $KUBELET_EXTRA_ARGS\n',
  };
}

const CONTROL_PLANE_PKI = [
  'ca', 'apiserver', 'apiserver-kubelet-client', 'apiserver-etcd-client', 'front-proxy-ca', 'front-proxy-client',
  'etcd/ca', 'etcd/server', 'etcd/peer', 'etcd/healthcheck-client',
] as const;

export function controlPlaneFiles(f: MachineFacts): Record<string, string> {
  const files: Record<string, string> = {
    '/etc/kubernetes/admin.conf': f.adminConf,
    '/etc/kubernetes/super-admin.conf': kubeconfig(f, 'kubernetes-super-admin', embeddedCerts('super-admin')),
    '/etc/kubernetes/controller-manager.conf': kubeconfig(f, 'system:kube-controller-manager', embeddedCerts('controller-manager')),
    '/etc/kubernetes/scheduler.conf': kubeconfig(f, 'system:kube-scheduler', embeddedCerts('scheduler')),
    [`${PKI}/sa.key`]: pem('RSA PRIVATE KEY', 'sa.key', 25),
    [`${PKI}/sa.pub`]: pem('PUBLIC KEY', 'sa.pub', 6),
    '/var/lib/etcd/member/snap/db': '',
  };
  for (const name of CONTROL_PLANE_PKI) {
    if (name !== 'ca') files[`${PKI}/${name}.crt`] = pem('CERTIFICATE', `${name}.crt`, 17);
    files[`${PKI}/${name}.key`] = pem('RSA PRIVATE KEY', `${name}.key`, 25);
  }
  return files;
}

export function baseFiles(f: MachineFacts): ImageFiles {
  if (!f.kubeadmFiles) return { ...osFiles(f), ...packageFiles() };
  // The course's master was set up as kubeadm init says: admin.conf copied to the vagrant user's ~/.kube/config.
  const adminKubeconfig = { [`${VAGRANT.home}/.kube/config`]: f.adminConf };
  return { ...osFiles(f), ...kubeletFiles(f), ...packageFiles(), ...(f.controlPlane ? { ...controlPlaneFiles(f), ...adminKubeconfig } : {}) };
}

/**
 * Files only root may read (mode 600 as kubeadm writes them) or write: the vagrant user may write
 * only below its home and /tmp.
 */
export function readableBy(user: string, path: string): boolean {
  if (user === 'root') return true;
  if (path === ROOT_HOME || path.startsWith(`${ROOT_HOME}/`)) return false;
  if (/^\/etc\/kubernetes\/[^/]+\.conf$/.test(path) || path === MANIFESTS_DIR || path.startsWith(`${MANIFESTS_DIR}/`)) return false;
  return !(/\.key$/.test(path) || path.startsWith('/var/lib/kubelet/pki/') || path.startsWith('/var/lib/etcd/'));
}

export function writableBy(user: string, path: string): boolean {
  if (user === 'root') return true;
  return path === VAGRANT.home || path.startsWith(`${VAGRANT.home}/`) || path.startsWith('/tmp/');
}
