// The workstation's registry: pushes land in registry:2's storage with the layer outcomes Docker
// prints, the v2 API lists them, and a node's containerd pulls them only over configured plain HTTP.

import { describe, expect, it } from 'vitest';
import { VirtualClock } from '../../base/clock.ts';
import { SeededRandom } from '../../base/rand.ts';
import { DockerEngine } from './engine.ts';
import { pullFromWorkstation } from './node-pull.ts';
import type { DockerContainer } from './types.ts';

function withRegistry(): { docker: DockerEngine; registry: DockerContainer } {
  const docker = new DockerEngine({ clock: new VirtualClock(Date.UTC(2025, 2, 17, 8, 0, 0)), rand: new SeededRandom(3) });
  const pulled = docker.pull('registry:2');
  if (!pulled.ok) throw new Error(pulled.message);
  const registry = docker.create({
    image: pulled.image, imageName: 'registry:2', name: 'registry', command: [], env: [], tty: false, openStdin: false,
    ports: [{ hostPort: 5000, containerPort: 5000, protocol: 'tcp' }], mounts: [], bindFiles: {}, memoryBytes: 0, autoRemove: false,
  });
  if ('error' in registry) throw new Error(registry.error);
  expect(docker.start(registry)).toBeUndefined();
  const built = docker.build({ dockerfile: 'FROM busybox\nCOPY hi.sh /hi.sh\nCMD ["sh", "/hi.sh"]\n', context: { 'hi.sh': 'echo hi\n' }, tag: 'app:1.0' });
  docker.tag(built.image!, 'localhost:5000/app:1.0');
  return { docker, registry };
}

const get = (docker: DockerEngine, path: string): string => docker.serve(5000, { method: 'GET', path, headers: { 'User-Agent': 'curl/7.81.0' } })?.body ?? '';

/** A node whose containerd reads `hosts` for 192.168.56.1:5000 (or nothing). */
function nodeFiles(hosts?: string): { readFile(path: string): unknown } {
  const files: Record<string, string> = { '/etc/containerd/config.toml': '[plugins."io.containerd.grpc.v1.cri".registry]\n  config_path = "/etc/containerd/certs.d"\n' };
  if (hosts) files['/etc/containerd/certs.d/192.168.56.1:5000/hosts.toml'] = hosts;
  return { readFile: (path) => files[path] ?? { errno: 'ENOENT' } };
}

const HTTP_HOSTS = 'server = "http://192.168.56.1:5000"\n\n[host."http://192.168.56.1:5000"]\n  capabilities = ["pull", "resolve"]\n  skip_verify = true\n';

describe('the workstation registry', () => {
  it('pushes new layers, then finds them in the repository or mounts them from another', () => {
    const { docker } = withRegistry();
    const first = docker.push('localhost:5000/app:1.0');
    if (!first.ok) throw new Error(first.message);
    expect(first.repository).toBe('localhost:5000/app');
    expect(first.layers.map((l) => l.result)).toEqual(['Pushed', 'Pushed']);
    expect(first.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    const again = docker.push('localhost:5000/app:1.0');
    expect(again.ok && again.layers.map((l) => l.result)).toEqual(['Layer already exists', 'Layer already exists']);
    docker.tag(docker.findImage('app:1.0')!, 'localhost:5000/other:2.0');
    const other = docker.push('localhost:5000/other:2.0');
    expect(other.ok && other.layers.map((l) => l.result)).toEqual(['Mounted from app', 'Mounted from app']);
    expect(get(docker, '/v2/_catalog')).toBe('{"repositories":["app","other"]}\n');
    expect(get(docker, '/v2/app/tags/list')).toBe('{"name":"app","tags":["1.0"]}\n');
    expect(get(docker, '/v2/nope/tags/list')).toContain('"code":"NAME_UNKNOWN"');
  });

  it('refuses pushes as the daemon does: no such image or tag, nothing listening, HTTPS to a plain registry, Docker Hub without login', () => {
    const { docker, registry } = withRegistry();
    docker.tag(docker.findImage('app:1.0')!, '192.168.56.1:5000/app:1.0');
    expect(docker.push('192.168.56.1:5000/app:1.0')).toEqual({
      ok: false, message: 'Get "https://192.168.56.1:5000/v2/": http: server gave HTTP response to HTTPS client', repository: '192.168.56.1:5000/app',
    });
    expect(docker.push('localhost:5000/app:2.0')).toMatchObject({ ok: false, message: 'tag does not exist: localhost:5000/app:2.0' });
    expect(docker.push('localhost:5000/none:1.0')).toMatchObject({ ok: false, message: 'An image does not exist locally with the tag: localhost:5000/none' });
    const hub = docker.push('app:1.0');
    expect(hub).toMatchObject({ ok: false, message: 'denied: requested access to the resource is denied', repository: 'docker.io/library/app' });
    docker.kill(registry);
    expect(docker.push('localhost:5000/app:1.0')).toEqual({
      ok: false, message: 'Get "http://localhost:5000/v2/": dial tcp 127.0.0.1:5000: connect: connection refused', repository: 'localhost:5000/app',
    });
  });

  it('lets a node pull over HTTP only once its hosts.toml says so', () => {
    const { docker, registry } = withRegistry();
    docker.push('localhost:5000/app:1.0');
    const refused = pullFromWorkstation(docker, nodeFiles(), '192.168.56.1:5000/app:1.0');
    expect(refused).toMatchObject({ ok: false });
    expect(refused?.ok === false && refused.message).toContain('Head "https://192.168.56.1:5000/v2/app/manifests/1.0": http: server gave HTTP response to HTTPS client');
    const pulled = pullFromWorkstation(docker, nodeFiles(HTTP_HOSTS), '192.168.56.1:5000/app:1.0');
    expect(pulled?.ok && pulled.pulled.image.added['/hi.sh']).toBe('echo hi\n');
    const missing = pullFromWorkstation(docker, nodeFiles(HTTP_HOSTS), '192.168.56.1:5000/app:2.0');
    expect(missing?.ok === false && missing.message).toMatch(/^rpc error: code = NotFound desc = .*192\.168\.56\.1:5000\/app:2\.0: not found$/);
    docker.stop(registry);
    docker.kill(registry);
    const down = pullFromWorkstation(docker, nodeFiles(HTTP_HOSTS), '192.168.56.1:5000/app:1.0');
    expect(down?.ok === false && down.message).toContain('Head "http://192.168.56.1:5000/v2/app/manifests/1.0": dial tcp 192.168.56.1:5000: connect: connection refused');
    expect(pullFromWorkstation(docker, nodeFiles(), 'nginx:1.27')).toBeUndefined();
  });
});
