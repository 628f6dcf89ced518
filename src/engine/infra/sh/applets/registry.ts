// The applets by name: what a busybox image answers to by bare name (and `busybox NAME`), what a
// coreutils image has, and which of them every shell has built in (echo, printf, test, kill…).

import { base64 } from './base64.ts';
import { basename } from './basename.ts';
import { busyboxApplet } from './busybox.ts';
import { cat } from './cat.ts';
import { cp } from './cp.ts';
import { cut } from './cut.ts';
import { date } from './date.ts';
import { dirname } from './dirname.ts';
import { echo } from './echo.ts';
import { env } from './env.ts';
import { falseApplet } from './false.ts';
import { grep } from './grep.ts';
import { head } from './head.ts';
import { hostname } from './hostname.ts';
import { id } from './id.ts';
import { kill } from './kill.ts';
import { ls } from './ls.ts';
import { mkdir } from './mkdir.ts';
import { mv } from './mv.ts';
import { printenv } from './printenv.ts';
import { printf } from './printf.ts';
import { ps } from './ps.ts';
import { pwd } from './pwd.ts';
import { rm } from './rm.ts';
import { rmdir } from './rmdir.ts';
import { sed } from './sed.ts';
import { seq } from './seq.ts';
import { sleep } from './sleep.ts';
import { sort } from './sort.ts';
import { tail } from './tail.ts';
import { tee } from './tee.ts';
import { test } from './test.ts';
import { touch } from './touch.ts';
import { tr } from './tr.ts';
import { trueApplet } from './true.ts';
import type { Applet } from './types.ts';
import { uname } from './uname.ts';
import { uniq } from './uniq.ts';
import { wc } from './wc.ts';
import { whoami } from './whoami.ts';
import { yes } from './yes.ts';
import { ip } from '../../clients/ip.ts';
import { nc } from '../../clients/nc.ts';
import { nslookup } from '../../clients/nslookup.ts';
import { ping } from '../../clients/ping.ts';
import { wget } from '../../clients/wget.ts';
import { clientApplet } from '../../clients/container.ts';

const withOption = (applet: Applet, option: string): Applet => (ctx, memo) => applet({ ...ctx, argv: [ctx.argv[0]!, option, ...ctx.argv.slice(1)] }, memo);

const BASE: Readonly<Record<string, Applet>> = {
  '[': test, base64, basename, cat, cp, cut, date, dirname, echo, egrep: withOption(grep, '-E'), env, false: falseApplet,
  fgrep: withOption(grep, '-F'), grep, head, hostname, id, kill, ls, mkdir, mv, printenv, printf, ps, pwd, rm, rmdir, sed, seq, sleep,
  sort, tail, tee, test, touch, tr, true: trueApplet, uname, uniq, wc, whoami, yes,
  ip: clientApplet(ip), nc: clientApplet(nc), nslookup: clientApplet(nslookup), ping: clientApplet(ping), wget: clientApplet(wget),
};

export const APPLETS: Readonly<Record<string, Applet>> = { ...BASE, busybox: busyboxApplet(() => Object.keys(APPLETS).sort()) };

/** Commands the shells themselves implement, so they work even where the image lacks the program. */
export const SHELL_APPLETS: ReadonlySet<string> = new Set(['echo', 'printf', 'test', '[', 'true', 'false', 'kill', 'pwd']);

/** Not in Debian's and Ubuntu's base images (procps, iproute2, iputils, wget, dnsutils, netcat are not installed; busybox is not either). */
const NOT_IN_COREUTILS_IMAGES: ReadonlySet<string> = new Set(['ps', 'busybox', 'ip', 'nc', 'nslookup', 'ping', 'wget']);

/** Where busybox installs an applet ("/bin" or "/usr/bin"); coreutils images have everything in /usr/bin. */
const USR_BIN: ReadonlySet<string> = new Set(['[', 'base64', 'basename', 'cut', 'dirname', 'env', 'head', 'id', 'nc', 'nslookup', 'printenv', 'seq', 'sort', 'tail', 'tee', 'test', 'tr', 'uniq', 'wc', 'wget', 'whoami', 'yes']);

export function appletPath(name: string, busybox: boolean): string {
  return busybox && !USR_BIN.has(name) ? `/bin/${name}` : `/usr/bin/${name}`;
}

export function hasApplet(toolbox: 'busybox' | 'coreutils' | 'none', name: string): boolean {
  if (!Object.hasOwn(APPLETS, name) || toolbox === 'none') return false;
  return toolbox === 'busybox' || !NOT_IN_COREUTILS_IMAGES.has(name);
}
