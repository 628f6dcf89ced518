import { describe, expect, it } from 'vitest';
import { LineEditor } from './line-editor.ts';
import { VirtualTerminal } from './testing.ts';

const HISTORY = ['kubectl get pods', 'kubectl describe pod web-1', 'echo done', 'kubectl get nodes'];

function searching(draft = '') {
  const editor = new LineEditor('$ ', { history: HISTORY });
  editor.setSize(80, 24);
  const term = new VirtualTerminal(80);
  term.write(editor.render());
  const type = (keys: string) => {
    const result = editor.feed(keys);
    term.write(result.output);
    return result;
  };
  type(draft);
  return { editor, term, type, lastRow: () => term.screen.at(-1) };
}

describe('Ctrl-R reverse-i-search', () => {
  it('shows the prompt of the search, then the newest match as the string grows', () => {
    const s = searching();
    s.type('\x12');
    expect(s.lastRow()).toBe("(reverse-i-search)`':");
    s.type('kub');
    expect(s.lastRow()).toBe("(reverse-i-search)`kub': kubectl get nodes");
    s.type('ectl d');
    expect(s.lastRow()).toBe("(reverse-i-search)`kubectl d': kubectl describe pod web-1");
    expect(s.term.cursor.x).toBe("(reverse-i-search)`kubectl d': ".length);
  });

  it('goes to older matches with Ctrl-R again, skipping a line already found', () => {
    const s = searching();
    s.type('\x12get');
    expect(s.lastRow()).toBe("(reverse-i-search)`get': kubectl get nodes");
    s.type('\x12');
    expect(s.lastRow()).toBe("(reverse-i-search)`get': kubectl get pods");
    expect(s.type('\x12').output.endsWith('\x07')).toBe(true);
    expect(s.lastRow()).toBe("(failed reverse-i-search)`get': kubectl get pods");
  });

  it('says failed when nothing matches, keeping the last match on screen', () => {
    const s = searching();
    s.type('\x12echo');
    expect(s.type('x').output.endsWith('\x07')).toBe(true);
    expect(s.lastRow()).toBe("(failed reverse-i-search)`echox': echo done");
    // readline 8.2 goes on from where the failed search stopped (the oldest line), so it still fails.
    s.type('\x7f');
    expect(s.lastRow()).toBe("(failed reverse-i-search)`echo': echo done");
  });

  it('narrows back after Backspace while the search still matches', () => {
    const s = searching();
    s.type('\x12kubectl g');
    expect(s.lastRow()).toBe("(reverse-i-search)`kubectl g': kubectl get nodes");
    s.type('\x7fd');
    expect(s.lastRow()).toBe("(reverse-i-search)`kubectl d': kubectl describe pod web-1");
  });

  it('runs the match on Enter', () => {
    const s = searching();
    s.type('\x12web');
    const result = s.type('\r');
    expect(result.submitted).toEqual(['kubectl describe pod web-1']);
    expect(s.term.screen.at(-2)).toBe('$ kubectl describe pod web-1');
  });

  it('ends the search with Esc or an arrow, keeping the match to edit', () => {
    const esc = searching();
    esc.type('\x12done\x1b');
    expect(esc.editor.line).toBe('echo done');
    expect(esc.lastRow()).toBe('$ echo done');
    expect(esc.term.cursor.x).toBe('$ echo '.length);

    const arrow = searching();
    arrow.type('\x12done\x1b[D');
    expect(arrow.lastRow()).toBe('$ echo done');
    expect(arrow.term.cursor.x).toBe('$ echo'.length);
    arrow.type('\x1b[A');
    expect(arrow.editor.line).toBe('kubectl describe pod web-1');
  });

  it('Ctrl-G gives back the line as it was before the search', () => {
    const s = searching('kubectl lo');
    s.type('\x12desc\x07');
    expect(s.editor.line).toBe('kubectl lo');
    expect(s.lastRow()).toBe('$ kubectl lo');
  });

  it('Ctrl-C abandons the line, as bash does', () => {
    const s = searching();
    const result = s.type('\x12desc\x03');
    expect(result.interrupted).toBe(true);
    // ^C lands where the cursor is, on the match, as readline echoes the signal.
    expect(s.term.screen.at(-2)).toBe("(reverse-i-search)`desc': kubectl ^Cscribe pod web-1");
  });

  it('takes up the last search string on Ctrl-R Ctrl-R', () => {
    const s = searching();
    s.type('\x12nodes\x1b\x15');
    s.type('\x12\x12');
    expect(s.lastRow()).toBe("(reverse-i-search)`nodes': kubectl get nodes");
  });

  it('adds the word after the match to the search string with Ctrl-W', () => {
    const s = searching();
    s.type('\x12kubectl \x17');
    expect(s.lastRow()).toBe("(reverse-i-search)`kubectl get': kubectl get nodes");
  });
});
