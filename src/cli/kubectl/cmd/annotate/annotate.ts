// `kubectl annotate` (pkg/cmd/annotate/annotate.go): `pod/x annotated`.

import { KubectlError, type KubectlCommand } from '../../command.ts';
import { renderHelp } from '../../util/help.ts';
import { runMetadataEdit, type MetadataEditSpec } from '../label/metadata-edit.ts';
import { ANNOTATE_HELP } from './help.ts';

export const ERR_ANNOTATION_FORMAT = (args: readonly string[]): string => `invalid annotation format: ${args.join(', ')}`;
export const ERR_ANNOTATION_OVERWRITE = (clashes: string): string => `--overwrite is false but found the following declared annotation(s): ${clashes}`;
export const ERR_ANNOTATION_MODIFY_REMOVE = (keys: string): string => `can not both modify and remove the following annotation(s) in the same command: ${keys}`;
const CHANGE_CAUSE = 'kubernetes.io/change-cause';

export const ANNOTATE_SPEC: MetadataEditSpec = {
  field: 'annotations',
  noun: 'annotation',
  listTitle: 'Listing annotations',
  parsePairs: (pairs) => {
    const set: Record<string, string> = {};
    const remove: string[] = [];
    const invalid: string[] = [];
    for (const p of pairs) {
      if (p.includes('=') && !p.startsWith('=')) set[p.slice(0, p.indexOf('='))] = p.slice(p.indexOf('=') + 1);
      else if (p.endsWith('-') && p !== '-') remove.push(p.slice(0, -1));
      else invalid.push(p);
    }
    if (invalid.length > 0) throw new KubectlError(ERR_ANNOTATION_FORMAT(invalid));
    const both = remove.filter((k) => k in set);
    if (both.length > 0) throw new KubectlError(ERR_ANNOTATION_MODIFY_REMOVE(both.join(', ')));
    return { set, remove };
  },
  checkOverwrite: (current, set) => {
    const clashes = Object.entries(set).filter(([k, v]) => k !== CHANGE_CAUSE && k in current && current[k] !== v);
    if (clashes.length > 0) throw new KubectlError(ERR_ANNOTATION_OVERWRITE(clashes.map(([k]) => `'${k}' already has a value (${current[k]!})`).join('; ')));
  },
  message: () => 'annotated',
};

export const ANNOTATE_COMMAND: KubectlCommand = {
  name: 'annotate',
  short: ANNOTATE_HELP.short,
  help: renderHelp('kubectl annotate', ANNOTATE_HELP),
  flags: ANNOTATE_HELP.flags,
  run: (ctx, parsed) => runMetadataEdit(ANNOTATE_SPEC, ctx, parsed),
};
