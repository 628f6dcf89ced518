import { describe, expect, it } from 'vitest';
import { parseArgs } from './args.ts';

const SPEC = { flags: 'rf', valued: 'n', long: { recursive: 'r', lines: 'n' } };

describe('parseArgs', () => {
  it('reads clustered flags, attached and separate values, and permuted operands', () => {
    const result = parseArgs(['a', '-rf', '-n5', 'b', '--lines', '7', '--recursive'], SPEC);
    expect(result.ok && [...result.args.flags]).toEqual(['r', 'f']);
    expect(result.ok && result.args.values.get('n')).toBe('7');
    expect(result.ok && result.args.operands).toEqual(['a', 'b']);
  });

  it('treats everything after -- and a lone - as operands', () => {
    const result = parseArgs(['-', '--', '-r'], SPEC);
    expect(result.ok && result.args.operands).toEqual(['-', '-r']);
  });

  it('words errors as getopt does', () => {
    expect(parseArgs(['-z'], SPEC)).toEqual({ ok: false, message: "invalid option -- 'z'" });
    expect(parseArgs(['-n'], SPEC)).toEqual({ ok: false, message: "option requires an argument -- 'n'" });
    expect(parseArgs(['--nope'], SPEC)).toEqual({ ok: false, message: "unrecognized option '--nope'" });
    expect(parseArgs(['--recursive=1'], SPEC)).toEqual({ ok: false, message: "option '--recursive' doesn't allow an argument" });
  });
});
