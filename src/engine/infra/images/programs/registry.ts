// The images' programs by id: `externalProgram(image, name)` is what a container's machine answers
// to `sys.external(name)` — the image's own program under that base name, when it has one.
// An explicit table: no registration by import side effect.

import type { ExternalProgram } from '../../process.ts';
import type { ContainerCommands } from '../container-commands.ts';
import { baseName } from '../argv.ts';
import type { CatalogueImage, ProgramId } from '../types.ts';
import { agnhostProgram } from './agnhost.ts';
import { calicoProgram } from './calico.ts';
import { echoserverProgram } from './echoserver.ts';
import { execThroughProgram } from './exec-through.ts';
import { filebeatProgram } from './filebeat.ts';
import { httpEchoProgram } from './http-echo.ts';
import { httpdProgram } from './httpd.ts';
import { ingressNginxProgram, kubeWebhookCertgenProgram } from './ingress-nginx.ts';
import { kubeDaemonProgram } from './kube-daemon.ts';
import { kubectlProgram } from './kubectl.ts';
import { livenessProgram } from './liveness.ts';
import { metallbProgram } from './metallb.ts';
import { mongodProgram } from './mongod.ts';
import { mysqlProgram } from './mysql.ts';
import { nginxEntrypointProgram } from './nginx-entrypoint.ts';
import { nginxProgram } from './nginx.ts';
import { nodeProgram } from './node.ts';
import { pauseProgram } from './pause.ts';
import { perlProgram } from './perl.ts';
import { postgresProgram } from './postgres.ts';
import { pythonProgram } from './python.ts';
import { redisCliProgram, redisServerProgram } from './redis.ts';
import type { ProgramFactory } from './support.ts';
import { curlProgram } from '../../clients/curl-program.ts';
import { bindNslookupProgram, digProgram } from '../../clients/dig-program.ts';
import { registryProgram } from '../distribution/program.ts';

export const PROGRAMS: Readonly<Record<ProgramId, ProgramFactory>> = {
  nginx: nginxProgram,
  'nginx-entrypoint': nginxEntrypointProgram,
  'redis-server': redisServerProgram,
  'redis-cli': redisCliProgram,
  'mysql-entrypoint': mysqlProgram,
  'postgres-entrypoint': postgresProgram,
  mongod: mongodProgram,
  perl: perlProgram,
  python: pythonProgram,
  node: nodeProgram,
  'httpd-foreground': httpdProgram,
  'http-echo': httpEchoProgram,
  echoserver: echoserverProgram,
  liveness: livenessProgram,
  agnhost: agnhostProgram,
  pause: pauseProgram,
  filebeat: filebeatProgram,
  kubectl: kubectlProgram,
  'kube-daemon': kubeDaemonProgram,
  calico: calicoProgram,
  curl: curlProgram,
  dig: digProgram,
  'bind-nslookup': bindNslookupProgram,
  registry: registryProgram,
  'ingress-nginx': ingressNginxProgram,
  'kube-webhook-certgen': kubeWebhookCertgenProgram,
  metallb: metallbProgram,
  'redis-entrypoint': execThroughProgram,
  'mongo-entrypoint': execThroughProgram,
  'node-entrypoint': execThroughProgram,
  'filebeat-entrypoint': execThroughProgram,
  'curl-entrypoint': execThroughProgram,
  tini: execThroughProgram,
};

/**
 * The program `image` runs under `name` (a base name or a path), or undefined when it has none;
 * the host's implementation in `commands`, when it lends one.
 */
export function externalProgram(image: CatalogueImage, name: string, commands?: ContainerCommands): ExternalProgram | undefined {
  const base = baseName(name);
  const id = image.programs[base] ?? binaryProgram(image, base);
  return id ? (commands?.factory(id) ?? PROGRAMS[id])(image, base) : undefined;
}

/** Tools known by their binary in the image's files rather than by the image's program table. */
const BINARIES: Readonly<Record<string, ProgramId>> = { curl: 'curl', dig: 'dig' };

function binaryProgram(image: CatalogueImage, base: string): ProgramId | undefined {
  const id = Object.hasOwn(BINARIES, base) ? BINARIES[base] : undefined;
  return id && ['/usr/bin/', '/bin/', '/usr/local/bin/'].some((dir) => image.files[`${dir}${base}`] !== undefined) ? id : undefined;
}
