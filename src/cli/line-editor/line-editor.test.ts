import { describe, expect, it } from 'vitest';
import type { Completions } from './completion.ts';
import { LineEditor } from './line-editor.ts';
import { VirtualTerminal } from './testing.ts';

const UP = '\x1b[A';
const DOWN = '\x1b[B';
const LEFT = '\x1b[D';

/** An editor drawn on a virtual screen `cols` wide, its prompt shown. */
function editorOnScreen(cols = 80, options: ConstructorParameters<typeof LineEditor>[1] = {}) {
  const editor = new LineEditor('$ ', options);
  editor.setSize(cols, 24);
  const term = new VirtualTerminal(cols);
  term.write(editor.render());
  const type = (keys: string) => {
    const result = editor.feed(keys);
    term.write(result.output);
    return result;
  };
  return { editor, term, type };
}

describe('line editor: editing', () => {
  it('echoes typed text and submits the line on Enter', () => {
    const editor = new LineEditor('$ ');
    expect(editor.feed('ls -l').output).toBe('ls -l');
    expect(editor.feed('\r')).toMatchObject({ output: '\r\n', submitted: ['ls -l'], interrupted: false });
  });

  it('moves with arrows, Home/End and Ctrl-A/E, inserting in the middle', () => {
    const { term, type } = editorOnScreen();
    type('kubectl get');
    expect(type(`${LEFT}${LEFT}${LEFT}`).output).toBe('\x1b[1D\x1b[1D\x1b[1D');
    expect(type('x').output).toBe('xget\x1b[3D');
    type('\x01# \x05!');
    expect(term.screen).toEqual(['$ # kubectl xget!']);
  });

  it('deletes back and forward, and Ctrl-D deletes under the cursor', () => {
    const { editor, term, type } = editorOnScreen();
    type(`abcdef${LEFT}${LEFT}\x7f\x1b[3~\x04${LEFT}\x1b[C`);
    expect(editor.line).toBe('abc');
    expect(term.screen).toEqual(['$ abc']);
  });

  it('kills to the end, to the start and the previous word, and yanks them back', () => {
    const { editor, type } = editorOnScreen();
    type(`kubectl get pods -o wide\x17\x17`);
    expect(editor.line).toBe('kubectl get pods ');
    type('\x19');
    expect(editor.line).toBe('kubectl get pods -o wide');
    type('\x01\x06\x06\x0b');
    expect(editor.line).toBe('ku');
    type('\x05\x15\x19');
    expect(editor.line).toBe('ku');
  });

  it('moves and kills by words of letters and digits (Alt-b, Alt-f, Alt-d, Ctrl-←)', () => {
    const { editor, type } = editorOnScreen();
    type('kubectl get deploy/web-1');
    type('\x1bb');
    expect(editor.feed('X').output.startsWith('X')).toBe(true);
    expect(editor.line).toBe('kubectl get deploy/web-X1');
    type('\x1b[1;5D\x1b[1;5D\x1bd');
    expect(editor.line).toBe('kubectl get deploy/-X1');
    type('\x1bf\x1b\x7f');
    expect(editor.line).toBe('kubectl get deploy/-');
  });

  it('transposes characters with Ctrl-T', () => {
    const { editor, type } = editorOnScreen();
    type('kubetcl\x02\x02\x14');
    expect(editor.line).toBe('kubectl');
  });

  it('Ctrl-C prints ^C, drops the line and reports the interrupt', () => {
    const editor = new LineEditor('$ ');
    editor.feed('sleep 10');
    expect(editor.feed('\x03')).toMatchObject({ output: '^C\r\n', interrupted: true, submitted: [] });
    expect(editor.line).toBe('');
  });

  it('Ctrl-D on an empty line is end of input; Ctrl-L asks for a clear screen', () => {
    const editor = new LineEditor('$ ');
    expect(editor.feed('\x04')).toMatchObject({ eof: true, output: '' });
    expect(editor.feed('\x0c').clear).toBe(true);
  });

  it('stops at the first submitted line when asked, handing back the rest', () => {
    const editor = new LineEditor('$ ');
    const result = editor.feed('echo one\recho two\r', { stopAtEvent: true });
    expect(result.submitted).toEqual(['echo one']);
    expect(result.rest).toBe('echo two\r');
  });

  it('waits for the rest of an escape sequence cut between two chunks', () => {
    const { editor, type } = editorOnScreen();
    type('ab\x1b');
    type('[D');
    type('X');
    expect(editor.line).toBe('aXb');
  });
});

describe('line editor: long lines wrap at the terminal width', () => {
  it('keeps the cursor right across rows', () => {
    const { term, type } = editorOnScreen(10);
    type('0123456789abcdef');
    expect(term.screen).toEqual(['$ 01234567', '89abcdef']);
    type('\x01');
    expect(term.cursor).toEqual({ x: 2, y: 0 });
    type('>');
    expect(term.screen).toEqual(['$ >0123456', '789abcdef']);
    type('\x05\x15');
    expect(term.screen).toEqual(['$']);
    expect(term.cursor).toEqual({ x: 2, y: 0 });
  });

  it('puts the cursor on the next row when the line ends exactly at the margin', () => {
    const { term, type } = editorOnScreen(10);
    type('01234567');
    expect(term.cursor).toEqual({ x: 0, y: 1 });
    type('8');
    expect(term.screen).toEqual(['$ 01234567', '8']);
  });
});

