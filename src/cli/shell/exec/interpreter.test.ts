import { describe, expect, it } from 'vitest';
import { TestShell } from '../testing.ts';

const FILES = {
  '/home/student/pod.yaml': 'kind: Pod\n',
  '/home/student/svc.yaml': 'kind: Service\n',
  '/home/student/.hidden.yaml': 'x\n',
  '/home/student/d/inner.txt': 'inside\n',
};

function run(source: string, sh = new TestShell({ files: FILES })): string {
  return sh.run(source).output;
}

describe('expansion', () => {
  it('expands variables in all their forms', () => {
    expect(run('x=5; echo $x ${x} "${x}" \'${x}\' \\$x')).toBe('5 5 5 ${x} $x\n');
    expect(run('echo ${U:-def} ${U-def2} ${HOME:+alt}; x=; echo "${x:-empty}" "${x-unset}" ${#HOME}')).toBe(
      'def def2 alt\nempty  13\n',
    );
  });

  it('reports $? and the special parameters', () => {
    expect(run('false; echo $?; nope 2>/dev/null; echo $?')).toBe('1\n127\n');
    expect(run('echo $0 $# "$1"')).toBe('bash 0 \n');
  });

  it('splits unquoted expansions on blanks only', () => {
    expect(run('A="a   b"; echo $A "$A"; printf "[%s]" $A; echo')).toBe('a b a   b\n[a][b]\n');
  });

  it('drops empty unquoted expansions but keeps quoted empty words', () => {
    expect(run('printf "[%s]" $UNSET "" "$UNSET"; echo')).toBe('[][]\n');
  });

  it('substitutes command output without trailing newlines', () => {
    expect(run('echo "$(printf \'a\\nb\\n\\n\')end" `echo c`')).toBe('a\nbend c\n');
    expect(run('x=$(false); echo $?')).toBe('1\n');
  });

  it('runs command substitutions in a subshell', () => {
    expect(run('X=outer; echo "$(X=inner; cd /; echo $X) $X"; pwd')).toBe('inner outer\n/home/student\n');
  });

  it('expands ~ at the start of words and after NAME=', () => {
    expect(run('echo ~ "~" ~/a x~ a=~/b ~x')).toBe('/home/student ~ /home/student/a x~ a=/home/student/b ~x\n');
  });

  it('globs unquoted patterns in the cwd, hiding dotfiles', () => {
    expect(run('echo *.yaml; echo "*.yaml" \\*.yaml; echo *.none; echo d/*; echo .*.yaml')).toBe(
      'pod.yaml svc.yaml\n*.yaml *.yaml\n*.none\nd/inner.txt\n.hidden.yaml\n',
    );
  });

  it('globs the result of an unquoted expansion', () => {
    expect(run('p="*.yaml"; echo $p "$p"')).toBe('pod.yaml svc.yaml *.yaml\n');
  });

  it('decodes $\'…\' strings', () => {
    expect(run("echo $'a\\tb\\x41'")).toBe('a\tbA\n');
  });

  it('keeps export arguments whole', () => {
    expect(run('V="a  b"; export W=$V; echo "$W"')).toBe('a  b\n');
  });
});

describe('assignments', () => {
  it('sets shell variables that programs do not see until exported', () => {
    expect(run('X=1; env | grep ^X=; export X; env | grep ^X=')).toBe('X=1\n');
  });

  it('exports prefix assignments to one command only', () => {
    expect(run('FOO=bar env | grep ^FOO=; echo "[$FOO]"')).toBe('FOO=bar\n[]\n');
  });
});

describe('redirections', () => {
  it('writes, appends and reads files', () => {
    expect(run('echo a > out; echo b >> out; cat < out')).toBe('a\nb\n');
  });

  it('applies redirections left to right', () => {
    const sh = new TestShell();
    expect(run('ls nope > out 2>&1; cat out', sh)).toBe("ls: cannot access 'nope': No such file or directory\n");
    expect(run('ls nope 2>&1 > out; cat out', sh)).toBe("ls: cannot access 'nope': No such file or directory\n");
    expect(sh.fs.readFile('/home/student/out')).toBe('');
  });

  it('sends both streams with &> and into a pipe with |&', () => {
    expect(run('cat nope &> out; cat out')).toBe('cat: nope: No such file or directory\n');
    expect(run('cat nope |& wc -l')).toBe('1\n');
  });

  it('discards output sent to /dev/null', () => {
    expect(run('echo gone > /dev/null; cat nope 2>/dev/null; echo $?')).toBe('1\n');
  });

  it('creates an empty file for a redirection without a command', () => {
    const sh = new TestShell();
    run('> created', sh);
    expect(sh.fs.readFile('/home/student/created')).toBe('');
  });

  it('fails like bash when the target cannot be opened', () => {
    const sh = new TestShell({ files: FILES });
    expect(sh.run('echo hi > nope/x.txt')).toMatchObject({ output: 'bash: nope/x.txt: No such file or directory\n', exitCode: 1 });
    expect(sh.run('echo hi > d')).toMatchObject({ output: 'bash: d: Is a directory\n', exitCode: 1 });
    expect(sh.run('cat < missing.txt')).toMatchObject({ output: 'bash: missing.txt: No such file or directory\n', exitCode: 1 });
    expect(sh.run('echo 2>&1x')).toMatchObject({ output: 'bash: 1x: ambiguous redirect\n', exitCode: 1 });
    expect(sh.run('f="a b"; echo > $f')).toMatchObject({ output: 'bash: $f: ambiguous redirect\n', exitCode: 1 });
  });

  it('feeds here-documents and here-strings to stdin', () => {
    expect(run('cat <<EOF\nhi $USER $(echo sub) \\$x\nEOF')).toBe('hi student sub $x\n');
    expect(run("cat <<'EOF'\nhi $USER\nEOF")).toBe('hi $USER\n');
    expect(run('cat <<-EOF\n\t\tindented\n\tEOF')).toBe('indented\n');
    expect(run('cat <<EOF | grep b\na\nb\nEOF')).toBe('b\n');
    expect(run('cat <<A; cat <<B\none\nA\ntwo\nB')).toBe('one\ntwo\n');
    expect(run("cat <<< 'here string'")).toBe('here string\n');
  });
});

describe('pipelines', () => {
  it('feeds each stage the previous one\'s output and reports the last status', () => {
    expect(run('echo b a | tr " " "\\n" | sort')).toBe('a\nb\n');
    expect(run('true | false; echo $?; false | true; echo $?')).toBe('1\n0\n');
  });

  it('negates a pipeline with !', () => {
    expect(run('! true; echo $?; ! false; echo $?')).toBe('1\n0\n');
  });

  it('runs each stage in a subshell', () => {
    expect(run('cd d | cat; pwd')).toBe('/home/student\n');
  });
});
