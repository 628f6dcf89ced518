// `kubectl set image (-f FILE | TYPE NAME) CONTAINER=IMAGE…` (pkg/cmd/set/set_image.go): sets the image
// of the named containers (init containers too, `*` for all) in pods and pod templates.

import type { Container } from 'kubernetes-types/core/v1';
import { KubectlError, type KubectlCommand, type KubectlContext } from '../../command.ts';
import { flagBool, flagList, flagString, type ParsedArgs } from '../../flags.ts';
import { reportErrors } from '../../util/error-report.ts';
import { renderHelp } from '../../util/help.ts';
import { DryRun, dryRunStrategy, outputFormat } from '../../util/mutation.ts';
import { SET_IMAGE_HELP } from './help.ts';
import { applyMutation, reportMutationErrors } from './mutate.ts';
import { podSpecOf } from './pod-spec.ts';
import { RECORD_FLAG, recorderFor } from './record.ts';
import { ERR_ALL_AND_SELECTOR, resolveTargets, targetQuery } from './targets.ts';
import { rejectKustomize } from './unsupported.ts';

export const ERR_NO_RESOURCES = 'one or more resources must be specified as <resource> <name> or <resource>/<name>';
export const ERR_NO_IMAGE = 'at least one image update is required';
export const ERR_WILDCARD_AND_MORE = 'all containers are already specified by *, but saw more than one container_name=container_image pairs';
export const ERR_LOCAL_SERVER_DRY_RUN = 'cannot specify --local and --dry-run=server - did you mean --dry-run=client?';
export const ERR_RESOURCES_BEFORE = (pairType: string, arg: string): string => `all resources must be specified before ${pairType} changes: ${arg}`;
export const ERR_PAIR_FORMAT = (pairType: string, invalid: readonly string[]): string => `invalid ${pairType} format: ${invalid.join(', ')}`;
export const ERR_CONTAINER_NOT_FOUND = (name: string): string => `error: unable to find container named "${name}"`;

/** cmdutil.GetResourcesAndPairs: resources first, then NAME=VALUE (or NAME-) pairs. */
function resourcesAndPairs(args: readonly string[], pairType: string): { resources: string[]; pairs: string[] } {
  const resources: string[] = [];
  const pairs: string[] = [];
  for (const s of args) {
    const isPair = (s.includes('=') && s[0] !== '=') || (s.endsWith('-') && s !== '-');
    if (isPair) pairs.push(s);
    else if (pairs.length > 0) throw new KubectlError(ERR_RESOURCES_BEFORE(pairType, s));
    else resources.push(s);
  }
  return { resources, pairs };
}

/** cmdutil.ParsePairs without removals: NAME=VALUE, in the order given. */
function parsePairs(pairs: readonly string[], pairType: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const invalid: string[] = [];
  for (const p of pairs) {
    if (p.includes('=') && p[0] !== '=') {
      const eq = p.indexOf('=');
      out.push([p.slice(0, eq), p.slice(eq + 1)]);
    } else invalid.push(p);
  }
  if (invalid.length > 0) throw new KubectlError(ERR_PAIR_FORMAT(pairType, invalid));
  return out;
}

function setImage(containers: Container[] | undefined, name: string, image: string): boolean {
  let found = false;
  for (const c of containers ?? []) {
    if (c.name === name || name === '*') {
      c.image = image;
      found = true;
    }
  }
  return found;
}

function runSetImage(ctx: KubectlContext, parsed: ParsedArgs): number {
  rejectKustomize(parsed);
  const recorder = recorderFor(ctx, parsed);
  const dryRun = dryRunStrategy(ctx, parsed);
  const output = outputFormat(parsed);
  const local = flagBool(parsed, 'local');
  const { resources, pairs } = resourcesAndPairs(parsed.args, 'image');
  const images = parsePairs(pairs, 'image');
  const { targets, errors: fetchErrors } = resolveTargets(ctx, targetQuery(parsed, resources, flagBool(parsed, 'all')));
  if (fetchErrors.length > 0) return reportErrors(ctx, fetchErrors);
  const invalid = validate(parsed, resources, images, local, dryRun);
  if (invalid.length > 0) return reportErrors(ctx, invalid.map((m) => new KubectlError(m)));
  const errors: unknown[] = [];
  const mutationErrors = applyMutation(ctx, targets, (obj) => {
    const spec = podSpecOf(obj);
    for (const [name, image] of images) {
      const inInit = setImage(spec.initContainers, name, image);
      const inMain = setImage(spec.containers, name, image);
      if (!inInit && !inMain) errors.push(new KubectlError(ERR_CONTAINER_NOT_FOUND(name)));
    }
    return true;
  }, { operation: 'image updated', patchFailure: 'failed to patch image update to pod template: ', dryRun, local, output, recorder });
  return reportMutationErrors(ctx, [...errors, ...mutationErrors]);
}

function validate(parsed: ParsedArgs, resources: readonly string[], images: ReadonlyArray<[string, string]>, local: boolean, dryRun: DryRun): string[] {
  const errors: string[] = [];
  if (flagBool(parsed, 'all') && flagString(parsed, 'selector') !== '') errors.push(ERR_ALL_AND_SELECTOR);
  if (resources.length === 0 && flagList(parsed, 'filename').length === 0) errors.push(ERR_NO_RESOURCES);
  if (images.length === 0) errors.push(ERR_NO_IMAGE);
  else if (images.length > 1 && images.some(([name]) => name === '*')) errors.push(ERR_WILDCARD_AND_MORE);
  if (local && dryRun === DryRun.Server) errors.push(ERR_LOCAL_SERVER_DRY_RUN);
  return errors;
}

export const SET_IMAGE_COMMAND: KubectlCommand = {
  name: 'image',
  short: SET_IMAGE_HELP.short,
  help: renderHelp('kubectl set image', SET_IMAGE_HELP),
  flags: [...SET_IMAGE_HELP.flags, RECORD_FLAG],
  run: runSetImage,
};
