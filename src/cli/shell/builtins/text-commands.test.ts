import { describe, expect, it } from 'vitest';
import { TestShell } from '../testing.ts';

const FILES = {
  '/home/student/notes.txt': 'alpha beta\nGamma delta\n\nepsilon\nalpha again\n',
  '/home/student/nums': '10\n9\n100\n-1\n9\n',
  '/home/student/csv': 'a,b,c\n1,2,3\nx,,z\n',
  '/home/student/pod.yaml': 'kind: Pod\n',
  '/home/student/svc.yaml': 'kind: Service\n',
  '/home/student/d/inner.txt': 'inside\n',
};

function run(source: string): { output: string; exitCode: number } {
  const { output, exitCode } = new TestShell({ files: FILES }).run(source);
  return { output, exitCode };
}

describe('grep', () => {
  it('prints matching lines, exiting 1 when none match', () => {
    expect(run('grep alpha notes.txt')).toEqual({ output: 'alpha beta\nalpha again\n', exitCode: 0 });
    expect(run('grep zeta notes.txt')).toEqual({ output: '', exitCode: 1 });
  });

  it('supports -i -v -c -n -w -x -o -l -q', () => {
    expect(run('grep -i gamma notes.txt').output).toBe('Gamma delta\n');
    expect(run('grep -v a notes.txt').output).toBe('\nepsilon\n');
    expect(run('grep -c alpha notes.txt').output).toBe('2\n');
    expect(run('grep -n alpha notes.txt').output).toBe('1:alpha beta\n5:alpha again\n');
    expect(run('grep -w alp notes.txt').exitCode).toBe(1);
    expect(run('grep -x 9 nums').output).toBe('9\n9\n');
    expect(run("grep -o 'al[a-z]*' notes.txt").output).toBe('alpha\nalpha\n');
    expect(run('grep -l kind pod.yaml notes.txt svc.yaml').output).toBe('pod.yaml\nsvc.yaml\n');
    expect(run('grep -q alpha notes.txt')).toEqual({ output: '', exitCode: 0 });
  });

  it('reads basic and extended regular expressions', () => {
    expect(run("grep 'alpha\\|delta' notes.txt").output).toBe('alpha beta\nGamma delta\nalpha again\n');
    expect(run("grep -E 'alpha|delta' notes.txt").output).toBe('alpha beta\nGamma delta\nalpha again\n');
    expect(run("grep 'a|b' notes.txt").exitCode).toBe(1);
  });

  it('prefixes file names when searching several files or recursively', () => {
    expect(run('grep kind *.yaml').output).toBe('pod.yaml:kind: Pod\nsvc.yaml:kind: Service\n');
    expect(run('grep -r inside').output).toBe('d/inner.txt:inside\n');
    expect(run('grep -r inside .').output).toBe('./d/inner.txt:inside\n');
    expect(run('echo x | grep -H x').output).toBe('(standard input):x\n');
  });

  it('reads stdin', () => {
    expect(run('cat nums | grep 0').output).toBe('10\n100\n');
  });

  it('reports trouble with status 2', () => {
    expect(run('grep x nope')).toEqual({ output: 'grep: nope: No such file or directory\n', exitCode: 2 });
    expect(run('grep inside d')).toEqual({ output: 'grep: d: Is a directory\n', exitCode: 2 });
    expect(run('grep')).toEqual({ output: "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n", exitCode: 2 });
    expect(run("grep -E '(' nums")).toEqual({ output: 'grep: Unmatched ( or \\(\n', exitCode: 2 });
    expect(run("grep '[' nums").output).toBe('grep: Invalid regular expression\n');
  });
});

describe('head and tail', () => {
  it('takes the first and last lines', () => {
    expect(run('head -n 2 notes.txt').output).toBe('alpha beta\nGamma delta\n');
    expect(run('head -n -3 notes.txt').output).toBe('alpha beta\nGamma delta\n');
    expect(run('tail -2 nums').output).toBe('-1\n9\n');
    expect(run('tail -n +4 nums').output).toBe('-1\n9\n');
    expect(run('cat nums | head -1').output).toBe('10\n');
  });

  it('counts characters with -c', () => {
    expect(run('head -c 5 notes.txt').output).toBe('alpha');
    expect(run("printf abcdef | tail -c 2; printf abcdef | tail -c +3; printf abcdef | head -c -2").output).toBe('efcdefabcd');
  });

  it('keeps a missing final newline missing', () => {
    expect(run("printf 'a\\nb' | tail -n 1").output).toBe('b');
  });

  it('prints headers for several files', () => {
    expect(run('head -1 pod.yaml svc.yaml').output).toBe('==> pod.yaml <==\nkind: Pod\n\n==> svc.yaml <==\nkind: Service\n');
  });

  it('rejects bad counts and missing files', () => {
    expect(run('head -n x nums')).toEqual({ output: "head: invalid number of lines: 'x'\n", exitCode: 1 });
    expect(run('tail nope').output).toBe("tail: cannot open 'nope' for reading: No such file or directory\n");
  });
});

