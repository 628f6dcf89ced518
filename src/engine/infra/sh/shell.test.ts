import { describe, expect, it } from 'vitest';
import { isFsError } from '../fs/errors.ts';
import { spawnProcess } from './index.ts';
import { bench, drive, ENV, sh } from './testing.ts';

describe('control flow', () => {
  it('runs if/elif/else, while, until and for loops', () => {
    expect(sh('if false; then echo a; elif true; then echo b; else echo c; fi').out).toBe('b\n');
    expect(sh('i=0; while [ $i -lt 3 ]; do i=$((i+1)); echo $i; done').out).toBe('1\n2\n3\n');
    expect(sh('i=3; until [ $i -eq 0 ]; do echo $i; i=$((i-1)); done').out).toBe('3\n2\n1\n');
    expect(sh('for f in a "b c" $(echo d e); do echo "[$f]"; done').out).toBe('[a]\n[b c]\n[d]\n[e]\n');
  });

  it('breaks and continues loops, also several levels out', () => {
    expect(sh('for i in 1 2 3 4; do [ $i = 2 ] && continue; [ $i = 4 ] && break; echo $i; done').out).toBe('1\n3\n');
    expect(sh('for i in 1 2; do for j in a b; do echo $i$j; break 2; done; done; echo out').out).toBe('1a\nout\n');
    expect(sh('while true; do echo once; break; done').out).toBe('once\n');
  });

  it('matches case patterns in order', () => {
    const script = 'for v in nginx.conf x.log README 7; do case $v in *.conf|*.cfg) echo "$v conf";; *.log) echo "$v log";; [0-9]) echo "$v digit";; *) echo "$v other";; esac; done';
    expect(sh(script).out).toBe('nginx.conf conf\nx.log log\nREADME other\n7 digit\n');
  });

  it('calls functions with their own positional parameters and locals', () => {
    const script = 'greet() { local who=$1; echo "hi $who ($#)"; return 4; }; who=outer; greet you there; echo "$? $who $#"';
    expect(sh(script).out).toBe('hi you (2)\n4 outer 0\n');
  });

  it('runs groups in the shell and subshells apart', () => {
    expect(sh('x=1; { x=2; }; echo $x; (x=3; echo in $x); echo $x').out).toBe('2\nin 3\n2\n');
    expect(sh('(exit 5); echo $?').out).toBe('5\n');
  });
});

describe('exit statuses', () => {
  it('exits with the status exit gives, or the last command’s', () => {
    expect(sh('exit 3').code).toBe(3);
    expect(sh('false').code).toBe(1);
    expect(sh('false; echo $?').out).toBe('1\n');
    expect(sh('true && false || echo recovered').out).toBe('recovered\n');
    expect(sh('! false; echo $?; ! true; echo $?').out).toBe('0\n1\n');
    expect(sh('exit 300').code).toBe(44);
  });

  it('gives 127 for unknown commands and 126 for files it may not run', () => {
    const r = sh('foo; echo $?');
    expect(r.err).toBe('sh: foo: not found\n');
    expect(r.out).toBe('127\n');
    const b = bench();
    b.sys.fs.writeFile('/tmp/script', 'echo hi\n');
    const denied = sh('/tmp/script; echo $?', { bench: b });
    expect(denied.err).toBe('sh: /tmp/script: Permission denied\n');
    expect(denied.out).toBe('126\n');
  });

  it('stops at the first failure under set -e, except in conditions', () => {
    const r = sh('set -e; if false; then :; fi; false || true; ! true; false && true; echo still; false; echo never');
    expect(r.out).toBe('still\n');
    expect(r.code).toBe(1);
    expect(sh('set -e; f() { false; echo not reached; }; f; echo no').code).toBe(1);
  });
});

describe('pipelines', () => {
  it('connects stages and takes the last stage’s status', () => {
    expect(sh('echo hello world | wc -w').out).toBe('2\n');
    expect(sh('printf "b\\na\\nc\\n" | sort | head -n 2').out).toBe('a\nb\n');
    expect(sh('false | true; echo $?; true | false; echo $?').out).toBe('0\n1\n');
    expect(sh('echo x | read v; echo "[$v]"').out).toBe('[]\n');
  });

  it('stops an endless producer once the reader is done (SIGPIPE)', () => {
    expect(sh('while true; do echo y; done | head -n 3; echo done').out).toBe('y\ny\ny\ndone\n');
    expect(sh('yes | head -n 2').out).toBe('y\ny\n');
  });

  it('feeds a loop line by line', () => {
    expect(sh('printf "a b\\nc d\\n" | while read x y; do echo "$y-$x"; done').out).toBe('b-a\nd-c\n');
  });
});

describe('redirections', () => {
  it('creates, truncates and appends files on the container filesystem', () => {
    const r = sh('echo one > /tmp/f; echo two >> /tmp/f; cat /tmp/f; echo three > /tmp/f; cat < /tmp/f');
    expect(r.out).toBe('one\ntwo\nthree\n');
    expect(r.bench.upper.entries['/tmp/f']).toMatchObject({ t: 'f', data: 'three\n' });
  });

  it('duplicates and discards descriptors', () => {
    const r = sh('cat /nope 2>&1; cat /nope 2>/dev/null; echo out >/dev/null; ls /nope > /tmp/o 2>&1; cat /tmp/o');
    expect(r.out).toBe("cat: can't open '/nope': No such file or directory\nls: /nope: No such file or directory\n");
    expect(r.err).toBe('');
    expect(sh('echo to-err >&2').err).toBe('to-err\n');
  });

  it('reports files it cannot create or open, with status 1', () => {
    const r = sh('echo x > /nope/f; echo $?; cat < /missing; echo $?');
    expect(r.err).toBe("sh: can't create /nope/f: nonexistent directory\nsh: can't open /missing: no such file\n");
    expect(r.out).toBe('1\n1\n');
  });

  it('redirects compound commands and reads here-documents', () => {
    const r = sh('for i in 1 2; do echo $i; done > /tmp/l; cat /tmp/l; cat <<EOF\nhome=$HOME\nEOF\ncat <<\'EOF\'\n$HOME\nEOF\n');
    expect(r.out).toBe('1\n2\nhome=/root\n$HOME\n');
  });

  it('makes exec redirections permanent', () => {
    const r = sh('exec > /tmp/log 2>&1; echo hidden; ls /nope');
    expect(r.out).toBe('');
    const fs = r.bench.sys.fs;
    expect(fs.readFile('/tmp/log')).toBe('hidden\nls: /nope: No such file or directory\n');
  });
});

