// The course cluster's control-plane and add-on daemons (kube-apiserver, kube-controller-manager,
// kube-scheduler, kube-proxy, etcd, CoreDNS, flanneld): a few of their real startup lines, then they serve
// until SIGTERM. Mirrors their klog / zap / CoreDNS log formats.

import type { ExternalProgram, ProcSys } from '../../process.ts';
import { isoMicros, klogTime } from '../time-format.ts';
import type { CatalogueImage } from '../types.ts';
import { flagValue, writeLines, type ProgramFactory } from './support.ts';

const klog = (sys: ProcSys, source: string, text: string, offsetMs = 0): string =>
  `I${klogTime(sys.nowMs() + offsetMs)}       1 ${source}] ${text}`;

function etcdLine(sys: ProcSys, caller: string, msg: string, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ level: 'info', ts: isoMicros(sys.nowMs()), caller, msg, ...extra });
}

type Startup = (image: CatalogueImage, args: readonly string[], sys: ProcSys) => string[];

const STARTUP: Readonly<Record<string, Startup>> = {
  'kube-apiserver': (image, args, sys) => [
    klog(sys, 'options.go:228', `external host was not specified, using ${flagValue(args, 'advertise-address') ?? '0.0.0.0'}`),
    klog(sys, 'server.go:142', `Version: ${image.version}`, 2),
    klog(sys, 'server.go:144', '"Golang settings" GOGC="" GOMAXPROCS="" GOTRACEBACK=""', 2),
    klog(sys, 'secure_serving.go:213', `Serving securely on [::]:${flagValue(args, 'secure-port') ?? 6443}`, 900),
  ],
  'kube-controller-manager': (image, _args, sys) => [
    klog(sys, 'serving.go:386', 'Generated self-signed cert in-memory'),
    klog(sys, 'controllermanager.go:197', `"Starting" version="${image.version}"`, 300),
    klog(sys, 'secure_serving.go:213', 'Serving securely on 127.0.0.1:10257', 310),
    klog(sys, 'leaderelection.go:254', 'attempting to acquire leader lease kube-system/kube-controller-manager...', 310),
  ],
  'kube-scheduler': (image, _args, sys) => [
    klog(sys, 'serving.go:386', 'Generated self-signed cert in-memory'),
    klog(sys, 'server.go:167', `"Starting Kubernetes Scheduler" version="${image.version}"`, 250),
    klog(sys, 'secure_serving.go:213', 'Serving securely on 127.0.0.1:10259', 260),
    klog(sys, 'leaderelection.go:254', 'attempting to acquire leader lease kube-system/kube-scheduler...', 260),
  ],
  'kube-proxy': (_image, _args, sys) => [
    klog(sys, 'server_linux.go:66', '"Using iptables proxy"'),
    klog(sys, 'server_linux.go:169', '"Using iptables Proxier"', 45),
    klog(sys, 'config.go:199', '"Starting service config controller"', 60),
    klog(sys, 'config.go:105', '"Starting endpoint slice config controller"', 60),
  ],
  etcd: (image, args, sys) => [
    etcdLine(sys, 'etcdmain/etcd.go:73', 'Running: ', { args: ['etcd', ...args] }),
    etcdLine(sys, 'embed/etcd.go:318', 'starting an etcd server', { 'etcd-version': image.version, name: flagValue(args, 'name') ?? 'default' }),
    etcdLine(sys, 'embed/serve.go:250', 'serving client traffic securely', {
      traffic: 'grpc+http', address: (flagValue(args, 'advertise-client-urls') ?? 'https://127.0.0.1:2379').replace(/^https?:\/\//, ''),
    }),
  ],
  flanneld: (image, _args, sys) => [
    klog(sys, 'main.go:212', `CLI flags config: {etcdEndpoints:http://127.0.0.1:4001,http://127.0.0.1:2379 etcdPrefix:/coreos.com/network kubeSubnetMgr:true ipMasq:true version:${image.version}}`),
    klog(sys, 'kube.go:139', 'Waiting 10m0s for node controller to sync', 2),
    klog(sys, 'kube.go:469', 'Starting kube subnet manager', 3),
    klog(sys, 'main.go:452', 'Found network config - Backend type: vxlan', 1_004),
    klog(sys, 'vxlan.go:141', 'VXLAN config: VNI=1 Port=0 GBP=false Learning=false DirectRouting=false', 1_005),
    klog(sys, 'main.go:416', 'Wrote subnet file to /run/flannel/subnet.env', 1_080),
    klog(sys, 'main.go:420', 'Running backend.', 1_080),
    klog(sys, 'vxlan_network.go:65', 'watching for new subnet leases', 1_081),
  ],
  coredns: (image) => [
    '.:53',
    '[INFO] plugin/reload: Running configuration SHA512 = 591cf328cccc12bc490481273e738df59329c62c0b729d94e8b61db9961c2fa5f046dd37f1cf888b953814040d180f52594972691cd6ff41be96639138a43908',
    `CoreDNS-${image.version}`,
    'linux/amd64, go1.21.11, a6338e9',
  ],
};

/** Ports each daemon listens on, from its flags (the kubelet's probes connect to them). */
export function daemonPorts(name: string, args: readonly string[]): number[] {
  switch (name) {
    case 'kube-apiserver': return [Number(flagValue(args, 'secure-port') ?? 6443)];
    case 'kube-controller-manager': return [10257];
    case 'kube-scheduler': return [10259];
    case 'kube-proxy': return [10249, 10256];
    case 'etcd': return [2379, 2380, 2381];
    case 'coredns': return [53, 8080, 8181, 9153];
    default: return [];
  }
}

export const kubeDaemonProgram: ProgramFactory = (image, name): ExternalProgram => ({
  start(args, sys) {
    if (args.includes('--version') || args[0] === 'version') {
      sys.write(1, name === 'etcdctl' ? `etcdctl version: ${image.version}\nAPI version: 3.5\n` : `Kubernetes ${image.version}\n`);
      return { status: { state: 'exited', code: 0 } };
    }
    writeLines(sys, name === 'coredns' ? 1 : 2, STARTUP[name]?.(image, args, sys) ?? []);
    return { status: { state: 'blocked' } };
  },
  signal: () => ({ exitAfterMs: 200, code: 0 }),
});
