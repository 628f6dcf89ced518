// httpd-foreground of the httpd image: Apache 2.4's startup (the AH00558 ServerName warnings twice,
// the mpm_event notice, the command line), serving htdocs; SIGTERM stops it at once and SIGWINCH
// (the image's STOPSIGNAL) gracefully. Mirrors Apache's error log format.

import type { ExternalProgram, ProcSys } from '../../process.ts';
import { apacheTime } from '../time-format.ts';
import type { CatalogueImage } from '../types.ts';
import { readText, writeLines, type ProgramFactory } from './support.ts';

/** The address /etc/hosts gives the pod's hostname (what Apache falls back to as ServerName). */
function ownAddress(sys: ProcSys): string {
  for (const line of (readText(sys.fs, '/etc/hosts') ?? '').split('\n')) {
    const [ip, ...names] = line.trim().split(/\s+/);
    if (ip && !ip.startsWith('#') && names.includes(sys.hostname)) return ip;
  }
  return sys.hostname;
}

const notice = (sys: ProcSys, module: string, text: string, offsetMs = 0): string =>
  `[${apacheTime(sys.nowMs() + offsetMs)}] [${module}:notice] [pid 1:tid 1] ${text}`;

export const httpdProgram: ProgramFactory = (image: CatalogueImage): ExternalProgram => ({
  start(args, sys) {
    if (args.includes('-v')) {
      sys.write(1, `Server version: Apache/${image.version} (Unix)\nServer built:   Jan 21 2025 05:22:16\n`);
      return { status: { state: 'exited', code: 0 } };
    }
    const fqdn = `AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using ${ownAddress(sys)}. Set the 'ServerName' directive globally to suppress this message`;
    writeLines(sys, 2, [
      fqdn, fqdn,
      notice(sys, 'mpm_event', `AH00489: Apache/${image.version} (Unix) configured -- resuming normal operations`, 2),
      notice(sys, 'core', "AH00094: Command line: 'httpd -D FOREGROUND'", 2),
    ]);
    return { status: { state: 'blocked' } };
  },
  signal(sig: string, _args, sys) {
    if (sig === 'SIGWINCH') writeLines(sys, 2, [notice(sys, 'mpm_event', 'AH00492: caught SIGWINCH, shutting down gracefully')]);
    else if (sig === 'SIGTERM' || sig === 'SIGINT') writeLines(sys, 2, [notice(sys, 'mpm_event', 'AH00491: caught SIGTERM, shutting down')]);
    else return 'ignore';
    return { exitAfterMs: 20, code: 0 };
  },
});
