// The Docker engine on its own clock: containers run, stop and log; exec sees PID 1 and the
// container's own hostname; builds run their RUN steps and hit the cache; the state is plain JSON.

import { describe, expect, it } from 'vitest';
import { VirtualClock } from '../../base/clock.ts';
import { SeededRandom } from '../../base/rand.ts';
import { DockerEngine } from './engine.ts';
import { parseDockerfile, substitute } from './dockerfile.ts';
import type { CreateSpec } from './create.ts';

function engine(): { docker: DockerEngine; clock: VirtualClock } {
  const clock = new VirtualClock(Date.UTC(2025, 2, 17, 8, 0, 0));
  return { docker: new DockerEngine({ clock, rand: new SeededRandom(7) }), clock };
}

function spec(docker: DockerEngine, image: string, command: string[], extra: Partial<CreateSpec> = {}): CreateSpec {
  const pulled = docker.pull(image);
  if (!pulled.ok) throw new Error(pulled.message);
  return {
    image: pulled.image, imageName: image, command, env: [], tty: false, openStdin: false, ports: [], mounts: [], bindFiles: {},
    memoryBytes: 0, autoRemove: false, ...extra,
  };
}

describe('DockerEngine', () => {
  it('runs a container to its exit and keeps its log', () => {
    const { docker } = engine();
    const c = docker.create(spec(docker, 'busybox', ['echo', 'hello']));
    if ('error' in c) throw new Error(c.error);
    expect(docker.start(c)).toBeUndefined();
    expect(c.status).toBe('exited');
    expect(c.exitCode).toBe(0);
    expect(c.logs.map((l) => l.text)).toEqual(['hello']);
  });

  it('kills a PID 1 that ignores SIGTERM after the 10 s timeout (exit 137)', () => {
    const { docker, clock } = engine();
    const c = docker.create(spec(docker, 'busybox', ['sleep', '3600']));
    if ('error' in c) throw new Error(c.error);
    docker.start(c);
    docker.stop(c);
    clock.advance(9_999);
    expect(c.status).toBe('running');
    clock.advance(1);
    expect(c).toMatchObject({ status: 'exited', exitCode: 137 });
  });

  it('shows exec its own PID namespace and hostname', () => {
    const { docker } = engine();
    const c = docker.create(spec(docker, 'busybox', ['sleep', '3600'], { name: 'box' }));
    if ('error' in c) throw new Error(c.error);
    docker.start(c);
    let out = '';
    const cb = { output: (_fd: 1 | 2, text: string) => { out += text; }, exit: () => undefined };
    docker.exec(c, ['ps'], { tty: false, stdin: false }, cb);
    expect(out).toContain('    1 root      0:00 sleep 3600');
    out = '';
    docker.exec(c, ['hostname'], { tty: false, stdin: false }, cb);
    expect(out).toBe(`${c.id.slice(0, 12)}\n`);
  });

  it('refuses a second container with the same name', () => {
    const { docker } = engine();
    const first = docker.create(spec(docker, 'busybox', ['true'], { name: 'web' }));
    const second = docker.create(spec(docker, 'busybox', ['true'], { name: 'web' }));
    expect(second).toEqual({ error: expect.stringContaining('Conflict. The container name "/web" is already in use by container') });
    expect('id' in first).toBe(true);
  });

  it('builds an image whose RUN step wrote files, then hits the cache', () => {
    const { docker } = engine();
    const req = { dockerfile: 'FROM busybox\nRUN echo built > /info.txt\nCMD ["cat", "/info.txt"]\n', context: {}, tag: 'app:1.0' };
    const first = docker.build(req);
    expect(first.error).toBeUndefined();
    expect(first.lines.map((l) => l.text)).toContain('#5 [2/2] RUN echo built > /info.txt');
    const again = docker.build(req);
    expect(again.lines.map((l) => l.text)).toContain('#5 CACHED');
    expect(again.image!.id).toBe(first.image!.id);
    const c = docker.create({ ...spec(docker, 'busybox', []), image: docker.findImage('app:1.0')!, imageName: 'app:1.0', command: [] });
    if ('error' in c) throw new Error(c.error);
    docker.start(c);
    expect(c.logs.map((l) => l.text)).toEqual(['built']);
  });

  it('keeps its whole state as plain JSON across a snapshot and restore', () => {
    const { docker } = engine();
    const c = docker.create(spec(docker, 'busybox', ['sleep', '60'], { name: 'napper' }));
    if ('error' in c) throw new Error(c.error);
    docker.start(c);
    const snap = docker.snapshot();
    expect(JSON.parse(JSON.stringify(snap))).toEqual(snap);
    docker.remove(docker.findContainer('napper')!);
    docker.restore(snap);
    expect(docker.findContainer('napper')?.status).toBe('running');
  });
});

describe('Dockerfile parsing', () => {
  it('joins continuations and reads the exec form', () => {
    const parsed = parseDockerfile('# base\nFROM alpine\nRUN echo a \\\n  && echo b\nCMD ["sh", "-c", "echo hi"]\n');
    expect(parsed).toMatchObject({ ok: true, instructions: [{ name: 'FROM' }, { name: 'RUN', args: 'echo a && echo b', line: 3 }, { name: 'CMD', json: ['sh', '-c', 'echo hi'] }] });
  });

  it('names an unknown instruction and its line', () => {
    expect(parseDockerfile('FROM alpine\nFROB x\n')).toEqual({ ok: false, error: 'unknown instruction: FROB', line: 2 });
  });

  it('substitutes ARG and ENV values', () => {
    expect(substitute('/opt/${APP}/$VERSION \\$HOME', { APP: 'web', VERSION: '1.0' })).toBe('/opt/web/1.0 $HOME');
  });
});
