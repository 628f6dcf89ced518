// The contract of a kubectl command (cobra's Command, reduced): flags, help text, and a run
// function in kubectl's complete → validate → run style.

import type { ApiClient, Cluster } from '../../engine/index.ts';
import type { VirtualFs } from '../fs/virtual-fs.ts';
import type { CommandContext, CommandIo, CommandResult } from '../shell/types.ts';
import type { FlagSpec, ParsedArgs } from './flags.ts';
import type { Kubeconfig } from './kubeconfig.ts';

export interface KubectlContext {
  readonly io: CommandIo;
  readonly fs: VirtualFs;
  readonly cwd: string;
  readonly home: string;
  readonly cluster: Cluster;
  /** The API client for the kubeconfig's current user. */
  readonly client: ApiClient;
  readonly kubeconfig: Kubeconfig;
  /** Absolute path of the kubeconfig file in use (--kubeconfig, $KUBECONFIG or ~/.kube/config); it may not exist yet. */
  readonly kubeconfigPath: string;
  /** -n/--namespace, else the context's namespace, else `default`. */
  readonly namespace: string;
  /** True when -n/--namespace was given. */
  readonly namespaceExplicit: boolean;
  /** `kubectl get`, `kubectl create deployment` — for usage messages. */
  readonly commandPath: string;
  /** The shell that runs kubectl, when one does: its variables (KUBE_EDITOR) and programs (the editor kubectl edit runs). */
  readonly shell?: CommandContext;
  nowMs(): number;
}

export interface KubectlCommand {
  readonly name: string;
  readonly aliases?: readonly string[];
  /** One line for `kubectl --help`. */
  readonly short: string;
  /** The whole `--help` text, as kubectl v1.31 prints it. */
  readonly help: string;
  readonly flags: readonly FlagSpec[];
  readonly subcommands?: readonly KubectlCommand[];
  /** Commands that do not talk to a cluster (version --client, config, completion) still get a context. */
  run(ctx: KubectlContext, args: ParsedArgs): CommandResult;
}

/** Usage error: kubectl prints `error: <message>` then `See '<path> -h' for help and examples`. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** A plain `error: <message>` exit 1 (cmdutil.CheckErr of a non-API error). */
export class KubectlError extends Error {
  override readonly name = 'KubectlError';
}
