// A tiny terminal screen for tests: what xterm.js does with the editor's output (printing with
// autowrap and its pending-wrap column, CR, LF, BS, cursor moves, line and screen erase), so a test
// can compare what is on screen with what should be. Rows grow downwards without scrolling.

export class VirtualTerminal {
  private readonly lines: string[][] = [[]];
  private x = 0;
  private y = 0;

  constructor(private readonly cols: number) {}

  write(data: string): void {
    for (let i = 0; i < data.length; i++) {
      const ch = data[i]!;
      if (ch === '\x1b' && data[i + 1] === '[') {
        const match = /^\x1b\[([0-9;]*)([A-Za-z])/.exec(data.slice(i));
        if (match) {
          this.csi(match[1] === '' ? 1 : Number(match[1]!.split(';')[0]), match[2]!, match[1]!);
          i += match[0].length - 1;
          continue;
        }
      }
      this.control(ch);
    }
  }

  /** The screen's rows with trailing blanks removed, and trailing empty rows dropped. */
  get screen(): string[] {
    const rows = this.lines.map((cells) => cells.map((c) => c || ' ').join('').trimEnd());
    while (rows.length > 1 && rows[rows.length - 1] === '' && this.y < rows.length - 1) rows.pop();
    return rows;
  }

  /** Where the cursor is, as xterm shows it (a pending wrap stays on the last column). */
  get cursor(): { readonly x: number; readonly y: number } {
    return { x: Math.min(this.x, this.cols - 1), y: this.y };
  }

  private control(ch: string): void {
    switch (ch) {
      case '\r': this.x = 0; return;
      case '\n': this.moveRow(1); return;
      case '\b': this.restrict(); if (this.x > 0) this.x--; return;
      case '\x07': return;
      default: this.print(ch);
    }
  }

  private print(ch: string): void {
    if (this.x >= this.cols) {
      this.x = 0;
      this.moveRow(1);
    }
    this.row()[this.x] = ch;
    this.x++;
  }

  private csi(n: number, final: string, params: string): void {
    this.restrict();
    switch (final) {
      case 'A': this.y = Math.max(0, this.y - n); return;
      case 'B': this.moveRow(n); return;
      case 'C': this.x = Math.min(this.cols - 1, this.x + n); return;
      case 'D': this.x = Math.max(0, this.x - n); return;
      case 'H': this.x = 0; this.y = 0; return;
      case 'K': this.row().length = Math.min(this.row().length, this.x); return;
      case 'J':
        if (params === '2' || params === '3') this.lines.forEach((l) => (l.length = 0));
        else {
          this.row().length = Math.min(this.row().length, this.x);
          this.lines.length = this.y + 1;
        }
        return;
      default: return;
    }
  }

  private restrict(): void {
    if (this.x >= this.cols) this.x = this.cols - 1;
  }

  private moveRow(n: number): void {
    this.y += n;
    while (this.lines.length <= this.y) this.lines.push([]);
  }

  private row(): string[] {
    return this.lines[this.y]!;
  }
}
