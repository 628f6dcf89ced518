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

export class TabWriter {
  /** Each buffered line's cells; the last line is the unfinished one. */
  private lines: string[][] = [[]];
  private cell = '';
  private widths: number[] = [];
  private maxWidths: number[] = [];
  /** One output line's pieces, reused from line to line. */
  private readonly parts: string[] = [];

  constructor(private readonly config: TabWriterConfig, private readonly sink: (text: string) => void) {}

  write(text: string): void {
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch !== TAB && ch !== VTAB && ch !== NEWLINE && ch !== FORMFEED) continue;
      this.cell += text.slice(start, i);
      start = i + 1;
      this.pushCell(this.cell);
      this.cell = '';
      if (ch === NEWLINE || ch === FORMFEED) this.endLine(ch === FORMFEED);
    }
    this.cell += text.slice(start);
  }

  /**
   * One cell, ending the line when `last`: what `write(text + (last ? '\n' : '\t'))` does, without
   * scanning the text twice when it holds no tab, vertical tab, newline or form feed.
   */
  writeCell(text: string, last: boolean): void {
    if (this.cell !== '' || hasControl(text)) {
      this.write(last ? `${text}\n` : `${text}\t`);
      return;
    }
    this.pushCell(text);
    if (last) this.endLine(false);
  }

  /** Formats and emits everything buffered. */
  flush(): void {
    if (this.cell !== '') {
      this.pushCell(this.cell);
      this.cell = '';
    }
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

  private pushCell(text: string): void {
    this.lines[this.lines.length - 1]!.push(text);
  }

  /** Ends the unfinished line. A line with a single cell cannot affect later lines' formatting: flush (as Go does). */
  private endLine(formFeed: boolean): void {
    const cellsInLine = this.lines[this.lines.length - 1]!.length;
    this.lines.push([]);
    if (formFeed || cellsInLine === 1) this.flush();
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
        width = Math.max(width, runeCount(line[column]!) + this.config.padding);
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
    const widths = this.widths;
    for (let i = line0; i < line1; i++) {
      const texts = this.lines[i]!;
      const parts = this.parts;
      for (let j = 0; j < texts.length; j++) {
        const text = texts[j]!;
        const width = widths[j];
        parts.push(text);
        if (width !== undefined) parts.push(spaces(width - runeCount(text)));
      }
      // The last buffered line is the unfinished one: it has no newline yet.
      if (i + 1 < this.lines.length) parts.push('\n');
      if (parts.length > 0) out.push(parts.join(''));
      parts.length = 0;
    }
  }
}

const TAB = 0x09;
const NEWLINE = 0x0a;
const VTAB = 0x0b;
const FORMFEED = 0x0c;

/** Padding strings by length, made once each (column widths are few). */
const PADDING: string[] = [];
const PADDING_CACHED_MAX = 256;

function spaces(n: number): string {
  if (n <= 0) return '';
  if (n > PADDING_CACHED_MAX) return ' '.repeat(n);
  return (PADDING[n] ??= ' '.repeat(n));
}

/** Width in runes (code points, a lone surrogate counting as one), as Go counts UTF-8 text. */
function runeCount(text: string): number {
  let n = text.length;
  for (let i = 0; i + 1 < text.length; i++) {
    if (isSurrogatePair(text, i)) {
      n--;
      i++;
    }
  }
  return n;
}

/** Whether the text holds a character the tab writer acts on (\t, \n, \v, \f). */
function hasControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch >= TAB && ch <= FORMFEED) return true;
  }
  return false;
}

function isSurrogatePair(text: string, i: number): boolean {
  const hi = text.charCodeAt(i);
  if (hi < 0xd800 || hi > 0xdbff) return false;
  const lo = text.charCodeAt(i + 1);
  return lo >= 0xdc00 && lo <= 0xdfff;
}

/** Runs `text` through a fresh tab writer and returns the aligned result. */
export function tabbed(config: TabWriterConfig, text: string): string {
  let out = '';
  const w = new TabWriter(config, (t) => { out += t; });
  w.write(text);
  w.flush();
  return out;
}
