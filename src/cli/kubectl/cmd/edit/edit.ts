// `kubectl edit (RESOURCE/NAME | -f FILENAME)` (pkg/cmd/edit/edit.go, cmd/util/editor): the live
// objects (one, or several as a List) go to the editor named by KUBE_EDITOR / EDITOR (vi, which in
// the browser is the editor pane); what is saved is patched back: `deployment.apps/web edited`.

import type { CommandResult } from '../../../shell/types.ts';
import { KubectlError, type KubectlCommand, type KubectlContext } from '../../command.ts';
import { flagBool, flagList, flagString, type ParsedArgs } from '../../flags.ts';
import { reportErrors } from '../../util/error-report.ts';
import { commandFromHelp } from '../../util/help.ts';
import { checkValidateFlag, OutputFormat } from '../../util/mutation.ts';
import { ERR_MISSING_RESOURCE, KUSTOMIZE_UNSUPPORTED } from '../get/errors.ts';
import { fetchVisits, planVisits } from '../get/resource-builder.ts';
import type { EditTarget } from './edit-patch.ts';
import { EditSession, type EditSessionOptions } from './edit-session.ts';
import { editorCommand } from './editor-launch.ts';
import { EDIT_HELP } from './help.ts';

export const ERR_NO_OBJECTS = 'edit cancelled, no objects found';
export const ERR_EDIT_PRINTER = (format: string): string =>
  `unable to match a printer suitable for the output format "${format}", allowed formats are: json,yaml`;
export const ERR_EDIT_SUBRESOURCE = (value: string): string => `invalid subresource value: "${value}". Must be one of [status]`;
export const ERR_NO_SHELL = 'kubectl edit needs a shell to run the editor in';

function complete(ctx: KubectlContext, parsed: ParsedArgs): EditSessionOptions {
  if (flagString(parsed, 'kustomize') !== '') throw new KubectlError(KUSTOMIZE_UNSUPPORTED);
  if (ctx.shell === undefined) throw new KubectlError(ERR_NO_SHELL);
  if (parsed.args.length === 0 && flagList(parsed, 'filename').length === 0) throw new KubectlError(ERR_MISSING_RESOURCE);
  checkValidateFlag(parsed);
  const output = flagString(parsed, 'output');
  const subresource = flagString(parsed, 'subresource');
  if (subresource !== '' && subresource !== 'status') throw new KubectlError(ERR_EDIT_SUBRESOURCE(subresource));
  return {
    output: output as OutputFormat,
    format: output === 'json' ? 'json' : 'yaml',
    outputPatch: flagBool(parsed, 'output-patch'),
    saveConfig: flagBool(parsed, 'save-config'),
    subresource: subresource === 'status' ? 'status' : undefined,
    editor: editorCommand(ctx.shell.vars),
  };
}

/** The live objects to edit (ResourceTypeOrNameArgs(true, …).Latest()): every one must be found. */
function targets(ctx: KubectlContext, parsed: ParsedArgs): EditTarget[] | number {
  const filenames = flagList(parsed, 'filename');
  const plan = planVisits(ctx, { args: parsed.args, filenames, recursive: flagBool(parsed, 'recursive'), labelSelector: '', fieldSelector: '', allNamespaces: false });
  const { infos, errors } = fetchVisits(ctx, plan, { labelSelector: '', fieldSelector: '' });
  if (errors.length > 0) return reportErrors(ctx, errors);
  const found = infos.flatMap((i) => i.objects.map((obj) => ({ info: i.info, obj })));
  if (found.length === 0) throw new KubectlError(ERR_NO_OBJECTS);
  return found;
}

function runEdit(ctx: KubectlContext, parsed: ParsedArgs): CommandResult {
  const o = complete(ctx, parsed);
  const found = targets(ctx, parsed);
  if (typeof found === 'number') return found;
  // The editor's printer takes json or yaml only; any other -o fails before the editor opens.
  if (o.output !== OutputFormat.Default && o.output !== OutputFormat.Yaml && o.output !== OutputFormat.Json) {
    throw new KubectlError(ERR_EDIT_PRINTER(o.output));
  }
  return new EditSession(ctx, found, o).start();
}

export const EDIT_COMMAND: KubectlCommand = commandFromHelp('edit', EDIT_HELP, runEdit);
