import { describe, expect, it } from 'vitest';
import { bench, sh } from './testing.ts';

const out = (script: string): string => sh(script).out;

describe('quoting and expansion', () => {
  it('removes quotes and keeps quoted text whole', () => {
    expect(out(`echo 'a  b' "c  d" e\\ \\ f`)).toBe('a  b c  d e  f\n');
    expect(out(`x='1  2'; echo $x; echo "$x"`)).toBe('1 2\n1  2\n');
    expect(out(`echo "it's" 'say "hi"' "a\\"b" "\\$HOME"`)).toBe(`it's say "hi" a"b $HOME\n`);
    expect(out(`echo '' "" | cat -A 2>/dev/null; set -- '' ""; echo $#`)).toContain('2\n');
  });

  it('expands parameters and their operators', () => {
    expect(out('echo $HOME ${HOME} ${#HOME}')).toBe('/root /root 5\n');
    expect(out('echo ${U:-def} ${U-def2} ${E:+alt} [${U}]; E=; echo ${E-set} [${E:-empty}] ${E+alt}')).toBe('def def2 []\n[empty] alt\n');
    expect(out('echo ${V:=assigned}; echo $V')).toBe('assigned\nassigned\n');
    expect(out('f=archive.tar.gz; echo ${f%.*} ${f%%.*} ${f#*.} ${f##*.}')).toBe('archive.tar archive tar.gz gz\n');
    expect(out('p=/usr/local/bin; echo ${p##*/} ${p%/*}')).toBe('bin /usr/local\n');
    expect(out('h=web-0; echo ${h##*-} ${h:0:3} ${h: -1} ${h:4}')).toBe('0 web 0 0\n');
    expect(out('s=a.b.c; echo ${s/./-} ${s//./-} ${s/#a/A} ${s/%c/C} ${s/x/y}')).toBe('a-b.c a-b-c A.b.c a.b.C a.b.c\n');
  });

  it('gives the special parameters', () => {
    expect(out('false; echo $?; true; echo $?')).toBe('1\n0\n');
    expect(out('echo $$')).toBe('1\n');
    expect(sh('echo $0 $# $1 $2 "$@"', { env: [], cwd: '/' }).out).toBe('sh 0\n');
    const r = sh('x', { env: [], cwd: '/' });
    expect(r.code).toBe(127);
  });

  it('passes -c arguments as $0, $1…', () => {
    const b = bench();
    const st = sh('echo "$0|$1|$#|$*"', { bench: b });
    expect(st.out).toBe('sh||0|\n');
  });

  it('splits "$@" into one field per parameter', () => {
    expect(out('set -- a "b c" d; for x in "$@"; do echo "<$x>"; done; for x in $@; do echo "[$x]"; done')).toBe('<a>\n<b c>\n<d>\n[a]\n[b]\n[c]\n[d]\n');
    expect(out('set -- a "b c"; echo "$*"; IFS=,; echo "$*"')).toBe('a b c\na,b c\n');
    expect(out('set --; for x in "$@"; do echo never; done; echo end')).toBe('end\n');
  });

  it('substitutes commands, trimming trailing newlines', () => {
    expect(out('x=$(printf "a\\n\\n"); echo "[$x]"')).toBe('[a]\n');
    expect(out('echo "$(echo "in $(echo nested)")"')).toBe('in nested\n');
    expect(out('echo `echo back` $(echo $((2*3)))')).toBe('back 6\n');
    expect(out('x=$(exit 3); echo $?')).toBe('3\n');
    expect(out('v=1; x=$(v=2; echo $v); echo $x $v')).toBe('2 1\n');
  });

  it('evaluates arithmetic once even when a substitution suspends the command', () => {
    expect(out('i=0; echo $((i+=1)) $(sleep 1; echo s) $((i+=1)); echo $i')).toBe('1 s 2\n2\n');
  });

  it('expands globs against the container files, sorted, and keeps unmatched patterns', () => {
    expect(out('echo /etc/*s*')).toBe('/etc/hostname /etc/os-release /etc/passwd\n');
    expect(out('cd /etc; echo p* ?roup; echo /nope/*; echo "/etc/*"')).toBe('passwd group\n/nope/*\n/etc/*\n');
    expect(out('touch /tmp/.hidden /tmp/shown; echo /tmp/*; echo /tmp/.h*')).toBe('/tmp/shown\n/tmp/.hidden\n');
    expect(out('set -f; echo /etc/*')).toBe('/etc/*\n');
  });

  it('expands ~ to HOME', () => {
    expect(out('echo ~ ~/x "~"')).toBe('/root /root/x ~\n');
  });

  it('reports expansion errors and stops the script', () => {
    const r = sh('echo ${X?is required}; echo after');
    expect(r.err).toBe('sh: X: is required\n');
    expect(r.code).toBe(2);
    expect(sh('echo $((1/0))').err).toBe('sh: divide by zero\n');
    expect(sh('set -u; echo $NOPE').err).toBe('sh: NOPE: parameter not set\n');
  });
});
