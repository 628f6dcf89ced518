// `curl` on the student's workstation (Ubuntu 22.04's curl 7.81.0): the engine's curl over the
// workstation's network stack, reading /etc/hosts (so `www.k8s-lab.com` can name a node).

import { curl, type NetSys } from '../../../engine/index.ts';
import type { CommandSpec } from '../types.ts';
import { startClient, workstationEnv } from './client-process.ts';

export const WORKSTATION_CURL_VERSION = '7.81.0';

export function curlCommand(net: () => NetSys): CommandSpec {
  return {
    name: 'curl',
    path: '/usr/bin/curl',
    run: (ctx) => startClient(ctx, curl(ctx.argv, workstationEnv(ctx, net()), WORKSTATION_CURL_VERSION)),
  };
}
