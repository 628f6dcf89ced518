// The workstation's files as the Docker daemon receives them: a directory tree (a build context,
// a bind mount's source) read into relative path → content.

import type { VirtualFs } from '../fs/virtual-fs.ts';

const MAX_FILES = 2_000;

/** Every file under `dir`, by path relative to it; a file alone maps to its base name. */
export function readTree(fs: VirtualFs, dir: string): Record<string, string> {
  const info = fs.stat(dir);
  if (!info) return {};
  if (info.type === 'file') return { [dir.slice(dir.lastIndexOf('/') + 1)]: fs.readFile(dir) };
  const out: Record<string, string> = {};
  const walk = (abs: string, rel: string): void => {
    for (const name of fs.readdir(abs)) {
      if (Object.keys(out).length >= MAX_FILES) return;
      const path = `${abs === '/' ? '' : abs}/${name}`;
      const relPath = rel === '' ? name : `${rel}/${name}`;
      if (fs.stat(path)?.type === 'dir') walk(path, relPath);
      else out[relPath] = fs.readFile(path);
    }
  };
  walk(dir, '');
  return out;
}
