// The edit loop of kubectl edit (editoptions.go Run): write the objects to a temp file, run the
// editor on it, read it back; stop when nothing changed or it was emptied, patch what changed, and
// open the file again — its failures as comments at the top — while the server finds it invalid.
// A Process while the editor runs (vi in the editor pane waits for Save & close).

import { clone } from '../../../../engine/index.ts';
import { FsError } from '../../../fs/virtual-fs.ts';
import type { CommandResult, Process } from '../../../shell/types.ts';
import { KubectlError, type KubectlContext } from '../../command.ts';
import { formatError } from '../../errors.ts';
import { asList, toJson, toYaml } from '../../printers/output.ts';
import { parseManifestText, type Manifest } from '../../util/manifests.ts';
import { ERR_NAMESPACE_MISMATCH } from '../../util/namespaces.ts';
import { hasLines, headerWith, manualStrip, sameContent, type EditReason } from './edit-file.ts';
import { patchEdited, type EditTarget, type PatchOptions } from './edit-patch.ts';
import { ERR_EDITOR_FAILED, ERR_EDITOR_NOT_FOUND, launchEditor, type EditorCommand } from './editor-launch.ts';

export const MSG_NO_CHANGES = 'Edit cancelled, no changes made.';
export const MSG_EMPTY = 'Edit cancelled, saved file was empty.';
export const ERR_NO_VALID_CHANGES = 'Edit cancelled, no valid changes were saved.';
export const MSG_PRESERVED = (path: string): string => `A copy of your changes has been stored to "${path}"`;
export const MSG_RETRY = (path: string): string => `You can run \`kubectl replace -f ${path}\` to try this update again.`;
export const MSG_DELETED = (path: string): string => `The edits you made on deleted resources have been saved to "${path}"`;

const TEMP_DIR = '/tmp';
const TEMP_NAME_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789';
/** Invariant: an editor that keeps saving invalid objects cannot loop forever. */
const MAX_PASSES = 100;
/** As os.CreateTemp, a few names are tried before giving up. */
const MAX_TEMP_NAME_TRIES = 100;
const EXIT_INTERRUPTED = 130;

export interface EditSessionOptions extends PatchOptions {
  readonly format: 'yaml' | 'json';
  readonly editor: EditorCommand;
}

type Step = { readonly next: 'again' } | { readonly next: 'wait'; readonly process: Process } | { readonly next: 'end'; readonly exitCode: number };

export class EditSession implements Process {
  done = false;
  exitCode = 0;
  private original = '';
  private edited = '';
  private containsError = false;
  private reasons: EditReason[] = [];
  /** The file of the previous pass (results.file), kept when the edit fails. */
  private previousFile = '';
  private file = '';
  private waiting: Process | undefined;
  private passes = 0;

  constructor(private readonly ctx: KubectlContext, private readonly targets: readonly EditTarget[], private readonly o: EditSessionOptions) {}

  /** Runs passes until the editor keeps running (this process then waits) or the edit ends. */
  start(): CommandResult {
    this.run(this.pass());
    return this.done ? this.exitCode : this;
  }

  wakeAtMs(): number | undefined {
    return this.waiting?.wakeAtMs();
  }

  poll(nowMs: number): void {
    if (this.done || this.waiting === undefined) return;
    this.waiting.poll(nowMs);
    if (!this.waiting.done) return;
    const exitCode = this.waiting.exitCode;
    this.waiting = undefined;
    this.run(this.afterEditor(exitCode));
  }

  cancel(): void {
    if (this.done) return;
    this.waiting?.cancel();
    this.finish(EXIT_INTERRUPTED);
  }

  private run(first: Step): void {
    let step = first;
    while (step.next === 'again') step = ++this.passes >= MAX_PASSES ? this.fail(ERR_NO_VALID_CHANGES, this.file) : this.pass();
    if (step.next === 'wait') this.waiting = step.process;
    else this.finish(step.exitCode);
  }

  private finish(exitCode: number): void {
    this.done = true;
    this.exitCode = exitCode;
  }

  /** Writes the file (header, then the objects or the last attempt) and starts the editor on it. */
  private pass(): Step {
    let text = this.o.format === 'yaml' ? headerWith(this.reasons) : '';
    if (this.containsError) {
      text += manualStrip(this.edited);
    } else {
      text += this.render();
      this.original = text;
    }
    this.file = this.writeTempFile(text);
    const launched = launchEditor(this.ctx.shell!, this.o.editor, this.file);
    if (launched.kind === 'not-found') return this.fail(ERR_EDITOR_NOT_FOUND(this.o.editor), this.previousFile);
    if (launched.kind === 'running') return { next: 'wait', process: launched.process };
    return this.afterEditor(launched.exitCode);
  }

