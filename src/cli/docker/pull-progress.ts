// What `docker pull` (and `docker run` of an image not held) prints while the daemon pulls, as a
// terminal shows it once each layer line settled: `<layer>: Pull complete`, the digest, the status.
// Mirrors docker/cli's jsonmessage stream of moby's distribution/pull_v2.go.

import type { DockerEngine } from '../../engine/index.ts';
import type { TimedLine } from './processes.ts';

type Pulled = Extract<ReturnType<DockerEngine['pull']>, { ok: true }>;

/** `nginx:latest` → `latest: Pulling from library/nginx`. */
export function pullLines(p: Pulled, err: boolean): TimedLine[] {
  const tag = p.tag.slice(p.tag.lastIndexOf(':') + 1);
  const repo = p.tag.slice(0, p.tag.lastIndexOf(':'));
  const path = repo.includes('/') ? repo.replace(/^[^/]*[.:][^/]*\//, '') : `library/${repo}`;
  const lines: TimedLine[] = [{ atMs: 300, text: `${tag}: Pulling from ${path}`, err }];
  if (!p.fresh) {
    lines.push({ atMs: p.durationMs, text: `Digest: ${p.digest}`, err }, { atMs: p.durationMs, text: `Status: Image is up to date for ${p.tag}`, err });
    return lines;
  }
  const layers = p.image.layers;
  layers.forEach((layer, i) => {
    lines.push({ atMs: Math.round(p.durationMs * (0.5 + (0.5 * (i + 1)) / layers.length)), text: `${layer}: Pull complete`, err });
  });
  lines.push({ atMs: p.durationMs, text: `Digest: ${p.digest}`, err }, { atMs: p.durationMs, text: `Status: Downloaded newer image for ${p.tag}`, err });
  return lines;
}
