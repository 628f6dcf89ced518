// Every program the shell provides by itself, listed explicitly (no registration by import).

import type { CommandSpec } from '../types.ts';
import { BASE64 } from './base64.ts';
import { CAT } from './cat.ts';
import { CD } from './cd.ts';
import { CLEAR } from './clear.ts';
import { CP } from './cp.ts';
import { CUT } from './cut.ts';
import { DATE } from './date.ts';
import { ECHO } from './echo.ts';
import { ENV } from './env.ts';
import { EXPORT } from './export.ts';
import { FALSE } from './false.ts';
import { GREP } from './grep.ts';
import { HEAD } from './head.ts';
import { HELP } from './help.ts';
import { HISTORY } from './history.ts';
import { HOSTNAME } from './hostname.ts';
import { FG, JOBS, KILL, WAIT } from './jobs.ts';
import { LS } from './ls.ts';
import { MKDIR } from './mkdir.ts';
import { MV } from './mv.ts';
import { OPENSSL } from './openssl.ts';
import { PRINTF } from './printf.ts';
import { PWD } from './pwd.ts';
import { RM } from './rm.ts';
import { SED } from './sed.ts';
import { SLEEP } from './sleep.ts';
import { SORT } from './sort.ts';
import { SUDO } from './sudo.ts';
import { TAIL } from './tail.ts';
import { TEE } from './tee.ts';
import { TIMEOUT } from './timeout.ts';
import { TOUCH } from './touch.ts';
import { TR } from './tr.ts';
import { TRUE } from './true.ts';
import { TYPE } from './type.ts';
import { UNIQ } from './uniq.ts';
import { UNSET } from './unset.ts';
import { WC } from './wc.ts';
import { WHICH } from './which.ts';
import { WHOAMI } from './whoami.ts';
import { XARGS } from './xargs.ts';

export const BUILTINS: readonly CommandSpec[] = [
  BASE64, CAT, CD, CLEAR, CP, CUT, DATE, ECHO, ENV, EXPORT, FALSE, FG, GREP, HEAD, HELP, HISTORY, HOSTNAME,
  JOBS, KILL, LS, MKDIR, MV, OPENSSL, PRINTF, PWD, RM, SED, SLEEP, SORT, SUDO, TAIL, TEE, TIMEOUT, TOUCH, TR, TRUE, TYPE, UNIQ, UNSET, WAIT, WC, WHICH, WHOAMI, XARGS,
];
