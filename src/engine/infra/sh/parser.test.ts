import { describe, expect, it } from 'vitest';
import { checkComplete, parseNext } from './parser.ts';

function firstError(src: string): string | undefined {
  for (let pos = 0; ;) {
    const r = parseNext(src, pos);
    if (!r.ok) return r.msg;
    if (r.cmd === null) return undefined;
    pos = r.end;
  }
}

describe('parser', () => {
  it('parses a line into lists, and-or lists and pipelines', () => {
    const r = parseNext('a | b && c || ! d; e &', 0);
    expect(r.ok && r.cmd).toMatchObject({
      t: 'seq',
      items: [
        { t: 'or', left: { t: 'and', left: { t: 'pipe' }, right: { t: 'simple' } }, right: { t: 'not' } },
        { t: 'bg', body: { t: 'simple' } },
      ],
    });
  });

  it('parses one top-level line at a time', () => {
    const src = 'echo a\n\n# comment\necho b';
    const first = parseNext(src, 0);
    expect(first.ok && first.cmd).toMatchObject({ t: 'simple', line: 1 });
    const second = parseNext(src, first.ok ? first.end : 0);
    expect(second.ok && second.cmd).toMatchObject({ t: 'simple', line: 4 });
  });

  it('separates assignments, words and redirections', () => {
    const r = parseNext('A=1 B="x y" cmd arg 2>&1 >/dev/null C=3', 0);
    expect(r.ok && r.cmd).toMatchObject({
      t: 'simple',
      assigns: [{ name: 'A' }, { name: 'B' }],
      words: [[{ k: 'lit', v: 'cmd' }], [{ k: 'lit', v: 'arg' }], [{ k: 'lit', v: 'C=3' }]],
      redirs: [{ fd: 2, op: '>&' }, { fd: 1, op: '>' }],
    });
  });

  it('reads compound commands and function definitions', () => {
    const src = 'f() { for x in 1 2; do case $x in 1) echo one;; *) :;; esac; done; }';
    const r = parseNext(src, 0);
    expect(r.ok && r.cmd).toMatchObject({ t: 'func', name: 'f', body: { t: 'group', body: { t: 'for', name: 'x' } } });
  });

  it('keeps quoted text apart from expansions', () => {
    const r = parseNext(`echo 'a $b' "c $d \${e:-f}" \\$g $(h) \`i\` $((1+j))`, 0);
    const words = r.ok && r.cmd?.t === 'simple' ? r.cmd.words : [];
    expect(words[1]).toEqual([{ k: 'lit', v: 'a $b', q: true }]);
    expect(words[2]).toMatchObject([{ k: 'lit', v: 'c ', q: true }, { k: 'param', name: 'd', q: true }, { k: 'lit', v: ' ', q: true }, { k: 'param', name: 'e', op: ':-', q: true }]);
    expect(words[3]).toEqual([{ k: 'lit', v: '$', q: true }, { k: 'lit', v: 'g' }]);
    expect(words[4]).toMatchObject([{ k: 'sub', body: { t: 'simple' } }]);
    expect(words[5]).toMatchObject([{ k: 'sub', body: { t: 'simple' } }]);
    expect(words[6]).toMatchObject([{ k: 'arith' }]);
  });

  it('reads here-documents after the line', () => {
    const r = parseNext('cat <<EOF; echo after\nline $x\nEOF\n', 0);
    expect(r.ok && r.cmd).toMatchObject({ t: 'seq', items: [{ redirs: [{ op: '<<', target: [{ k: 'lit', v: 'line ' }, { k: 'param', name: 'x' }, { k: 'lit', v: '\n' }] }] }, {}] });
  });

  it('reports errors in busybox ash words', () => {
    expect(firstError('done')).toBe('syntax error: unexpected "done"');
    expect(firstError('if true; then echo')).toBe('syntax error: unexpected end of file (expecting "fi")');
    expect(firstError('while true; do done')).toBe('syntax error: unexpected "done"');
    expect(firstError('echo "abc')).toBe('syntax error: unterminated quoted string');
    expect(firstError("echo 'abc")).toBe('syntax error: unterminated quoted string');
    expect(firstError('echo ${x')).toBe("syntax error: missing '}'");
    expect(firstError('echo $((1+2)')).toBe("syntax error: missing '))'");
    expect(firstError('echo ${x!}')).toBe('syntax error: bad substitution');
    expect(firstError('echo a )')).toBe('syntax error: unexpected ")"');
    expect(firstError('for 1 in a; do :; done')).toBe('syntax error: bad for loop variable');
    expect(firstError('case x in a) echo; esac')).toBeUndefined();
    expect(firstError('if true; fi')).toBe('syntax error: unexpected "fi"');
    expect(firstError('echo |')).toBe('syntax error: unexpected end of file');
    expect(firstError('( )')).toBe('syntax error: unexpected ")"');
    expect(firstError('{ echo a }')).toBe('syntax error: unexpected end of file (expecting "}")');
  });

  it('tells an incomplete command from a wrong one', () => {
    expect(checkComplete('if true\n')).toEqual({ state: 'more' });
    expect(checkComplete('echo "a\n')).toEqual({ state: 'more' });
    expect(checkComplete('if true\nthen echo x\nfi\n')).toEqual({ state: 'complete' });
    expect(checkComplete('fi\n')).toEqual({ state: 'error', msg: 'syntax error: unexpected "fi"' });
  });
});
