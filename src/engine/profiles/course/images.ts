// The container images of the course cluster: tag, repository digest and the size containerd
// reports (compressed content), as they appear in node.status.images and containerStatuses.
// Pure data. pause:3.8 is containerd 1.7's sandbox image; kubeadm pre-pulled pause:3.10 on the master.

import { assert } from '../../base/assert.ts';

interface ImageFacts {
  /** repository:tag, exactly as pod specs name it. */
  readonly ref: string;
  readonly digest: string;
  readonly sizeBytes: number;
}

function image(ref: string, digest: string, sizeBytes: number): ImageFacts {
  return { ref, digest: `sha256:${digest}`, sizeBytes };
}

export const IMAGES = {
  pause: image('registry.k8s.io/pause:3.10', 'ee6521f290b2168b6e0935a181d4cff9be1ac3f505666ef0e3c98fae8199917a', 320368),
  sandbox: image('registry.k8s.io/pause:3.8', '9001185023633d17a2f98ff69b6ff2615b8ea02a825adffa40422f51dfdcde9d', 311286),
  etcd: image('registry.k8s.io/etcd:3.5.15-0', 'a6dc63e6e8cfa0307d7851762fa6b629afb18f28d8aa3fab5a6e91b4af60026a', 56909194),
  apiserver: image('registry.k8s.io/kube-apiserver:v1.31.4', '0458018c496d4a4d64951784166c1a92820c33d3c516171b5f58d8c050c05c5b', 28044553),
  controllerManager: image('registry.k8s.io/kube-controller-manager:v1.31.4', 'f7255cd89806619590a6e586591c9fb91f8938a1e54b0b88c774292f63f611ae', 26240312),
  scheduler: image('registry.k8s.io/kube-scheduler:v1.31.4', 'aed395528d9334d7b0db1091b2fccab138dec6c52bffc766b5be2c3419af41ff', 20122441),
  proxy: image('registry.k8s.io/kube-proxy:v1.31.4', 'f2535de93352dee3bf961b637d2f5a17fa44525671162d58f74a9fe6b86acd9f', 30228851),
  coredns: image('registry.k8s.io/coredns/coredns:v1.11.3', '9caabbf6238b189a65d0d6e6ac138de60d6a1c419e5a341fbbb7c78382559c6e', 18562039),
  calicoCni: image('docker.io/calico/cni:v3.29.1', 'ba06f103735ec1b3e70ba8eb2af62099b904552a0d04f83e8b4ac10d3930cd0e', 97615214),
  calicoNode: image('docker.io/calico/node:v3.29.1', 'bdb91df8d0c788266f072be1a48deb3c34fd2b74bcd31e5ec9180f46977edf90', 142486313),
  calicoKubeControllers: image('docker.io/calico/kube-controllers:v3.29.1', '43b134097f311ca1c4dd28efe34d6468bb457da9023f13ef10e18b77bcbc4456', 35634244),
} as const;

export type ImageKey = keyof typeof IMAGES;

/** The image a container spec names, looked up by its reference. */
export function imageByRef(ref: string): ImageFacts {
  const found = Object.values(IMAGES).find((i) => i.ref === ref);
  assert(found !== undefined, `course profile: no image facts for ${ref}`);
  return found;
}

/** The `imageID` a container status shows: repository@digest. */
export function imageId(facts: ImageFacts): string {
  return `${facts.ref.slice(0, facts.ref.lastIndexOf(':'))}@${facts.digest}`;
}

/** node.status.images: largest first, each named by digest and by tag (as the kubelet lists them). */
export function nodeImages(keys: readonly ImageKey[]): object[] {
  return keys.map((k) => IMAGES[k])
    .sort((a, b) => b.sizeBytes - a.sizeBytes)
    .map((i) => ({ names: [imageId(i), i.ref], sizeBytes: i.sizeBytes }));
}
