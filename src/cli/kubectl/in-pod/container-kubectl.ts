// kubectl as an image's program (bitnami/kubectl): the CLI's kubectl run by a container process,
// reading the container's files and environment, so it acts with the pod's ServiceAccount token
// (in-cluster config). The host lends it to the engine through `cluster.containerCommands`.

import type { Cluster, ProcSys, ProgramFactory } from '../../../engine/index.ts';
import type { CommandContext, ShellVariables } from '../../shell/types.ts';
import { runKubectl } from '../main.ts';
import { ContainerFs } from './container-fs.ts';
import { inClusterConfig } from './in-cluster.ts';

function processVars(sys: ProcSys): ShellVariables {
  const env = new Map((sys.env ?? []).map((kv): [string, string] => {
    const eq = kv.indexOf('=');
    return eq < 0 ? [kv, ''] : [kv.slice(0, eq), kv.slice(eq + 1)];
  }));
  return {
    get: (name) => env.get(name),
    set: (name, value) => { env.set(name, value); },
    unset: (name) => { env.delete(name); },
    exported: () => [...env],
  };
}

/** One kubectl invocation inside the container; its exit code. */
function runInContainer(cluster: Cluster, args: readonly string[], sys: ProcSys): number {
  const vars = processVars(sys);
  const shell: CommandContext = {
    argv: ['kubectl', ...args],
    io: { stdin: '', stdout: { write: (t) => sys.write(1, t) }, stderr: { write: (t) => sys.write(2, t) }, stdoutIsTerminal: sys.tty === true },
    fs: new ContainerFs(sys.fs),
    vars,
    cwd: sys.cwd ?? '/',
    setCwd: () => undefined,
    nowMs: () => sys.nowMs(),
    lookup: () => undefined,
    history: [],
    clearScreen: () => undefined,
  };
  const home = vars.get('HOME') || '/';
  const result = runKubectl({ cluster, home, inCluster: (ctx) => inClusterConfig(ctx.fs, (name) => ctx.vars.get(name)) }, shell);
  if (typeof result === 'number') return result;
  // Deviation from upstream: a container process cannot hold a live watch or stream, so one that would
  // keep running (get -w, logs -f) shows what it has now and ends as if interrupted.
  result.poll(sys.nowMs());
  if (!result.done) result.cancel();
  return result.exitCode;
}

export function containerKubectl(cluster: Cluster): ProgramFactory {
  return () => ({
    start: (args, sys) => ({ status: { state: 'exited', code: runInContainer(cluster, args, sys) } }),
  });
}
