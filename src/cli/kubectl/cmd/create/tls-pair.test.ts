import { describe, expect, it } from 'vitest';
import { TestShell } from '../../../shell/testing.ts';
import { keyPairError } from './tls-pair.ts';

function pair(sh: TestShell, name: string): { cert: string; key: string } {
  sh.run(`openssl req -x509 -nodes -days 365 -newkey rsa:2048 -keyout ${name}.key -out ${name}.crt -subj /CN=${name}`);
  const home = sh.run('pwd').output.trim();
  return { cert: sh.fs.readFile(`${home}/${name}.crt`), key: sh.fs.readFile(`${home}/${name}.key`) };
}

describe('keyPairError (tls.X509KeyPair)', () => {
  const sh = new TestShell();
  const a = pair(sh, 'a');
  const b = pair(sh, 'b');

  it('accepts a key with its own certificate', () => {
    expect(keyPairError(a.cert, a.key)).toBeUndefined();
  });

  it('rejects a key from another openssl run', () => {
    expect(keyPairError(a.cert, b.key)).toBe('tls: private key does not match public key');
  });

  it('names missing or swapped PEM blocks as Go does', () => {
    expect(keyPairError('hello\n', a.key)).toBe('tls: failed to find any PEM data in certificate input');
    expect(keyPairError(a.cert, 'hello\n')).toBe('tls: failed to find any PEM data in key input');
    expect(keyPairError(a.key, a.cert)).toBe('tls: failed to find certificate PEM data in certificate input, but did find a private key; PEM inputs may have been switched');
    expect(keyPairError(a.cert, a.cert)).toBe('tls: found a certificate rather than a key in the PEM for the private key');
  });
});
