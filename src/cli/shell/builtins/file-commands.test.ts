import { describe, expect, it } from 'vitest';
import { TestShell } from '../testing.ts';

const FILES = {
  '/home/student/pod.yaml': 'apiVersion: v1\nkind: Pod\n',
  '/home/student/svc.yaml': 'kind: Service\n',
  '/home/student/d/inner.txt': 'inside\n',
};

function shell(): TestShell {
  return new TestShell({ files: FILES });
}

describe('ls', () => {
  it('lists names on one line on a terminal and one per line into a pipe', () => {
    const sh = shell();
    expect(sh.run('ls').output).toBe('d  pod.yaml  svc.yaml\n');
    expect(sh.run('ls | cat').output).toBe('d\npod.yaml\nsvc.yaml\n');
    expect(sh.run('ls -1').output).toBe('d\npod.yaml\nsvc.yaml\n');
  });

  it('prints the long format with owner, size and time', () => {
    expect(shell().run('ls -l').output).toBe(
      [
        'total 12',
        'drwxr-xr-x 2 student student 4096 Nov 26 19:54 d',
        '-rw-r--r-- 1 student student   25 Nov 26 19:54 pod.yaml',
        '-rw-r--r-- 1 student student   14 Nov 26 19:54 svc.yaml',
        '',
      ].join('\n'),
    );
  });

  it('shows the year instead of the time for files older than six months', () => {
    const sh = shell();
    sh.nowMs += 200 * 86_400_000;
    expect(sh.run('ls -l svc.yaml').output).toBe('-rw-r--r-- 1 student student 14 Nov 26  2026 svc.yaml\n');
  });

  it('shows hidden entries with -a and -A', () => {
    const sh = new TestShell({ files: { '/home/student/.kube/config': '', '/home/student/x': '' } });
    expect(sh.run('ls -a').output).toBe('.  ..  .kube  x\n');
    expect(sh.run('ls -A').output).toBe('.kube  x\n');
  });

  it('lists files first, then each directory under a header', () => {
    expect(shell().run('ls d pod.yaml').output).toBe('pod.yaml\n\nd:\ninner.txt\n');
  });

  it('reports missing operands with status 2', () => {
    expect(shell().run('ls nope d')).toMatchObject({
      output: "ls: cannot access 'nope': No such file or directory\nd:\ninner.txt\n",
      exitCode: 2,
    });
    expect(shell().run('ls -z')).toMatchObject({
      output: "ls: invalid option -- 'z'\nTry 'ls --help' for more information.\n",
      exitCode: 2,
    });
  });

  it('lists subdirectories with -R', () => {
    const sh = new TestShell({ files: { '/home/student/x/y/z': '', '/home/student/x/a': '' } });
    expect(sh.run('ls -R x').output).toBe('x:\na  y\n\nx/y:\nz\n');
  });

  it('quotes names with spaces on a terminal', () => {
    const sh = new TestShell({ files: { '/home/student/my file': '' } });
    expect(sh.run('ls').output).toBe("'my file'\n");
  });
});

describe('cat', () => {
  it('concatenates files and stdin in order, errors in between', () => {
    expect(shell().run('echo in | cat svc.yaml - nope svc.yaml')).toMatchObject({
      output: 'kind: Service\nin\ncat: nope: No such file or directory\nkind: Service\n',
      exitCode: 1,
    });
  });

  it('numbers lines with -n', () => {
    expect(shell().run('cat -n pod.yaml').output).toBe('     1\tapiVersion: v1\n     2\tkind: Pod\n');
  });

  it('shows tabs, line ends and control characters with -A', () => {
    expect(shell().run("printf 'a\\tb\\x01\\x7fé\\n' | cat -A").output).toBe('a^Ib^A^?M-CM-)$\n');
  });

  it('refuses directories', () => {
    expect(shell().run('cat d').output).toBe('cat: d: Is a directory\n');
  });
});

