// tee on the workstation: stdout and every file, -a appends, a file it cannot write is reported.

import { describe, expect, it } from 'vitest';
import { TestShell } from '../testing.ts';

describe('tee', () => {
  it('copies its input to standard output and to each file, appending with -a', () => {
    const shell = new TestShell({ files: { '/home/student/log': 'old\n' } });
    expect(shell.run('echo hello | tee a.txt b.txt').output).toBe('hello\n');
    expect(shell.run('echo again | tee -a log > /dev/null; cat a.txt b.txt log').output).toBe('hello\nhello\nold\nagain\n');
  });

  it('reports a file it cannot write and still writes the others', () => {
    const shell = new TestShell({ files: { '/home/student/d/x': '' } });
    const r = shell.run('echo x | tee d ok.txt; echo $?; cat ok.txt');
    expect(r.output).toBe('tee: d: Is a directory\nx\n1\nx\n');
  });
});
