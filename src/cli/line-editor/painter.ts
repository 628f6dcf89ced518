// How the editor redraws a prompt and its line on a terminal that wraps long lines: positions count
// cells from the start of the prompt, which readline also assumes is at column 0. Every paint ends
// with the terminal cursor on the editor's cursor, so no screen state is kept between paints.

/** Columns when the terminal's width is not known: nothing wraps, moves are relative. */
export const UNBOUNDED_COLUMNS = Number.POSITIVE_INFINITY;

const CSI = '\x1b[';
const CLEAR_TO_LINE_END = `${CSI}K`;
const CLEAR_TO_SCREEN_END = `${CSI}J`;

export interface PaintState {
  readonly line: string;
  readonly cursor: number;
}

/** Display width of a prompt: its characters without colour and other escape sequences. */
export function visibleLength(text: string): number {
  return text.replace(/\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07|[\x01\x02]/g, '').length;
}

/** Moves the cursor between two cell positions, rows first (CUU/CUD), then columns (CUF/CUB). */
export function moveCursor(from: number, to: number, cols: number): string {
  if (from === to) return '';
  const rows = Number.isFinite(cols) ? Math.floor(to / cols) - Math.floor(from / cols) : 0;
  const columns = Number.isFinite(cols) ? (to % cols) - (from % cols) : to - from;
  let out = '';
  if (rows !== 0) out += rows > 0 ? `${CSI}${rows}B` : `${CSI}${-rows}A`;
  if (columns !== 0) out += columns > 0 ? `${CSI}${columns}C` : `${CSI}${-columns}D`;
  return out;
}

/**
 * After writing up to `end`: when the text filled its last row exactly, the terminal waits to wrap
 * with the cursor still on that row; a space and CR put it at the start of the next row.
 */
export function settleWrap(end: number, cols: number): string {
  return Number.isFinite(cols) && end > 0 && end % cols === 0 ? ' \r' : '';
}

/** Clears what an older, longer text left after `end`: the rest of the row, or of the screen. */
function clearAfter(end: number, oldEnd: number, cols: number): string {
  if (oldEnd <= end) return '';
  const sameRow = !Number.isFinite(cols) || Math.floor((oldEnd - 1) / cols) <= Math.floor(end / cols);
  return sameRow ? CLEAR_TO_LINE_END : CLEAR_TO_SCREEN_END;
}

/** Redraws what changed between two states of the line under a prompt `promptWidth` cells wide. */
export function paintChange(promptWidth: number, cols: number, before: PaintState, after: PaintState): string {
  if (before.line === after.line) return moveCursor(promptWidth + before.cursor, promptWidth + after.cursor, cols);
  let from = 0;
  const common = Math.min(before.line.length, after.line.length);
  while (from < common && before.line[from] === after.line[from]) from++;
  const end = promptWidth + after.line.length;
  return moveCursor(promptWidth + before.cursor, promptWidth + from, cols)
    + after.line.slice(from)
    + settleWrap(end, cols)
    + clearAfter(end, promptWidth + before.line.length, cols)
    + moveCursor(end, promptWidth + after.cursor, cols);
}

/**
 * Replaces the prompt and line on screen (a new prompt, the search message): back to the prompt's
 * start, everything written again, leftovers cleared.
 */
export function paintAll(before: { readonly promptWidth: number; readonly state: PaintState }, prompt: string, after: PaintState, cols: number): string {
  const oldEnd = before.promptWidth + before.state.line.length;
  const end = visibleLength(prompt) + after.line.length;
  return moveCursor(before.promptWidth + before.state.cursor, 0, cols)
    + prompt + after.line
    + settleWrap(end, cols)
    + clearAfter(end, oldEnd, cols)
    + moveCursor(end, visibleLength(prompt) + after.cursor, cols);
}

/** Draws a prompt and its line from the prompt's start, leaving the cursor on the editor's cursor. */
export function paintFresh(prompt: string, state: PaintState, cols: number): string {
  const width = visibleLength(prompt);
  const end = width + state.line.length;
  return prompt + state.line + settleWrap(end, cols) + moveCursor(end, width + state.cursor, cols);
}

/** From the cursor to the last row of the line, then to a new line (readline's move to the bottom, then CRLF). */
export function leaveLine(promptWidth: number, state: PaintState, cols: number): string {
  const end = promptWidth + state.line.length;
  const here = promptWidth + state.cursor;
  const rows = Number.isFinite(cols) ? Math.floor(end / cols) - Math.floor(here / cols) : 0;
  return `${rows > 0 ? `${CSI}${rows}B` : ''}\r\n`;
}

/** Ctrl-C: `^C` over the cursor's cells, then below the line's last row (readline's signal echo and cleanup). */
export function interruptLine(promptWidth: number, state: PaintState, cols: number): string {
  const here = promptWidth + state.cursor + 2;
  const end = Math.max(promptWidth + state.line.length, here);
  const rows = Number.isFinite(cols) ? Math.floor(end / cols) - Math.floor(here / cols) : 0;
  return `^C${settleWrap(here, cols)}${rows > 0 ? `${CSI}${rows}B` : ''}\r\n`;
}
