// What `kubectl apply -f <URL>` can download in the sandbox (it has no Internet): the manifests the
// course installs from their published addresses, served from the bundle. Any other URL answers
// 404, as an unknown path on the real server would.

import { METRICS_SERVER_MANIFEST } from '../cmd/top/metrics-server-manifest.ts';
import { LOCAL_PATH_STORAGE_MANIFEST, LOCAL_PATH_STORAGE_URL } from '../../../engine/index.ts';
import { INGRESS_NGINX_BAREMETAL_MANIFEST, INGRESS_NGINX_BAREMETAL_URL } from './ingress-nginx-manifest.ts';

const KNOWN_URLS: Readonly<Record<string, string>> = {
  'https://github.com/kubernetes-sigs/metrics-server/releases/latest/download/components.yaml': METRICS_SERVER_MANIFEST,
  [LOCAL_PATH_STORAGE_URL]: LOCAL_PATH_STORAGE_MANIFEST,
  [INGRESS_NGINX_BAREMETAL_URL]: INGRESS_NGINX_BAREMETAL_MANIFEST,
};

/** The text served at `url`, or undefined for a URL the sandbox does not know. */
export function downloadManifest(url: string): string | undefined {
  return Object.hasOwn(KNOWN_URLS, url) ? KNOWN_URLS[url] : undefined;
}
