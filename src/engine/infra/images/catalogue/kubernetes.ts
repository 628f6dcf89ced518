// The course cluster's system images (kubeadm v1.31.4 control plane and its v1.32.0 upgrade, CoreDNS, Calico
// v3.29.1, Flannel v0.26.1) and registry.k8s.io/pause. Distroless but Flannel's (Alpine). Digests and sizes are
// those the course nodes report (node.status.images); pause 3.9's is public; pause 2.0's, Flannel's, v1.32.0's are stand-ins.

import type { ImageBuild, ImageFiles, ImageRepository, ProgramId } from '../types.ts';
import { build, repository, type BuildSpec } from './build.ts';
import { alpineLayer, binaries, DEFAULT_PATH, SCRATCH_LAYER, ubuntuLayer } from './os-layers.ts';

const pause = (digest: string, sizeBytes: number, version: string): ImageBuild => build({
  digest, sizeBytes, version, config: { entrypoint: ['/pause'], user: '65535:65535' },
  shell: undefined, programs: { pause: 'pause' }, files: { ...SCRATCH_LAYER, ...binaries('', ['pause']) },
});

export const PAUSE = repository('registry.k8s.io/pause', {
  '3.10': pause('ee6521f290b2168b6e0935a181d4cff9be1ac3f505666ef0e3c98fae8199917a', 320_368, '3.10'),
  '3.9': pause('7031c1b283388d2c2e09b57badb803c05ebed362dc88d84b480cc47f72a21097', 321_520, '3.9'),
  '3.8': pause('9001185023633d17a2f98ff69b6ff2615b8ea02a825adffa40422f51dfdcde9d', 311_286, '3.8'),
  '2.0': pause('62d7a8e3ca81893f7325e53d5cdc9e82320bb7b361a737b025a2cf2749b4a7ab', 350_164, '2.0'),
});

/** A distroless daemon image: its binaries (path → simulated program) and nothing else to run. */
function daemon(digest: string, sizeBytes: number, version: string, bins: Readonly<Record<string, ProgramId>>, config: BuildSpec['config'], extra: ImageFiles = {}): ImageBuild {
  const split = (path: string): [string, string] => [path.slice(0, path.lastIndexOf('/')), path.slice(path.lastIndexOf('/') + 1)];
  const files = Object.assign({ ...SCRATCH_LAYER, ...extra }, ...Object.keys(bins).map((p) => binaries(split(p)[0], [split(p)[1]])));
  const programs = Object.fromEntries(Object.entries(bins).map(([path, id]) => [split(path)[1], id]));
  return build({ digest, sizeBytes, version, config, shell: undefined, programs, files });
}

const KUBE = 'v1.31.4';
/** The release `kubeadm upgrade apply v1.32.0` moves the control plane to. Its digests are stand-ins. */
const KUBE_NEXT = 'v1.32.0';
const controlPlane = (name: string, digest: string, sizeBytes: number, version: string): ImageBuild =>
  daemon(digest, sizeBytes, version, { [`/usr/local/bin/${name}`]: 'kube-daemon', '/go-runner': 'kube-daemon' }, { entrypoint: ['/go-runner'] });
const kube = (name: string, builds: ReadonlyArray<readonly [string, number]>): ImageRepository => repository(`registry.k8s.io/${name}`,
  Object.fromEntries([KUBE, KUBE_NEXT].map((version, i) => [version, controlPlane(name, builds[i]![0], builds[i]![1], version)])));

export const KUBE_APISERVER = kube('kube-apiserver', [['0458018c496d4a4d64951784166c1a92820c33d3c516171b5f58d8c050c05c5b', 28_044_553], ['ebc0ce2d7e647dd97980ec338ad81496c111741ab4ad05e7c5d37539aaf7dc3b', 28_674_652]]);
export const KUBE_CONTROLLER_MANAGER = kube('kube-controller-manager', [['f7255cd89806619590a6e586591c9fb91f8938a1e54b0b88c774292f63f611ae', 26_240_312], ['8d40f3e4a5b1e4ed9b9a8e1b8d8c1e3d3a8f6a3f7c8a5b0d6e1f2c3b4a59687d', 26_258_198]]);
export const KUBE_SCHEDULER = kube('kube-scheduler', [['aed395528d9334d7b0db1091b2fccab138dec6c52bffc766b5be2c3419af41ff', 20_122_441], ['1b8a4d39b1d0e5ed4e56d2c1fa3c6b5e4f0a9d8c7b6a5f4e3d2c1b0a99887766', 20_658_969]]);
const proxy = (digest: string, sizeBytes: number, version: string): ImageBuild => daemon(digest, sizeBytes, version,
  { '/usr/local/bin/kube-proxy': 'kube-daemon' }, {}, binaries('/usr/sbin', ['iptables', 'ip6tables', 'conntrack']));
