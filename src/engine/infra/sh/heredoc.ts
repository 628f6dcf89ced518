// Here-documents: a `<<WORD` redirection waits for the end of its line, then takes the following
// lines up to WORD as its body — literal when WORD was quoted, expanded like double quotes otherwise;
// `<<-` strips leading tabs.

import type { Word } from './ast.ts';

interface Pending {
  readonly redir: { target: Word };
  readonly delim: string;
  readonly quoted: boolean;
  readonly strip: boolean;
}

/** The text being tokenized, and how to scan an expandable body. */
export interface HeredocSource {
  readonly src: string;
  pos: number;
  scanBody(text: string): Word;
}

export class HeredocQueue {
  private pending: Pending[] = [];

  add(h: Pending): void {
    this.pending.push(h);
  }

  /** After a newline: reads the bodies of the here-documents its line asked for. */
  readBodies(source: HeredocSource): void {
    const pending = this.pending;
    this.pending = [];
    for (const h of pending) {
      let body = '';
      while (source.pos < source.src.length) {
        const nl = source.src.indexOf('\n', source.pos);
        const end = nl < 0 ? source.src.length : nl;
        let line = source.src.slice(source.pos, end);
        source.pos = nl < 0 ? end : end + 1;
        if (h.strip) line = line.replace(/^\t+/, '');
        if (line === h.delim) break;
        body += `${line}\n`;
      }
      h.redir.target = h.quoted ? (body ? [{ k: 'lit', v: body, q: true }] : []) : source.scanBody(body);
    }
  }
}
