import { describe, expect, it } from 'vitest';
import { hasExecutable, mainProgram, resolveArgv } from './argv.ts';
import { imageByRef, lookupImage, REPOSITORIES, requiresCredentials } from './catalogue.ts';
import { PROGRAMS } from './programs/registry.ts';

const failure = (image: string, credentials = false): string => {
  const r = lookupImage(image, { credentials });
  if (r.ok) throw new Error(`${image} was found`);
  return r.message;
};

describe('image lookup', () => {
  it('resolves familiar names to the image with its imageID', () => {
    const r = lookupImage('nginx');
    expect(r.ok && [r.image.ref, r.image.imageId, r.image.version, r.image.sizeBytes]).toEqual([
      'docker.io/library/nginx:latest',
      'docker.io/library/nginx@sha256:0a399eb16751829e1af26fea27b20c3ec28d7ab1fb72182879dcae1cca21206a',
      '1.27.3',
      72_080_558,
    ]);
    const old = lookupImage('nginx:1.14.2');
    expect(old.ok && old.image.imageId).toBe('docker.io/library/nginx@sha256:f7988fb6c02e0ce69257d9bd9cf37ae20a60f1df7563c3a2a6abe24160306b8d');
  });

  it('finds an image by digest and by its normalised reference', () => {
    const digest = 'sha256:141c253bc4c3fd0a201d32dc1f493bcf3fff003b6df416dea4f41046e0f37d47';
    const r = lookupImage(`busybox@${digest}`);
    expect(r.ok && [r.image.ref, r.image.version]).toEqual([`docker.io/library/busybox@${digest}`, '1.28.4']);
    expect(imageByRef('docker.io/library/busybox:1.28')?.digest).toBe(digest);
  });

  it('answers an unknown tag with containerd\'s NotFound', () => {
    expect(failure('nginx:doesnotexist')).toBe(
      'rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/library/nginx:doesnotexist": failed to resolve reference "docker.io/library/nginx:doesnotexist": docker.io/library/nginx:doesnotexist: not found',
    );
  });

  it('answers an unknown Docker Hub repository with pull access denied', () => {
    expect(failure('backend-app:2.0')).toBe(
      'rpc error: code = Unknown desc = failed to pull and unpack image "docker.io/library/backend-app:2.0": failed to resolve reference "docker.io/library/backend-app:2.0": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
    );
  });

  it('answers an unknown repository on another registry with not found', () => {
    expect(failure('registry.k8s.io/nosuch:1.0')).toBe(
      'rpc error: code = NotFound desc = failed to pull and unpack image "registry.k8s.io/nosuch:1.0": failed to resolve reference "registry.k8s.io/nosuch:1.0": registry.k8s.io/nosuch:1.0: not found',
    );
  });

  it('answers an unknown registry host with the resolver\'s no such host', () => {
    expect(failure('foo.example/app')).toBe(
      'rpc error: code = Unknown desc = failed to pull and unpack image "foo.example/app:latest": failed to resolve reference "foo.example/app:latest": failed to do request: Head "https://foo.example/v2/app/manifests/latest": dial tcp: lookup foo.example on 127.0.0.53:53: no such host',
    );
    expect(failure('localhost:5000/app:v1')).toBe(
      'rpc error: code = Unknown desc = failed to pull and unpack image "localhost:5000/app:v1": failed to resolve reference "localhost:5000/app:v1": failed to do request: Head "https://localhost:5000/v2/app/manifests/v1": dial tcp 127.0.0.1:5000: connect: connection refused',
    );
  });

  it('needs credentials for the course\'s private image', () => {
    expect(requiresCredentials('mpakoupete/client')).toBe(true);
    expect(requiresCredentials('nginx')).toBe(false);
    expect(failure('mpakoupete/client')).toContain('pull access denied, repository does not exist or may require authorization');
    const r = lookupImage('mpakoupete/client', { credentials: true });
    expect(r.ok && r.image.imageId).toBe('docker.io/mpakoupete/client@sha256:7d40600d89a45bbace4c848175dc0c4dc8d8a0e3a2b78347170947710ce10dd1');
  });

  it('keeps k8s.gcr.io names while serving registry.k8s.io content', () => {
    const r = lookupImage('k8s.gcr.io/echoserver:1.4');
    expect(r.ok && r.image.imageId).toBe('k8s.gcr.io/echoserver@sha256:5d99aa1120524c801bc8c1a7077e8f5ec122ba16b6dda1a5d3826057f67b9bcb');
  });

  it('reports invalid references as such', () => {
    expect(lookupImage('Nginx')).toMatchObject({ ok: false, reason: 'invalid' });
  });
});

describe('catalogue data', () => {
  const builds = [...REPOSITORIES.values()].flatMap((repo) => Object.entries(repo.tags).map(([tag, b]) => ({ ref: `${repo.name}:${tag}`, b })));

  it('holds well-formed digests, sizes, versions and configs', () => {
    for (const { ref, b } of builds) {
      expect(b.digest, ref).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(b.sizeBytes, ref).toBeGreaterThan(100_000);
      expect(b.version, ref).not.toBe('');
      expect(b.config.env.filter((kv) => kv.startsWith('PATH=')), ref).toHaveLength(b.config.env.some((kv) => kv.startsWith('PATH=')) ? 1 : 0);
      expect(b.config.env.every((kv) => /^[A-Za-z_][A-Za-z0-9_]*=/.test(kv)), ref).toBe(true);
    }
  });

  it('names each digest once per repository build', () => {
    for (const repo of REPOSITORIES.values()) {
      const byDigest = new Map<string, unknown>();
      for (const b of Object.values(repo.tags)) {
        expect(byDigest.get(b.digest) ?? b, `${repo.name} ${b.digest}`).toBe(b);
        byDigest.set(b.digest, b);
      }
    }
  });

  it('can start every image\'s default command: a program it simulates or an executable it has', () => {
    for (const repo of REPOSITORIES.values()) {
      for (const tag of Object.keys(repo.tags)) {
        const image = imageByRef(`${repo.name}:${tag}`)!;
        const argv = resolveArgv({}, image);
        if (argv.length === 0) continue;
        const runnable = mainProgram(image, argv) !== undefined || hasExecutable(image, argv[0]!);
        expect(runnable, `${repo.name}:${tag} ${argv.join(' ')}`).toBe(true);
      }
    }
  });

  it('implements every program an image declares', () => {
    for (const { ref, b } of builds) {
      for (const id of Object.values(b.programs)) expect(PROGRAMS[id!], `${ref} ${id}`).toBeDefined();
    }
  });

  it('gives bash only to the images that have it, and busybox applets to busybox and Alpine', () => {
    const bash = (ref: string): boolean => hasExecutable(imageByRef(ref)!, 'bash');
    expect(bash('docker.io/library/nginx:latest')).toBe(true);
    expect(bash('docker.io/library/nginx:alpine')).toBe(false);
    expect(bash('docker.io/library/busybox:latest')).toBe(false);
    expect(bash('docker.io/library/alpine:latest')).toBe(false);
    expect(bash('registry.k8s.io/pause:3.10')).toBe(false);
    expect(hasExecutable(imageByRef('docker.io/library/nginx:latest')!, 'ps')).toBe(false);
    expect(imageByRef('docker.io/library/alpine:3.20')!.busybox).toBe(true);
    expect(imageByRef('docker.io/library/ubuntu:22.04')!.shell).toBe('bash');
    expect(imageByRef('registry.k8s.io/pause:3.10')!.shell).toBeUndefined();
  });
});
