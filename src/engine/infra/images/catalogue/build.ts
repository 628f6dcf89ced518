// Helpers the catalogue's family files use to declare their images: OCI config defaults (no
// STOPSIGNAL means SIGTERM, as containerd applies it) and repositories as tag → build tables.

import type { ImageBuild, ImageConfig, ImageFiles, ImageRepository, ProgramId, ShellFlavour } from '../types.ts';
import { DEFAULT_PATH } from './os-layers.ts';

export interface BuildSpec {
  /** The repository digest's 64 hex digits. */
  readonly digest: string;
  readonly sizeBytes: number;
  readonly version: string;
  readonly config: Partial<ImageConfig>;
  readonly shell?: ShellFlavour;
  readonly busybox?: boolean;
  readonly programs?: Readonly<Partial<Record<string, ProgramId>>>;
  readonly files: ImageFiles;
  /** ISO time the image's packaged files carry. */
  readonly filesAt?: string;
}

export function build(spec: BuildSpec): ImageBuild {
  return {
    digest: `sha256:${spec.digest}`,
    sizeBytes: spec.sizeBytes,
    version: spec.version,
    config: {
      entrypoint: [], cmd: [], env: [DEFAULT_PATH], workingDir: '', user: '', exposedPorts: [], stopSignal: 'SIGTERM',
      ...spec.config,
    },
    shell: spec.shell,
    busybox: spec.busybox ?? false,
    programs: spec.programs ?? {},
    files: spec.files,
    filesMs: spec.filesAt ? Date.parse(spec.filesAt) : 0,
  };
}

export function repository(name: string, tags: Readonly<Record<string, ImageBuild>>, isPrivate = false): ImageRepository {
  return { name, private: isPrivate, tags };
}

/** The same build under several tags (`latest`, `1`, `1.27`, `1.27.3`…). */
export function tagged(tags: readonly string[], image: ImageBuild): Record<string, ImageBuild> {
  return Object.fromEntries(tags.map((t) => [t, image]));
}
