// /docker-entrypoint.sh of the nginx images (1.19+): when asked to run nginx it announces and runs
// the /docker-entrypoint.d scripts (10-listen-on-ipv6-by-default.sh reports what it did to
// default.conf), then execs nginx. Mirrors docker-nginx's entrypoint as of nginx 1.27.

import type { ExternalProgram, ProcSys, Signal } from '../../process.ts';
import { NGINX_DEFAULT_CONF, NGINX_DEFAULT_CONF_IPV6 } from '../catalogue/nginx-files.ts';
import type { CatalogueImage } from '../types.ts';
import { nginxProgram } from './nginx.ts';
import { envOf, readText, type ProgramFactory } from './support.ts';

const SCRIPTS_DIR = '/docker-entrypoint.d/';
const DEFAULT_CONF = '/etc/nginx/conf.d/default.conf';
const IPV6_SCRIPT = '10-listen-on-ipv6-by-default.sh';

/** What 10-listen-on-ipv6-by-default.sh says about default.conf (and the IPv6 listen it adds). */
function ipv6Lines(sys: ProcSys): string[] {
  const say = (text: string): string => `${IPV6_SCRIPT}: info: ${text}`;
  const conf = readText(sys.fs, DEFAULT_CONF);
  if (conf === undefined) return [say(`${DEFAULT_CONF} is not a file or does not exist`)];
  if (conf === NGINX_DEFAULT_CONF_IPV6) return [say('IPv6 listen already enabled')];
  // A changed default.conf is a mounted one (a ConfigMap), which is read-only.
  if (conf !== NGINX_DEFAULT_CONF) return [say(`can not modify ${DEFAULT_CONF} (read-only file system?)`)];
  enableIpv6(sys);
  return [say(`Getting the checksum of ${DEFAULT_CONF}`), say(`Enabled listen on IPv6 in ${DEFAULT_CONF}`)];
}

/** The script's `sed -i` (a read-only default.conf was reported before getting here). */
function enableIpv6(sys: ProcSys): void {
  sys.fs.writeFile(DEFAULT_CONF, NGINX_DEFAULT_CONF_IPV6);
}

function configurationLines(image: CatalogueImage, sys: ProcSys, self: string): string[] {
  const scripts = Object.keys(image.files)
    .filter((p) => p.startsWith(SCRIPTS_DIR) && p.length > SCRIPTS_DIR.length && sys.fs.exists(p))
    .sort();
  if (scripts.length === 0) return [`${self}: No files found in ${SCRIPTS_DIR}, skipping configuration`];
  const lines = [`${self}: ${SCRIPTS_DIR} is not empty, will attempt to perform configuration`, `${self}: Looking for shell scripts in ${SCRIPTS_DIR}`];
  for (const path of scripts) {
    lines.push(`${self}: ${path.endsWith('.envsh') ? 'Sourcing' : 'Launching'} ${path}`);
    if (path.endsWith(IPV6_SCRIPT)) lines.push(...ipv6Lines(sys));
  }
  lines.push(`${self}: Configuration complete; ready for start up`);
  return lines;
}

export const nginxEntrypointProgram: ProgramFactory = (image, name): ExternalProgram => {
  const nginx = nginxProgram(image, 'nginx');
  const self = `/${name}`;
  const runsNginx = (args: readonly string[]): boolean => args[0] === 'nginx' || args[0] === 'nginx-debug';
  return {
    start(args, sys) {
      if (args.length === 0) return { status: { state: 'exited', code: 0 } };
      if (!runsNginx(args)) {
        const target = args[0] === undefined ? undefined : sys.external(args[0]);
        if (target) return target.start(args.slice(1), sys);
        sys.write(2, `${self}: exec: line 47: ${args[0] ?? ''}: not found\n`);
        return { status: { state: 'exited', code: 127 } };
      }
      const lines = configurationLines(image, sys, self);
      if (!envOf(sys, image).get('NGINX_ENTRYPOINT_QUIET_LOGS')) sys.write(1, `${lines.join('\n')}\n`);
      return nginx.start(args.slice(1), sys);
    },
    signal(sig: Signal, args, sys) {
      return runsNginx(args) ? nginx.signal!(sig, args.slice(1), sys) : 'ignore';
    },
  };
};
