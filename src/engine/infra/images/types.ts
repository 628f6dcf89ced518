// The shapes of the image catalogue: one pushed image (a digest with its OCI config and lower
// filesystem layer), the repositories that tag them, and the resolved image the kubelet runs.
// Mirrors the OCI image config (Entrypoint, Cmd, Env, WorkingDir, User, ExposedPorts, StopSignal).

import type { ImageFiles } from '../fs/layer.ts';

/** An image's files: absolute path → content; a key ending in `/` is an empty directory, parents implied. */
export type { ImageFiles };

/** The interactive shell `kubectl exec -it … -- sh` meets, or none (distroless). */
export type ShellFlavour = 'ash' | 'bash' | 'dash';

/** The simulated programs an image brings (what `programs/registry.ts` implements). */
export type ProgramId =
  | 'nginx' | 'nginx-entrypoint' | 'redis-server' | 'redis-cli' | 'mysql-entrypoint' | 'postgres-entrypoint' | 'mongod'
  | 'perl' | 'python' | 'node' | 'httpd-foreground' | 'http-echo' | 'echoserver' | 'liveness' | 'agnhost' | 'pause'
  | 'filebeat' | 'kubectl' | 'kube-daemon' | 'calico' | 'ingress-nginx' | 'kube-webhook-certgen' | 'curl'
  | 'dig' | 'bind-nslookup' | 'registry' | 'metallb'
  /** Entrypoints that only exec what they are given (perhaps after prepending their program). */
  | 'redis-entrypoint' | 'mongo-entrypoint' | 'node-entrypoint' | 'filebeat-entrypoint' | 'curl-entrypoint' | 'tini';

/** The OCI image config fields a container start reads. */
export interface ImageConfig {
  readonly entrypoint: readonly string[];
  readonly cmd: readonly string[];
  /** `K=V`, in the image's order. */
  readonly env: readonly string[];
  readonly workingDir: string;
  readonly user: string;
  /** `80/tcp`… */
  readonly exposedPorts: readonly string[];
  /** containerd stops a container with this signal (image STOPSIGNAL, SIGTERM when unset). */
  readonly stopSignal: string;
}

/** One pushed image for the nodes' platform (linux/amd64), named by its repository digest. */
export interface ImageBuild {
  /** `sha256:<64 hex>` of the manifest list / index, as `imageID` shows it. */
  readonly digest: string;
  /** Compressed content size as containerd reports it (node.status.images, Pulled events). */
  readonly sizeBytes: number;
  /** The main software's version (nginx 1.27.3, busybox 1.36.1…). */
  readonly version: string;
  readonly config: ImageConfig;
  readonly shell: ShellFlavour | undefined;
  /** Busybox applets answer by their bare names (busybox, alpine and *-alpine images). */
  readonly busybox: boolean;
  /** Base name → simulated program, for the executables that are more than shell applets. */
  readonly programs: Readonly<Partial<Record<string, ProgramId>>>;
  /** The lower filesystem layer, shared by every container of this image. */
  readonly files: ImageFiles;
  /** When the image's packaged files were written (nginx's Last-Modified for its own pages). */
  readonly filesMs: number;
}

/** A repository: its fully qualified name and its tags. */
export interface ImageRepository {
  /** `docker.io/library/nginx`, `registry.k8s.io/pause`. */
  readonly name: string;
  /** Pulls need credentials (imagePullSecrets); without them the registry answers as for a missing repository. */
  readonly private: boolean;
  readonly tags: Readonly<Record<string, ImageBuild>>;
}

/** An image as the kubelet holds it once pulled: the build plus how it was named. */
export interface CatalogueImage extends ImageConfig {
  /** Normalised reference: `docker.io/library/nginx:latest` (status `image`, node images). */
  readonly ref: string;
  /** `docker.io/library/nginx@sha256:…` (status `imageID`). */
  readonly imageId: string;
  readonly repository: string;
  readonly digest: string;
  readonly sizeBytes: number;
  readonly version: string;
  readonly shell: ShellFlavour | undefined;
  readonly busybox: boolean;
  readonly programs: Readonly<Partial<Record<string, ProgramId>>>;
  readonly files: ImageFiles;
  readonly filesMs: number;
  readonly requiresCredentials: boolean;
}

/**
 * What the images' programs and servers read of a container's files; the Vfs satisfies it:
 * `readFile` gives the content as a string, an FsError when it cannot be read.
 */
export interface FileReader {
  readFile(path: string): unknown;
  exists(path: string): boolean;
}
