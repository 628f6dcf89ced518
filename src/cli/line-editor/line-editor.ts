// A readline-like line editor as a pure state machine: keys in, ANSI out, whole lines submitted.
// It owns the line being typed, the cursor, history (↑/↓, Ctrl-R), the kill buffer and Tab
// completion through a completer; the host only pipes bytes. Emacs-mode bindings of readline 8.

import { commandFor, KILL_COMMANDS, type EditCommand } from './bindings.ts';
import { completeLine, listItems, type Completer, type Completions } from './completion.ts';
import * as edit from './editing.ts';
import { History, lastArgument } from './history.ts';
import { KeyDecoder, type Key } from './keys.ts';
import { listingKey, startListing, type Listing } from './listing.ts';
import { interruptLine, leaveLine, paintAll, paintChange, paintFresh, UNBOUNDED_COLUMNS, visibleLength } from './painter.ts';
import { ReverseSearch, type SearchEnd } from './reverse-search.ts';

export interface EditorResult {
  /** ANSI text to write to the terminal. */
  readonly output: string;
  /** Lines submitted with Enter, in order (a paste may submit several). */
  readonly submitted: readonly string[];
  /** Ctrl-C was pressed on the line (not while a command runs). */
  readonly interrupted: boolean;
  /** Ctrl-L: the host should clear the screen and redraw the prompt. */
  readonly clear: boolean;
  /** Ctrl-D on an empty line: end of input, which a login shell would take as `exit`. */
  readonly eof: boolean;
  /** With `stopAtEvent`: the input after the key that stopped the reading, not read yet. */
  readonly rest: string;
}

export interface LineEditorOptions {
  readonly completer?: Completer;
  readonly history?: readonly string[];
}

type Mode =
  | { readonly kind: 'edit' }
  | { readonly kind: 'search'; readonly search: ReverseSearch }
  | { readonly kind: 'listing'; readonly listing: Listing };

interface Out {
  output: string;
  submitted: string[];
  interrupted: boolean;
  clear: boolean;
  eof: boolean;
}

const BELL = '\x07';
const DEFAULT_ROWS = 24;
const DEFAULT_LIST_COLUMNS = 80;

export class LineEditor {
  private state: edit.LineState = { line: '', cursor: 0 };
  private readonly historyList: History;
  /** Index of the history entry being shown; undefined on the line being typed (the draft). */
  private historyIndex: number | undefined;
  private draft = '';
  private readonly decoder = new KeyDecoder();
  private mode: Mode = { kind: 'edit' };
  private cols = UNBOUNDED_COLUMNS;
  private rows = DEFAULT_ROWS;
  private readonly completer: Completer | undefined;
  /** The command the last key ran, for Tab Tab, kills in a row and Alt-. in a row. */
  private lastCommand: EditCommand = 'none';
  private tabChangedLine = false;
  private killBuffer = '';
  private yankArg = { count: 0, start: 0 };
  private lastSearch = '';

  constructor(private prompt = '$ ', options: LineEditorOptions = {}) {
    this.historyList = new History(options.history);
    this.completer = options.completer;
  }

  setPrompt(prompt: string): void {
    this.prompt = prompt;
  }

  /** The terminal's size: long lines wrap at `cols`, listings fit it, the pager stops at `rows`. */
  setSize(cols: number, rows: number): void {
    this.cols = Math.max(1, Math.floor(cols));
    this.rows = Math.max(1, Math.floor(rows));
  }

  get history(): readonly string[] {
    return this.historyList.entries;
  }

  /** The line being typed. */
  get line(): string {
    return this.state.line;
  }

  /** Adds a line to history (bash's ignoreboth rules); true when it was added. */
  addHistory(line: string): boolean {
    return this.historyList.add(line);
  }

  /**
   * Feeds raw terminal input. With `stopAtEvent`, stops after the first key the host must act on
   * (Enter, Ctrl-C, Ctrl-L) and hands back the rest, so a paste runs one line at a time.
   */
  feed(data: string, options: { readonly stopAtEvent?: boolean } = {}): EditorResult {
    const out: Out = { output: '', submitted: [], interrupted: false, clear: false, eof: false };
    const keys = this.decoder.decode(data);
    let rest = '';
    for (let i = 0; i < keys.length; i++) {
      this.dispatch(keys[i]!, out);
      if (options.stopAtEvent && (out.submitted.length > 0 || out.interrupted || out.clear)) {
        rest = keys.slice(i + 1).map((k) => k.raw).join('') + this.decoder.takePending();
        break;
      }
    }
    // An ESC alone at the end of the input ends a search (readline's isearch terminator).
    if (this.mode.kind === 'search' && this.decoder.escapePending) {
      this.decoder.takePending();
      this.endSearch(this.mode.search.accept(), out);
    }
    return { ...out, rest };
  }

