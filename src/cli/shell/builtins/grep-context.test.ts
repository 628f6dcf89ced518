// grep -A/-B/-C on the workstation, checked against GNU grep 3.x: `-` after a context line's name and
// number, `--` between groups (also across files and with -A0), -o printing only matches.

import { describe, expect, it } from 'vitest';
import { TestShell } from '../testing.ts';

const FILES = { '/home/student/f.txt': 'a\nb\nmatch1\nc\nd\ne\nf\nmatch2\ng\nmatch3\nh\n' };

function run(source: string): { output: string; exitCode: number } {
  const { output, exitCode } = new TestShell({ files: FILES }).run(source);
  return { output, exitCode };
}

describe('grep context lines', () => {
  it('prints lines after, before and around each match, groups apart separated by --', () => {
    expect(run('grep -A1 match f.txt').output).toBe('match1\nc\n--\nmatch2\ng\nmatch3\nh\n');
    expect(run('grep -B 2 match f.txt').output).toBe('a\nb\nmatch1\n--\ne\nf\nmatch2\ng\nmatch3\n');
    expect(run('grep -nC1 match2 f.txt').output).toBe('7-f\n8:match2\n9-g\n');
    expect(run('grep --context=1 -v "[a-f]" f.txt').output).toBe('match2\ng\nmatch3\nh\n');
  });

  it('lets -A and -B win over -C, and separates even with -A0', () => {
    expect(run('grep -A0 -C2 match2 f.txt').output).toBe('e\nf\nmatch2\n');
    expect(run('grep -A 0 match f.txt').output).toBe('match1\n--\nmatch2\n--\nmatch3\n');
  });

  it('names files with - on context lines and separates groups of different files', () => {
    expect(run('grep -C1 -H match1 f.txt f.txt').output).toBe('f.txt-b\nf.txt:match1\nf.txt-c\n--\nf.txt-b\nf.txt:match1\nf.txt-c\n');
  });

  it('prints only matches with -o, context lines counting for the separators', () => {
    expect(run('grep -o -A1 "match[12]" f.txt').output).toBe('match1\n--\nmatch2\n');
    expect(run('grep -v -o match f.txt')).toEqual({ output: '', exitCode: 0 });
  });

  it('rejects a bad context length as GNU grep does', () => {
    const shell = new TestShell({ files: FILES });
    const r = shell.run('grep -A x match f.txt');
    expect({ output: r.output, exitCode: r.exitCode }).toEqual({ output: 'grep: x: invalid context length argument\n', exitCode: 2 });
  });
});
