// A lookup index over an image's files, built once per image and shared by every container of it
// (the image's files are immutable, so a cache keyed by the object is safe and deterministic).

import type { ImageFiles } from './layer.ts';
import { parentOf, resolvePath } from './path.ts';

export interface LowerIndex {
  readonly files: ReadonlyMap<string, string>;
  readonly dirs: ReadonlySet<string>;
  /** Directory → sorted names of its children. */
  readonly children: ReadonlyMap<string, readonly string[]>;
}

const cache = new WeakMap<ImageFiles, LowerIndex>();

export function lowerIndex(files: ImageFiles): LowerIndex {
  const hit = cache.get(files);
  if (hit) return hit;
  const made = build(files);
  cache.set(files, made);
  return made;
}

function build(image: ImageFiles): LowerIndex {
  const files = new Map<string, string>();
  const dirs = new Set<string>(['/']);
  const children = new Map<string, Set<string>>();
  const addDir = (dir: string): void => {
    while (!dirs.has(dir)) {
      dirs.add(dir);
      link(dir);
      dir = parentOf(dir);
    }
  };
  const link = (path: string): void => {
    const parent = parentOf(path);
    let set = children.get(parent);
    if (!set) children.set(parent, (set = new Set()));
    set.add(path.slice(path.lastIndexOf('/') + 1));
    addDir(parent);
  };
  for (const [key, data] of Object.entries(image)) {
    const abs = resolvePath('/', key);
    if (key.endsWith('/')) addDir(abs);
    else if (abs !== '/') {
      files.set(abs, data);
      link(abs);
    }
  }
  const sorted = new Map<string, readonly string[]>();
  for (const [dir, set] of children) sorted.set(dir, [...set].sort());
  return { files, dirs, children: sorted };
}
