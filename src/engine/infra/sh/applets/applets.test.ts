import { describe, expect, it } from 'vitest';
import { spawnProcess } from '../index.ts';
import { bench, drive, ENV, sh, type Bench } from '../testing.ts';

function run(argv: string[], o: { b?: Bench; flavour?: 'ash' | 'bash'; env?: string[]; tty?: boolean } = {}): string {
  const b = o.b ?? bench();
  drive(b, spawnProcess(argv, { env: o.env ?? ENV, cwd: '/', flavour: o.flavour ?? 'ash', tty: o.tty ?? false }));
  return b.out + b.err;
}

describe('echo and printf', () => {
  it('echo takes -n and -e only before its words', () => {
    expect(sh('echo -n a; echo -e "b\\tc\\n" -n; echo "d\\ne"; echo -- -x').out).toBe('ab\tc\n -n\nd\\ne\n-- -x\n');
  });

  it('printf formats numbers, strings and escapes, reusing the format', () => {
    expect(sh('printf "%d|%5s|%-5s|%05.2f|%x|%o|%c|%%\\n" 42 ab cd 3.14159 255 8 xyz').out).toBe('42|   ab|cd   |03.14|ff|10|x|%\n');
    expect(sh('printf "%s=%s\\n" a 1 b 2').out).toBe('a=1\nb=2\n');
    expect(sh('printf "%d\\n" abc').out + sh('printf "%d\\n" abc').err).toBe("0\nsh: invalid number 'abc'\n");
    expect(sh('printf "%b" "x\\ty\\n"').out).toBe('x\ty\n');
  });
});

describe('files', () => {
  it('ls lists one per line off a terminal, sorted, hiding dot files unless -a', () => {
    const b = bench();
    sh('touch /tmp/b /tmp/a /tmp/.dot; mkdir /tmp/dir', { bench: b });
    expect(run(['ls', '/tmp'], { b })).toBe('a\nb\ndir\n');
    const b2 = bench();
    sh('touch /tmp/b /tmp/a /tmp/.dot', { bench: b2 });
    expect(run(['ls', '-a', '/tmp'], { b: b2 })).toBe('.\n..\n.dot\na\nb\n');
  });

  it('ls -l shows busybox’s long format with a total', () => {
    const b = bench();
    sh('echo hello > /tmp/f; mkdir /tmp/d', { bench: b });
    expect(run(['ls', '-l', '/tmp'], { b })).toBe(
      'total 8\n' +
      'drwxr-xr-x    2 root     root          4096 Mar 17 08:31 d\n' +
      '-rw-r--r--    1 root     root             6 Mar 17 08:31 f\n');
  });

  it('ls -l in a coreutils image fits its columns', () => {
    const b = bench();
    sh('echo hello > /tmp/f; mkdir /tmp/d', { bench: b, flavour: 'bash' });
    expect(run(['ls', '-l', '/tmp'], { b, flavour: 'bash' })).toBe(
      'total 8\n' +
      'drwxr-xr-x 2 root root 4096 Mar 17 08:31 d\n' +
      '-rw-r--r-- 1 root root    6 Mar 17 08:31 f\n');
  });

  it('ls on a terminal prints columns, coloured by busybox', () => {
    const b = bench();
    expect(run(['ls', '/'], { b, tty: true })).toBe('\x1b[1;34mbin\x1b[m   \x1b[1;34metc\x1b[m   \x1b[1;34mroot\x1b[m  \x1b[1;34mtmp\x1b[m   \x1b[1;34mvar\x1b[m\n');
    expect(run(['ls', '/'], { b: bench(), tty: true, flavour: 'bash' })).toBe('bin  etc  root  tmp  var\n');
  });

  it('copies, moves and removes files and trees', () => {
    const r = sh('mkdir -p /tmp/a/b; echo x > /tmp/a/b/f; cp -r /tmp/a /tmp/c; mv /tmp/c /tmp/d; cat /tmp/d/b/f; rm -r /tmp/a; ls /tmp; rm /tmp/d 2>&1; rm -rf /tmp/d /nope; ls /tmp');
    expect(r.out).toBe("x\nd\nrm: '/tmp/d' is a directory\n");
  });

  it('head and tail pick lines, from files and pipes', () => {
    expect(sh('seq 20 > /tmp/n; head -n 2 /tmp/n; head -3 /tmp/n | tail -n 1; tail -n 2 /tmp/n; tail -n +19 /tmp/n; seq 5 | tail -1').out)
      .toBe('1\n2\n3\n19\n20\n19\n20\n5\n');
    expect(sh('echo a > /tmp/x; echo b > /tmp/y; head /tmp/x /tmp/y').out).toBe('==> /tmp/x <==\na\n\n==> /tmp/y <==\nb\n');
  });

  it('wc counts lines, words and bytes in busybox’s columns', () => {
    expect(sh('printf "a b\\nc\\n" > /tmp/w; wc /tmp/w; wc -l /tmp/w; wc -l < /tmp/w; wc -c -w /tmp/w').out)
      .toBe('        2         3         6 /tmp/w\n2 /tmp/w\n2\n        3         6 /tmp/w\n');
  });

  it('grep matches basic and extended expressions with its options', () => {
    const data = 'printf "alpha\\nBeta\\ngamma 42\\ndelta\\n" > /tmp/g; ';
    expect(sh(`${data}grep a /tmp/g | head -n 2; grep -c a /tmp/g; grep -in beta /tmp/g; grep -v a /tmp/g`).out).toBe('alpha\nBeta\n4\n2:Beta\n');
    expect(sh(`${data}grep -E "[0-9]+$" /tmp/g; grep "a\\(l\\|m\\)" /tmp/g; grep -w delta /tmp/g; grep -q zzz /tmp/g; echo $?`).out).toBe('gamma 42\nalpha\ngamma 42\ndelta\n1\n');
    expect(sh(`${data}grep -o "[0-9][0-9]" /tmp/g; grep -l l /tmp/g /etc/hostname; grep -H ph /tmp/g`).out).toBe('42\n/tmp/g\n/etc/hostname\n/tmp/g:alpha\n');
  });

  it('sort, uniq, cut, tr, tee, base64, basename and dirname', () => {
    expect(sh('printf "b\\na\\nb\\n10\\n9\\n" | sort | uniq -c').out).toBe('      1 10\n      1 9\n      1 a\n      2 b\n');
    expect(sh('printf "10\\n9\\n" | sort -n; printf "x:y:z\\n" | cut -d: -f2,3; echo hello | tr a-z A-Z').out).toBe('9\n10\ny:z\nHELLO\n');
    expect(sh('echo t | tee /tmp/t; cat /tmp/t; echo -n admin | base64; echo YWRtaW4= | base64 -d; echo').out).toBe('t\nt\nYWRtaW4=\nadmin\n');
    expect(sh('basename /a/b/c.txt .txt; dirname /a/b/c.txt; dirname c').out).toBe('c\n/a/b\n.\n');
  });
});

