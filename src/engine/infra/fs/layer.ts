// Filesystem layers as plain JSON data: an image's read-only files (shared by every container of the
// image), and writable layers (a container's upper layer, a volume) whose entries are changed in place
// by their owner. Mirrors overlayfs: a whiteout hides a lower file, an opaque directory hides the
// lower directory's children.

/** An image's files: absolute path → content; a key ending in `/` is an empty directory; parents are implied. */
export type ImageFiles = Readonly<Record<string, string>>;

export type FsEntry =
  | { t: 'f'; data: string; mode: number; mtimeMs: number }
  | { t: 'd'; mode: number; mtimeMs: number; opaque?: boolean }
  /** A whiteout: the lower file or directory at this path is deleted. */
  | { t: 'x' };

/** A writable layer: absolute paths inside the layer (`/` is its root) → entries. */
export interface FsLayer {
  entries: Record<string, FsEntry>;
}

export const FILE_MODE = 0o644;
export const DIR_MODE = 0o755;
export const EXEC_MODE = 0o755;
/** emptyDir volumes are world-writable, as the kubelet creates them. */
export const VOLUME_DIR_MODE = 0o777;

export function emptyLayer(nowMs: number, rootMode: number = DIR_MODE): FsLayer {
  return { entries: { '/': { t: 'd', mode: rootMode, mtimeMs: nowMs } } };
}

/** A layer holding `files` (relative or absolute paths → content), their directories made explicit. */
export function layerWithFiles(files: Readonly<Record<string, string>>, nowMs: number): FsLayer {
  const layer = emptyLayer(nowMs);
  for (const [path, data] of Object.entries(files)) {
    const parts = path.split('/').filter((p) => p !== '' && p !== '.');
    for (let i = 1; i < parts.length; i++) {
      const dir = `/${parts.slice(0, i).join('/')}`;
      layer.entries[dir] ??= { t: 'd', mode: DIR_MODE, mtimeMs: nowMs };
    }
    if (parts.length > 0) layer.entries[`/${parts.join('/')}`] = { t: 'f', data, mode: FILE_MODE, mtimeMs: nowMs };
  }
  return layer;
}