  /** The prompt and the current line, drawn from the prompt's start, the cursor left in place. */
  render(): string {
    if (this.mode.kind === 'search') {
      const view = this.mode.search.view();
      return paintFresh(view.message, view, this.cols);
    }
    return paintFresh(this.prompt, this.state, this.cols);
  }

  private get promptWidth(): number {
    return visibleLength(this.prompt);
  }

  private dispatch(key: Key, out: Out): void {
    const chars = key.type === 'text' && this.mode.kind !== 'edit' ? [...key.text] : [];
    if (chars.length > 1) {
      for (const ch of chars) this.dispatch({ type: 'text', text: ch, raw: ch }, out);
      return;
    }
    if (key.type === 'control' && key.char === '\x03') {
      this.interrupt(out);
      return;
    }
    switch (this.mode.kind) {
      case 'edit': return this.editKey(key, out);
      case 'search': return this.searchKey(this.mode.search, key, out);
      case 'listing': return this.listingStep(listingKey(this.mode.listing, key, this.rows), out);
    }
  }

  private editKey(key: Key, out: Out): void {
    const command = commandFor(key);
    const previous = this.lastCommand;
    this.lastCommand = command;
    const s = this.state;
    switch (command) {
      case 'insert': return this.apply(edit.insertText(s, key.type === 'text' ? key.text : ''), out);
      case 'accept': return this.accept(out);
      case 'eof':
        if (s.line === '') out.eof = true;
        else this.apply(edit.deleteForward(s), out);
        return;
      case 'clear': out.clear = true; return;
      case 'complete': return this.complete(previous === 'complete' && !this.tabChangedLine, out);
      case 'search': return this.startSearch(out);
      case 'start': return this.apply(edit.moveTo(s, 0), out);
      case 'end': return this.apply(edit.moveTo(s, s.line.length), out);
      case 'left': return this.apply(edit.moveTo(s, s.cursor - 1), out);
      case 'right': return this.apply(edit.moveTo(s, s.cursor + 1), out);
      case 'wordLeft': return this.apply(edit.moveTo(s, edit.wordStart(s.line, s.cursor)), out);
      case 'wordRight': return this.apply(edit.moveTo(s, edit.wordEnd(s.line, s.cursor)), out);
      case 'rubout': return this.apply(edit.deleteBackward(s), out);
      case 'delete': return this.apply(edit.deleteForward(s), out);
      case 'killToEnd': return this.kill(edit.killToEnd(s), previous, out);
      case 'killToStart': return this.kill(edit.killToStart(s), previous, out);
      case 'killWord': return this.kill(edit.killWord(s), previous, out);
      case 'unixWordRubout': return this.kill(edit.unixWordRubout(s), previous, out);
      case 'backwardKillWord': return this.kill(edit.backwardKillWord(s), previous, out);
      case 'yank': return this.applyOrDing(this.killBuffer === '' ? undefined : edit.insertText(s, this.killBuffer), out);
      case 'transpose': return this.applyOrDing(edit.transposeChars(s), out);
      case 'previous': return this.browse(this.historyIndex === undefined ? this.historyList.length - 1 : this.historyIndex - 1, out);
      case 'next': return this.browse(this.historyIndex === undefined ? undefined : this.historyIndex + 1, out);
      case 'firstHistory': return this.browse(0, out);
      case 'lastHistory': return this.browse(this.historyList.length, out);
      case 'yankLastArg': return this.yankLastArg(previous === 'yankLastArg', out);
      case 'abort': out.output += BELL; return;
      case 'none': return;
    }
  }

  /** Puts the line in a new state and draws the difference. */
  private apply(next: edit.LineState, out: Out): void {
    out.output += paintChange(this.promptWidth, this.cols, this.state, next);
    this.state = next;
  }

  private applyOrDing(next: edit.LineState | undefined, out: Out): void {
    if (next === undefined) out.output += BELL;
    else this.apply(next, out);
  }

  private kill(result: edit.KillResult, previous: EditCommand, out: Out): void {
    const joining = KILL_COMMANDS.has(previous);
    this.killBuffer = !joining ? result.killed : result.backward ? result.killed + this.killBuffer : this.killBuffer + result.killed;
    this.apply(result, out);
  }

  private accept(out: Out): void {
    out.output += leaveLine(this.promptWidth, this.state, this.cols);
    out.submitted.push(this.state.line);
    this.resetLine();
  }

