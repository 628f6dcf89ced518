import { describe, expect, it } from 'vitest';
import { editorCommand, shellWords } from './editor-launch.ts';

const env = (vars: Record<string, string>) => ({ get: (name: string) => vars[name] });

describe('the editor kubectl edit runs', () => {
  it('is KUBE_EDITOR, else EDITOR, else vi', () => {
    expect(editorCommand(env({ KUBE_EDITOR: 'nano', EDITOR: 'vim' }))).toEqual({ args: ['nano'], viaShell: false });
    expect(editorCommand(env({ EDITOR: 'vim' }))).toEqual({ args: ['vim'], viaShell: false });
    expect(editorCommand(env({}))).toEqual({ args: ['vi'], viaShell: false });
  });

  it('splits a command line on spaces, or hands one with quotes or backslashes to the shell', () => {
    expect(editorCommand(env({ KUBE_EDITOR: 'code --wait' }))).toEqual({ args: ['code', '--wait'], viaShell: false });
    expect(editorCommand(env({ KUBE_EDITOR: "sed -i 's/a/b/'" }))).toEqual({ args: ['/bin/bash', '-c', "sed -i 's/a/b/'"], viaShell: true });
    expect(editorCommand(env({ KUBE_EDITOR: 'a\\ b c', SHELL: '/bin/zsh' }))).toEqual({ args: ['/bin/zsh', '-c', 'a\\ b c'], viaShell: true });
  });

  it('reads shell words as bash does for a simple command', () => {
    expect(shellWords(`sed -i 's/a b/c/' "x \\"y\\"" z\\ w ''`)).toEqual(['sed', '-i', 's/a b/c/', 'x "y"', 'z w', '']);
  });
});
