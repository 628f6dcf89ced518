// `kubectl auth can-i VERB TYPE[/NAME] | NONRESOURCEURL` and `--list` (pkg/cmd/auth/cani.go): asks
// the API server with a SelfSubjectAccessReview (or SelfSubjectRulesReview) and prints yes/no (exit
// 1 on no) or the table of allowed actions, with kubectl's warnings for unknown resources and verbs.

import { resolveResource, type KubeObject } from '../../../../engine/index.ts';
import { KubectlError, type KubectlContext } from '../../command.ts';
import { flagBool, flagString, type ParsedArgs } from '../../flags.ts';
import { tabbed, TABLE_TABWRITER } from '../../printers/tabwriter.ts';
import { commandFromHelp } from '../../util/help.ts';
import { accessListRows, type RulesStatus } from './access-list.ts';
import { CAN_I_HELP } from './help-auth.ts';

const RESOURCE_VERBS = new Set(['get', 'list', 'watch', 'create', 'update', 'patch', 'delete', 'deletecollection', 'use', 'bind', 'impersonate', '*', 'approve', 'sign', 'escalate', 'attest']);
const NON_RESOURCE_VERBS = new Set(['get', 'put', 'post', 'head', 'options', 'delete', 'patch', '*']);
/** Resources the server knows but discovery does not list (for the impersonate verb). */
const NON_STANDARD_RESOURCES = new Set(['users', 'groups']);

export const ERR_LIST_ARGS = 'list option must be specified with no arguments';
export const ERR_LIST_FLAGS = "list option can't be specified with neither quiet, all-namespaces nor subresource options";
export const ERR_TWO_ARGS = "you must specify two arguments: verb resource or verb resource/resourceName.\nSee 'kubectl auth can-i -h' for help and examples.";
export const ERR_NO_HEADERS = '--no-headers cannot be set without --list specified';

interface Target {
  readonly group: string;
  readonly resource: string;
  /** Whether discovery knows it (and so its scope). */
  readonly namespaced?: boolean;
}

/** cani.go resourceFor: `*`, a known resource (with its group), or the argument as typed after a warning. */
function resourceFor(arg: string, warn: (message: string) => void): Target {
  if (arg === '*') return { group: '', resource: arg, namespaced: true };
  const info = resolveResource(arg);
  if (info) return { group: info.group, resource: info.resource, namespaced: info.namespaced };
  const lower = arg.toLowerCase();
  const dot = lower.indexOf('.');
  const resource = dot < 0 ? lower : lower.slice(0, dot);
  const group = dot < 0 ? '' : lower.slice(dot + 1);
  if (!NON_STANDARD_RESOURCES.has(lower)) {
    warn(group === '' ? `the server doesn't have a resource type '${resource}'` : `the server doesn't have a resource type '${resource}' in group '${group}'`);
  }
  return { group: '', resource: arg };
}

function reviewBody(kind: string, spec: object): KubeObject {
  return { apiVersion: 'authorization.k8s.io/v1', kind, metadata: {}, spec };
}

function runAccessList(ctx: KubectlContext, parsed: ParsedArgs): number {
  if (parsed.args.length !== 0) throw new KubectlError(ERR_LIST_ARGS);
  if (flagBool(parsed, 'quiet') || flagBool(parsed, 'all-namespaces') || flagString(parsed, 'subresource') !== '') throw new KubectlError(ERR_LIST_FLAGS);
  const review = ctx.client.create('authorization.k8s.io/selfsubjectrulesreviews', reviewBody('SelfSubjectRulesReview', { namespace: ctx.namespace }));
  const status = (review.status ?? {}) as RulesStatus & { incomplete?: boolean; evaluationError?: string };
  if (status.incomplete) ctx.io.stderr.write(`Warning: the list may be incomplete: ${status.evaluationError ?? ''}`);
  ctx.io.stdout.write(tabbed(TABLE_TABWRITER, accessListRows(status, flagBool(parsed, 'no-headers'))));
  return 0;
}

function runCanI(ctx: KubectlContext, parsed: ParsedArgs): number {
  if (flagBool(parsed, 'list')) return runAccessList(ctx, parsed);
  const warn = (message: string): void => ctx.io.stderr.write(`Warning: ${message}\n`);
  if (parsed.args.length !== 2) throw new KubectlError(ERR_TWO_ARGS);
  const [verb, what] = parsed.args as [string, string];
  const namespace = flagBool(parsed, 'all-namespaces') ? '' : ctx.namespace;
  const subresource = flagString(parsed, 'subresource');
  let spec: object;
  if (what.startsWith('/')) {
    if (subresource !== '') throw new KubectlError('--subresource can not be used with NonResourceURL');
    if (!NON_RESOURCE_VERBS.has(verb)) warn(`verb '${verb}' is not a known verb`);
    spec = { nonResourceAttributes: { path: what, verb } };
  } else {
    const slash = what.indexOf('/');
    const target = resourceFor(slash < 0 ? what : what.slice(0, slash), warn);
    const name = slash < 0 ? '' : what.slice(slash + 1);
    if (namespace !== '' && target.namespaced === false) {
      warn(target.group === '' ? `resource '${target.resource}' is not namespace scoped` : `resource '${target.resource}' is not namespace scoped in group '${target.group}'`);
    }
    if (!RESOURCE_VERBS.has(verb)) warn(`verb '${verb}' is not a known verb`);
    spec = { resourceAttributes: { namespace, verb, group: target.group, resource: target.resource, subresource, name } };
  }
  if (flagBool(parsed, 'no-headers')) throw new KubectlError(ERR_NO_HEADERS);
  const review = ctx.client.create('authorization.k8s.io/selfsubjectaccessreviews', reviewBody('SelfSubjectAccessReview', spec));
  const status = (review.status ?? {}) as { allowed?: boolean; reason?: string; evaluationError?: string };
  if (!flagBool(parsed, 'quiet')) {
    ctx.io.stdout.write(status.allowed ? 'yes\n' : `no${status.reason ? ` - ${status.reason}` : ''}${status.evaluationError ? ` - ${status.evaluationError}` : ''}\n`);
  }
  return status.allowed ? 0 : 1;
}

export const CAN_I_COMMAND = commandFromHelp('can-i', CAN_I_HELP, runCanI, 'kubectl auth can-i');