  private render(): string {
    const objects = this.targets.map((t) => t.obj);
    const value: unknown = objects.length === 1 ? objects[0] : { ...asList(objects), metadata: {} };
    return this.o.format === 'json' ? toJson(value) : toYaml(clone(value));
  }

  /** What the editor left: done, retried, or patched. */
  private afterEditor(exitCode: number): Step {
    if (exitCode !== 0) return this.fail(ERR_EDITOR_FAILED(this.o.editor), this.previousFile);
    const read = this.read(this.file);
    if (read === undefined) return this.fail(`open ${this.file}: no such file or directory`, this.previousFile);
    const previous = this.edited;
    this.edited = read;
    if (this.containsError && sameContent(previous, this.edited)) return this.fail(ERR_NO_VALID_CHANGES, this.file);
    if (this.previousFile !== '') this.remove(this.previousFile);
    if (sameContent(this.original, this.edited)) return this.cancelled(MSG_NO_CHANGES);
    if (!hasLines(this.edited)) return this.cancelled(MSG_EMPTY);
    this.previousFile = this.file;
    this.reasons = [];
    let manifests: Manifest[];
    try {
      manifests = parseManifestText('edited-file', this.edited);
    } catch (err) {
      this.containsError = true;
      this.reasons.push({ head: `The edited file had a syntax error: ${err instanceof Error ? err.message : String(err)}`, other: [] });
      return { next: 'again' };
    }
    this.containsError = false;
    return this.patch(manifests);
  }

  private patch(manifests: readonly Manifest[]): Step {
    try {
      for (const m of manifests) this.requireNamespace(m);
      const results = patchEdited(this.ctx, this.targets, manifests, this.o);
      if (results.retryable > 0) return this.message(MSG_RETRY(this.file), 1);
      if (results.notFound > 0) return this.message(MSG_DELETED(this.file), 1);
      if (results.invalid === 0) {
        this.remove(this.file);
        return { next: 'end', exitCode: 0 };
      }
      this.reasons = results.reasons;
      this.containsError = results.reasons.length > 0;
      return { next: 'again' };
    } catch (err) {
      return this.fail(err, this.file);
    }
  }

  /** resource.RequireNamespace: the edited objects stay in the command's namespace. */
  private requireNamespace(m: Manifest): void {
    if (!m.info.namespaced) return;
    const own = m.object.metadata.namespace;
    if (!own) m.object.metadata.namespace = this.ctx.namespace;
    else if (own !== this.ctx.namespace) throw new KubectlError(ERR_NAMESPACE_MISMATCH(own, this.ctx.namespace));
  }

  private cancelled(message: string): Step {
    this.remove(this.file);
    return this.message(message, 0);
  }

  private message(text: string, exitCode: number): Step {
    this.ctx.io.stderr.write(`${text}\n`);
    return { next: 'end', exitCode };
  }

  /** preservedFile, then the error as cmdutil.CheckErr prints it. */
  private fail(err: unknown, kept: string): Step {
    if (kept !== '' && this.ctx.fs.exists(kept)) this.ctx.io.stderr.write(`${MSG_PRESERVED(kept)}\n`);
    const { text, exitCode } = formatError(typeof err === 'string' ? new KubectlError(err) : err, this.ctx.commandPath);
    this.ctx.io.stderr.write(text);
    return { next: 'end', exitCode };
  }

  private writeTempFile(text: string): string {
    const fs = this.ctx.fs;
    fs.mkdir(TEMP_DIR, { parents: true });
    const ext = this.o.format === 'json' ? '.json' : '.yaml';
    for (let attempt = 0; attempt < MAX_TEMP_NAME_TRIES; attempt++) {
      let suffix = '';
      for (let i = 0; i < 5; i++) suffix += TEMP_NAME_CHARS[this.ctx.cluster.rand.int(TEMP_NAME_CHARS.length)];
      const path = `${TEMP_DIR}/kubectl-edit-${suffix}${ext}`;
      if (fs.exists(path)) continue;
      fs.writeFile(path, text);
      return path;
    }
    throw new KubectlError(`open ${TEMP_DIR}/kubectl-edit-*${ext}: file exists`);
  }

  private read(path: string): string | undefined {
    try {
      return this.ctx.fs.readFile(path);
    } catch (err) {
      if (err instanceof FsError) return undefined;
      throw err;
    }
  }

  private remove(path: string): void {
    if (this.ctx.fs.exists(path)) this.ctx.fs.remove(path);
  }
}

