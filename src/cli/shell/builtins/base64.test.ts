import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utf8Encode } from '../../../engine/index.ts';
import { TestShell } from '../testing.ts';
import { encodeBase64 } from '../../../engine/index.ts';
import { decodeBase64 } from './base64.ts';

describe('base64', () => {
  it('encodes UTF-8 and wraps at 76 columns', () => {
    const sh = new TestShell();
    expect(sh.run('echo hello | base64').output).toBe('aGVsbG8K\n');
    expect(sh.run("echo -n 'héllo ✓' | base64").output).toBe('aMOpbGxvIOKckw==\n');
    expect(sh.run("printf '%080d' 0 | base64").output).toBe(
      'MDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAw\nMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA=\n',
    );
  });

  it('leaves output unwrapped with -w0', () => {
    expect(new TestShell().run('printf x | base64 -w0').output).toBe('eA==');
  });

  it('decodes, and complains after the valid part of bad input', () => {
    const sh = new TestShell();
    expect(sh.run('echo aMOpbGxvIOKckw== | base64 --decode').output).toBe('héllo ✓');
    expect(sh.run("echo 'aGVsbG8K!' | base64 -d")).toMatchObject({ output: 'hello\nbase64: invalid input\n', exitCode: 1 });
  });

  it('round-trips any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const decoded = decodeBase64(encodeBase64(utf8Encode(text)));
        return decoded.valid && decoded.bytes.join() === utf8Encode(text).join();
      }),
    );
  });
});
