import { describe, expect, it } from 'vitest';
import { TestShell } from '../testing.ts';

const REQ = 'openssl req -x509 -nodes -days 365 -newkey rsa:2048 -keyout k.pem -out c.pem -subj "/C=FR/O=K8s-Labs/CN=*.k8s-lab.com"';

describe('openssl', () => {
  it('writes a PKCS#8 key and a self-signed certificate, with the key progress on stderr', () => {
    const sh = new TestShell();
    const run = sh.run(REQ);
    expect(run.exitCode).toBe(0);
    expect(run.output).toMatch(/^[.+*]+\n[.+*]+\n-----\n$/);
    expect(run.output).toContain(`${'+'.repeat(64)}*`);
    expect(sh.run('head -1 k.pem').output).toBe('-----BEGIN PRIVATE KEY-----\n');
    expect(sh.run('head -1 c.pem').output).toBe('-----BEGIN CERTIFICATE-----\n');
  });

  it('reads the certificate back: subject, issuer, dates, text', () => {
    const sh = new TestShell();
    sh.run(REQ);
    expect(sh.run('openssl x509 -in c.pem -noout -subject -issuer').output).toBe('subject=C = FR, O = K8s-Labs, CN = *.k8s-lab.com\nissuer=C = FR, O = K8s-Labs, CN = *.k8s-lab.com\n');
    const dates = sh.run('openssl x509 -in c.pem -noout -dates').output.split('\n');
    expect(dates[0]).toMatch(/^notBefore=\w{3} [ \d]\d \d\d:\d\d:\d\d (\d{4}) GMT$/);
    expect(Number(/(\d{4}) GMT/.exec(dates[1]!)![1]) - Number(/(\d{4}) GMT/.exec(dates[0]!)![1])).toBe(1);
    const text = sh.run('openssl x509 -in c.pem -noout -text').output;
    expect(text).toContain('                Public-Key: (2048 bit)\n');
    expect(text).toContain('            X509v3 Basic Constraints: critical\n                CA:TRUE\n');
    expect(sh.run('cat c.pem | openssl x509').output).toBe(sh.run('cat c.pem').output);
  });

  it('prints the real errors for a missing file, a key given as a certificate and a bad subject', () => {
    const sh = new TestShell();
    sh.run(REQ);
    expect(sh.run('openssl x509 -in nope.pem -noout -subject')).toMatchObject({ exitCode: 1 });
    expect(sh.run('openssl x509 -in nope.pem -noout -subject').output).toMatch(/^Could not open file or uri for loading certificate from nope.pem\n.*\nUnable to load certificate\n$/s);
    expect(sh.run('openssl x509 -in k.pem -noout -subject').output).toMatch(/^Could not read certificate from k.pem\n/);
    expect(sh.run('openssl req -x509 -nodes -newkey rsa:2048 -keyout a.pem -out b.pem -subj CN=x').output)
      .toContain("req: subject name is expected to be in the format /type0=value0/type1=value1/type2=... where characters may be escaped by \\. This name is not in that format: 'CN=x'\n");
    expect(sh.run('openssl nope')).toMatchObject({ output: 'Invalid command \'nope\'; type "help" for a list.\n', exitCode: 1 });
  });

  it('prints random bytes as base64 or hex', () => {
    const sh = new TestShell();
    expect(sh.run('openssl rand -base64 32').output).toMatch(/^[A-Za-z0-9+/]{43}=\n$/);
    expect(sh.run('openssl rand -hex 8').output).toMatch(/^[0-9a-f]{16}\n$/);
    expect(sh.run('openssl rand -base64 abc')).toMatchObject({ output: 'rand: Can\'t parse "abc" as a number\nrand: Use -help for summary.\n', exitCode: 1 });
  });
});
