// A readline-like line editor as a pure state machine: keys in, ANSI out, whole lines submitted.
// It owns the line being typed, the cursor and history browsing; the host only pipes bytes.

export interface EditorResult {
  /** ANSI text to write to the terminal. */
  readonly output: string;
  /** Lines submitted with Enter, in order (a paste may submit several). */
  readonly submitted: readonly string[];
  /** Ctrl-C was pressed on the line (not while a command runs). */
  readonly interrupted: boolean;
  /** Ctrl-L: the host should clear the screen and redraw the prompt. */
  readonly clear: boolean;
}

const HISTORY_LIMIT = 1_000;

export class LineEditor {
  private line = '';
  private cursor = 0;
  private historyIndex: number | undefined;
  private draft = '';
  private readonly historyLines: string[] = [];
  private escape = '';

  constructor(private prompt = '$ ') {}

  setPrompt(prompt: string): void {
    this.prompt = prompt;
  }

  get history(): readonly string[] {
    return this.historyLines;
  }

  addHistory(line: string): void {
    if (line.trim() === '' || this.historyLines[this.historyLines.length - 1] === line) return;
    this.historyLines.push(line);
    if (this.historyLines.length > HISTORY_LIMIT) this.historyLines.shift();
  }

  /** Feeds raw terminal input. */
  feed(data: string): EditorResult {
    let output = '';
    const submitted: string[] = [];
    let interrupted = false;
    let clear = false;
    for (const ch of data) {
      if (this.escape !== '' || ch === '\x1b') {
        output += this.feedEscape(ch);
        continue;
      }
      switch (ch) {
        case '\r':
        case '\n':
          output += '\r\n';
          submitted.push(this.line);
          this.reset();
          break;
        case '\x03':
          output += '^C\r\n';
          interrupted = true;
          this.reset();
          break;
        case '\x0c':
          clear = true;
          break;
        case '\x7f':
        case '\b':
          output += this.backspace();
          break;
        case '\x01': output += this.moveTo(0); break;
        case '\x05': output += this.moveTo(this.line.length); break;
        case '\x15': output += this.replace(this.line.slice(this.cursor), 0); break;
        case '\x0b': output += this.replace(this.line.slice(0, this.cursor), this.cursor); break;
        case '\x17': output += this.deleteWord(); break;
        default:
          if (ch >= ' ' || ch === '\t') output += this.insert(ch === '\t' ? '' : ch);
      }
    }
    return { output, submitted, interrupted, clear };
  }

  /** The prompt and the current line, for redraws. */
  render(): string {
    return this.prompt + this.line + (this.cursor < this.line.length ? `\x1b[${this.line.length - this.cursor}D` : '');
  }

  private reset(): void {
    this.line = '';
    this.cursor = 0;
    this.historyIndex = undefined;
  }

  private feedEscape(ch: string): string {
    this.escape += ch;
    if (this.escape.length === 1) return '';
    if (this.escape === '\x1b[' || this.escape === '\x1bO' || /^\x1b\[[0-9;]*$/.test(this.escape)) return '';
    const seq = this.escape;
    this.escape = '';
    switch (seq) {
      case '\x1b[A': return this.browse(-1);
      case '\x1b[B': return this.browse(1);
      case '\x1b[C': return this.moveTo(Math.min(this.cursor + 1, this.line.length));
      case '\x1b[D': return this.moveTo(Math.max(this.cursor - 1, 0));
      case '\x1b[H': case '\x1bOH': case '\x1b[1~': return this.moveTo(0);
      case '\x1b[F': case '\x1bOF': case '\x1b[4~': return this.moveTo(this.line.length);
      case '\x1b[3~': return this.deleteForward();
      default: return '';
    }
  }

  private insert(text: string): string {
    this.line = this.line.slice(0, this.cursor) + text + this.line.slice(this.cursor);
    this.cursor += text.length;
    return this.redrawFrom(this.cursor - text.length);
  }

  private backspace(): string {
    if (this.cursor === 0) return '';
    this.line = this.line.slice(0, this.cursor - 1) + this.line.slice(this.cursor);
    this.cursor--;
    return '\b' + this.redrawFrom(this.cursor);
  }

  private deleteForward(): string {
    if (this.cursor >= this.line.length) return '';
    this.line = this.line.slice(0, this.cursor) + this.line.slice(this.cursor + 1);
    return this.redrawFrom(this.cursor);
  }

  private deleteWord(): string {
    const before = this.line.slice(0, this.cursor).replace(/\S+\s*$/, '');
    return this.replace(before + this.line.slice(this.cursor), before.length);
  }

  private browse(direction: -1 | 1): string {
    const n = this.historyLines.length;
    if (n === 0) return '';
    if (this.historyIndex === undefined) {
      if (direction === 1) return '';
      this.draft = this.line;
      this.historyIndex = n;
    }
    const next = this.historyIndex + direction;
    if (next < 0) return '';
    this.historyIndex = next >= n ? undefined : next;
    return this.replace(next >= n ? this.draft : this.historyLines[next]!, undefined);
  }

  private replace(text: string, cursor: number | undefined): string {
    const out = this.moveTo(0);
    this.line = text;
    this.cursor = cursor ?? text.length;
    return out + `${text}\x1b[K` + (this.cursor < text.length ? `\x1b[${text.length - this.cursor}D` : '');
  }

  private moveTo(target: number): string {
    const delta = target - this.cursor;
    this.cursor = target;
    if (delta === 0) return '';
    return delta > 0 ? `\x1b[${delta}C` : `\x1b[${-delta}D`;
  }

  /** Rewrites the line from `from` to its end and puts the cursor back. */
  private redrawFrom(from: number): string {
    const tail = this.line.slice(from);
    const back = tail.length - (this.cursor - from);
    return `${tail}\x1b[K${back > 0 ? `\x1b[${back}D` : ''}`;
  }
}