describe('builtins', () => {
  it('changes directory and reports PWD', () => {
    expect(sh('cd /tmp && pwd && cd .. && pwd && cd - && echo $PWD $OLDPWD').out).toBe('/tmp\n/\n/tmp\n/tmp /\n');
    expect(sh('cd /nope').err).toBe("sh: cd: line 1: can't cd to /nope: No such file or directory\n");
    expect(sh('cd; pwd').out).toBe('/root\n');
  });

  it('exports variables to programs and lists them', () => {
    expect(sh('A=1; export B=2; env | grep -E "^(A|B)="').out).toBe('B=2\n');
    expect(sh('C=3 printenv C; echo "[$C]"').out).toBe('3\n[]\n');
    expect(sh('export Z=1; export -p | grep Z=').out).toBe("export Z='1'\n");
  });

  it('reads lines with read, splitting on IFS', () => {
    const r = sh('printf "a:b:c d\\n" > /tmp/i; IFS=: read x y z < /tmp/i; echo "$x|$y|$z"; read -r w < /tmp/i; echo "$w"');
    expect(r.out).toBe('a|b|c d\na:b:c d\n');
    expect(sh('read x < /dev/null; echo $?').out).toBe('1\n');
  });

  it('evaluates text, sources files and shifts parameters', () => {
    const b = bench();
    b.sys.fs.writeFile('/tmp/lib.sh', 'LIB=loaded\nhelper() { echo helping; }\n');
    expect(sh('eval "x=5; echo \\$x"; . /tmp/lib.sh; echo $LIB; helper; set -- a b c; shift; echo $@; shift 2; echo $#', { bench: b }).out)
      .toBe('5\nloaded\nhelping\nb c\n0\n');
  });

  it('tells what a name is', () => {
    expect(sh('f() { :; }; type cd f ls nope; command -v echo ls').out).toBe('cd is a shell builtin\nf is a function\nls is /bin/ls\nnope: not found\necho\n/bin/ls\n');
  });

  it('traces commands with set -x', () => {
    expect(sh('set -x; X=1 echo "a b"').err).toBe('+ X=1 echo a b\n');
  });
});

describe('background jobs', () => {
  it('runs jobs alongside and waits for them', () => {
    const r = sh('(sleep 2; echo slow) & echo fast; wait; echo both');
    expect(r.out).toBe('fast\nslow\nboth\n');
    expect(r.bench.nowMs - Date.UTC(2025, 2, 17, 8, 31, 2)).toBe(2_000);
  });

  it('reports the job pid in $!', () => {
    expect(sh('sleep 1 & echo $!; wait $!; echo $?').out).toBe('7\n0\n');
  });
});

describe('scripts and nested shells', () => {
  it('runs script files, with and without a shebang, and nested sh -c', () => {
    const b = bench();
    b.sys.fs.writeFile('/tmp/a.sh', '#!/bin/sh\necho "a $0 $1"\nexit 3\n', { mode: 0o755 });
    b.sys.fs.writeFile('/tmp/b.sh', 'echo b $#\n', { mode: 0o755 });
    const r = sh('/tmp/a.sh x; echo $?; cd /tmp; ./b.sh 1 2; sh -c \'echo "in $0: $1"\' me arg; sh /tmp/a.sh', { bench: b });
    expect(r.out).toBe('a /tmp/a.sh x\n3\nb 2\nin me: arg\na /tmp/a.sh \n');
  });

  it('names the script and line in its messages', () => {
    const b = bench();
    b.sys.fs.writeFile('/tmp/s.sh', 'echo start\n\nmissing-cmd\n', { mode: 0o755 });
    const st = spawnProcess(['sh', '/tmp/s.sh'], { env: ENV, cwd: '/', flavour: 'ash' });
    drive(b, st);
    expect(b.out).toBe('start\n');
    expect(b.err).toBe('/tmp/s.sh: line 3: missing-cmd: not found\n');
    const none = bench();
    drive(none, spawnProcess(['sh', '/tmp/none.sh'], { env: ENV, cwd: '/', flavour: 'ash' }));
    expect(none.err).toBe("sh: can't open '/tmp/none.sh': No such file or directory\n");
  });

  it('runs the lines before a syntax error further down', () => {
    const r = sh('echo first\nif then\necho never');
    expect(r.out).toBe('first\n');
    expect(r.err).toBe('sh: syntax error: unexpected "then"\n');
    expect(r.code).toBe(2);
  });

  it('keeps the files it wrote in the upper layer', () => {
    const r = sh('mkdir -p /data/x && echo v > /data/x/f');
    expect(isFsError(r.bench.sys.fs.readFile('/data/x/f'))).toBe(false);
  });
});
