// `kubectl label` (pkg/cmd/label/label.go): `pod/x labeled`, `unlabeled`, `not labeled`.

import { KubectlError, type KubectlCommand } from '../../command.ts';
import { renderHelp } from '../../util/help.ts';
import { LABEL_HELP } from './help.ts';
import { labelValueErrors, runMetadataEdit, type MetadataEditSpec } from './metadata-edit.ts';

export const ERR_LABEL_EXISTS = (key: string, value: string): string => `'${key}' already has a value (${value}), and --overwrite is false`;
export const ERR_LABEL_SPEC = (spec: string): string => `invalid label spec: ${spec}`;
export const ERR_UNKNOWN_LABEL_SPEC = (spec: string): string => `unknown label spec: ${spec}`;
export const ERR_LABEL_VALUE = (spec: string, errs: readonly string[]): string => `invalid label value: ${JSON.stringify(spec)}: ${errs.join(';')}`;
export const ERR_MODIFY_AND_REMOVE = 'can not both modify and remove a label in the same command';

export const LABEL_SPEC: MetadataEditSpec = {
  field: 'labels',
  noun: 'label',
  listTitle: 'Listing labels',
  parsePairs: (pairs) => {
    const set: Record<string, string> = {};
    const remove: string[] = [];
    for (const p of pairs) {
      if (p.includes('=')) {
        const parts = p.split('=');
        if (parts.length !== 2) throw new KubectlError(ERR_LABEL_SPEC(p));
        const errs = labelValueErrors(parts[1]!);
        if (errs.length > 0) throw new KubectlError(ERR_LABEL_VALUE(p, errs));
        set[parts[0]!] = parts[1]!;
      } else if (p.endsWith('-')) remove.push(p.slice(0, -1));
      else throw new KubectlError(ERR_UNKNOWN_LABEL_SPEC(p));
    }
    if (remove.some((k) => k in set)) throw new KubectlError(ERR_MODIFY_AND_REMOVE);
    return { set, remove };
  },
  checkOverwrite: (current, set) => {
    const clashes = Object.entries(set).filter(([k, v]) => k in current && current[k] !== v);
    if (clashes.length > 0) throw new KubectlError(clashes.map(([k]) => ERR_LABEL_EXISTS(k, current[k]!)).join('\n'));
  },
  message: (before, after, overwrite) => {
    const b = JSON.stringify(before);
    const a = JSON.stringify(after);
    if (a === b) return 'not labeled';
    return !overwrite && a.length < b.length ? 'unlabeled' : 'labeled';
  },
};

export const LABEL_COMMAND: KubectlCommand = {
  name: 'label',
  short: LABEL_HELP.short,
  help: renderHelp('kubectl label', LABEL_HELP),
  flags: LABEL_HELP.flags,
  run: (ctx, parsed) => runMetadataEdit(LABEL_SPEC, ctx, parsed),
};