describe('system', () => {
  it('date prints the virtual time in UTC, with formats', () => {
    expect(run(['date'])).toBe('Mon Mar 17 08:31:02 UTC 2025\n');
    expect(run(['date', '-u', '+%Y-%m-%dT%H:%M:%SZ %s %j %A %B'])).toBe('2025-03-17T08:31:02Z 1742200262 076 Monday March\n');
    expect(run(['date', '-R'])).toBe('Mon, 17 Mar 2025 08:31:02 +0000\n');
    expect(run(['date', '-I'])).toBe('2025-03-17\n');
    expect(run(['date', '-d', '@0'])).toBe('Thu Jan  1 00:00:00 UTC 1970\n');
    expect(run(['date', '-d', 'soon'])).toBe("date: invalid date 'soon'\n");
  });

  it('env and printenv print the environment in order', () => {
    expect(run(['env'])).toBe(`${ENV.join('\n')}\n`);
    expect(run(['printenv', 'HOME', 'NOPE'])).toBe('/root\n');
    expect(run(['env', '-i', 'A=1', 'env'])).toBe('A=1\n');
    expect(run(['env', 'X=2', 'printenv', 'X'])).toBe('2\n');
  });

  it('ash lists its environment bucket by bucket, with SHLVL and PWD', () => {
    expect(sh('env').out).toBe('HOSTNAME=web-7d4b9\nSHLVL=1\nHOME=/root\nPATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\nPWD=/\n');
  });

  it('hostname, whoami, id, uname and ps describe the container', () => {
    expect(run(['hostname'])).toBe('web-7d4b9\n');
    expect(run(['whoami'])).toBe('root\n');
    expect(run(['id'])).toBe('uid=0(root) gid=0(root) groups=0(root),10(wheel)\n');
    expect(run(['uname', '-r'])).toBe('5.15.0-130-generic\n');
    expect(run(['uname', '-n'])).toBe('web-7d4b9\n');
    expect(sh('sleep 100 & ps; kill $!').out).toBe('PID   USER     TIME  COMMAND\n    1 root      0:00 sh -c sleep 100 & ps; kill $!\n    7 root      0:00 sleep 100\n    8 root      0:00 ps\n');
  });

  it('seq counts, with a step and a separator', () => {
    expect(run(['seq', '3'])).toBe('1\n2\n3\n');
    expect(run(['seq', '2', '2', '6'])).toBe('2\n4\n6\n');
    expect(run(['seq', '-s', ',', '3'])).toBe('1,2,3\n');
    expect(run(['seq', '-w', '8', '10'])).toBe('08\n09\n10\n');
  });

  it('test evaluates files, strings and numbers', () => {
    const r = sh('[ -f /etc/hostname ] && echo f; [ -d /etc ] && echo d; [ -e /nope ] || echo noe; [ -s /etc/hostname ] && echo s; ' +
      '[ "a" = "a" ] && echo eq; [ -z "" ] && echo z; [ -n "x" ] && echo n; [ 3 -gt 2 -a 1 -le 1 ] && echo and; ' +
      'test ! -e /nope && echo not; [ \\( 1 -eq 2 \\) -o 2 -ne 3 ] && echo or');
    expect(r.out).toBe('f\nd\nnoe\ns\neq\nz\nn\nand\nnot\nor\n');
  });

  it('busybox runs the applet it is given', () => {
    expect(run(['busybox', 'echo', 'hi'])).toBe('hi\n');
    expect(run(['/bin/busybox', 'sleep', 'x'])).toBe("sleep: invalid number 'x'\n");
    expect(run(['busybox', 'nope'])).toBe('nope: applet not found\n');
  });
});
