import { describe, expect, it } from 'vitest';
import { KeyDecoder } from './keys.ts';

describe('key decoder', () => {
  it('groups text and splits control characters', () => {
    expect(new KeyDecoder().decode('ls -l\r').map((k) => k.type)).toEqual(['text', 'control']);
  });

  it('reads the cursor keys xterm sends, in normal and application mode', () => {
    const keys = new KeyDecoder().decode('\x1b[A\x1bOB\x1b[1;5C\x1b[3~\x1b[H\x1b[F\x1b[Z\x1b[15~');
    expect(keys.map((k) => (k.type === 'special' ? k.name : k.type))).toEqual(['up', 'down', 'wordRight', 'delete', 'home', 'end', 'backTab', 'unknown']);
  });

  it('reads ESC then a key as a meta key', () => {
    const keys = new KeyDecoder().decode('\x1bb\x1b\x7f\x1b.');
    expect(keys.map((k) => (k.type === 'meta' ? k.char : k.type))).toEqual(['b', '\x7f', '.']);
  });

  it('keeps an unfinished sequence for the next chunk', () => {
    const decoder = new KeyDecoder();
    expect(decoder.decode('a\x1b[')).toEqual([{ type: 'text', text: 'a', raw: 'a' }]);
    expect(decoder.decode('D')).toEqual([{ type: 'special', name: 'left', raw: '\x1b[D' }]);
    decoder.decode('\x1b');
    expect(decoder.escapePending).toBe(true);
    expect(decoder.takePending()).toBe('\x1b');
  });

  it('drops a runaway sequence instead of growing it', () => {
    const decoder = new KeyDecoder();
    decoder.decode(`\x1b[${'1;'.repeat(50)}`);
    expect(decoder.decode('x')).toEqual([{ type: 'text', text: 'x', raw: 'x' }]);
  });
});