  private interrupt(out: Out): void {
    if (this.mode.kind === 'search') {
      const view = this.mode.search.view();
      out.output += interruptLine(visibleLength(view.message), view, this.cols);
    } else {
      out.output += this.mode.kind === 'edit' ? interruptLine(this.promptWidth, this.state, this.cols) : '^C\r\n';
    }
    out.interrupted = true;
    this.mode = { kind: 'edit' };
    this.lastCommand = 'none';
    this.resetLine();
  }

  private resetLine(): void {
    this.state = { line: '', cursor: 0 };
    this.historyIndex = undefined;
    this.draft = '';
  }

  /** Shows history entry `index` (the draft at history.length); a bell past the oldest. */
  private browse(index: number | undefined, out: Out): void {
    if (index === undefined) return;
    if (index < 0) {
      out.output += BELL;
      return;
    }
    if (this.historyIndex === undefined) {
      if (index >= this.historyList.length) return;
      this.draft = this.state.line;
    }
    const atDraft = index >= this.historyList.length;
    this.historyIndex = atDraft ? undefined : index;
    const line = atDraft ? this.draft : this.historyList.at(index)!;
    this.apply({ line, cursor: line.length }, out);
  }

  private yankLastArg(again: boolean, out: Out): void {
    const count = again ? this.yankArg.count + 1 : 1;
    const entry = this.historyList.at(this.historyList.length - count);
    if (entry === undefined) {
      out.output += BELL;
      return;
    }
    const base = again ? { line: this.state.line.slice(0, this.yankArg.start) + this.state.line.slice(this.state.cursor), cursor: this.yankArg.start } : this.state;
    this.yankArg = { count, start: base.cursor };
    this.apply(edit.insertText(base, lastArgument(entry)), out);
  }

  // ── Tab completion ──

  private complete(listing: boolean, out: Out): void {
    if (this.completer === undefined) return;
    const completions = this.completer(this.state.line, this.state.cursor);
    if (listing) {
      this.tabChangedLine = false;
      this.displayMatches(completions, out);
      return;
    }
    const done = completeLine(this.state, completions);
    if (done === undefined) {
      this.tabChangedLine = false;
      out.output += BELL;
      return;
    }
    this.tabChangedLine = done.next.line !== this.state.line;
    this.apply(done.next, out);
    if (done.ambiguous) out.output += BELL;
  }

  private displayMatches(completions: Completions, out: Out): void {
    const items = listItems(completions);
    if (items.length === 0) {
      out.output += BELL;
      return;
    }
    out.output += leaveLine(this.promptWidth, this.state, this.cols);
    if (items.length === 1) {
      out.output += `${items[0]!.text}\r\n${this.render()}`;
      return;
    }
    this.listingStep(startListing(items, Number.isFinite(this.cols) ? this.cols : DEFAULT_LIST_COLUMNS, this.rows), out);
  }

  private listingStep(step: { readonly output: string; readonly listing?: Listing }, out: Out): void {
    out.output += step.output;
    this.mode = step.listing ? { kind: 'listing', listing: step.listing } : { kind: 'edit' };
    if (!step.listing) out.output += this.render();
  }

  // ── Ctrl-R ──

  private startSearch(out: Out): void {
    const saveLine = this.historyIndex ?? this.historyList.length;
    const search = new ReverseSearch(this.historyList.entries, this.historyIndex === undefined ? this.state.line : this.draft,
      saveLine, this.state.line, this.state.cursor, this.lastSearch);
    out.output += paintAll({ promptWidth: this.promptWidth, state: this.state }, search.view().message, search.view(), this.cols);
    this.mode = { kind: 'search', search };
  }

  private searchKey(search: ReverseSearch, key: Key, out: Out): void {
    const before = search.view();
    const step = search.step(key);
    if (step.kind === 'abort') return this.endSearch(search.abort(), out);
    if (step.kind === 'accept') {
      this.endSearch(search.accept(), out);
      if (step.execute) this.editKey(key, out);
      return;
    }
    const after = search.view();
    out.output += paintAll({ promptWidth: visibleLength(before.message), state: before }, after.message, after, this.cols);
    if (!step.found) out.output += BELL;
  }

  private endSearch(end: SearchEnd, out: Out): void {
    if (this.mode.kind !== 'search') return;
    const shown = this.mode.search.view();
    this.lastSearch = end.search;
    if (this.historyIndex === undefined && end.historyIndex < this.historyList.length) this.draft = this.state.line;
    this.historyIndex = end.historyIndex < this.historyList.length ? end.historyIndex : undefined;
    this.mode = { kind: 'edit' };
    this.lastCommand = 'none';
    const next = { line: end.line, cursor: end.cursor };
    out.output += paintAll({ promptWidth: visibleLength(shown.message), state: shown }, this.prompt, next, this.cols);
    this.state = next;
  }
}
