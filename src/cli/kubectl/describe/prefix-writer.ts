// kubectl describe's PrefixWriter over Go's text/tabwriter (min width 0, tab width 8, padding 2):
// text written at indentation levels of two spaces; tabs separate the cells that tabwriter aligns
// block by block. Written text is escaped so it cannot drive the terminal.

import { escapeTerminal } from '../printers/go-format.ts';
import { DESCRIBE_TABWRITER, TabWriter } from '../printers/tabwriter.ts';

export const LEVEL_0 = 0;
export const LEVEL_1 = 1;
export const LEVEL_2 = 2;
export const LEVEL_3 = 3;

export class PrefixWriter {
  constructor(private readonly tw: TabWriter, private readonly indent = 0) {}

  /** Text at an indentation level (two spaces per level). */
  write(level: number, text: string): void {
    this.tw.write(escapeTerminal('  '.repeat(level + this.indent) + text));
  }

  /** A whole line without indentation (fmt.Sprintln). */
  writeLine(text = ''): void {
    if (this.indent > 0) this.write(0, `${text}\n`);
    else this.tw.write(escapeTerminal(`${text}\n`));
  }

  /** Ends the current tab blocks (DescribeEvents flushes before its table). */
  flush(): void {
    this.tw.flush();
  }

  /** A writer that adds `indent` levels (NewNestedPrefixWriter). */
  nested(indent: number): PrefixWriter {
    return new PrefixWriter(this.tw, this.indent + indent);
  }
}

/** tabbedString: runs a describer body and returns the aligned text. */
export function tabbedString(body: (w: PrefixWriter) => void): string {
  let out = '';
  const tw = new TabWriter(DESCRIBE_TABWRITER, (text) => { out += text; });
  body(new PrefixWriter(tw));
  tw.flush();
  return out;
}
