// Go's text/tabwriter (elastic tabstops), as kubectl uses it: cells are tab-terminated, a column is a
// run of consecutive lines that have a cell at that index, and each column block is as wide as its
// widest cell plus padding. With rememberWidths (github.com/liggitt/tabwriter, used by `kubectl get`)
// column widths never shrink across flushes, so watch rows line up under the first table.

export interface TabWriterConfig {
  readonly minWidth: number;
  readonly padding: number;
  /** liggitt/tabwriter's RememberWidths flag. */
  readonly rememberWidths: boolean;
}

/** cli-runtime's GetNewTabWriter: min width 6, padding 3, remembered widths (kubectl get tables). */
export const TABLE_TABWRITER: TabWriterConfig = { minWidth: 6, padding: 3, rememberWidths: true };
/** kubectl describe's tabbedString: min width 0, padding 2. */
export const DESCRIBE_TABWRITER: TabWriterConfig = { minWidth: 0, padding: 2, rememberWidths: false };

interface Cell {
  readonly text: string;
  /** Width in runes (code points), as Go counts it. */
  readonly width: number;
}

export class TabWriter {
  private lines: Cell[][] = [[]];
  private cell = '';
  private widths: number[] = [];
  private maxWidths: number[] = [];

  constructor(private readonly config: TabWriterConfig, private readonly sink: (text: string) => void) {}

  write(text: string): void {
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]!;
      if (ch !== '\t' && ch !== '\v' && ch !== '\n' && ch !== '\f') continue;
      this.cell += text.slice(start, i);
      start = i + 1;
      const cellsInLine = this.terminateCell();
      if (ch === '\n' || ch === '\f') {
        this.lines.push([]);
        // A line with a single cell cannot affect later lines' formatting: flush (as Go does).
        if (ch === '\f' || cellsInLine === 1) this.flush();
      }
    }
    this.cell += text.slice(start);
  }

  /** Formats and emits everything buffered. */
  flush(): void {
    if (this.cell !== '') this.terminateCell();
    const out: string[] = [];
    this.format(out, 0, this.lines.length);
    this.lines = [[]];
    this.widths = [];
    if (out.length > 0) this.sink(out.join(''));
  }

  /** liggitt/tabwriter's SetRememberedWidths(nil): the next table starts from scratch. */
  resetRememberedWidths(): void {
    this.maxWidths = [];
  }

  private terminateCell(): number {
    const line = this.lines[this.lines.length - 1]!;
    line.push({ text: this.cell, width: runeCount(this.cell) });
    this.cell = '';
    return line.length;
  }

  private format(out: string[], line0: number, line1: number): void {
    const column = this.widths.length;
    for (let row = line0; row < line1; row++) {
      if (column >= this.lines[row]!.length - 1) continue;
      // The block of this column starts here: print the lines before it with the current widths.
      this.writeLines(out, line0, row);
      line0 = row;
      let width = this.config.minWidth;
      for (; row < line1; row++) {
        const line = this.lines[row]!;
        if (column >= line.length - 1) break;
        width = Math.max(width, line[column]!.width + this.config.padding);
      }
      if (this.config.rememberWidths) width = this.remember(width);
      this.widths.push(width);
      this.format(out, line0, row);
      this.widths.pop();
      line0 = row;
    }
    this.writeLines(out, line0, line1);
  }

  private remember(width: number): number {
    const index = this.widths.length;
    if (this.maxWidths.length < index) this.maxWidths.push(...this.widths.slice(this.maxWidths.length));
    const known = this.maxWidths[index];
    if (known === undefined) this.maxWidths.push(width);
    else if (known > width) return known;
    else this.maxWidths[index] = width;
    return width;
  }

  private writeLines(out: string[], line0: number, line1: number): void {
    for (let i = line0; i < line1; i++) {
      const line = this.lines[i]!;
      line.forEach((c, j) => {
        out.push(c.text);
        const width = this.widths[j];
        if (width !== undefined) out.push(' '.repeat(Math.max(0, width - c.width)));
      });
      // The last buffered line is the unfinished one: it has no newline yet.
      if (i + 1 < this.lines.length) out.push('\n');
    }
  }
}

function runeCount(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** Runs `text` through a fresh tab writer and returns the aligned result. */
export function tabbed(config: TabWriterConfig, text: string): string {
  let out = '';
  const w = new TabWriter(config, (t) => { out += t; });
  w.write(text);
  w.flush();
  return out;
}
