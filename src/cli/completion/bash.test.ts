import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MemoryFs } from '../fs/memory-fs.ts';
import { HARNESS_HOME, kubectlHarness } from '../testing/kubectl-harness.ts';
import { completeBash, type CompletionMachine } from './bash.ts';

const HOME = '/home/student';

function machine(files: Record<string, string> = {}): CompletionMachine {
  const fs = new MemoryFs(() => 0, {
    [`${HOME}/.bashrc`]: '',
    [`${HOME}/.kube/config`]: '',
    [`${HOME}/manifests/web.yaml`]: '',
    [`${HOME}/manifests/db.yml`]: '',
    [`${HOME}/manifests/notes.txt`]: '',
    [`${HOME}/my file.yaml`]: '',
    ...files,
  });
  return { fs, cwd: HOME, home: HOME, commands: ['cat', 'cd', 'clear', 'kubectl', 'ls'] };
}

const complete = (line: string, m = machine()) => completeBash(m, line, line.length);

describe('bash completion', () => {
  it('completes the first word from the commands and the directories here', () => {
    expect(complete('c')).toMatchObject({ start: 0, matches: ['cat', 'cd', 'clear'] });
    expect(complete('ma').matches).toEqual(['manifests']);
    expect(complete('ma').directories?.has('manifests')).toBe(true);
  });

  it('completes filenames for other commands, dot files only after a dot', () => {
    expect(complete('cat manifests/').matches).toEqual(['manifests/db.yml', 'manifests/notes.txt', 'manifests/web.yaml']);
    expect(complete('cat ').matches).toEqual(['manifests', 'my file.yaml']);
    expect(complete('ls .').matches).toEqual(['.', '..', '.bashrc', '.kube']);
    expect(complete('cat ~/.k')).toMatchObject({ matches: ['~/.kube'], start: 4 });
  });

  it('offers only directories to cd', () => {
    expect(complete('cd ').matches).toEqual(['manifests']);
    expect(complete('cd ..').matches).toEqual(['..']);
  });

  it('completes a redirection target as a file', () => {
    expect(complete('kubectl get pods > man').matches).toEqual(['manifests']);
  });

  it('offers commands after which and type', () => {
    expect(complete('which kub').matches).toEqual(['kubectl']);
  });

  it('keeps an open quote: the word starts after it', () => {
    expect(complete('cat "my')).toMatchObject({ start: 5, matches: ['my file.yaml'], quote: '"' });
  });
});

describe('bash completion properties', () => {
  const WORDS = ['kubectl', 'get', 'describe', 'logs', 'exec', '-n', '--namespace=', '-o', '--output=', '-f', 'pods', 'deploy/', 'po',
    'rollout', 'status', 'cd', 'cat', '~/', '..', '"my', "'x", '\\ ', '|', ';', '>', '2>&1', '=', ':', '--', '-'];

  it('never throws and always answers with a word that starts at or before the cursor', () => {
    const h = kubectlHarness();
    const m: CompletionMachine = { fs: h.fs, cwd: HARNESS_HOME, home: HARNESS_HOME, commands: ['kubectl', 'cat'], cluster: h.cluster };
    fc.assert(fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 8 }), fc.boolean(), fc.nat(), (words, space, cut) => {
      const line = words.join(' ') + (space ? ' ' : '');
      const cursor = cut % (line.length + 1);
      const result = completeBash(m, line, cursor);
      expect(result.start).toBeGreaterThanOrEqual(0);
      expect(result.start).toBeLessThanOrEqual(cursor);
      expect(result.matches.every((match) => typeof match === 'string')).toBe(true);
    }), { numRuns: 300 });
  });
});
