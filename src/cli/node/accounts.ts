// The node's user accounts as kubeadm's instructions use them: `id [-u|-g|-n]` for vagrant (1000)
// and root (0), and `chown` (owners are not modelled: it checks the user, the group and the files).

import { isRoot, type NodeEnv } from './node-env.ts';
import type { CommandContext, CommandSpec } from '../shell/types.ts';

const ACCOUNTS: Readonly<Record<string, { uid: number; groups: string }>> = {
  root: { uid: 0, groups: '0(root)' },
  vagrant: { uid: 1000, groups: '1000(vagrant),4(adm),24(cdrom),27(sudo),30(dip),46(plugdev),110(lxd)' },
};
const NUMERIC_OR_NAME = /^(\d+|root|vagrant)$/;

function id(ctx: CommandContext): number {
  const user = ctx.vars.get('USER') ?? 'vagrant';
  const account = ACCOUNTS[user] ?? ACCOUNTS.vagrant!;
  const flags = ctx.argv.slice(1);
  const named = flags.includes('-n') || flags.includes('-un') || flags.includes('-gn');
  if (flags.some((f) => /^-[a-z]*[ug]/.test(f))) {
    ctx.io.stdout.write(`${named ? user : account.uid}\n`);
    return 0;
  }
  ctx.io.stdout.write(`uid=${account.uid}(${user}) gid=${account.uid}(${user}) groups=${account.groups}\n`);
  return 0;
}

function chown(ctx: CommandContext): number {
  const [owner, ...files] = ctx.argv.slice(1).filter((a) => !a.startsWith('-'));
  if (owner === undefined || files.length === 0) {
    ctx.io.stderr.write(`chown: missing operand${owner === undefined ? '' : ` after '${owner}'`}\nTry 'chown --help' for more information.\n`);
    return 1;
  }
  const [user = '', group] = owner.split(':');
  if (!NUMERIC_OR_NAME.test(user) || (group !== undefined && group !== '' && !NUMERIC_OR_NAME.test(group))) {
    ctx.io.stderr.write(`chown: invalid ${NUMERIC_OR_NAME.test(user) ? 'group' : 'user'}: '${owner}'\n`);
    return 1;
  }
  let status = 0;
  for (const file of files) {
    const path = file.startsWith('/') ? file : `${ctx.cwd}/${file}`;
    if (!ctx.fs.exists(path)) {
      ctx.io.stderr.write(`chown: cannot access '${file}': No such file or directory\n`);
      status = 1;
    } else if (!isRoot(ctx)) {
      ctx.io.stderr.write(`chown: changing ownership of '${file}': Operation not permitted\n`);
      status = 1;
    }
  }
  return status;
}

export const accountPrograms: ReadonlyArray<(env: NodeEnv) => CommandSpec> = [
  () => ({ name: 'id', path: '/usr/bin/id', run: id }),
  () => ({ name: 'chown', path: '/usr/bin/chown', run: chown }),
];
