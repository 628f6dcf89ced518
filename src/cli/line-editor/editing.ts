// readline's editing commands as pure functions of the line and cursor: motion, deletion, the kill
// commands (which hand back what they cut, for Ctrl-Y) and transpose. Words for Alt-b/f/d are runs
// of letters and digits (readline's rl_alphabetic); Ctrl-W cuts back to whitespace (unix-word-rubout).

export interface LineState {
  readonly line: string;
  readonly cursor: number;
}

export interface KillResult extends LineState {
  /** The text cut, and whether it was before the cursor (kills in a row join on that side). */
  readonly killed: string;
  readonly backward: boolean;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

export function insertText(s: LineState, text: string): LineState {
  return { line: s.line.slice(0, s.cursor) + text + s.line.slice(s.cursor), cursor: s.cursor + text.length };
}

export function moveTo(s: LineState, cursor: number): LineState {
  return { line: s.line, cursor: Math.max(0, Math.min(cursor, s.line.length)) };
}

export function deleteBackward(s: LineState): LineState {
  if (s.cursor === 0) return s;
  return { line: s.line.slice(0, s.cursor - 1) + s.line.slice(s.cursor), cursor: s.cursor - 1 };
}

export function deleteForward(s: LineState): LineState {
  if (s.cursor >= s.line.length) return s;
  return { line: s.line.slice(0, s.cursor) + s.line.slice(s.cursor + 1), cursor: s.cursor };
}

/** forward-word: past any non-word characters, then to the end of the word. */
export function wordEnd(line: string, from: number): number {
  let i = from;
  while (i < line.length && !WORD_CHAR.test(line[i]!)) i++;
  while (i < line.length && WORD_CHAR.test(line[i]!)) i++;
  return i;
}

/** backward-word: back over non-word characters, then to the start of the word. */
export function wordStart(line: string, from: number): number {
  let i = from;
  while (i > 0 && !WORD_CHAR.test(line[i - 1]!)) i--;
  while (i > 0 && WORD_CHAR.test(line[i - 1]!)) i--;
  return i;
}

function killRange(s: LineState, start: number, end: number, backward: boolean): KillResult {
  return { line: s.line.slice(0, start) + s.line.slice(end), cursor: start, killed: s.line.slice(start, end), backward };
}

/** Ctrl-K */
export function killToEnd(s: LineState): KillResult {
  return killRange(s, s.cursor, s.line.length, false);
}

/** Ctrl-U */
export function killToStart(s: LineState): KillResult {
  return killRange(s, 0, s.cursor, true);
}

/** Ctrl-W: back over whitespace, then over non-whitespace. */
export function unixWordRubout(s: LineState): KillResult {
  let i = s.cursor;
  while (i > 0 && /\s/.test(s.line[i - 1]!)) i--;
  while (i > 0 && !/\s/.test(s.line[i - 1]!)) i--;
  return killRange(s, i, s.cursor, true);
}

/** Alt-d */
export function killWord(s: LineState): KillResult {
  return killRange(s, s.cursor, wordEnd(s.line, s.cursor), false);
}

/** Alt-Backspace */
export function backwardKillWord(s: LineState): KillResult {
  return killRange(s, wordStart(s.line, s.cursor), s.cursor, true);
}

/** Ctrl-T: swaps the characters around the cursor (the last two at the end of the line); undefined when there are not two. */
export function transposeChars(s: LineState): LineState | undefined {
  if (s.cursor === 0 || s.line.length < 2) return undefined;
  const at = s.cursor === s.line.length ? s.cursor - 1 : s.cursor;
  const line = s.line.slice(0, at - 1) + s.line[at]! + s.line[at - 1]! + s.line.slice(at + 1);
  return { line, cursor: at + 1 };
}
