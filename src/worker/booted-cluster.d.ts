// The module Vite's `kubelab-booted-cluster` plugin makes (vite.config.ts): the default sandbox's
// booted cluster, computed at build time; undefined under the dev server.

declare module 'virtual:kubelab/booted-cluster' {
  export const BOOTED_CLUSTER: import('./host/profiles.ts').BootedCluster | undefined;
}