describe('mkdir, rm, touch', () => {
  it('creates directories, with parents under -p', () => {
    const sh = shell();
    expect(sh.run('mkdir -p a/b/c && ls a/b').output).toBe('c\n');
    expect(sh.run('mkdir x/y')).toMatchObject({ output: "mkdir: cannot create directory 'x/y': No such file or directory\n", exitCode: 1 });
    expect(sh.run('mkdir d').output).toBe("mkdir: cannot create directory 'd': File exists\n");
    expect(sh.run('mkdir').output).toBe("mkdir: missing operand\nTry 'mkdir --help' for more information.\n");
  });

  it('removes files, and directories only with -r', () => {
    const sh = shell();
    expect(sh.run('rm nope')).toMatchObject({ output: "rm: cannot remove 'nope': No such file or directory\n", exitCode: 1 });
    expect(sh.run('rm d')).toMatchObject({ output: "rm: cannot remove 'd': Is a directory\n", exitCode: 1 });
    expect(sh.run('rm -f nope')).toMatchObject({ output: '', exitCode: 0 });
    expect(sh.run('rm -rf d pod.yaml; ls').output).toBe('svc.yaml\n');
    expect(sh.run('rm').output).toBe("rm: missing operand\nTry 'rm --help' for more information.\n");
  });

  it('will not remove / recursively', () => {
    const sh = shell();
    expect(sh.run('rm -rf /')).toMatchObject({
      output: "rm: it is dangerous to operate recursively on '/'\nrm: use --no-preserve-root to override this failsafe\n",
      exitCode: 1,
    });
    expect(sh.fs.exists('/home/student/pod.yaml')).toBe(true);
  });

  it('creates empty files and refreshes modification times', () => {
    const sh = shell();
    sh.nowMs += 60_000;
    sh.run('touch pod.yaml new.txt');
    expect(sh.fs.stat('/home/student/pod.yaml')?.mtimeMs).toBe(sh.nowMs);
    expect(sh.fs.readFile('/home/student/new.txt')).toBe('');
    expect(sh.run('touch nope/x').output).toBe("touch: cannot touch 'nope/x': No such file or directory\n");
  });
});

describe('cp and mv', () => {
  it('copies files, into directories, and trees with -r', () => {
    const sh = shell();
    expect(sh.run('cp pod.yaml p2.yaml && cat p2.yaml').output).toBe('apiVersion: v1\nkind: Pod\n');
    expect(sh.run('cp svc.yaml d && ls d').output).toBe('inner.txt  svc.yaml\n');
    expect(sh.run('cp d e').output).toBe("cp: -r not specified; omitting directory 'd'\n");
    expect(sh.run('cp -r d e && ls e').output).toBe('inner.txt  svc.yaml\n');
  });

  it('explains what it will not copy', () => {
    const sh = shell();
    expect(sh.run('cp nope x').output).toBe("cp: cannot stat 'nope': No such file or directory\n");
    expect(sh.run('cp').output).toBe("cp: missing file operand\nTry 'cp --help' for more information.\n");
    expect(sh.run('cp pod.yaml').output).toBe("cp: missing destination file operand after 'pod.yaml'\nTry 'cp --help' for more information.\n");
    expect(sh.run('cp pod.yaml svc.yaml x').output).toBe("cp: target 'x': No such file or directory\n");
    expect(sh.run('cp pod.yaml pod.yaml').output).toBe("cp: 'pod.yaml' and 'pod.yaml' are the same file\n");
    expect(sh.run('cp -r d d/x').output).toBe("cp: cannot copy a directory, 'd', into itself, 'd/x'\n");
  });

  it('moves and renames', () => {
    const sh = shell();
    expect(sh.run('mv pod.yaml p.yaml && mv svc.yaml d/ && ls . d').output).toBe('.:\nd  p.yaml\n\nd:\ninner.txt  svc.yaml\n');
    expect(sh.run('mv nope x').output).toBe("mv: cannot stat 'nope': No such file or directory\n");
    expect(sh.run('mv d d/x').output).toBe("mv: cannot move 'd' to a subdirectory of itself, 'd/x'\n");
  });
});

describe('cd and pwd', () => {
  it('changes directory, back with - and home with none', () => {
    expect(shell().run('cd d; pwd; cd ..; pwd; cd -; cd; pwd').output).toBe(
      '/home/student/d\n/home/student\n/home/student/d\n/home/student\n',
    );
  });

  it('reports bad operands as bash does', () => {
    const sh = shell();
    expect(sh.run('cd nope')).toMatchObject({ output: 'bash: cd: nope: No such file or directory\n', exitCode: 1 });
    expect(sh.run('cd pod.yaml').output).toBe('bash: cd: pod.yaml: Not a directory\n');
    expect(sh.run('cd d d').output).toBe('bash: cd: too many arguments\n');
    expect(sh.run('unset HOME; cd').output).toBe('bash: cd: HOME not set\n');
  });
});
