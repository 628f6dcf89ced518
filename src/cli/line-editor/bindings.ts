// Which editing command each key runs: readline 8.1's emacs keymap as bash starts it, with
// Debian's /etc/inputrc additions (Ctrl-←/→ move by word, Home/End/Delete).

import type { Key } from './keys.ts';

export type EditCommand =
  | 'insert' | 'accept' | 'eof' | 'clear' | 'complete' | 'search' | 'abort'
  | 'start' | 'end' | 'left' | 'right' | 'wordLeft' | 'wordRight'
  | 'rubout' | 'delete' | 'killToEnd' | 'killToStart' | 'killWord' | 'unixWordRubout' | 'backwardKillWord'
  | 'yank' | 'transpose' | 'previous' | 'next' | 'firstHistory' | 'lastHistory' | 'yankLastArg' | 'none';

/** Kill commands in a row add to the same kill-buffer entry. */
export const KILL_COMMANDS: ReadonlySet<EditCommand> = new Set(['killToEnd', 'killToStart', 'killWord', 'unixWordRubout', 'backwardKillWord']);

const CONTROL_BINDINGS: Readonly<Record<string, EditCommand>> = {
  '\r': 'accept', '\n': 'accept', '\x01': 'start', '\x02': 'left', '\x04': 'eof', '\x05': 'end', '\x06': 'right',
  '\x07': 'abort', '\b': 'rubout', '\t': 'complete', '\x0b': 'killToEnd', '\x0c': 'clear', '\x0e': 'next', '\x10': 'previous',
  '\x12': 'search', '\x14': 'transpose', '\x15': 'killToStart', '\x17': 'unixWordRubout', '\x19': 'yank', '\x7f': 'rubout',
};

const META_BINDINGS: Readonly<Record<string, EditCommand>> = {
  b: 'wordLeft', f: 'wordRight', d: 'killWord', '\x7f': 'backwardKillWord', '\b': 'backwardKillWord',
  '.': 'yankLastArg', _: 'yankLastArg', '<': 'firstHistory', '>': 'lastHistory',
};

const SPECIAL_BINDINGS: Readonly<Record<string, EditCommand>> = {
  up: 'previous', down: 'next', left: 'left', right: 'right', home: 'start', end: 'end', delete: 'delete',
  wordLeft: 'wordLeft', wordRight: 'wordRight',
};

export function commandFor(key: Key): EditCommand {
  switch (key.type) {
    case 'text': return 'insert';
    case 'control': return CONTROL_BINDINGS[key.char] ?? 'none';
    case 'meta': return META_BINDINGS[key.char] ?? 'none';
    case 'special': return SPECIAL_BINDINGS[key.name] ?? 'none';
  }
}
