// The workstation's screen, as full-screen editors use it: `vi FILE` (and kubectl edit, which runs
// the editor) shows a file there and waits until it is saved or quit. In the browser the editor
// pane attaches to it; headless, nothing does and the editors cannot open (as without a terminal).

/** A file shown on the screen, waiting for the person at it. */
export interface ScreenEdit {
  readonly id: number;
  /** Absolute path of the file. */
  readonly path: string;
  /** The program that opened it (`vi`, `nano`). */
  readonly program: string;
}

export type EditOutcome = 'saved' | 'quit';

/** What the program holds while its file is shown. */
export interface ScreenEditHandle {
  readonly id: number;
  /** Set once the person saves and closes, or quits. */
  outcome(): EditOutcome | undefined;
  /** The program ends without an outcome (Ctrl-C): the file leaves the screen. */
  close(): void;
}

interface OpenEdit {
  readonly edit: ScreenEdit;
  outcome?: EditOutcome;
}

export class ScreenEditor {
  /** True while a host shows the screen (the browser's editor pane). */
  attached = false;
  private nextId = 1;
  private changes = 0;
  private readonly open = new Map<number, OpenEdit>();

  /** Goes up whenever a file appears on or leaves the screen. */
  get changeCount(): number {
    return this.changes;
  }

  /** The files on the screen, oldest first. */
  edits(): ScreenEdit[] {
    return [...this.open.values()].map((o) => o.edit);
  }

  show(path: string, program: string): ScreenEditHandle {
    const entry: OpenEdit = { edit: { id: this.nextId++, path, program } };
    this.open.set(entry.edit.id, entry);
    this.changes++;
    return {
      id: entry.edit.id,
      outcome: () => entry.outcome,
      close: () => this.remove(entry.edit.id),
    };
  }

  /** The person saved and closed, or quit; false when no such file is on the screen. */
  finish(id: number, outcome: EditOutcome): boolean {
    const entry = this.open.get(id);
    if (entry === undefined) return false;
    entry.outcome = outcome;
    this.remove(id);
    return true;
  }

  private remove(id: number): void {
    if (this.open.delete(id)) this.changes++;
  }
}
