// Ctrl-R, readline's incremental reverse search (isearch.c): the search string grows as keys come,
// the newest matching history line (the line being edited included) shows under the message
// "(reverse-i-search)`text': ", Ctrl-R again looks further back, and "(failed …)" marks no match.

import type { Key } from './keys.ts';

/** What a key does during the search: change the search string (the bell rings when nothing matches), or end the search. */
export type SearchStep =
  | { readonly kind: 'searched'; readonly found: boolean }
  | { readonly kind: 'abort' }
  /** Ends the search on the match; `execute` runs the key in the editor then (Enter runs the line, ← moves). */
  | { readonly kind: 'accept'; readonly execute: boolean };

export interface SearchEnd {
  readonly line: string;
  readonly cursor: number;
  /** Where the editor now stands in history (history.length: the line being edited). */
  readonly historyIndex: number;
  /** The search string, which Ctrl-R on an empty string takes up again next time. */
  readonly search: string;
}

export interface SearchView {
  readonly message: string;
  readonly line: string;
  readonly cursor: number;
}

export class ReverseSearch {
  private readonly lines: readonly string[];
  private searchString = '';
  private historyPos: number;
  private lastFoundLine: number;
  private prevLineFound: string | undefined;
  private sline: string;
  private slineIndex: number;
  private failed = false;
  /** The line and cursor on display: the last match, or what was there when the search began. */
  private shownLine: string;
  private shownCursor: number;

  /**
   * @param history the history lines, oldest first
   * @param saveLine where the editor stands in history (history.length when on the line being edited)
   * @param previousSearch the last search's string
   */
  constructor(history: readonly string[], draft: string, private readonly saveLine: number, line: string,
    private readonly savePoint: number, private readonly previousSearch: string) {
    const lines = [...history, draft];
    lines[saveLine] = line;
    this.lines = lines;
    this.historyPos = saveLine;
    this.lastFoundLine = saveLine;
    this.sline = line;
    this.slineIndex = savePoint;
    this.shownLine = line;
    this.shownCursor = savePoint;
  }

  view(): SearchView {
    const message = `(${this.failed ? 'failed ' : ''}reverse-i-search)\`${this.searchString}': `;
    return { message, line: this.shownLine, cursor: this.shownCursor };
  }

  /** readline's isearch keys: Ctrl-R, Backspace, Ctrl-W, Ctrl-Y and text search; Ctrl-G aborts; Ctrl-J ends; any other key ends and runs. */
  step(key: Key): SearchStep {
    const control = key.type === 'control' ? key.char : undefined;
    if (key.type === 'text') return { kind: 'searched', found: this.add(key.text) };
    switch (control) {
      case '\x12': return { kind: 'searched', found: this.again() };
      case '\x7f': case '\b': return { kind: 'searched', found: this.rubout() };
      case '\x17': return { kind: 'searched', found: this.yankWord() };
      case '\x19': return { kind: 'searched', found: this.yankRest() };
      case '\x07': return { kind: 'abort' };
      default: return { kind: 'accept', execute: control !== '\n' };
    }
  }

  /** Ctrl-R: the previous match; on an empty string, the last search's string. False when the search failed (the bell rings). */
  private again(): boolean {
    if (this.searchString === '') {
      if (this.previousSearch === '') return true;
      this.searchString = this.previousSearch;
      return this.run();
    }
    if (this.slineIndex >= 0) this.slineIndex--;
    return this.run();
  }

  /** A typed character; returns false when the search failed (the bell rings). */
  private add(text: string): boolean {
    this.searchString += text;
    return this.run();
  }

  /** Backspace: one character off the search string; false rings the bell. */
  private rubout(): boolean {
    if (this.searchString === '') {
      this.run();
      return false;
    }
    this.searchString = this.searchString.slice(0, -1);
    const found = this.run();
    return found && this.searchString !== '';
  }

  /** Ctrl-W: the rest of the word under the match joins the search string. */
  private yankWord(): boolean {
    const start = this.shownCursor + this.searchString.length;
    if (start >= this.shownLine.length || !/[\p{L}\p{N}]/u.test(this.shownLine[start]!)) return false;
    let end = start + 1;
    while (end < this.shownLine.length && /[\p{L}\p{N}]/u.test(this.shownLine[end]!)) end++;
    this.searchString += this.shownLine.slice(start, end);
    return this.run();
  }

  /** Ctrl-Y: the rest of the matched line joins the search string. */
  private yankRest(): boolean {
    const start = this.shownCursor + this.searchString.length;
    if (start >= this.shownLine.length) return false;
    this.searchString += this.shownLine.slice(start);
    return this.run();
  }

  /** Ends the search keeping the match: the line, the cursor, and the history position to edit from. */
  accept(): SearchEnd {
    const line = this.lines[this.lastFoundLine]!;
    let cursor = this.slineIndex;
    if (cursor < 0) cursor = this.lastFoundLine === this.saveLine ? this.savePoint : line.length;
    return { line, cursor: Math.min(Math.max(cursor, 0), line.length), historyIndex: this.lastFoundLine, search: this.searchString };
  }

  /** Ctrl-G: the line and cursor as they were before the search. */
  abort(): SearchEnd {
    return { line: this.lines[this.saveLine]!, cursor: this.savePoint, historyIndex: this.saveLine, search: this.searchString };
  }

  /** readline's search loop, from the current line and index towards older lines; bounded by the history. */
  private run(): boolean {
    this.failed = false;
    let found = false;
    for (;;) {
      if (this.searchString === '') {
        this.failed = true;
        break;
      }
      while (this.slineIndex >= 0) {
        if (this.sline.startsWith(this.searchString, this.slineIndex)) {
          found = true;
          break;
        }
        this.slineIndex--;
      }
      if (found) break;
      if (this.slineIndex < 0) this.slineIndex = 0;
      do {
        this.historyPos--;
        if (this.historyPos < 0) {
          this.failed = true;
          break;
        }
        this.sline = this.lines[this.historyPos]!;
      } while (this.prevLineFound === this.sline || this.searchString.length > this.sline.length);
      if (this.failed) break;
      this.slineIndex = this.sline.length - this.searchString.length;
    }
    if (this.failed) {
      this.historyPos = this.lastFoundLine;
      return false;
    }
    this.prevLineFound = this.lines[this.historyPos];
    this.shownLine = this.lines[this.historyPos]!;
    this.shownCursor = this.slineIndex;
    this.lastFoundLine = this.historyPos;
    return true;
  }
}
