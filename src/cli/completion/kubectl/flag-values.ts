// Flag values kubectl v1.31 completes (RegisterFlagCompletionFunc and the filename annotation):
// the global --namespace, --context, --cluster and --user, `get -o`, `exec -c`, --subresource,
// `create clusterrolebinding --clusterrole`, and -f/--filename files. Other values fall back to files.

import type { FlagSpec } from '../../kubectl/flags.ts';
import { containerOfPod, type ArgsCompletion } from './valid-args.ts';

export type FlagCompletion =
  | { readonly kind: 'words'; readonly complete: ArgsCompletion }
  /** cobra's BashCompFilenameExt annotation: bash-completion's `_filedir '@(json|yaml|yml)'`. */
  | { readonly kind: 'files'; readonly extensions: readonly string[] };

/** resource.FileExtensions */
const MANIFEST_EXTENSIONS = ['json', 'yaml', 'yml'];
const SUBRESOURCE_COMMANDS = new Set(['get', 'patch', 'replace']);

const words = (complete: ArgsCompletion): FlagCompletion => ({ kind: 'words', complete });

/** The completion of `flag` on the command at `path` (`get`, `config set-context`); `global` when it is kubectl's own flag. */
export function flagCompletion(path: string, flag: FlagSpec, global: boolean): FlagCompletion | undefined {
  switch (flag.name) {
    case 'namespace':
      return global || path === 'config set-context' ? words((s, _a, p) => ({ matches: s.names('namespace', p), noFile: true })) : undefined;
    case 'context': return global ? words((s, _a, p) => ({ matches: s.contexts(p), noFile: true })) : undefined;
    case 'cluster': return global ? words((s, _a, p) => ({ matches: s.clusters(p), noFile: true })) : undefined;
    case 'user': return global ? words((s, _a, p) => ({ matches: s.users(p), noFile: true })) : undefined;
    case 'filename': return { kind: 'files', extensions: MANIFEST_EXTENSIONS };
    case 'output': return path === 'get' ? words((_s, _a, p) => ({ matches: outputFormats(flag).filter((f) => f.startsWith(p)), noFile: true })) : undefined;
    case 'container': return path === 'exec' ? words(containerOfPod) : undefined;
    case 'subresource': return SUBRESOURCE_COMMANDS.has(path) ? words(() => ({ matches: ['status', 'scale'], noFile: true })) : undefined;
    case 'clusterrole':
      return path === 'create clusterrolebinding' ? words((s, _a, p) => ({ matches: s.names('clusterrole', p), noFile: true })) : undefined;
    default: return undefined;
  }
}

/** PrintFlags.AllowedFormats, as the flag's help lists them: `Output format. One of: (json, yaml, …).` */
function outputFormats(flag: FlagSpec): string[] {
  const listed = /One of: \(([^)]*)\)/.exec(flag.usage);
  return listed ? listed[1]!.split(',').map((f) => f.trim()).filter((f) => f !== '') : [];
}
