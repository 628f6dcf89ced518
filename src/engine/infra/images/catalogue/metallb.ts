// MetalLB v0.14.8's images as metallb-native.yaml pins them: the controller and the speaker, each one
// static Go binary on gcr.io/distroless/static (user nobody from the pod's securityContext). Digests and
// sizes are stand-ins of the right order.

import type { ImageBuild } from '../types.ts';
import { build, repository } from './build.ts';
import { binaries, SCRATCH_LAYER } from './os-layers.ts';

const metallb = (binary: 'controller' | 'speaker', digest: string, sizeBytes: number): ImageBuild => build({
  digest, sizeBytes, version: '0.14.8',
  config: { entrypoint: [`/${binary}`] },
  shell: undefined, programs: { [binary]: 'metallb' },
  files: { ...SCRATCH_LAYER, ...binaries('', [binary]), '/LICENSE': 'Apache License\nVersion 2.0, January 2004\n' },
});

export const METALLB_CONTROLLER = repository('quay.io/metallb/controller', {
  'v0.14.8': metallb('controller', '3e2f3e8ccd1dee2e9a9a0e5a4f9d9e3b64b1c3e8f7d0a1e1c5b2f7a8d6c4e9b0', 28_306_172),
});

export const METALLB_SPEAKER = repository('quay.io/metallb/speaker', {
  'v0.14.8': metallb('speaker', '7c1f9a2b4e8d0c6a5f3b1e9d7a2c4f6e8b0d2a4c6e8f0a1b3c5d7e9f1a3b5c7d', 52_877_431),
});
