// `kubectl version` (pkg/cmd/version/version.go): client, Kustomize and server versions as text,
// YAML or JSON, and the warning kubectl adds when the server is more than one minor version away.

import { KubectlError, type KubectlCommand, type KubectlContext } from '../../command.ts';
import { flagBool, flagString, type ParsedArgs } from '../../flags.ts';
import { toYaml } from '../../printers/output.ts';
import { commandFromHelp } from '../../util/help.ts';
import { VERSION_HELP } from './help.ts';

export const ERR_EXTRA_ARGS = (args: readonly string[]): string => `extra arguments: [${args.join(' ')}]`;
export const ERR_OUTPUT = "--output must be 'yaml' or 'json'";
export const WARN_SKEW = (client: string, server: string): string =>
  `WARNING: version difference between client (${client}) and server (${server}) exceeds the supported minor version skew of +/-1\n`;

export const KUSTOMIZE_VERSION = 'v5.4.2';

/** apimachinery's version.Info, fields in Go struct order (the JSON output keeps it). */
export interface VersionInfo {
  readonly major: string;
  readonly minor: string;
  readonly gitVersion: string;
  readonly gitCommit: string;
  readonly gitTreeState: string;
  readonly buildDate: string;
  readonly goVersion: string;
  readonly compiler: string;
  readonly platform: string;
}

/** The official v1.31.4 release build; the simulated kubectl and API server both are that build. */
const V1_31_4_BUILD = {
  gitCommit: 'a78aa47129b8539636eb86a9d00e31b2720fe06b',
  gitTreeState: 'clean',
  buildDate: '2024-12-10T18:51:42Z',
  goVersion: 'go1.22.9',
  compiler: 'gc',
  platform: 'linux/amd64',
} as const;

/** The official v1.32.0 release build, what `kubeadm upgrade apply v1.32.0` installs. */
const V1_32_0_BUILD = { ...V1_31_4_BUILD, gitCommit: '70d3cc986aa8221cd1dfb1121852688902d3bf53', buildDate: '2024-12-11T18:04:20Z', goVersion: 'go1.23.3' } as const;

export const CLIENT_VERSION = versionInfo('v1.31.4');

/** The build info of `gitVersion` (e.g. `v1.31.4`); versions other than those two borrow the v1.31.4 build metadata. */
export function versionInfo(gitVersion: string): VersionInfo {
  const [major = '', minor = ''] = gitVersion.replace(/^v/, '').split('.');
  return { major, minor, gitVersion, ...(gitVersion === 'v1.32.0' ? V1_32_0_BUILD : V1_31_4_BUILD) };
}

interface VersionOutput {
  clientVersion: VersionInfo;
  kustomizeVersion: string;
  serverVersion?: VersionInfo;
}

function runVersion(ctx: KubectlContext, parsed: ParsedArgs): number {
  if (parsed.args.length > 0) throw new KubectlError(ERR_EXTRA_ARGS(parsed.args));
  const output = flagString(parsed, 'output');
  if (output !== '' && output !== 'yaml' && output !== 'json') throw new KubectlError(ERR_OUTPUT);
  const result: VersionOutput = { clientVersion: CLIENT_VERSION, kustomizeVersion: KUSTOMIZE_VERSION };
  if (!flagBool(parsed, 'client')) result.serverVersion = versionInfo(ctx.cluster.machines.serverVersion() ?? ctx.cluster.info.kubernetesVersion);
  ctx.io.stdout.write(formatVersion(result, output));
  if (result.serverVersion) warnSkew(ctx, result.serverVersion);
  return 0;
}

function formatVersion(v: VersionOutput, output: string): string {
  // kubectl prints the YAML with Println, hence the blank line after it.
  if (output === 'yaml') return `${toYaml(v)}\n`;
  if (output === 'json') return `${JSON.stringify(v, null, 2)}\n`;
  const lines = [`Client Version: ${v.clientVersion.gitVersion}`, `Kustomize Version: ${v.kustomizeVersion}`];
  if (v.serverVersion) lines.push(`Server Version: ${v.serverVersion.gitVersion}`);
  return `${lines.join('\n')}\n`;
}

function warnSkew(ctx: KubectlContext, server: VersionInfo): void {
  const client = CLIENT_VERSION;
  const skew = Math.abs(Number(client.minor) - Number(server.minor));
  if (client.major === server.major && skew <= 1) return;
  ctx.io.stderr.write(WARN_SKEW(`${client.major}.${client.minor}`, `${server.major}.${server.minor}`));
}

export const VERSION_COMMAND: KubectlCommand = commandFromHelp('version', VERSION_HELP, runVersion);
