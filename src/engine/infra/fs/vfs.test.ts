import { describe, expect, it } from 'vitest';
import { emptyLayer, layerWithFiles, type FsLayer, type ImageFiles } from './layer.ts';
import { resolvePath, baseName } from './path.ts';
import { Vfs } from './vfs.ts';

const IMAGE: ImageFiles = {
  '/etc/hostname': 'placeholder\n',
  '/etc/os-release': 'NAME="Alpine Linux"\n',
  '/bin/busybox': '',
  '/tmp/': '',
  '/var/log/': '',
  '/usr/share/nginx/html/index.html': '<h1>Welcome</h1>\n',
};

function setup(): { vfs: Vfs; upper: FsLayer; config: FsLayer; data: FsLayer } {
  const upper = emptyLayer(0);
  const config = layerWithFiles({ 'app.conf': 'x=1\n' }, 0);
  const data = emptyLayer(0, 0o777);
  const vfs = new Vfs({ lower: IMAGE, upper, mounts: [
    { path: '/etc/config', layer: config, readOnly: true },
    { path: '/data/', layer: data, readOnly: false },
  ] }, 1_000);
  return { vfs, upper, config, data };
}

describe('paths', () => {
  it('normalises dots and slashes against a working directory', () => {
    expect(resolvePath('/', 'a//b/./c/../d/')).toBe('/a/b/d');
    expect(resolvePath('/tmp', '../etc/hostname')).toBe('/etc/hostname');
    expect(resolvePath('/', '/../..')).toBe('/');
    expect(baseName('/usr/bin/')).toBe('bin');
    expect(baseName('/')).toBe('/');
  });
});

describe('Vfs', () => {
  it('reads the image files and implied directories', () => {
    const { vfs } = setup();
    expect(vfs.readFile('/etc/hostname')).toBe('placeholder\n');
    expect(vfs.readdir('/')).toEqual(['bin', 'data', 'etc', 'tmp', 'usr', 'var']);
    expect(vfs.readdir('/etc')).toEqual(['config', 'hostname', 'os-release']);
    expect(vfs.stat('/usr/share')).toMatchObject({ kind: 'dir' });
    expect(vfs.stat('/bin/busybox')).toMatchObject({ kind: 'file', mode: 0o755 });
  });

  it('reports errno values for missing paths, files as directories and directories as files', () => {
    const { vfs } = setup();
    expect(vfs.readFile('/nope')).toEqual({ errno: 'ENOENT', path: '/nope' });
    expect(vfs.readFile('/etc')).toEqual({ errno: 'EISDIR', path: '/etc' });
    expect(vfs.readFile('/etc/hostname/x')).toEqual({ errno: 'ENOTDIR', path: '/etc/hostname/x' });
    expect(vfs.readdir('/etc/hostname')).toEqual({ errno: 'ENOTDIR', path: '/etc/hostname' });
    expect(vfs.mkdir('/tmp/a/b')).toEqual({ errno: 'ENOENT', path: '/tmp/a/b' });
    expect(vfs.mkdir('/tmp')).toEqual({ errno: 'EEXIST', path: '/tmp' });
    expect(vfs.rmdir('/usr')).toEqual({ errno: 'ENOTEMPTY', path: '/usr' });
    expect(vfs.unlink('/etc')).toEqual({ errno: 'EISDIR', path: '/etc' });
  });

  it('writes to the upper layer in place, appending and truncating', () => {
    const { vfs, upper } = setup();
    expect(vfs.writeFile('/tmp/healthy', 'a')).toBeUndefined();
    expect(vfs.writeFile('/tmp/healthy', 'b\n', { append: true })).toBeUndefined();
    expect(vfs.readFile('/tmp/healthy')).toBe('ab\n');
    expect(upper.entries['/tmp/healthy']).toEqual({ t: 'f', data: 'ab\n', mode: 0o644, mtimeMs: 1_000 });
    vfs.writeFile('/etc/hostname', 'web\n');
    expect(vfs.readFile('/etc/hostname')).toBe('web\n');
  });

  it('hides deleted image files with a whiteout and an opaque directory', () => {
    const { vfs, upper } = setup();
    expect(vfs.unlink('/etc/os-release')).toBeUndefined();
    expect(upper.entries['/etc/os-release']).toEqual({ t: 'x' });
    expect(vfs.exists('/etc/os-release')).toBe(false);
    expect(vfs.unlink('/usr/share/nginx/html/index.html')).toBeUndefined();
    expect(vfs.rmdir('/usr/share/nginx/html')).toBeUndefined();
    expect(vfs.mkdir('/usr/share/nginx/html')).toBeUndefined();
    expect(vfs.readdir('/usr/share/nginx/html')).toEqual([]);
  });

  it('mkdir -p creates the missing parents', () => {
    const { vfs } = setup();
    expect(vfs.mkdir('/a/b/c', { parents: true })).toBeUndefined();
    expect(vfs.readdir('/a/b')).toEqual(['c']);
    expect(vfs.mkdir('/a/b/c', { parents: true })).toBeUndefined();
  });

  it('writes into mounted volumes and refuses read-only ones', () => {
    const { vfs, data, config } = setup();
    expect(vfs.readFile('/etc/config/app.conf')).toBe('x=1\n');
    expect(vfs.writeFile('/etc/config/app.conf', 'y')).toEqual({ errno: 'EROFS', path: '/etc/config/app.conf' });
    expect(vfs.unlink('/etc/config/app.conf')).toEqual({ errno: 'EROFS', path: '/etc/config/app.conf' });
    expect(vfs.writeFile('/data/log.txt', 'hi\n')).toBeUndefined();
    expect(data.entries['/log.txt']).toMatchObject({ t: 'f', data: 'hi\n' });
    expect(config.entries['/app.conf']).toMatchObject({ data: 'x=1\n' });
    expect(vfs.stat('/data')).toMatchObject({ kind: 'dir', mode: 0o777 });
    expect(vfs.rename('/data/log.txt', '/tmp/log.txt')).toEqual({ errno: 'EXDEV', path: '/tmp/log.txt' });
  });

  it('renames files and whole directories', () => {
    const { vfs } = setup();
    vfs.mkdir('/tmp/d');
    vfs.writeFile('/tmp/d/f', '1');
    expect(vfs.rename('/tmp/d', '/tmp/e')).toBeUndefined();
    expect(vfs.readFile('/tmp/e/f')).toBe('1');
    expect(vfs.exists('/tmp/d')).toBe(false);
    expect(vfs.rename('/usr/share/nginx', '/srv')).toBeUndefined();
    expect(vfs.readFile('/srv/html/index.html')).toBe('<h1>Welcome</h1>\n');
    expect(vfs.readdir('/usr/share')).toEqual([]);
    expect(vfs.rename('/tmp/e', '/tmp/e/x')).toEqual({ errno: 'EINVAL', path: '/tmp/e/x' });
  });

  it('resolves relative paths against its working directory', () => {
    const { vfs } = setup();
    const etc = vfs.at('/etc');
    expect(etc.readFile('hostname')).toBe('placeholder\n');
    expect(etc.readFile('../usr/share/nginx/html/index.html')).toBe('<h1>Welcome</h1>\n');
  });

  it('treats /dev/null as an empty sink', () => {
    const { vfs } = setup();
    expect(vfs.writeFile('/dev/null', 'x')).toBeUndefined();
    expect(vfs.readFile('/dev/null')).toBe('');
    expect(vfs.stat('/dev/null')).toMatchObject({ kind: 'chardev' });
  });
});
