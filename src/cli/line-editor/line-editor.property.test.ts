import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Completions } from './completion.ts';
import { LineEditor } from './line-editor.ts';
import { VirtualTerminal } from './testing.ts';

/** Keys that edit in place: everything but Enter, Ctrl-C and Ctrl-L, which leave the line. */
const EDITING_KEYS = [
  '\x1b[D', '\x1b[C', '\x1b[A', '\x1b[B', '\x1b[H', '\x1b[F', '\x1b[3~', '\x7f', '\x01', '\x05', '\x02', '\x06', '\x0b', '\x15',
  '\x17', '\x19', '\x14', '\x04', '\x1bb', '\x1bf', '\x1bd', '\x1b\x7f', '\x1b.', '\x1b<', '\x1b>', '\x1b[1;5D', '\x1b[1;5C',
  '\x12', '\x07', '\x1b', '\t',
];

const key = fc.oneof(
  fc.constantFrom(...EDITING_KEYS),
  fc.stringMatching(/^[a-z -/.]{1,12}$/),
);

/** A completer with at most one match: the word with a `z` after it, or nothing for words ending in `q`. */
const oneMatch = (line: string, cursor: number): Completions => {
  const start = line.lastIndexOf(' ', cursor - 1) + 1;
  const word = line.slice(start, cursor);
  return { start, matches: word.endsWith('q') ? [] : [`${word}z`] };
};

describe('line editor properties', () => {
  it('leaves on screen exactly what a fresh drawing of the prompt and line shows, cursor included', () => {
    fc.assert(fc.property(
      fc.integer({ min: 4, max: 30 }),
      fc.constantFrom('$ ', 'student@workstation:~$ ', '# ', ''),
      fc.array(fc.stringMatching(/^[a-z -]{0,40}$/), { maxLength: 5 }),
      fc.array(key, { maxLength: 40 }),
      (cols, prompt, history, keys) => {
        const editor = new LineEditor(prompt, { history, completer: oneMatch });
        editor.setSize(cols, 24);
        const live = new VirtualTerminal(cols);
        live.write(editor.render());
        for (const k of keys) live.write(editor.feed(k).output);
        const fresh = new VirtualTerminal(cols);
        fresh.write(editor.render());
        expect(live.screen).toEqual(fresh.screen);
        expect(live.cursor).toEqual(fresh.cursor);
      },
    ), { numRuns: 400 });
  });

  it('never throws, whatever bytes arrive, and keeps the cursor in the line', () => {
    fc.assert(fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 20 }), { maxLength: 30 }), fc.integer({ min: 1, max: 200 }), (chunks, cols) => {
      const editor = new LineEditor('$ ', { completer: oneMatch, history: ['kubectl get pods'] });
      editor.setSize(cols, 5);
      for (const chunk of chunks) editor.feed(chunk, { stopAtEvent: chunk.length % 2 === 0 });
      const drawn = new VirtualTerminal(cols);
      drawn.write(editor.render());
      expect(drawn.cursor.y).toBeGreaterThanOrEqual(0);
    }), { numRuns: 300 });
  });
});
