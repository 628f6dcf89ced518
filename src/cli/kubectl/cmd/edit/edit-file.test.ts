import { describe, expect, it } from 'vitest';
import { EDIT_HEADER, hasLines, headerWith, manualStrip, sameContent } from './edit-file.ts';

describe('the file kubectl edit opens', () => {
  it('lists the reasons of a failed save under the header', () => {
    expect(headerWith([])).toBe(EDIT_HEADER);
    expect(headerWith([
      { head: 'pods "web" was not valid', other: ['spec: Forbidden: pod updates may not change fields', 'metadata.name: Invalid\nvalue'] },
      { head: 'The edited file had a syntax error: yaml: line 3', other: [] },
    ])).toBe(`${EDIT_HEADER}# pods "web" was not valid:\n# * spec: Forbidden: pod updates may not change fields\n# * metadata.name: Invalid\n# value\n#\n` +
      '# The edited file had a syntax error: yaml: line 3\n#\n');
  });

  it('strips comment lines but keeps #! lines', () => {
    expect(manualStrip('# a\nkind: Pod\n  # b\n#!keep\n')).toBe('kind: Pod\n#!keep\n');
  });

  it('knows an emptied file', () => {
    expect(hasLines('# only\n\n   \n')).toBe(false);
    expect(hasLines('# only\nkind: Pod\n')).toBe(true);
  });

  it('compares content, not formatting or comments', () => {
    expect(sameContent('# h\na: 1\nb: [x]\n', 'b:\n- x\na: 1\n')).toBe(true);
    expect(sameContent('a: 1\n', 'a: 2\n')).toBe(false);
    expect(sameContent('# h\na: [\n', 'a: [\n')).toBe(true);
  });
});
