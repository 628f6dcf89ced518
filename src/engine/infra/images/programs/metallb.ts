// MetalLB's two binaries (v0.14.8): the controller and the speaker print their go-kit JSON start line,
// then serve: /metrics on 7472 (the probes), the controller's webhook on 9443, the speaker's memberlist
// on 7946. What they do with the cluster lives in the engine (src/engine/network/loadbalancer/).

import type { ExternalProgram } from '../../process.ts';
import type { HttpContext, HttpRequest, HttpResponse } from '../http-types.ts';
import { httpDate, isoMillis } from '../time-format.ts';
import type { CatalogueImage } from '../types.ts';
import { writeLines, type ProgramFactory } from './support.ts';

/** The release's build stamp (its publish workflow passes the tag and the commit). */
const BUILD = { commit: '80fa562f23fdf05b578329adbcfc4c5da534760f', branch: 'v0.14.8', go: 'gc / go1.22.4 / amd64' } as const;

/** One go-kit JSON line as MetalLB's logger writes it: keys sorted, `ts` in RFC 3339 seconds. */
export function metallbLog(nowMs: number, fields: Readonly<Record<string, unknown>>): string {
  const all: Record<string, unknown> = { ...fields, ts: `${isoMillis(nowMs).slice(0, 19)}Z` };
  return JSON.stringify(Object.fromEntries(Object.keys(all).sort().map((k) => [k, all[k]])));
}

const STARTING = { controller: 'main.go:167', speaker: 'main.go:106' } as const;

export const metallbProgram: ProgramFactory = (image: CatalogueImage, name: string): ExternalProgram => ({
  start(_args, sys) {
    const binary = name === 'speaker' ? 'speaker' : 'controller';
    const version = `version ${image.version} (commit ${BUILD.commit}, branch ${BUILD.branch})`;
    const lines = [
      metallbLog(sys.nowMs(), {
        branch: BUILD.branch, caller: STARTING[binary], commit: BUILD.commit, goversion: BUILD.go, level: 'info',
        msg: `MetalLB ${binary} starting ${version}`, version: image.version,
      }),
    ];
    if (binary === 'speaker') lines.push(metallbLog(sys.nowMs() + 180, { caller: 'k8s.go:423', level: 'info', msg: 'Starting Manager', op: 'Run' }));
    writeLines(sys, 1, lines);
    return { status: { state: 'blocked' } };
  },
  signal: () => ({ exitAfterMs: 20, code: 0 }),
});

/** The ports a MetalLB binary listens on. */
export function metallbPorts(name: string): number[] {
  return name === 'speaker' ? [7472, 7946] : [7472, 9443];
}

const METRICS = [
  '# HELP metallb_k8s_client_config_loaded_bool 1 if the MetalLB configuration was successfully loaded at least once.',
  '# TYPE metallb_k8s_client_config_loaded_bool gauge',
  'metallb_k8s_client_config_loaded_bool 1',
  '',
].join('\n');

/** `/metrics` on 7472 (what the probes ask); anything else is the Go mux's 404. */
export function serveMetallb(req: HttpRequest, ctx: HttpContext): HttpResponse {
  const ok = ctx.port === 7472 && req.path.split('?')[0] === '/metrics';
  const body = ok ? METRICS : '404 page not found\n';
  const type = ok ? 'text/plain; version=0.0.4; charset=utf-8' : 'text/plain; charset=utf-8';
  return { status: ok ? 200 : 404, headers: { 'Content-Type': type, Date: httpDate(ctx.nowMs), 'Content-Length': String(body.length) }, body };
}
