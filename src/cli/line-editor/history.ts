// The editor's history list, as bash keeps it with Debian's HISTCONTROL=ignoreboth: a line starting
// with a space or repeating the previous one is not added; the oldest lines go past HISTSIZE.

/** bash's HISTSIZE in Debian's default ~/.bashrc. */
export const HISTORY_LIMIT = 1_000;

export class History {
  private readonly lines: string[] = [];

  constructor(initial: readonly string[] = [], private readonly limit = HISTORY_LIMIT) {
    for (const line of initial) this.add(line);
  }

  get entries(): readonly string[] {
    return this.lines;
  }

  get length(): number {
    return this.lines.length;
  }

  /** Adds a line unless ignoreboth keeps it out; true when it was added. */
  add(line: string): boolean {
    if (line.trim() === '' || line.startsWith(' ') || this.lines[this.lines.length - 1] === line) return false;
    this.lines.push(line);
    if (this.lines.length > this.limit) this.lines.splice(0, this.lines.length - this.limit);
    return true;
  }

  at(index: number): string | undefined {
    return this.lines[index];
  }
}

/** The last word of a history line, for yank-last-arg (Alt-.); words are split as the shell would, roughly. */
export function lastArgument(line: string): string {
  const words = line.trim().split(/\s+/);
  return words[words.length - 1] ?? '';
}
