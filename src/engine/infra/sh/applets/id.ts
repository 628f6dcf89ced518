// id [-u|-g|-G] [-n]: the user (always root in these containers) with the groups the image's
// /etc/group gives it. Mirrors busybox coreutils/id.c output.

import { isFsError } from '../../fs/errors.ts';
import { exit, type Applet } from './types.ts';

/** Groups root belongs to, by the image's /etc/group: [gid, name]. */
function rootGroups(group: string): Array<[number, string]> {
  const out: Array<[number, string]> = [[0, 'root']];
  for (const line of group.split('\n')) {
    const [name, , gid, members] = line.split(':');
    if (!name || gid === undefined || Number(gid) === 0) continue;
    if ((members ?? '').split(',').includes('root')) out.push([Number(gid), name]);
  }
  return out;
}

export const id: Applet = (ctx) => {
  const flags = ctx.argv.slice(1).join('');
  const group = ctx.fs.readFile('/etc/group');
  const groups = rootGroups(isFsError(group) ? '' : group);
  const named = flags.includes('n');
  if (flags.includes('u')) ctx.out(named ? 'root\n' : '0\n');
  else if (flags.includes('G')) ctx.out(`${groups.map(([g, n]) => (named ? n : String(g))).join(' ')}\n`);
  else if (flags.includes('g')) ctx.out(named ? 'root\n' : '0\n');
  else ctx.out(`uid=0(root) gid=0(root) groups=${groups.map(([g, n]) => `${g}(${n})`).join(',')}\n`);
  return exit(0);
};
