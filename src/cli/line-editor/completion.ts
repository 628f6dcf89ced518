// The readline side of Tab (complete.c): what a completer offers, and what a Tab does with it — the
// lone match inserted with a space (a directory with `/`, a file in quotes with its closing quote),
// several matches cut to their common prefix, and the list a second Tab prints.

import type { LineState } from './editing.ts';
import { commonPrefix, sortUnique, type ListItem } from './match-list.ts';

/** What a completer (bash's programmable completion, say) offers for the word before the cursor. */
export interface Completions {
  /** Where the word the matches replace starts; it ends at the cursor. */
  readonly start: number;
  /** Candidate words, unquoted, each starting with the word as typed (unquoted). */
  readonly matches: readonly string[];
  /** A lone match takes no space after it (cobra's NoSpace directive, `compopt -o nospace`). */
  readonly noSpace?: boolean;
  /** Set for filename completion: which matches are directories. Matches are then quoted, and listed by base name. */
  readonly directories?: ReadonlySet<string>;
  /** The word sits in an open quote, right after the quote character. */
  readonly quote?: '"' | "'";
}

export type Completer = (line: string, cursor: number) => Completions;

/** Characters bash escapes with a backslash when it inserts a filename. */
const FILENAME_SPECIALS = /[ \t\n'"\\|&;()<>!{}*[\]?^$`]/g;

export interface CompletionEdit {
  readonly next: LineState;
  /** More than one match: readline rings the bell. */
  readonly ambiguous: boolean;
}

/** What one Tab does to the line; undefined when nothing matches. */
export function completeLine(state: LineState, c: Completions): CompletionEdit | undefined {
  const matches = sortUnique(c.matches);
  if (matches.length === 0) return undefined;
  const single = matches.length === 1;
  const text = single ? matches[0]! : commonPrefix(matches);
  let next: LineState = state;
  if (text !== '') {
    const inserted = quoteMatch(text, c);
    next = { line: state.line.slice(0, c.start) + inserted + state.line.slice(state.cursor), cursor: c.start + inserted.length };
  }
  return { next: single ? appendToMatch(next, text, c) : next, ambiguous: !single };
}

function quoteMatch(text: string, c: Completions): string {
  if (c.directories === undefined || c.quote !== undefined) return text;
  const escaped = text.replace(FILENAME_SPECIALS, (ch) => `\\${ch}`);
  return /^[#~]/.test(escaped) && !text.startsWith('~/') ? `\\${escaped}` : escaped;
}

/** readline's append_to_match: `/` after a directory; else the closing quote and a space (a file's only at the line's end). */
function appendToMatch(state: LineState, match: string, c: Completions): LineState {
  const after = state.line.slice(state.cursor);
  if (c.directories?.has(match)) {
    return match.endsWith('/') || after.startsWith('/') ? state : insertAt(state, '/');
  }
  if (c.directories !== undefined && after !== '') return state;
  const suffix = (c.quote ?? '') + (c.noSpace ? '' : ' ');
  if (suffix === ' ' && after.startsWith(' ')) return { line: state.line, cursor: state.cursor + 1 };
  return suffix === '' ? state : insertAt(state, suffix);
}

function insertAt(state: LineState, text: string): LineState {
  return { line: state.line.slice(0, state.cursor) + text + state.line.slice(state.cursor), cursor: state.cursor + text.length };
}

/** The entries a listing shows: filenames by their last part, directories marked with `/`. */
export function listItems(c: Completions): ListItem[] {
  return sortUnique(c.matches).map((m) => {
    if (c.directories === undefined) return { text: m, width: m.length };
    const part = printablePart(m);
    return { text: c.directories.has(m) && !part.endsWith('/') ? `${part}/` : part, width: part.length };
  });
}

/** readline's printable_part: the text after the last slash (or after the one before a trailing slash). */
function printablePart(path: string): string {
  const slash = path.lastIndexOf('/');
  if (slash < 0 || path === '/') return path;
  if (slash < path.length - 1) return path.slice(slash + 1);
  const previous = path.lastIndexOf('/', slash - 1);
  return previous < 0 ? path : path.slice(previous + 1);
}
