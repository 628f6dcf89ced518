import { describe, expect, it } from 'vitest';
import type { Program, SimpleCommand } from './ast.ts';
import { isComplete } from './complete.ts';
import { parse } from './parser.ts';

function program(source: string): Program {
  const result = parse(source);
  if (!result.ok) throw new Error(result.message);
  return result.program;
}

function firstCommand(source: string): SimpleCommand {
  const command = program(source).items[0]?.first.commands[0];
  if (command === undefined) throw new Error('no command');
  return command;
}

function errorOf(source: string): string | undefined {
  const result = parse(source);
  return result.ok ? undefined : result.message;
}

describe('parse', () => {
  it('splits lists, and-or chains and pipelines', () => {
    const items = program('a | b && c || d; e').items;
    expect(items).toHaveLength(2);
    expect(items[0]?.first.commands).toHaveLength(2);
    expect(items[0]?.rest.map((link) => link.op)).toEqual(['&&', '||']);
  });

  it('keeps quoting on word parts', () => {
    const word = firstCommand(`echo "a $B"'c'd`).words[1];
    expect(word?.parts).toEqual([
      { type: 'literal', text: 'a ', quoted: true },
      { type: 'param', name: 'B', quoted: true },
      { type: 'literal', text: 'c', quoted: true },
      { type: 'literal', text: 'd', quoted: false },
    ]);
  });

  it('reads assignments only before the command name', () => {
    const command = firstCommand('A=1 B=$x cmd C=3');
    expect(command.assignments.map((a) => a.name)).toEqual(['A', 'B']);
    expect(command.words.map((w) => w.raw)).toEqual(['cmd', 'C=3']);
  });

  it('reads file descriptors and redirection operators', () => {
    const command = firstCommand('cmd 2>err >>out <in &>both 2>&1');
    expect(command.redirects.map((r) => [r.fd, r.op, r.target.raw])).toEqual([
      [2, '>', 'err'],
      [1, '>>', 'out'],
      [0, '<', 'in'],
      [1, '&>', 'both'],
      [2, '>&', '1'],
    ]);
  });

  it('attaches here-document bodies, expanding unless the delimiter is quoted', () => {
    const expanding = firstCommand('cat <<EOF\nhi $X\nEOF').redirects[0]?.heredoc?.body;
    expect(expanding).toEqual([
      { type: 'literal', text: 'hi ', quoted: true },
      { type: 'param', name: 'X', quoted: true },
      { type: 'literal', text: '\n', quoted: true },
    ]);
    const literal = firstCommand("cat <<'EOF'\nhi $X\nEOF").redirects[0]?.heredoc?.body;
    expect(literal).toEqual([{ type: 'literal', text: 'hi $X\n', quoted: true }]);
  });

  it('strips leading tabs from <<- bodies and delimiters', () => {
    const body = firstCommand("cat <<-'E'\n\t\tx\n\tE").redirects[0]?.heredoc?.body;
    expect(body).toEqual([{ type: 'literal', text: 'x\n', quoted: true }]);
  });

  it('parses command substitutions into nested programs', () => {
    const part = firstCommand('echo $(ls | wc -l)').words[1]?.parts[0];
    expect(part?.type).toBe('command');
    if (part?.type === 'command') expect(part.program.items[0]?.first.commands).toHaveLength(2);
  });

  it('treats a comment as the end of the line', () => {
    expect(firstCommand('echo a # b c').words.map((w) => w.raw)).toEqual(['echo', 'a']);
    expect(firstCommand('echo a#b').words.map((w) => w.raw)).toEqual(['echo', 'a#b']);
  });

  it('joins lines continued with a backslash', () => {
    expect(firstCommand('echo a \\\nb').words.map((w) => w.raw)).toEqual(['echo', 'a', 'b']);
  });

  it('accepts an empty or comment-only input', () => {
    expect(program('').items).toEqual([]);
    expect(program('  # nothing\n').items).toEqual([]);
  });
});

describe('syntax errors', () => {
  it.each([
    ['| foo', "bash: syntax error near unexpected token `|'"],
    ['echo >', "bash: syntax error near unexpected token `newline'"],
    ['echo > ;', "bash: syntax error near unexpected token `;'"],
    [';;', "bash: syntax error near unexpected token `;;'"],
    [';', "bash: syntax error near unexpected token `;'"],
    ['&& foo', "bash: syntax error near unexpected token `&&'"],
    ['echo a | | b', "bash: syntax error near unexpected token `|'"],
    ['a && || b', "bash: syntax error near unexpected token `||'"],
    ['cat <<', "bash: syntax error near unexpected token `newline'"],
    ['echo a &; b', "bash: syntax error near unexpected token `;'"],
    ['echo (', "bash: syntax error near unexpected token `newline'"],
    ['echo ( x', "bash: syntax error near unexpected token `x'"],
    ['echo a (', "bash: syntax error near unexpected token `('"],
    [')', "bash: syntax error near unexpected token `)'"],
    ['then', "bash: syntax error near unexpected token `then'"],
    ['echo a && fi', "bash: syntax error near unexpected token `fi'"],
    ['echo >> >', "bash: syntax error near unexpected token `>'"],
  ])('%s', (source, message) => {
    expect(errorOf(source)).toBe(message);
  });

  it('explains input that ended too early', () => {
    expect(errorOf('echo "abc')).toBe('bash: unexpected EOF while looking for matching `"\'');
    expect(errorOf("echo 'abc")).toBe("bash: unexpected EOF while looking for matching `''");
    expect(errorOf('echo $(echo a')).toBe("bash: unexpected EOF while looking for matching `)'");
    expect(errorOf('echo a |')).toBe('bash: syntax error: unexpected end of file');
  });
});

describe('isComplete', () => {
  it.each([
    ['echo hi', true],
    ['echo "open', false],
    ["echo 'open", false],
    ['echo "open\nclosed"', true],
    ['echo \\', false],
    ['echo a |', false],
    ['echo a &&', false],
    ['echo a ||', false],
    ['echo a |\n', false],
    ['echo a |\ncat', true],
    ['cat <<EOF', false],
    ['cat <<EOF\nbody', false],
    ['cat <<EOF\nbody\nEOF', true],
    ['echo $(ls', false],
    ['echo ${X', false],
    ['echo `ls', false],
    ['| broken', true],
    ['', true],
  ])('%j → %s', (source, complete) => {
    expect(isComplete(source)).toBe(complete);
  });
});

describe('nesting', () => {
  it('refuses substitutions nested deeper than the limit instead of exhausting the stack', () => {
    const deep = `${'$('.repeat(5000)}x${')'.repeat(5000)}`;
    expect(errorOf(deep)).toBe('bash: syntax error: nesting too deep');
    expect(errorOf(`${'${X:-'.repeat(5000)}${'}'.repeat(5000)}`)).toBe('bash: syntax error: nesting too deep');
    expect(errorOf(`echo ${'$('.repeat(10)}echo ok${')'.repeat(10)}`)).toBeUndefined();
  });
});
