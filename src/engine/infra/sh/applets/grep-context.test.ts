// grep -A/-B/-C in the containers' shell: the shared context steps, busybox's and GNU's messages, and
// a pipe read in pieces (the state kept in the applet's memo).

import { describe, expect, it } from 'vitest';
import { sh } from '../testing.ts';
import { CONTEXT_START, contextStep, type ContextLineFormat, type GrepContext } from './grep-context.ts';

const DATA = 'printf "a\\nb\\nm1\\nc\\nd\\ne\\nf\\nm2\\ng\\nm3\\nh\\n" > /tmp/g; ';

function run(c: GrepContext, lines: readonly string[]): string {
  const format: ContextLineFormat = (n, t, mark) => `${n}${mark}${t}\n`;
  let state = CONTEXT_START;
  let out = '';
  lines.forEach((line, i) => {
    const step = contextStep(c, state, i + 1, line, line.startsWith('m'), format);
    out += step.out;
    state = step.state;
  });
  return out;
}

describe('grep context lines', () => {
  it('holds lines before, prints lines after, and separates groups that do not touch', () => {
    const lines = ['a', 'b', 'm1', 'c', 'd', 'e', 'f', 'm2', 'g', 'm3', 'h'];
    expect(run({ before: 1, after: 1, separator: true }, lines)).toBe('2-b\n3:m1\n4-c\n--\n7-f\n8:m2\n9-g\n10:m3\n11-h\n');
    expect(run({ before: 0, after: 0, separator: true }, lines)).toBe('3:m1\n--\n8:m2\n--\n10:m3\n');
    expect(run({ before: 0, after: 0, separator: false }, lines)).toBe('3:m1\n8:m2\n10:m3\n');
  });

  it('runs in the containers\' grep, from files and from a pipe', () => {
    expect(sh(`${DATA}grep -A1 m /tmp/g`).out).toBe('m1\nc\n--\nm2\ng\nm3\nh\n');
    expect(sh(`${DATA}cat /tmp/g | grep -n -B2 m2`).out).toBe('6-e\n7-f\n8:m2\n');
    expect(sh(`${DATA}grep -C1 -H m1 /tmp/g`).out).toBe('/tmp/g-b\n/tmp/g:m1\n/tmp/g-c\n');
    expect(sh(`${DATA}grep -A0 m /tmp/g`).out).toBe('m1\nm2\nm3\n');
  });

  it('rejects a bad count as busybox does', () => {
    const r = sh(`${DATA}grep -A x m /tmp/g; echo $?`);
    expect({ out: r.out, err: r.err }).toEqual({ out: '1\n', err: "grep: invalid number 'x'\n" });
  });
});
