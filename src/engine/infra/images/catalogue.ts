// The image catalogue: every repository the simulated registries serve, and what containerd's pull
// answers for a reference — the image, or the CRI error the kubelet wraps as `Failed to pull image`.
// Mirrors containerd 1.7's CRI PullImage / remotes/docker resolver errors as kubelets print them.

import { ALPINE, BUSYBOX, DEBIAN, K8S_BUSYBOX, UBUNTU } from './catalogue/distros.ts';
import { REGISTRY } from './catalogue/distribution.ts';
import { BITNAMI_KUBECTL, FILEBEAT, MPAKOUPETE_CLIENT } from './catalogue/course-apps.ts';
import { MONGO, MYSQL, POSTGRES } from './catalogue/databases.ts';
import { JESSIE_DNSUTILS } from './catalogue/dnsutils.ts';
import { AGNHOST, ECHOSERVER, LIVENESS, NGINX_SLIM } from './catalogue/k8s-test-images.ts';
import {
  CALICO_CNI, CALICO_KUBE_CONTROLLERS, CALICO_NODE, COREDNS, ETCD, FLANNEL, FLANNEL_CNI_PLUGIN, KUBE_APISERVER,
  KUBE_CONTROLLER_MANAGER, KUBE_PROXY, KUBE_SCHEDULER, PAUSE,
} from './catalogue/kubernetes.ts';
import { INGRESS_NGINX_CONTROLLER, KUBE_WEBHOOK_CERTGEN } from './catalogue/ingress-nginx.ts';
import { METALLB_CONTROLLER, METALLB_SPEAKER } from './catalogue/metallb.ts';
import { NODE, PERL, PYTHON } from './catalogue/languages.ts';
import { NGINX } from './catalogue/nginx.ts';
import { REDIS } from './catalogue/redis.ts';
import { LOCAL_PATH_PROVISIONER } from './catalogue/storage.ts';
import { CURL, HTTP_ECHO, HTTPD } from './catalogue/web.ts';
import { DOCKER_HUB, normalizedReference, parseReference, repositoryName, type ImageReference } from './reference.ts';
import type { CatalogueImage, ImageBuild, ImageRepository } from './types.ts';

/** Every repository, by its fully qualified name (an explicit registry: no registration by import). */
export const REPOSITORIES: ReadonlyMap<string, ImageRepository> = new Map([
  NGINX, BUSYBOX, K8S_BUSYBOX, ALPINE, UBUNTU, DEBIAN, REDIS, PERL, PYTHON, NODE, HTTPD, POSTGRES, MYSQL, MONGO, CURL,
  HTTP_ECHO, PAUSE, LIVENESS, AGNHOST, ECHOSERVER, NGINX_SLIM, FILEBEAT, BITNAMI_KUBECTL, MPAKOUPETE_CLIENT, KUBE_APISERVER,
  KUBE_CONTROLLER_MANAGER, KUBE_SCHEDULER, KUBE_PROXY, ETCD, COREDNS, CALICO_CNI, CALICO_NODE, CALICO_KUBE_CONTROLLERS, FLANNEL,
  FLANNEL_CNI_PLUGIN, INGRESS_NGINX_CONTROLLER, KUBE_WEBHOOK_CERTGEN, LOCAL_PATH_PROVISIONER, JESSIE_DNSUTILS,
  REGISTRY, METALLB_CONTROLLER, METALLB_SPEAKER,
].map((r) => [r.name, r]));

/** Registries that answer (others do not resolve); k8s.gcr.io still redirects to registry.k8s.io. */
const KNOWN_REGISTRIES = new Set([
  DOCKER_HUB, 'registry.k8s.io', 'k8s.gcr.io', 'gcr.io', 'quay.io', 'ghcr.io', 'docker.elastic.co', 'mcr.microsoft.com',
  'public.ecr.aws', 'registry.gitlab.com', 'nvcr.io',
]);
const REGISTRY_ALIASES: Readonly<Record<string, string>> = { 'k8s.gcr.io': 'registry.k8s.io' };

/** The node's resolver (systemd-resolved on the course's Ubuntu nodes). */
const NODE_RESOLVER = '127.0.0.53:53';

export type PullFailure = 'not-found' | 'denied' | 'no-such-host' | 'refused' | 'invalid';

export type PullResult =
  | { readonly ok: true; readonly image: CatalogueImage }
  | { readonly ok: false; readonly reason: PullFailure; readonly message: string };

export interface RegistryAuth {
  readonly username: string;
  readonly password: string;
}

export interface PullOptions {
  /** The node already holds the image's content (no registry authorization needed). */
  readonly credentials?: boolean;
  /** The credentials the kubelet's keyring found for the image's registry (from imagePullSecrets). */
  readonly auth?: readonly RegistryAuth[];
}

