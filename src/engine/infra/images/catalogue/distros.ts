// The base-OS images: busybox, alpine, ubuntu, debian and registry.k8s.io/busybox. Their CMD is a
// shell, which with no tty and no stdin exits 0 at once (hence Completed → CrashLoopBackOff).
// Digests are public ones except alpine 3.20/3.19 (stand-ins); sizes follow observed Pulled events where known.

import type { ImageBuild } from '../types.ts';
import { build, repository, tagged } from './build.ts';
import { alpineLayer, BUSYBOX_LAYER, debianLayer, ubuntuLayer } from './os-layers.ts';

const busybox = (digest: string, sizeBytes: number, version: string): ImageBuild => build({
  digest, sizeBytes, version, config: { cmd: ['sh'] }, shell: 'ash', busybox: true, files: BUSYBOX_LAYER,
});

export const BUSYBOX = repository('docker.io/library/busybox', {
  ...tagged(['latest', 'stable', '1', '1.37', '1.37.0', 'glibc', '1.37.0-glibc'],
    busybox('2919d0172f7524b2d8df9e50066a682669e6d170ac0f6a49676d54358fe970b5', 2_167_176, '1.37.0')),
  ...tagged(['1.36', '1.36.1'], busybox('73aaf090f3d85aa34ee199857f03fa3a95c8ede2ffd4cc2cdb5b94e566b11662', 2_223_685, '1.36.1')),
  ...tagged(['1.28', '1.28.4'], busybox('141c253bc4c3fd0a201d32dc1f493bcf3fff003b6df416dea4f41046e0f37d47', 727_869, '1.28.4')),
});

/** The Kubernetes docs' busybox (liveness-exec): an old 1.2x build kept on registry.k8s.io. */
export const K8S_BUSYBOX = repository('registry.k8s.io/busybox', {
  latest: busybox('d8d3bc2c183ed2f9f10e7258f84971202325ee6011ba137112e01e30f206de67', 1_144_547, '1.24.2'),
  '1.27.2': busybox('545e6a6310a27636260920bc07b994a299b6708a1b26910cfefd335fdfb60d2b', 1_361_520, '1.27.2'),
});

const alpine = (digest: string, sizeBytes: number, version: string): ImageBuild => build({
  digest, sizeBytes, version, config: { cmd: ['/bin/sh'] }, shell: 'ash', busybox: true, files: alpineLayer(version),
});

export const ALPINE = repository('docker.io/library/alpine', {
  ...tagged(['latest', '3', '3.21', '3.21.2'], alpine('56fa17d2a7e7f168a043a2712e63aed1f8543aeafdcee47c58dcffe38ed51099', 3_644_183, '3.21.2')),
  ...tagged(['3.20', '3.20.5'], alpine('03a370ac76e30c845ef1e47cd05c6d7720df1a056f7bcd6a0adf8c9cd68c42f3', 3_625_460, '3.20.5')),
  ...tagged(['3.19', '3.19.6'], alpine('0ad96c0ebfe094c3fc71b79d811ee4286b18a05bea7175cbde6458ad36dfb485', 3_420_832, '3.19.6')),
});

const ubuntu = (digest: string, sizeBytes: number, point: string, codename: string, title: string): ImageBuild => build({
  digest, sizeBytes, version: point, config: { cmd: ['/bin/bash'] }, shell: 'bash', files: ubuntuLayer(point, codename, title),
});

export const UBUNTU = repository('docker.io/library/ubuntu', {
  ...tagged(['latest', 'noble', '24.04', 'rolling'],
    ubuntu('80dd3c3b9c6cecb9f1667e9290b3bc61b78c2678c02cbdae5f0fea92cc6734ab', 29_754_422, '24.04.1', 'noble', 'Noble Numbat')),
  ...tagged(['jammy', '22.04'],
    ubuntu('0e5e4a57c2499249aafc3b40fcd541e9a456aab7296681a3994d631587203f97', 29_534_055, '22.04.5', 'jammy', 'Jammy Jellyfish')),
});

const BOOKWORM = build({
  digest: '17122fe3d66916e55c0cbd5bbf54bb3f87b3582f4d86a755a0fd3498d360f91b', sizeBytes: 48_494_272, version: '12.9',
  config: { cmd: ['bash'] }, shell: 'bash', files: debianLayer('12', 'bookworm', '12.9'),
});

export const DEBIAN = repository('docker.io/library/debian', tagged(['latest', 'bookworm', '12', '12.9', 'stable'], BOOKWORM));
