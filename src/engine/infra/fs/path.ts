// Path arithmetic for the container filesystems: normalising `.`, `..` and `//`, resolving against a
// working directory, and splitting into parent and name. Paths are POSIX strings; `/` is the root.

/** An absolute, normalised path for `path` seen from `cwd` (itself absolute). */
export function resolvePath(cwd: string, path: string): string {
  const joined = path.startsWith('/') ? path : `${cwd}/${path}`;
  const out: string[] = [];
  for (const part of joined.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return `/${out.join('/')}`;
}

/** The parent of an absolute normalised path (`/` is its own parent). */
export function parentOf(abs: string): string {
  const i = abs.lastIndexOf('/');
  return i <= 0 ? '/' : abs.slice(0, i);
}

/** The last component of a path as `basename` prints it (`/` for the root, trailing slashes ignored). */
export function baseName(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  if (trimmed === '') return path === '' ? '' : '/';
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

/** `child` joined under `dir`, both absolute normalised or `child` a single name. */
export function joinPath(dir: string, name: string): string {
  return dir === '/' ? `/${name}` : `${dir}/${name}`;
}

/** Whether `abs` is `root` or lies under it. */
export function isWithin(abs: string, root: string): boolean {
  return root === '/' || abs === root || abs.startsWith(`${root}/`);
}
