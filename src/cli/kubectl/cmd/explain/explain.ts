// `kubectl explain TYPE[.FIELD...]` (pkg/cmd/explain/explain.go, v1.31): resolves the resource (the
// longest dotted prefix naming one), then renders the OpenAPI v3 document of its group version.
// Deviation from upstream: --output=plaintext-openapiv2 renders the same (v3) text as plaintext.

import { openApiDocument, resolveResource, type ResourceInfo } from '../../../../engine/index.ts';
import { KubectlError, type KubectlCommand, type KubectlContext } from '../../command.ts';
import { explain } from '../../explain/render.ts';
import { flagBool, flagString, type ParsedArgs } from '../../flags.ts';
import { commandFromHelp } from '../../util/help.ts';
import { EXPLAIN_HELP } from './help.ts';

export const ERR_NO_TYPE = 'You must specify the type of resource to explain. Use "kubectl api-resources" for a complete list of supported resources.';
export const ERR_ONE_ARG = 'We accept only this format: explain RESOURCE';
export const ERR_FORMAT = (format: string): string => `unrecognized format: ${format}`;
export const ERR_NO_RESOURCE_FOR = (group: string, version: string, resource: string): string =>
  `couldn't find resource for "${group}/${version}, Resource=${resource}"`;
/** A RESTMapper NoMatch error: CheckErr prints it without the `error: ` prefix. */
export const NO_RESOURCE_TYPE = (typed: string): string => `the server doesn't have a resource type "${typed}"\n`;

const FORMATS = ['plaintext', 'plaintext-openapiv2'];

/** `deployments.apps.spec.replicas` → the resource `deployments.apps` and the path [spec, replicas]. */
function splitResourcePath(input: string): { info: ResourceInfo; fieldPath: string[] } | undefined {
  const parts = input.split('.');
  for (let n = parts.length; n >= 1; n--) {
    const info = resolveResource(parts.slice(0, n).join('.'));
    if (info) return { info, fieldPath: parts.slice(n) };
  }
  return undefined;
}

function runExplain(ctx: KubectlContext, parsed: ParsedArgs): number {
  if (parsed.args.length === 0) throw new KubectlError(ERR_NO_TYPE);
  if (parsed.args.length > 1) throw new KubectlError(ERR_ONE_ARG);
  const input = parsed.args[0]!;
  const split = splitResourcePath(input);
  if (!split) {
    ctx.io.stderr.write(NO_RESOURCE_TYPE(input.split('.')[0]!));
    return 1;
  }
  const { info } = split;
  const apiVersion = flagString(parsed, 'api-version');
  const slash = apiVersion.indexOf('/');
  const group = apiVersion === '' ? info.group : slash < 0 ? '' : apiVersion.slice(0, slash);
  const version = apiVersion === '' ? info.version : apiVersion.slice(slash + 1);
  const document = openApiDocument(group, version);
  if (!document) throw new KubectlError(ERR_NO_RESOURCE_FOR(group, version, info.resource));
  const format = flagString(parsed, 'output');
  if (!FORMATS.includes(format)) throw new KubectlError(ERR_FORMAT(format));
  const result = explain(split.fieldPath, { recursive: flagBool(parsed, 'recursive') }, { group, version, kind: info.kind }, document);
  ctx.io.stdout.write(result.text);
  if (result.ok) return 0;
  ctx.io.stderr.write(`${result.error}\n`);
  return 1;
}

export const EXPLAIN_COMMAND: KubectlCommand = commandFromHelp('explain', EXPLAIN_HELP, runExplain);