/** What containerd answers to a pull of `image` (as written in the pod spec). */
export function lookupImage(image: string, opts: PullOptions = {}): PullResult {
  const parsed = parseReference(image);
  if (!parsed.ok) return { ok: false, reason: 'invalid', message: parsed.error };
  const ref = parsed.ref;
  const name = normalizedReference(ref);
  const fail = (reason: PullFailure, detail: string, code = 'Unknown'): PullResult => ({
    ok: false, reason,
    message: `rpc error: code = ${code} desc = failed to pull and unpack image "${name}": failed to resolve reference "${name}": ${detail}`,
  });
  const host = ref.domain.replace(/:\d+$/, '');
  if (host === 'localhost' || /^[\d.]+$|^\[/.test(host)) return fail('refused', `${requestFailure(ref)}: dial tcp ${dialAddress(ref.domain)}: connect: connection refused`);
  if (!KNOWN_REGISTRIES.has(ref.domain)) return fail('no-such-host', `${requestFailure(ref)}: dial tcp: lookup ${host} on ${NODE_RESOLVER}: no such host`);
  const repo = REPOSITORIES.get(catalogueName(ref));
  const denied = 'pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed';
  if (!repo) return ref.domain === DOCKER_HUB ? fail('denied', denied) : fail('not-found', `${name}: not found`, 'NotFound');
  if (repo.private && !opts.credentials) {
    const auth = opts.auth ?? [];
    if (auth.length === 0) return fail('denied', denied);
    if (!auth.some((a) => authorizes(repo, a))) return fail('denied', `failed to authorize: failed to fetch oauth token: ${tokenRequestFailure(ref)}`);
  }
  const found = buildOf(repo, ref);
  if (!found) return fail('not-found', `${name}: not found`, 'NotFound');
  return { ok: true, image: catalogueImage(repositoryName(ref), name, found, repo.private) };
}

/** Whether pulling `image` needs imagePullSecrets (the kubelet checks them before pulling). */
export function requiresCredentials(image: string): boolean {
  const parsed = parseReference(image);
  return parsed.ok && (REPOSITORIES.get(catalogueName(parsed.ref))?.private ?? false);
}

/** A pulled image by its normalised reference (`docker.io/library/nginx:latest` or `…@sha256:…`). */
export function imageByRef(ref: string): CatalogueImage | undefined {
  const result = lookupImage(ref, { credentials: true });
  return result.ok ? result.image : undefined;
}

/** Deviation from upstream: the repository's owner with any non-empty password may pull it. */
function authorizes(repo: ImageRepository, auth: RegistryAuth): boolean {
  const owner = repo.name.split('/')[1] ?? '';
  return auth.username === owner && auth.password !== '';
}

/** Docker Hub's token service refusing the credentials (other registries answer alike). */
function tokenRequestFailure(ref: ImageReference): string {
  const scope = encodeURIComponent(`repository:${ref.path}:pull`);
  const [realm, service] = ref.domain === DOCKER_HUB ? ['https://auth.docker.io/token', 'registry.docker.io'] : [`https://${ref.domain}/token`, ref.domain];
  return `unexpected status from GET request to ${realm}?scope=${scope}&service=${service}: 401 Unauthorized`;
}

function catalogueName(ref: ImageReference): string {
  return `${REGISTRY_ALIASES[ref.domain] ?? ref.domain}/${ref.path}`;
}

function buildOf(repo: ImageRepository, ref: ImageReference): ImageBuild | undefined {
  if (ref.digest) return Object.values(repo.tags).find((b) => b.digest === ref.digest);
  return repo.tags[ref.tag ?? 'latest'];
}

/** Go's net/http error prefix for the registry HEAD request containerd's resolver makes first. */
function requestFailure(ref: ImageReference): string {
  const object = ref.digest ?? ref.tag ?? 'latest';
  return `failed to do request: Head "https://${ref.domain}/v2/${ref.path}/manifests/${object}"`;
}

function dialAddress(domain: string): string {
  const host = domain.replace(/:\d+$/, '');
  const port = domain.length > host.length ? domain.slice(host.length + 1) : '443';
  return `${host === 'localhost' ? '127.0.0.1' : host}:${port}`;
}

const RESOLVED = new Map<string, CatalogueImage>();

/** Memoised so every container of an image shares one object (and its files). */
function catalogueImage(repository: string, ref: string, b: ImageBuild, isPrivate: boolean): CatalogueImage {
  const key = `${ref} ${b.digest}`;
  let image = RESOLVED.get(key);
  if (!image) {
    image = {
      ...b.config, ref, imageId: `${repository}@${b.digest}`, repository, digest: b.digest, sizeBytes: b.sizeBytes,
      version: b.version, shell: b.shell, busybox: b.busybox, programs: b.programs, files: b.files, filesMs: b.filesMs,
      requiresCredentials: isPrivate,
    };
    RESOLVED.set(key, image);
  }
  return image;
}
