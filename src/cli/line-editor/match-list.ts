// readline's list of possible completions (complete.c: display_matches, rl_display_match_list):
// matches sorted and deduplicated, printed down the columns like `ls`, each column as wide as the
// longest name plus two, with the query past 100 items and the `--More--` pager past a screen.

/** readline's completion-query-items. */
export const QUERY_ITEMS = 100;
export const MORE_PROMPT = '--More--';

export const queryMessage = (count: number): string => `Display all ${count} possibilities? (y or n)`;

/** One entry of the list: its text as printed, and the width readline counts for the column (without a directory's `/`). */
export interface ListItem {
  readonly text: string;
  readonly width: number;
}

/** Sorted by code point (the C.UTF-8 collation) without duplicates, as readline's remove_duplicate_matches leaves them. */
export function sortUnique(matches: readonly string[]): string[] {
  return [...new Set(matches)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The longest prefix all matches share (readline's lowest common denominator). */
export function commonPrefix(matches: readonly string[]): string {
  if (matches.length === 0) return '';
  let prefix = matches[0]!;
  for (const m of matches) {
    let i = 0;
    while (i < prefix.length && i < m.length && prefix[i] === m[i]) i++;
    prefix = prefix.slice(0, i);
  }
  return prefix;
}

/** The rows of the list for a terminal `cols` wide, each without its line end. */
export function matchListRows(items: readonly ListItem[], cols: number): string[] {
  const max = Math.max(0, ...items.map((i) => i.width)) + 2;
  let limit = Math.floor(cols / max);
  if (limit !== 1 && limit * max === cols) limit--;
  if (limit <= 0) limit = 1;
  const count = Math.ceil(items.length / limit);
  const rows: string[] = [];
  for (let i = 0; i < count; i++) {
    let row = '';
    for (let j = 0, l = i; j < limit && l < items.length; j++, l += count) {
      const item = items[l]!;
      row += item.text;
      if (j + 1 < limit) row += ' '.repeat(Math.max(1, max - printedWidth(item)));
    }
    rows.push(row);
  }
  return rows;
}

function printedWidth(item: ListItem): number {
  return item.text.length;
}

export interface Page {
  /** The rows printed, each with its CRLF, then `--More--` when rows remain. */
  readonly text: string;
  readonly next: number;
  /** Rows printed on this screen so far (readline's `lines`). */
  readonly lines: number;
  readonly more: boolean;
}

/** Prints rows from `next` until the screen is full (`screenRows - 1` lines) and more remain: then `--More--`. */
export function pageOut(rows: readonly string[], next: number, lines: number, screenRows: number): Page {
  let text = '';
  let i = next;
  let shown = lines;
  while (i < rows.length) {
    text += `${rows[i]}\r\n`;
    i++;
    shown++;
    if (shown >= screenRows - 1 && i < rows.length) return { text: text + MORE_PROMPT, next: i, lines: shown, more: true };
  }
  return { text, next: i, lines: shown, more: false };
}
