// What each Dockerfile instruction does to the image being built: metadata (ENV, CMD, EXPOSE…),
// files copied from the build context, and RUN steps really run in the image's shell against the
// layer, their output and exit code kept. Mirrors buildkit's dockerfile2llb for these instructions.

import { emptyLayer } from '../fs/layer.ts';
import { Vfs } from '../fs/vfs.ts';
import { resolvePath } from '../fs/path.ts';
import type { ProcSys } from '../process.ts';
import { externalProgram } from '../images/programs/registry.ts';
import { runProcess, spawnProcess } from '../sh/index.ts';
import { commandOf, keyValues, substitute, type Instruction } from './dockerfile.ts';
import { runnableImage } from './images.ts';
import type { DockerImage, DockerImageConfig } from './types.ts';

const RUN_BUDGET = 20_000;
const RUN_ROUNDS_MAX = 500;
/** A RUN step that waits longer than this on virtual time counts as hung. */
const RUN_TIMEOUT_MS = 10 * 60_000;

export interface Stage {
  readonly key: string;
  readonly image: DockerImage;
}

export interface RunOutcome {
  readonly code: number;
  readonly output: ReadonlyArray<{ readonly atMs: number; readonly text: string }>;
  readonly elapsedMs: number;
  readonly added: Record<string, string>;
}

/** The metadata instructions: the next config, or undefined for the others. */
export function applyMetadata(ins: Instruction, cfg: DockerImageConfig, vars: Record<string, string>): DockerImageConfig | undefined {
  const args = substitute(ins.args, vars);
  switch (ins.name) {
    case 'ENV': {
      let env = [...cfg.env];
      for (const [k, v] of keyValues(args)) {
        env = env.filter((e) => !e.startsWith(`${k}=`)).concat(`${k}=${v}`);
        vars[k] = v;
      }
      return { ...cfg, env };
    }
    case 'LABEL': return { ...cfg, labels: { ...cfg.labels, ...Object.fromEntries(keyValues(args)) } };
    case 'EXPOSE': return { ...cfg, exposedPorts: [...new Set([...cfg.exposedPorts, ...args.split(/\s+/).filter(Boolean).map((p) => (p.includes('/') ? p : `${p}/tcp`))])].sort() };
    case 'CMD': return { ...cfg, cmd: commandOf(ins) };
    case 'ENTRYPOINT': return { ...cfg, entrypoint: commandOf(ins), cmd: [] };
    case 'USER': return { ...cfg, user: args };
    case 'ARG': {
      for (const [k, v] of keyValues(args.includes('=') ? args : `${args}=`)) vars[k] ??= v;
      return cfg;
    }
    default: return undefined;
  }
}

/** COPY/ADD sources from the context into `dest` (relative to WORKDIR); the missing source, if any. */
export function copyFiles(args: readonly string[], workdir: string, context: Readonly<Record<string, string>>): { added: Record<string, string> } | { missing: string } {
  const dest = args[args.length - 1]!;
  const sources = args.slice(0, -1);
  const intoDir = dest.endsWith('/') || sources.length > 1 || dest === '.';
  const target = resolvePath(workdir || '/', dest);
  const added: Record<string, string> = {};
  for (const src of sources) {
    const rel = resolvePath('/', src).slice(1);
    const file = context[rel];
    if (file !== undefined) {
      added[intoDir ? `${target}/${rel.slice(rel.lastIndexOf('/') + 1)}`.replace('//', '/') : target] = file;
      continue;
    }
    const prefix = rel === '' ? '' : `${rel}/`;
    const inside = Object.keys(context).filter((p) => p.startsWith(prefix));
    if (inside.length === 0) return { missing: `/${rel}` };
    for (const p of inside) added[`${target}/${p.slice(prefix.length)}`.replace('//', '/')] = context[p]!;
  }
  return { added };
}

/** Runs a RUN step's command in the stage's files; its writes become the step's layer. */
export function runStep(ins: Instruction, stage: Stage, vars: Record<string, string>, rand: () => number): RunOutcome {
  const image = runnableImage(stage.image);
  const upper = emptyLayer(0);
  const fs = new Vfs({ lower: image.files, upper }, 0);
  const output: Array<{ atMs: number; text: string }> = [];
  const startMs = 150 + Math.floor(rand() % 150);
  let at = startMs;
  const cwd = stage.image.config.workingDir || '/';
  const env = [...stage.image.config.env, ...Object.entries(vars).filter(([k]) => !stage.image.config.env.some((e) => e.startsWith(`${k}=`))).map(([k, v]) => `${k}=${v}`)];
  const argv = ins.json ? [...ins.json] : ['/bin/sh', '-c', substitute(ins.args, vars)];
  const proc = spawnProcess(argv, { env, cwd, flavour: image.shell, busybox: image.busybox });
  const sys: ProcSys = {
    nowMs: () => at, random: rand, fs: fs.at(cwd), hostname: 'buildkitsandbox', env, cwd,
    write: (_fd, text) => output.push({ atMs: at, text }),
    external: (name) => externalProgram(image, name),
  };
  let code = -1;
  for (let round = 0; round < RUN_ROUNDS_MAX; round++) {
    const status = runProcess(proc, sys, RUN_BUDGET);
    if (status.state === 'exited') {
      code = status.code;
      break;
    }
    if (status.state === 'blocked' || status.wakeMs - startMs > RUN_TIMEOUT_MS) break;
    at = Math.max(status.wakeMs, at + 1);
  }
  const added: Record<string, string> = {};
  for (const [path, e] of Object.entries(upper.entries)) {
    if (e.t === 'f') added[path] = e.data;
    else if (e.t === 'd' && path !== '/') added[`${path}/`] = '';
  }
  return { code, output, elapsedMs: at + 40 + Math.floor(rand() % 60), added };
}
