// The Docker engine's state on the student's workstation as plain JSON: images (pulled, built,
// tagged), containers with their processes, writable layers and logs, named volumes, and BuildKit's
// step cache. Mirrors the objects `docker inspect` shows (moby api/types).

import type { FsLayer } from '../fs/layer.ts';
import type { ProcState } from '../sh/state.ts';
import type { ImageConfig } from '../images/types.ts';

export interface DockerImageConfig extends ImageConfig {
  readonly labels: Readonly<Record<string, string>>;
}

export interface DockerImage {
  /** The image ID's 64 hex digits (sha256 of its config). */
  readonly id: string;
  /** Familiar names: `nginx:latest`, `app:1.0`, `localhost:5000/app:1.0`. */
  repoTags: string[];
  /** `nginx@sha256:…` once pulled from or pushed to a registry. */
  repoDigests: string[];
  readonly createdMs: number;
  /** Uncompressed size, as `docker images` shows it. */
  readonly sizeBytes: number;
  /** The catalogue image (normalised reference) whose files and programs it starts from. */
  readonly base: string;
  /** Files the build steps wrote over the base image's. */
  readonly added: Readonly<Record<string, string>>;
  readonly config: DockerImageConfig;
  /** Short layer ids, for pull and push progress lines. */
  readonly layers: readonly string[];
  /** Build cache key of the step that made it (parent id + instruction + inputs). */
  readonly cacheKey?: string;
}

export interface PortBinding {
  readonly hostPort: number;
  readonly containerPort: number;
  readonly protocol: 'tcp' | 'udp';
}

export interface MountSpec {
  readonly type: 'bind' | 'volume';
  /** Host path (bind) or volume name. */
  readonly source: string;
  readonly destination: string;
}

export type ContainerStatus = 'created' | 'running' | 'exited';

export interface LogEntry {
  readonly timeMs: number;
  readonly stream: 'stdout' | 'stderr';
  readonly text: string;
}

export interface DockerContainer {
  readonly id: string;
  /** Without the leading slash. */
  name: string;
  /** The image as the student named it (`nginx`, `app:1.0`): the IMAGE column. */
  readonly imageName: string;
  readonly imageId: string;
  /** Path and args of PID 1 as Docker records them. */
  readonly path: string;
  readonly args: readonly string[];
  readonly env: readonly string[];
  readonly workingDir: string;
  readonly tty: boolean;
  readonly openStdin: boolean;
  readonly ports: readonly PortBinding[];
  readonly mounts: readonly MountSpec[];
  /** --memory in bytes; 0 = no limit. */
  readonly memoryBytes: number;
  readonly autoRemove: boolean;
  readonly createdMs: number;
  status: ContainerStatus;
  startedMs?: number;
  finishedMs?: number;
  exitCode: number;
  /** The bridge address while running. */
  ip?: string;
  /** PID 1 while it runs (plain JSON, resumable). */
  proc?: ProcState;
  wakeMs?: number;
  /** When a stop's grace period ends and SIGKILL follows. */
  killAtMs?: number;
  upper: FsLayer;
  /** Bind mounts' files, copied from the workstation when the container was created. */
  binds: Record<string, FsLayer>;
  logs: LogEntry[];
  partial: { stdout: string; stderr: string };
}

export interface BuildStage {
  readonly added: Readonly<Record<string, string>>;
  readonly config: DockerImageConfig;
}

export interface DockerState {
  images: DockerImage[];
  containers: DockerContainer[];
  volumes: Record<string, FsLayer>;
  /** BuildKit's cache: a step's key (parent, instruction, inputs) → the files and config it made. */
  buildCache: Record<string, BuildStage>;
  /** When the daemon started (docker info). */
  readonly bootMs: number;
}

export function emptyDockerState(nowMs: number): DockerState {
  return { images: [], containers: [], volumes: {}, buildCache: {}, bootMs: nowMs };
}
