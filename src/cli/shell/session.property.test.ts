import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from './parse/parser.ts';
import { TestShell } from './testing.ts';

const FILES = { '/home/student/pod.yaml': 'kind: Pod\n', '/home/student/d/inner.txt': 'inside\n' };

/** Pieces of shell syntax, so random inputs reach the parser's corners more often than noise would. */
const PIECES = [
  ' ', '\n', '\t', 'echo', 'cat', 'touch f', 'rm -rf d', 'mkdir m', 'mv pod.yaml x', 'cp -r d e', 'sleep 1', 'x',
  '*', '~', '"', "'", '\\', '`', '$', '$(', '${', '}', '(', ')', '|', '||', '&', '&&', ';', ';;', '<', '>', '>>',
  '2>&1', '&>', '<<', '<<-', 'EOF', '<<<', '#', '!', '=', 'A=1', '$?', '-n', 'fi', 'then', '-',
];

const sourceText = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((pieces) => pieces.join('')),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);

describe('ShellSession.run on arbitrary input', () => {
  it('never throws, and leaves the files alone when bash would reject the syntax', () => {
    fc.assert(
      fc.property(sourceText, (source) => {
        const sh = new TestShell({ files: FILES });
        const before = sh.fs.snapshot();
        const { job } = sh.start(source);
        job.poll(sh.nowMs + 1000);
        job.cancel();
        expect(job.done).toBe(true);
        const parsed = parse(source);
        if (!parsed.ok) {
          expect(job.exitCode).toBe(2);
          expect(sh.fs.snapshot()).toEqual(before);
        }
        expect(sh.run('echo still alive').output).toBe('still alive\n');
      }),
      { numRuns: 500 },
    );
  });
});
