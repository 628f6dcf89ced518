// The registry's storage on its filesystem, in distribution's own layout under /var/lib/registry:
// blobs by digest, and per repository the layers it links, its manifests and its tags.
// Mirrors distribution/registry/storage/paths.go (v2 layout) as the registry:2 image keeps it.

import type { Vfs } from '../../fs/vfs.ts';

export const REGISTRY_ROOT = '/var/lib/registry/docker/registry/v2';

/** What reading the registry needs of a filesystem (the container's Vfs satisfies it). */
export interface RegistryFiles {
  readFile(path: string): unknown;
  readdir?(path: string): unknown;
}

/** Invariant: nested repository names stop at this depth (`a/b/c/d`). */
const MAX_DEPTH = 4;

const repoDir = (repo: string): string => `${REGISTRY_ROOT}/repositories/${repo}`;
const blobPath = (digest: string): string => `${REGISTRY_ROOT}/blobs/sha256/${digest.slice(7, 9)}/${digest.slice(7)}/data`;

function read(fs: RegistryFiles, path: string): string | undefined {
  const data = fs.readFile(path);
  return typeof data === 'string' ? data : undefined;
}

function list(fs: RegistryFiles, path: string): string[] {
  const names = fs.readdir?.(path);
  return Array.isArray(names) ? (names as string[]).slice().sort() : [];
}

/** Every repository that has a manifest, sorted as `_catalog` lists them. */
export function repositories(fs: RegistryFiles): string[] {
  const found: string[] = [];
  const walk = (prefix: string, depth: number): void => {
    for (const name of list(fs, `${REGISTRY_ROOT}/repositories${prefix}`)) {
      const path = `${prefix}/${name}`;
      if (list(fs, `${REGISTRY_ROOT}/repositories${path}`).includes('_manifests')) found.push(path.slice(1));
      if (depth < MAX_DEPTH) walk(path, depth + 1);
    }
  };
  walk('', 1);
  return found.sort();
}

/** The repository's tags, or undefined when the registry does not know the repository. */
export function tagsOf(fs: RegistryFiles, repo: string): string[] | undefined {
  if (!repositories(fs).includes(repo)) return undefined;
  return list(fs, `${repoDir(repo)}/_manifests/tags`);
}

/** The manifest digest (`sha256:…`) a tag or digest names in `repo`. */
export function manifestDigest(fs: RegistryFiles, repo: string, reference: string): string | undefined {
  if (reference.startsWith('sha256:')) {
    return read(fs, `${repoDir(repo)}/_manifests/revisions/sha256/${reference.slice(7)}/link`) !== undefined ? reference : undefined;
  }
  return read(fs, `${repoDir(repo)}/_manifests/tags/${reference}/current/link`);
}

export function blob(fs: RegistryFiles, digest: string): string | undefined {
  return read(fs, blobPath(digest));
}

/** Whether `repo` links the layer (a HEAD of the blob in that repository answers 200). */
export function hasLayer(fs: RegistryFiles, repo: string, digest: string): boolean {
  return read(fs, `${repoDir(repo)}/_layers/sha256/${digest.slice(7)}/link`) !== undefined;
}

/** Stores a blob once (content-addressed). */
export function putBlob(fs: Vfs, digest: string, data: string): void {
  const path = blobPath(digest);
  if (fs.exists(path)) return;
  fs.mkdir(path.slice(0, path.lastIndexOf('/')), { parents: true });
  fs.writeFile(path, data);
}

export function linkLayer(fs: Vfs, repo: string, digest: string): void {
  writeLink(fs, `${repoDir(repo)}/_layers/sha256/${digest.slice(7)}/link`, digest);
}

/** Links the manifest into the repository and points the tag at it. */
export function tagManifest(fs: Vfs, repo: string, tag: string, digest: string): void {
  writeLink(fs, `${repoDir(repo)}/_manifests/revisions/sha256/${digest.slice(7)}/link`, digest);
  writeLink(fs, `${repoDir(repo)}/_manifests/tags/${tag}/current/link`, digest);
  writeLink(fs, `${repoDir(repo)}/_manifests/tags/${tag}/index/sha256/${digest.slice(7)}/link`, digest);
}

function writeLink(fs: Vfs, path: string, digest: string): void {
  fs.mkdir(path.slice(0, path.lastIndexOf('/')), { parents: true });
  fs.writeFile(path, digest);
}