export const KUBE_PROXY = repository('registry.k8s.io/kube-proxy', {
  [KUBE]: proxy('f2535de93352dee3bf961b637d2f5a17fa44525671162d58f74a9fe6b86acd9f', 30_228_851, KUBE),
  [KUBE_NEXT]: proxy('6aee00e0c7f4f2f5b6b9a0a7c8e1d2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9', 30_906_462, KUBE_NEXT),
});

const etcd = (digest: string, sizeBytes: number, version: string): ImageBuild => daemon(digest, sizeBytes, version,
  { '/usr/local/bin/etcd': 'kube-daemon', '/usr/local/bin/etcdctl': 'kube-daemon' }, { cmd: ['/usr/local/bin/etcd'] });
export const ETCD = repository('registry.k8s.io/etcd', {
  '3.5.15-0': etcd('a6dc63e6e8cfa0307d7851762fa6b629afb18f28d8aa3fab5a6e91b4af60026a', 56_909_194, '3.5.15'),
  '3.5.16-0': etcd('c6a9d11cc5c04b114ccdef39a9265eeef818e3d02f5359be035ae784097fdec5', 57_680_541, '3.5.16'),
});

export const COREDNS = repository('registry.k8s.io/coredns/coredns', {
  'v1.11.3': daemon('9caabbf6238b189a65d0d6e6ac138de60d6a1c419e5a341fbbb7c78382559c6e', 18_562_039, '1.11.3',
    { '/coredns': 'kube-daemon' }, { entrypoint: ['/coredns'], exposedPorts: ['53/tcp', '53/udp'] }),
});

const CALICO = 'v3.29.1';

export const CALICO_CNI = repository('docker.io/calico/cni', {
  [CALICO]: daemon('ba06f103735ec1b3e70ba8eb2af62099b904552a0d04f83e8b4ac10d3930cd0e', 97_615_214, '3.29.1',
    { '/opt/cni/bin/install': 'calico', '/opt/cni/bin/calico': 'calico', '/opt/cni/bin/calico-ipam': 'calico' },
    { cmd: ['/opt/cni/bin/install'] }),
});

export const CALICO_NODE = repository('docker.io/calico/node', {
  [CALICO]: build({
    digest: 'bdb91df8d0c788266f072be1a48deb3c34fd2b74bcd31e5ec9180f46977edf90', sizeBytes: 142_486_313, version: '3.29.1',
    config: { entrypoint: ['/usr/sbin/start_runit'], env: [DEFAULT_PATH, 'SVDIR=/etc/service/enabled'] },
    shell: 'bash', programs: { start_runit: 'calico', 'calico-node': 'calico' },
    files: { ...ubuntuLayer('22.04.5', 'jammy', 'Jammy Jellyfish'), ...binaries('/usr/sbin', ['start_runit']), ...binaries('/bin', ['calico-node']) },
  }),
});

export const CALICO_KUBE_CONTROLLERS = repository('docker.io/calico/kube-controllers', {
  [CALICO]: daemon('43b134097f311ca1c4dd28efe34d6468bb457da9023f13ef10e18b77bcbc4456', 35_634_244, '3.29.1',
    { '/usr/bin/kube-controllers': 'calico', '/usr/bin/check-status': 'calico' }, { entrypoint: ['/usr/bin/kube-controllers'], user: '999' }),
});

export const FLANNEL = repository('docker.io/flannel/flannel', {
  'v0.26.1': build({
    digest: '6ea4d0d2a3c4b2f1e8b9f03ba0d5a8ac8a4dfc2c5f8c6f3a0a9d2d3b6c1e7f04', sizeBytes: 31_745_104, version: 'v0.26.1',
    config: { entrypoint: ['/opt/bin/flanneld'] }, shell: 'ash', busybox: true, programs: { flanneld: 'kube-daemon' },
    files: { ...alpineLayer('3.20.3'), ...binaries('/opt/bin', ['flanneld', 'mk-docker-opts.sh']) },
  }),
});

export const FLANNEL_CNI_PLUGIN = repository('docker.io/flannel/flannel-cni-plugin', {
  'v1.6.0-flannel1': build({
    digest: 'f1f7a0f1c3b26e3e5d4f9d0a8c2b1e6d7a9c3f5e2b8d4a6c0e1f3b5d7a9c2e40', sizeBytes: 4_856_838, version: 'v1.6.0',
    config: { cmd: ['/bin/sh'] }, shell: 'ash', busybox: true, files: { ...alpineLayer('3.20.3'), ...binaries('', ['flannel']) },
  }),
});
