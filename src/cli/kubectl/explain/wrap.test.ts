import { expect, test } from 'vitest';
import { indent, wrap } from './wrap.ts';

// The behaviour of go-wordwrap v1.0.1, which kubectl v1.31 explain wraps descriptions with.
test.each([
  ['foo', 4, 'foo'],
  ['foobarbaz', 4, 'foobarbaz'],
  ['foo bar baz', 4, 'foo\nbar\nbaz'],
  ['foo bars bazzes', 4, 'foo\nbars\nbazzes'],
  ['fo sop', 4, 'fo\nsop'],
  ['foo bar\u00a0baz', 10, 'foo\nbar\u00a0baz'],
  ['foo\nb\t r\n baz', 4, 'foo\nb\t r\n baz'],
  ['foo    \nb   ar   ', 4, 'foo\nb\nar'],
  ['foo bar baz\n', 4, 'foo\nbar\nbaz\n'],
  ['\nfoo bar\n\n\nbaz\n', 4, '\nfoo\nbar\n\n\nbaz\n'],
  [' This is a list: \n\n\t* foo\n\t* bar\n\n\n\t* baz  \nBAM    ', 6, ' This\nis a\nlist: \n\n\t* foo\n\t* bar\n\n\n\t* baz\nBAM'],
  ['\u2584 '.repeat(4), 4, '\u2584 \u2584\n\u2584 \u2584 '],
])('wrap(%j, %i)', (text, limit, wrapped) => {
  expect(wrap(limit, text)).toBe(wrapped);
});

test('indent pads every line, including the one after a trailing newline', () => {
  expect(indent(4, 'a\nb\n')).toBe('    a\n    b\n    ');
  expect(indent(0, 'a')).toBe('a');
});
