// `kubectl set subject (-f FILE | TYPE NAME) --user=… --group=… --serviceaccount=ns:name`
// (pkg/cmd/set/set_subject.go): adds the subjects a RoleBinding or ClusterRoleBinding lacks.

import type { Subject } from 'kubernetes-types/rbac/v1';
import { KubectlError, type KubectlCommand, type KubectlContext } from '../../command.ts';
import { flagBool, flagList, flagString, type ParsedArgs } from '../../flags.ts';
import { reportErrors } from '../../util/error-report.ts';
import { commandFromHelp } from '../../util/help.ts';
import { DryRun, dryRunStrategy, outputFormat } from '../../util/mutation.ts';
import { SET_SUBJECT_HELP } from './help-more.ts';
import { applyMutation, reportMutationErrors } from './mutate.ts';
import { NO_RECORDER } from './record.ts';
import { ERR_LOCAL_SERVER_DRY_RUN } from './set-image.ts';
import { ERR_ALL_AND_SELECTOR, resolveTargets, targetQuery, type Target } from './targets.ts';
import { rejectKustomize } from './unsupported.ts';

export const ERR_NO_SUBJECTS = 'you must specify at least one value of user, group or serviceaccount';
export const ERR_SA_FORMAT = 'serviceaccount must be <namespace>:<name>';
export const ERR_SA_NAMESPACE = 'serviceaccount must be <namespace>:<name>, namespace must be specified';
export const ERR_BINDINGS_ONLY = 'setting subjects is only supported for RoleBinding/ClusterRoleBinding';

const RBAC_GROUP = 'rbac.authorization.k8s.io';

function validate(parsed: ParsedArgs, targets: readonly Target[], local: boolean, dryRun: DryRun): void {
  if (local && dryRun === DryRun.Server) throw new KubectlError(ERR_LOCAL_SERVER_DRY_RUN);
  if (flagBool(parsed, 'all') && flagString(parsed, 'selector') !== '') throw new KubectlError(ERR_ALL_AND_SELECTOR);
  const serviceAccounts = flagList(parsed, 'serviceaccount');
  if (flagList(parsed, 'user').length + flagList(parsed, 'group').length + serviceAccounts.length === 0) throw new KubectlError(ERR_NO_SUBJECTS);
  for (const sa of serviceAccounts) {
    const tokens = sa.split(':');
    if (tokens.length !== 2 || tokens[1] === '') throw new KubectlError(ERR_SA_FORMAT);
    if (tokens[0] === '' && targets.some((t) => t.obj.kind === 'ClusterRoleBinding')) throw new KubectlError(ERR_SA_NAMESPACE);
  }
}

/** The subjects the flags name: users, groups, then service accounts, each sorted and unique. */
function wantedSubjects(ctx: KubectlContext, parsed: ParsedArgs): Subject[] {
  const sorted = (name: string): string[] => [...new Set(flagList(parsed, name))].sort();
  return [
    ...sorted('user').map((name) => ({ kind: 'User', apiGroup: RBAC_GROUP, name })),
    ...sorted('group').map((name) => ({ kind: 'Group', apiGroup: RBAC_GROUP, name })),
    ...sorted('serviceaccount').map((sa) => {
      const [namespace, name] = sa.split(':') as [string, string];
      return { kind: 'ServiceAccount', namespace: namespace || ctx.namespace, name };
    }),
  ];
}

const sameSubject = (a: Subject, b: Subject): boolean =>
  a.kind === b.kind && (a.apiGroup ?? '') === (b.apiGroup ?? '') && a.name === b.name && (a.namespace ?? '') === (b.namespace ?? '');

function runSetSubject(ctx: KubectlContext, parsed: ParsedArgs): number {
  rejectKustomize(parsed);
  const dryRun = dryRunStrategy(ctx, parsed);
  const output = outputFormat(parsed);
  const local = flagBool(parsed, 'local');
  const { targets, errors } = resolveTargets(ctx, targetQuery(parsed, parsed.args, flagBool(parsed, 'all')));
  if (errors.length > 0) return reportErrors(ctx, errors);
  validate(parsed, targets, local, dryRun);
  const wanted = wantedSubjects(ctx, parsed);
  const failures = applyMutation(ctx, targets, (obj) => {
    if (obj.kind !== 'RoleBinding' && obj.kind !== 'ClusterRoleBinding') throw new KubectlError(ERR_BINDINGS_ONLY);
    const binding = obj as { subjects?: Subject[] };
    const existing = binding.subjects ?? [];
    const added = wanted.filter((s) => !existing.some((e) => sameSubject(e, s)));
    if (added.length === 0) return false;
    binding.subjects = [...existing, ...added];
    return true;
  }, { operation: 'subjects updated', patchFailure: 'failed to patch subjects to rolebinding: ', dryRun, local, output, recorder: NO_RECORDER });
  return reportMutationErrors(ctx, failures);
}

export const SET_SUBJECT_COMMAND: KubectlCommand = commandFromHelp('subject', SET_SUBJECT_HELP, runSetSubject, 'kubectl set subject');
