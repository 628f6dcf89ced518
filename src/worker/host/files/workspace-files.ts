// The editor's host side: the student's files (the same tree the shell sees) listed, read and
// written with errors as values, the files that `vi` and kubectl edit show on the screen, and one
// coalesced `files` event per flush whenever the tree or the screen changed — also when the shell
// changed them (`cat > f.yaml`, `rm`, `mv`, `kubectl get -o yaml > f`). A `HostFeature`, structurally
// (importing sandbox.ts from here would close an import cycle).

import { FsError, resolvePath, type VirtualFs } from '../../../cli/fs/virtual-fs.ts';
import type { ScreenEditor } from '../../../cli/screen-editor/screen-editor.ts';
import { STUDENT, type Workstation } from '../../../cli/workstation.ts';
import { utf8ByteLength, type Cluster } from '../../../engine/index.ts';
import type { HostEvent } from '../api.ts';
import { fileDiff } from './file-diff.ts';
import type { FileDiff, FileErrorCode, FileResult, FilesState, ScreenEditInfo, WorkspaceFile } from './files-types.ts';

/** A text file the editor can hold comfortably; larger writes fail with EFBIG. */
export const MAX_FILE_BYTES = 1_000_000;
/** The listing stops here, as any tree a student makes stays far below it. */
export const MAX_LISTED_FILES = 2_000;

const ok = <T>(value: T): FileResult<T> => ({ ok: true, value });
const fail = <T>(code: FileErrorCode, path: string): FileResult<T> => ({ ok: false, code, path });

export class WorkspaceFiles {
  private fs!: VirtualFs;
  private screen!: ScreenEditor;
  private cluster!: Cluster;
  private screenShown = false;
  private lastSeen: string | undefined;

  constructor(private readonly emit: (event: HostEvent) => void, readonly home: string = STUDENT.home) {}

  bind(world: { readonly cluster: Cluster; readonly workstation: Workstation }): void {
    this.cluster = world.cluster;
    this.fs = world.workstation.fs;
    this.screen = world.workstation.screen;
    this.screen.attached = this.screenShown;
    this.lastSeen = undefined;
  }

  flush(): void {
    const seen = `${this.fs.changeCount}/${this.screen.changeCount}`;
    if (seen === this.lastSeen) return;
    this.lastSeen = seen;
    this.emit({ type: 'files', state: this.state() });
  }

  state(): FilesState {
    return { home: this.home, files: this.listFiles(), edits: this.edits() };
  }

  /** From now on `vi` and kubectl edit show their files in the editor pane (kept across restores). */
  attachScreen(): void {
    this.screenShown = true;
    this.screen.attached = true;
  }

  /** Every file under the home directory but hidden ones, as `ls -R ~` shows them, sorted by path. */
  listFiles(): WorkspaceFile[] {
    const out: WorkspaceFile[] = [];
    const walk = (dir: string): void => {
      for (const name of this.fs.readdir(dir)) {
        if (name.startsWith('.') || out.length >= MAX_LISTED_FILES) continue;
        const path = `${dir}/${name}`;
        const stat = this.fs.stat(path);
        if (stat?.type === 'dir') walk(path);
        else if (stat) out.push({ path, size: stat.size, mtimeMs: stat.mtimeMs });
      }
    };
    if (this.fs.stat(this.home)?.type === 'dir') walk(this.home);
    return out;
  }

  readFile(path: string): FileResult<string> {
    const checked = this.check(path, true);
    if (checked !== undefined) return checked;
    return attempt(path, () => this.fs.readFile(path));
  }

  /** Writes a file, making its directories; with `create`, fails with EEXIST rather than replace one. */
  writeFile(path: string, text: string, options: { create?: boolean } = {}): FileResult<null> {
    const checked = this.check(path, true);
    if (checked !== undefined) return checked;
    if (utf8ByteLength(text) > MAX_FILE_BYTES) return fail('EFBIG', path);
    if (options.create === true && this.fs.exists(path)) return fail('EEXIST', path);
    return attempt(path, () => {
      this.fs.mkdir(parentOf(path), { parents: true });
      this.fs.writeFile(path, text);
      return null;
    });
  }

  /** Renames a file; unlike `mv`, never replaces an existing one (EEXIST). */
  renameFile(from: string, to: string): FileResult<null> {
    const checked = this.check(from, false) ?? this.check(to, false);
    if (checked !== undefined) return checked;
    const stat = this.fs.stat(from);
    if (stat === undefined) return fail('ENOENT', from);
    if (stat.type === 'dir') return fail('EISDIR', from);
    if (this.fs.exists(to)) return fail('EEXIST', to);
    return attempt(to, () => {
      this.fs.mkdir(parentOf(to), { parents: true });
      this.fs.rename(from, to);
      return null;
    });
  }

  deleteFile(path: string): FileResult<null> {
    const checked = this.check(path, false);
    if (checked !== undefined) return checked;
    if (this.fs.stat(path)?.type === 'dir') return fail('EISDIR', path);
    return attempt(path, () => {
      this.fs.remove(path);
      return null;
    });
  }

  /** Ends a screen edit: `text` is saved first (Save & close), null quits without saving. */
  finishEdit(id: number, text: string | null): FileResult<null> {
    const edit = this.screen.edits().find((e) => e.id === id);
    if (edit === undefined) return fail('ENOENT', String(id));
    if (text !== null) {
      const saved = this.writeFile(edit.path, text);
      if (!saved.ok) return saved;
    }
    this.screen.finish(id, text === null ? 'quit' : 'saved');
    return ok(null);
  }

  /** The live objects the file names and what applying it would make of them, in the default namespace. */
  diffFile(path: string): FileDiff {
    const read = this.readFile(path);
    if (!read.ok) return { live: '', merged: '', error: `error: the path "${path}" does not exist\n` };
    return fileDiff(this.cluster.client().server, 'default', path, read.value);
  }

  private edits(): ScreenEditInfo[] {
    return this.screen.edits().map((e) => ({ id: e.id, path: e.path, program: e.program }));
  }

  /** Paths must be absolute and normalised, inside the home directory or shown on the screen. */
  private check(path: string, screenToo: boolean): FileResult<never> | undefined {
    if (!path.startsWith('/') || resolvePath('/', path, this.home) !== path) return fail('EINVAL', path);
    const inHome = path.startsWith(`${this.home}/`);
    const onScreen = screenToo && this.screen.edits().some((e) => e.path === path);
    return inHome || onScreen ? undefined : fail('EACCES', path);
  }
}

function parentOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/')) || '/';
}

/** Runs a file system call; its FsError comes back as a value. */
function attempt<T>(path: string, run: () => T): FileResult<T> {
  try {
    return ok(run());
  } catch (err) {
    if (err instanceof FsError) return fail(err.code, path);
    throw err;
  }
}
