// The container images of the course cluster, selected from the image catalogue: the reference
// pod specs use, the repository digest and the size containerd reports (node.status.images,
// containerStatuses). pause:3.8 is containerd 1.7's sandbox image; kubeadm pre-pulled pause:3.10 on the master.

import { assert } from '../../base/assert.ts';
import { lookupImage } from '../../infra/images/catalogue.ts';

interface ImageFacts {
  /** repository:tag, exactly as pod specs name it. */
  readonly ref: string;
  readonly digest: string;
  readonly sizeBytes: number;
}

function image(ref: string): ImageFacts {
  const found = lookupImage(ref);
  assert(found.ok, `course profile: ${ref} is not in the image catalogue`);
  return { ref, digest: found.image.digest, sizeBytes: found.image.sizeBytes };
}

export const IMAGES = {
  pause: image('registry.k8s.io/pause:3.10'),
  sandbox: image('registry.k8s.io/pause:3.8'),
  etcd: image('registry.k8s.io/etcd:3.5.15-0'),
  apiserver: image('registry.k8s.io/kube-apiserver:v1.31.4'),
  controllerManager: image('registry.k8s.io/kube-controller-manager:v1.31.4'),
  scheduler: image('registry.k8s.io/kube-scheduler:v1.31.4'),
  proxy: image('registry.k8s.io/kube-proxy:v1.31.4'),
  coredns: image('registry.k8s.io/coredns/coredns:v1.11.3'),
  calicoCni: image('docker.io/calico/cni:v3.29.1'),
  calicoNode: image('docker.io/calico/node:v3.29.1'),
  calicoKubeControllers: image('docker.io/calico/kube-controllers:v3.29.1'),
  flannel: image('docker.io/flannel/flannel:v0.26.1'),
  flannelCniPlugin: image('docker.io/flannel/flannel-cni-plugin:v1.6.0-flannel1'),
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
