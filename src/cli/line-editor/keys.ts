// Terminal input decoded into the keys readline binds: runs of text, control characters, ESC-prefixed
// meta keys (Alt-b arrives as ESC b) and the CSI/SS3 sequences xterm sends for cursor keys. A
// sequence cut at the end of a chunk waits for the next one, as ESC does in readline's emacs keymap.

export type SpecialKey =
  | 'up' | 'down' | 'left' | 'right' | 'home' | 'end' | 'insert' | 'delete' | 'pageUp' | 'pageDown'
  | 'wordLeft' | 'wordRight' | 'backTab' | 'unknown';

export type Key =
  /** Printable characters typed or pasted in a row. */
  | { readonly type: 'text'; readonly text: string; readonly raw: string }
  /** A C0 control character or DEL, e.g. `\x01` for Ctrl-A. */
  | { readonly type: 'control'; readonly char: string; readonly raw: string }
  /** ESC then a character: Alt-b is `b`, Alt-Backspace is `\x7f`. */
  | { readonly type: 'meta'; readonly char: string; readonly raw: string }
  | { readonly type: 'special'; readonly name: SpecialKey; readonly raw: string };

/** Invariant: an unfinished escape sequence never grows past this; a longer one is dropped. */
const MAX_SEQUENCE_CHARS = 16;

const CSI_FINALS: Readonly<Record<string, SpecialKey>> = { A: 'up', B: 'down', C: 'right', D: 'left', H: 'home', F: 'end', Z: 'backTab' };
const TILDE_KEYS: Readonly<Record<string, SpecialKey>> = {
  1: 'home', 2: 'insert', 3: 'delete', 4: 'end', 5: 'pageUp', 6: 'pageDown', 7: 'home', 8: 'end',
};

export class KeyDecoder {
  private pending = '';

  /** True while a lone ESC waits for the key it prefixes. */
  get escapePending(): boolean {
    return this.pending === '\x1b';
  }

  /** Hands back what waits (an unfinished sequence) and forgets it. */
  takePending(): string {
    const pending = this.pending;
    this.pending = '';
    return pending;
  }

  decode(data: string): Key[] {
    const keys: Key[] = [];
    let text = '';
    const flushText = (): void => {
      if (text !== '') keys.push({ type: 'text', text, raw: text });
      text = '';
    };
    for (const ch of data) {
      if (this.pending === '' && ch !== '\x1b' && !isControl(ch)) {
        text += ch;
        continue;
      }
      flushText();
      const key = this.step(ch);
      if (key) keys.push(key);
    }
    flushText();
    return keys;
  }

  private step(ch: string): Key | undefined {
    if (this.pending === '') {
      if (ch === '\x1b') {
        this.pending = ch;
        return undefined;
      }
      return { type: 'control', char: ch, raw: ch };
    }
    if (this.pending === '\x1b') {
      if (ch === '[' || ch === 'O') {
        this.pending += ch;
        return undefined;
      }
      this.pending = '';
      return { type: 'meta', char: ch, raw: `\x1b${ch}` };
    }
    const raw = this.pending + ch;
    if (this.pending === '\x1bO') {
      this.pending = '';
      return { type: 'special', name: CSI_FINALS[ch] ?? 'unknown', raw };
    }
    if (/^[0-9;]$/.test(ch)) {
      this.pending = raw.length >= MAX_SEQUENCE_CHARS ? '' : raw;
      return undefined;
    }
    this.pending = '';
    return { type: 'special', name: csiKey(raw.slice(2, -1), ch), raw };
  }
}

function isControl(ch: string): boolean {
  return ch < ' ' || ch === '\x7f';
}

function csiKey(params: string, final: string): SpecialKey {
  if (final === '~') return TILDE_KEYS[params] ?? 'unknown';
  const modifier = params.split(';')[1];
  if (modifier === '5' || modifier === '3') {
    if (final === 'C') return 'wordRight';
    if (final === 'D') return 'wordLeft';
  }
  return CSI_FINALS[final] ?? 'unknown';
}
