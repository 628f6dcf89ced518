import { describe, expect, it } from 'vitest';
import { commandWords, rawIndex } from './words.ts';

const at = (line: string) => commandWords(line, line.length);

describe('command words', () => {
  it('splits the command at the cursor into finished words and the word being typed', () => {
    expect(at('kubectl get po')).toMatchObject({ words: ['kubectl', 'get'], current: 'po', start: 12 });
    expect(at('kubectl get ')).toMatchObject({ words: ['kubectl', 'get'], current: '', start: 12 });
  });

  it('starts a new command after a pipe, a semicolon or &&', () => {
    expect(at('kubectl get pods | gr')).toMatchObject({ words: [], current: 'gr' });
    expect(at('cd /tmp && kubectl ')).toMatchObject({ words: ['kubectl'], current: '' });
  });

  it('removes quotes and backslashes, and notes a quote still open', () => {
    expect(at('cat my\\ fi')).toMatchObject({ words: ['cat'], current: 'my fi', start: 4, raw: 'my\\ fi' });
    expect(at('cat "my fi')).toMatchObject({ current: 'my fi', start: 5, quote: '"' });
    expect(at('echo "a b" c')).toMatchObject({ words: ['echo', 'a b'], current: 'c' });
    expect(at('cat ab"cd').unsupported).toBe(true);
  });

  it('knows a redirection target is a file, and skips assignments before the command', () => {
    expect(at('kubectl get pods -o yaml > po')).toMatchObject({ afterRedirection: true, current: 'po' });
    expect(at('kubectl get pods 2>&1 ')).toMatchObject({ words: ['kubectl', 'get', 'pods'], afterRedirection: false });
    expect(at('KUBECONFIG=x kubectl get ')).toMatchObject({ words: ['kubectl', 'get'] });
  });

  it('maps an unquoted position back to the typed text', () => {
    expect(rawIndex('a\\ b=c', 4)).toBe(5);
    expect(rawIndex('"x=y"z', 2)).toBe(3);
  });
});
