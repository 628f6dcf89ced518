// `kubectl apply -f` (pkg/cmd/apply/apply.go, patcher.go), client-side: objects that do not exist
// are created with the last-applied-configuration annotation; existing ones get a three-way
// strategic merge patch — `configured`, or `unchanged` when the patch is empty.

import { clone, isStatusError, type KubeObject, type ResourceInfo } from '../../../../engine/index.ts';
import { KubectlError, type KubectlCommand, type KubectlContext } from '../../command.ts';
import { flagBool, flagString, type ParsedArgs } from '../../flags.ts';
import { asList, toJson, toYaml } from '../../printers/output.ts';
import { reportErrors, withSource } from '../../util/error-report.ts';
import { renderHelp } from '../../util/help.ts';
import { lastAppliedOf, LAST_APPLIED_ANNOTATION, withLastApplied } from '../../util/last-applied.ts';
import type { Manifest } from '../../util/manifests.ts';
import { DryRun, formatObject, OutputFormat } from '../../util/mutation.ts';
import { placeInNamespace } from '../../util/namespaces.ts';
import { threeWayMergePatch } from '../../util/three-way-merge.ts';
import { completeFileArgs, selectManifests } from '../create/create.ts';
import { APPLY_HELP } from './help.ts';
import { VIEW_LAST_APPLIED_COMMAND } from './view-last-applied.ts';

export const ERR_NO_OBJECTS_APPLY = 'no objects passed to apply';
export const ERR_GENERATE_NAME = (base: string): string => `from ${base}: cannot use generate name with apply`;
export const WARN_MISSING_ANNOTATION = (resource: string): string =>
  `Warning: resource ${resource} is missing the ${LAST_APPLIED_ANNOTATION} annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.\n`;

interface ApplyOptions {
  readonly manifests: readonly Manifest[];
  readonly dryRun: DryRun;
  readonly output: OutputFormat;
}

function complete(ctx: KubectlContext, parsed: ParsedArgs): ApplyOptions {
  const { filenames, dryRun, output } = completeFileArgs(ctx, parsed);
  const manifests = selectManifests(ctx, filenames, flagBool(parsed, 'recursive'), flagString(parsed, 'selector'));
  return { manifests, dryRun, output };
}

/** `Resource: "apps/v1, Resource=deployments", GroupVersionKind: "apps/v1, Kind=Deployment"\nName: "web", Namespace: "default"` */
function infoString(info: ResourceInfo, obj: KubeObject): string {
  return `Resource: "${info.group}/${info.version}, Resource=${info.resource}", GroupVersionKind: "${info.group}/${info.version}, Kind=${info.kind}"\n` +
    `Name: "${obj.metadata.name ?? ''}", Namespace: "${obj.metadata.namespace ?? ''}"`;
}

type Outcome = { readonly obj: KubeObject; readonly operation: 'created' | 'configured' | 'unchanged' };

function applyOne(ctx: KubectlContext, m: Manifest, dryRun: DryRun): Outcome {
  const obj = placeInNamespace(ctx, m.info, clone(m.object));
  const name = obj.metadata.name ?? '';
  if (name === '' && obj.metadata.generateName) throw new KubectlError(ERR_GENERATE_NAME(obj.metadata.generateName));
  const ns = m.info.namespaced ? obj.metadata.namespace : undefined;
  let current: KubeObject | undefined;
  try {
    current = ctx.client.server.get(m.info, ns, name);
  } catch (err) {
    if (!isStatusError(err) || err.status.reason !== 'NotFound') {
      throw withSource(err, `retrieving current configuration of:\n${infoString(m.info, obj)}\nfrom server for:`, m.source);
    }
  }
  if (!current) {
    const annotated = withLastApplied(obj);
    if (dryRun === DryRun.Client) return { obj: annotated, operation: 'created' };
    try {
      return { obj: ctx.client.server.create(m.info, ns, annotated, { dryRun: dryRun === DryRun.Server }), operation: 'created' };
    } catch (err) {
      throw withSource(err, 'creating', m.source);
    }
  }
  return patchExisting(ctx, m, obj, current, dryRun);
}

function patchExisting(ctx: KubectlContext, m: Manifest, obj: KubeObject, current: KubeObject, dryRun: DryRun): Outcome {
  const modified = withLastApplied(obj);
  const originalText = lastAppliedOf(current);
  if (dryRun !== DryRun.Client && originalText === undefined) ctx.io.stderr.write(WARN_MISSING_ANNOTATION(`${m.info.resource}/${current.metadata.name ?? ''}`));
  const original = originalText ? (JSON.parse(originalText) as Record<string, unknown>) : undefined;
  const patch = threeWayMergePatch(original, modified, current);
  if (Object.keys(patch).length === 0) return { obj: current, operation: 'unchanged' };
  if (dryRun === DryRun.Client) return { obj: current, operation: 'configured' };
  try {
    const ns = m.info.namespaced ? current.metadata.namespace : undefined;
    const patched = ctx.client.server.patch(m.info, ns, current.metadata.name ?? '', m.info.custom ? 'merge' : 'strategic', patch, { dryRun: dryRun === DryRun.Server });
    return { obj: patched, operation: 'configured' };
  } catch (err) {
    throw withSource(err, `applying patch:\n${JSON.stringify(patch)}\nto:\n${infoString(m.info, obj)}\nfor:`, m.source);
  }
}

function runApply(ctx: KubectlContext, parsed: ParsedArgs): number {
  const o = complete(ctx, parsed);
  const errors: unknown[] = [];
  const applied: KubeObject[] = [];
  const printsObjects = o.output === OutputFormat.Yaml || o.output === OutputFormat.Json;
  for (const m of o.manifests) {
    try {
      const { obj, operation } = applyOne(ctx, m, o.dryRun);
      applied.push(obj);
      if (!printsObjects) ctx.io.stdout.write(formatObject(m.info, obj, { output: o.output, operation, dryRun: o.dryRun }));
    } catch (err) {
      errors.push(err);
    }
  }
  if (applied.length === 0 && errors.length === 0) throw new KubectlError(ERR_NO_OBJECTS_APPLY);
  if (printsObjects && applied.length > 0) {
    const value = applied.length === 1 ? applied[0] : asList(applied);
    ctx.io.stdout.write(o.output === OutputFormat.Yaml ? toYaml(clone(value)) : toJson(value));
  }
  return reportErrors(ctx, errors);
}

const SUBCOMMANDS: readonly KubectlCommand[] = [VIEW_LAST_APPLIED_COMMAND];

/** The help lists all three subcommands kubectl has; only view-last-applied is implemented. */
const HELP_SUBCOMMANDS = [
  { name: 'edit-last-applied', short: 'Edit latest last-applied-configuration annotations of a resource/object' },
  { name: 'set-last-applied', short: 'Set the last-applied-configuration annotation on a live object to match the contents of a file' },
  { name: VIEW_LAST_APPLIED_COMMAND.name, short: VIEW_LAST_APPLIED_COMMAND.short },
];

export const APPLY_COMMAND: KubectlCommand = {
  name: 'apply',
  short: APPLY_HELP.short,
  help: renderHelp('kubectl apply', APPLY_HELP, HELP_SUBCOMMANDS),
  flags: APPLY_HELP.flags,
  subcommands: SUBCOMMANDS,
  run: runApply,
};