describe('line editor: history', () => {
  it('recalls older lines with ↑ and comes back to the draft with ↓', () => {
    const { editor, type } = editorOnScreen(80, { history: ['kubectl get pods', 'kubectl get nodes'] });
    type('draft');
    type(UP);
    expect(editor.line).toBe('kubectl get nodes');
    type(`${UP}${UP}`);
    expect(editor.line).toBe('kubectl get pods');
    type(`${DOWN}${DOWN}`);
    expect(editor.line).toBe('draft');
  });

  it('rings the bell past the oldest line', () => {
    const editor = new LineEditor('$ ', { history: ['ls'] });
    editor.feed(UP);
    expect(editor.feed(UP).output).toBe('\x07');
  });

  it('adds lines as bash with ignoreboth does: no repeats, none starting with a space', () => {
    const editor = new LineEditor('$ ');
    expect(['ls', 'ls', ' secret', 'pwd', ''].map((l) => editor.addHistory(l))).toEqual([true, false, false, true, false]);
    expect(editor.history).toEqual(['ls', 'pwd']);
  });

  it('keeps the newest 1000 lines', () => {
    const editor = new LineEditor('$ ', { history: Array.from({ length: 1_005 }, (_, i) => `echo ${i}`) });
    expect(editor.history).toHaveLength(1_000);
    expect(editor.history[0]).toBe('echo 5');
  });

  it('inserts the last argument of the previous lines with Alt-.', () => {
    const { editor, type } = editorOnScreen(80, { history: ['kubectl describe pod web-1', 'cat notes.txt'] });
    type('vi \x1b.');
    expect(editor.line).toBe('vi notes.txt');
    type('\x1b.');
    expect(editor.line).toBe('vi web-1');
  });
});

describe('line editor: Tab', () => {
  const words = (matches: string[], extra: Partial<Completions> = {}) => (line: string, cursor: number): Completions => {
    const start = line.lastIndexOf(' ', cursor - 1) + 1;
    return { start, matches: matches.filter((m) => m.startsWith(line.slice(start, cursor))), ...extra };
  };

  it('completes a lone match with a space after it', () => {
    const { editor, type } = editorOnScreen(80, { completer: words(['describe', 'delete']) });
    type('kubectl des');
    expect(type('\t').output).toBe('cribe ');
    expect(editor.line).toBe('kubectl describe ');
  });

  it('completes several matches to their common prefix and rings the bell', () => {
    const { editor, type } = editorOnScreen(80, { completer: words(['pods', 'podtemplates', 'poddisruptionbudgets.policy']) });
    type('get po');
    expect(type('\t').output).toBe('d\x07');
    expect(editor.line).toBe('get pod');
  });

  it('lists the matches on the Tab after one that changed nothing, in columns, then redraws the line', () => {
    const { term, type } = editorOnScreen(40, { completer: words(['k8s-master-1', 'k8s-worker-1', 'k8s-worker-2', 'k8s-worker-3']) });
    type('describe node k8s-');
    expect(type('\t').output).toBe('\x07');
    expect(type('\t').output).toBe('\r\nk8s-master-1  k8s-worker-2\r\nk8s-worker-1  k8s-worker-3\r\n$ describe node k8s-');
    expect(term.screen).toEqual(['$ describe node k8s-', 'k8s-master-1  k8s-worker-2', 'k8s-worker-1  k8s-worker-3', '$ describe node k8s-']);
  });

  it('needs two more Tabs to list after a Tab that completed part of the word (readline)', () => {
    const { type } = editorOnScreen(80, { completer: words(['pods', 'podtemplates']) });
    type('po');
    expect(type('\t').output).toBe('d\x07');
    expect(type('\t').output).toBe('\x07');
    expect(type('\t').output).toBe('\r\npods          podtemplates  \r\n$ pod');
  });

  it('rings the bell when nothing matches', () => {
    const { type } = editorOnScreen(80, { completer: words([]) });
    type('zz');
    expect(type('\t').output).toBe('\x07');
  });

  it('adds `/` after a lone directory and quotes special characters in filenames', () => {
    const files = (line: string, cursor: number): Completions => ({
      start: 4, matches: ['my dir', 'my file.yaml'].filter((m) => m.startsWith(line.slice(4, cursor).replace(/\\/g, ''))), directories: new Set(['my dir']),
    });
    const { editor, type } = editorOnScreen(80, { completer: files });
    type('cat my\\ d\t');
    expect(editor.line).toBe('cat my\\ dir/');
  });

  it('asks before listing 100 matches or more, and stops at `--More--` when they fill the screen', () => {
    const many = Array.from({ length: 120 }, (_, i) => `item-${String(i).padStart(3, '0')}`);
    const { editor, type } = editorOnScreen(21, { completer: words(many) });
    editor.setSize(21, 5);
    type('x item-\t');
    expect(type('\t').output).toBe('\r\nDisplay all 120 possibilities? (y or n)');
    expect(type('z').output).toBe('\x07');
    const page = type('y').output;
    expect(page).toBe('\r\nitem-000  item-060\r\nitem-001  item-061\r\nitem-002  item-062\r\nitem-003  item-063\r\n--More--');
    expect(type('\r').output).toBe('\r\x1b[K\ritem-004  item-064\r\n--More--');
    expect(type('q').output).toBe('\r\x1b[K\r$ x item-');
    expect(editor.line).toBe('x item-');
  });

  it('draws the line again after "n" to the question', () => {
    const many = Array.from({ length: 100 }, (_, i) => `n${i}`);
    const { type } = editorOnScreen(80, { completer: words(many) });
    type('n\t');
    expect(type('\t').output).toContain('Display all 100 possibilities? (y or n)');
    expect(type('n').output).toBe('\r\n$ n');
  });
});
