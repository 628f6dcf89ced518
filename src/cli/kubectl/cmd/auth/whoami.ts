// `kubectl auth whoami` (pkg/cmd/auth/whoami.go): a SelfSubjectReview, printed as an ATTRIBUTE/VALUE
// table (Username, UID, Groups, one `Extra: <key>` row per extra) or with -o like any object.

import type { KubeObject } from '../../../../engine/index.ts';
import type { KubectlContext } from '../../command.ts';
import { flagString, type ParsedArgs } from '../../flags.ts';
import { printObjects } from '../../printers/object-printer.ts';
import { tabbed, TABLE_TABWRITER } from '../../printers/tabwriter.ts';
import { commandFromHelp } from '../../util/help.ts';
import { WHOAMI_HELP } from './help-auth.ts';

interface UserInfoStatus {
  username?: string;
  uid?: string;
  groups?: string[];
  extra?: Record<string, string[]>;
}

function table(info: UserInfoStatus): string {
  const rows = ['ATTRIBUTE\tVALUE\n'];
  if (info.username) rows.push(`Username\t${info.username}\n`);
  if (info.uid) rows.push(`UID\t${info.uid}\n`);
  if (info.groups?.length) rows.push(`Groups\t[${info.groups.join(' ')}]\n`);
  for (const key of Object.keys(info.extra ?? {}).sort()) rows.push(`Extra: ${key}\t[${info.extra![key]!.join(' ')}]\n`);
  return tabbed(TABLE_TABWRITER, rows.join(''));
}

function runWhoami(ctx: KubectlContext, parsed: ParsedArgs): number {
  const body: KubeObject = { apiVersion: 'authentication.k8s.io/v1', kind: 'SelfSubjectReview', metadata: {} };
  const review = ctx.client.create('authentication.k8s.io/selfsubjectreviews', body);
  const output = flagString(parsed, 'output');
  if (output !== '') printObjects(ctx, [review], output);
  else ctx.io.stdout.write(table(((review.status ?? {}) as { userInfo?: UserInfoStatus }).userInfo ?? {}));
  return 0;
}

export const WHOAMI_COMMAND = commandFromHelp('whoami', WHOAMI_HELP, runWhoami, 'kubectl auth whoami');
