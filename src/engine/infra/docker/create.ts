// `docker create` (and the first half of `docker run`): the container's command line from the
// image's ENTRYPOINT/CMD and the flags, its environment, name, ports, mounts and memory limit.
// Mirrors moby's daemon/create.go and the name checks of daemon/names.go.

import { layerWithFiles } from '../fs/layer.ts';
import type { DockerContext } from './context.ts';
import { generateContainerName } from './names.ts';
import type { DockerContainer, DockerImage, MountSpec, PortBinding } from './types.ts';

export interface CreateSpec {
  readonly image: DockerImage;
  /** As typed: the IMAGE column. */
  readonly imageName: string;
  readonly name?: string;
  /** Arguments after the image name (they replace CMD). */
  readonly command: readonly string[];
  /** --entrypoint (an empty string clears the image's). */
  readonly entrypoint?: string;
  readonly env: readonly string[];
  readonly workdir?: string;
  readonly tty: boolean;
  readonly openStdin: boolean;
  readonly ports: readonly PortBinding[];
  readonly mounts: readonly MountSpec[];
  /** Bind mounts' source files (relative paths → content), read from the workstation by the CLI. */
  readonly bindFiles: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly memoryBytes: number;
  readonly autoRemove: boolean;
}

const NAME_PATTERN = /^\/?[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;

export const MSG_NAME_CONFLICT = (name: string, id: string): string =>
  `Conflict. The container name "/${name}" is already in use by container "${id}". You have to remove (or rename) that container to be able to reuse that name.`;
export const MSG_BAD_NAME = (name: string): string => `Invalid container name (${name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`;
export const MSG_NO_COMMAND = 'No command specified';

export function createContainer(ctx: DockerContext, spec: CreateSpec): DockerContainer | { error: string } {
  const state = ctx.state;
  if (spec.name !== undefined) {
    if (!NAME_PATTERN.test(spec.name)) return { error: MSG_BAD_NAME(spec.name) };
    const holder = state.containers.find((c) => c.name === spec.name!.replace(/^\//, ''));
    if (holder) return { error: MSG_NAME_CONFLICT(holder.name, holder.id) };
  }
  const cfg = spec.image.config;
  const entrypoint = spec.entrypoint === undefined ? cfg.entrypoint : spec.entrypoint === '' ? [] : [spec.entrypoint];
  const cmd = spec.command.length > 0 ? spec.command : spec.entrypoint === undefined ? cfg.cmd : [];
  const argv = [...entrypoint, ...cmd];
  if (argv.length === 0) return { error: MSG_NO_COMMAND };
  const id = ctx.rand.hex(64);
  const name = spec.name?.replace(/^\//, '') ?? generateContainerName(ctx.rand, (n) => state.containers.some((c) => c.name === n));
  const now = ctx.clock.nowMs;
  const c: DockerContainer = {
    id, name, imageName: spec.imageName, imageId: spec.image.id, path: argv[0]!, args: argv.slice(1),
    env: mergeEnv(cfg.env, spec.env), workingDir: spec.workdir ?? (cfg.workingDir || '/'), tty: spec.tty, openStdin: spec.openStdin,
    ports: spec.ports, mounts: spec.mounts, memoryBytes: spec.memoryBytes, autoRemove: spec.autoRemove,
    createdMs: now, status: 'created', exitCode: 0, upper: layerWithFiles({}, now), binds: {}, logs: [], partial: { stdout: '', stderr: '' },
  };
  for (const m of spec.mounts) {
    if (m.type === 'bind') c.binds[m.destination] = layerWithFiles(spec.bindFiles[m.source] ?? {}, now);
    else state.volumes[m.source] ??= layerWithFiles({}, now);
  }
  state.containers.push(c);
  return c;
}

/** The image's variables, those -e sets replaced in place, the new ones after them. */
function mergeEnv(image: readonly string[], flags: readonly string[]): string[] {
  const key = (e: string): string => e.split('=')[0]!;
  const replaced = image.map((e) => flags.find((f) => key(f) === key(e)) ?? e);
  return [...replaced, ...flags.filter((f) => !image.some((e) => key(e) === key(f)))];
}
