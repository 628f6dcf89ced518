// What `kubectl apply -f <URL>` can download in the sandbox (it has no Internet): the manifests the
// course installs from their published addresses, served from the bundle. Any other URL answers
// 404, as an unknown path on the real server would.

import { METRICS_SERVER_MANIFEST } from '../cmd/top/metrics-server-manifest.ts';
import { dump } from 'js-yaml';
import {
  CALICO_MANIFEST_URL, calicoManifestObjects, FLANNEL_MANIFEST_URL, flannelManifestObjects, LOCAL_PATH_STORAGE_MANIFEST, LOCAL_PATH_STORAGE_URL,
  type KubeObject,
} from '../../../engine/index.ts';
import { INGRESS_NGINX_BAREMETAL_MANIFEST, INGRESS_NGINX_BAREMETAL_URL } from './ingress-nginx-manifest.ts';
import { METALLB_NATIVE_MANIFEST, METALLB_NATIVE_URL } from './metallb-manifest.ts';

const KNOWN_URLS: Readonly<Record<string, string>> = {
  'https://github.com/kubernetes-sigs/metrics-server/releases/latest/download/components.yaml': METRICS_SERVER_MANIFEST,
  [LOCAL_PATH_STORAGE_URL]: LOCAL_PATH_STORAGE_MANIFEST,
  [INGRESS_NGINX_BAREMETAL_URL]: INGRESS_NGINX_BAREMETAL_MANIFEST,
  [METALLB_NATIVE_URL]: METALLB_NATIVE_MANIFEST,
  [CALICO_MANIFEST_URL]: manifestText(calicoManifestObjects()),
  [FLANNEL_MANIFEST_URL]: manifestText(flannelManifestObjects()),
};

/** A multi-document manifest of the objects. */
function manifestText(objects: readonly KubeObject[]): string {
  return objects.map((o) => `---\n${dump(o, { lineWidth: -1, noRefs: true })}`).join('');
}

/** The text served at `url`, or undefined for a URL the sandbox does not know. */
export function downloadManifest(url: string): string | undefined {
  return Object.hasOwn(KNOWN_URLS, url) ? KNOWN_URLS[url] : undefined;
}
