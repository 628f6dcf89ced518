// busybox [APPLET [ARG]...]: the multi-call binary itself; with an applet name it runs that applet.
// Mirrors busybox's appletlib.c usage and `--list`.

import { BUSYBOX_BANNER } from './common.ts';
import { exit, type Applet } from './types.ts';

/** Runs the named applet, or lists `names` (the applets this build has). */
export function busyboxApplet(names: () => readonly string[]): Applet {
  return (ctx) => {
    const [, first] = ctx.argv;
    if (first === '--list') {
      ctx.out(names().map((n) => `${n}\n`).join(''));
      return exit(0);
    }
    if (first === undefined || first === '--help') {
      const list = names().join(', ');
      ctx.out(`${BUSYBOX_BANNER}\nBusyBox is copyrighted by many authors between 1998-2015.\nLicensed under GPLv2. See source distribution for detailed\ncopyright notices.\n\nUsage: busybox [function [arguments]...]\n   or: busybox --list[-full]\n   or: busybox --show SCRIPT\n   or: busybox --install [-s] [DIR]\n   or: function [arguments]...\n\n\tBusyBox is a multi-call binary that combines many common Unix\n\tutilities into a single executable.  Most people will create a\n\tlink to busybox for each function they wish to use and BusyBox\n\twill act like whatever it was invoked as.\n\nCurrently defined functions:\n\t${list}\n`);
      return exit(0);
    }
    if (!names().includes(first)) {
      ctx.err(`${first}: applet not found\n`);
      return exit(127);
    }
    return { t: 'exec', argv: ctx.argv.slice(1) };
  };
}