describe('wc', () => {
  it('aligns columns as GNU wc does', () => {
    expect(run('wc notes.txt').output).toBe(' 5  7 44 notes.txt\n');
    expect(run('wc -l notes.txt').output).toBe('5 notes.txt\n');
    expect(run('cat notes.txt | wc').output).toBe('      5       7      44\n');
    expect(run('cat notes.txt | wc -l').output).toBe('5\n');
    expect(run('wc -l pod.yaml svc.yaml').output).toBe(' 1 pod.yaml\n 1 svc.yaml\n 2 total\n');
  });

  it('still totals when a file is missing', () => {
    expect(run('wc nope notes.txt')).toEqual({
      output: 'wc: nope: No such file or directory\n 5  7 44 notes.txt\n 5  7 44 total\n',
      exitCode: 1,
    });
  });
});

describe('sort and uniq', () => {
  it('sorts by bytes, numbers, keys, in reverse and uniquely', () => {
    expect(run('sort notes.txt').output).toBe('\nGamma delta\nalpha again\nalpha beta\nepsilon\n');
    expect(run('sort -n nums').output).toBe('-1\n9\n9\n10\n100\n');
    expect(run('sort -nr nums').output).toBe('100\n10\n9\n9\n-1\n');
    expect(run('sort -un nums').output).toBe('-1\n9\n10\n100\n');
    expect(run('sort -t, -k2 csv').output).toBe('x,,z\n1,2,3\na,b,c\n');
  });

  it('rejects bad keys and missing files with status 2', () => {
    expect(run('sort -k 0 nums')).toEqual({ output: "sort: field number is zero: invalid field specification '0'\n", exitCode: 2 });
    expect(run('sort nope')).toEqual({ output: 'sort: cannot read: nope: No such file or directory\n', exitCode: 2 });
  });

  it('collapses adjacent duplicates, counting with -c', () => {
    expect(run('sort nums | uniq').output).toBe('-1\n10\n100\n9\n');
    expect(run('sort nums | uniq -c').output).toBe('      1 -1\n      1 10\n      1 100\n      2 9\n');
    expect(run('sort nums | uniq -d').output).toBe('9\n');
  });
});

describe('cut and tr', () => {
  it('cuts fields and characters', () => {
    expect(run('cut -d, -f2 csv').output).toBe('b\n2\n\n');
    expect(run('cut -d, -f1,3 csv').output).toBe('a,c\n1,3\nx,z\n');
    expect(run('cut -d, -f2- csv').output).toBe('b,c\n2,3\n,z\n');
    expect(run('cut -c1-3 notes.txt').output).toBe('alp\nGam\n\neps\nalp\n');
  });

  it('explains bad field lists', () => {
    expect(run('cut csv').output).toBe("cut: you must specify a list of bytes, characters, or fields\nTry 'cut --help' for more information.\n");
    expect(run('cut -f0 csv').output).toBe("cut: fields are numbered from 1\nTry 'cut --help' for more information.\n");
    expect(run('cut -d ab -f1 csv').output).toBe("cut: the delimiter must be a single character\nTry 'cut --help' for more information.\n");
  });

  it('translates, deletes and squeezes characters', () => {
    expect(run('echo hello | tr a-z A-Z').output).toBe('HELLO\n');
    expect(run("echo hello | tr '[:lower:]' '[:upper:]'").output).toBe('HELLO\n');
    expect(run('echo hello | tr -d l').output).toBe('heo\n');
    expect(run("echo 'aa  bb' | tr -s ' '").output).toBe('aa bb\n');
    expect(run('echo abc | tr abc x').output).toBe('xxx\n');
    expect(run("echo a.b | tr . '\\n'").output).toBe('a\nb\n');
  });

  it('asks for both sets when translating', () => {
    expect(run('tr a').output).toBe(
      "tr: missing operand after 'a'\nTwo strings must be given when translating.\nTry 'tr --help' for more information.\n",
    );
  });
});
