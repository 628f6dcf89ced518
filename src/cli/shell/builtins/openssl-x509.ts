// `openssl x509 [-in FILE] [-noout] [-text] [-subject] [-issuer] [-dates] [-startdate] [-enddate] [-serial]`:
// reads a PEM certificate and prints the fields asked for, in the order asked, as OpenSSL 3.0 does.

import type { CommandContext } from '../types.ts';
import { errorPrefix, type OpensslRandom } from './openssl-random.ts';
import { certificateDer, gmtTime, nameLine, parseCertificate, type CertFields } from './openssl-cert.ts';
import { pemDecode, pemEncode, type Bytes } from './openssl-der.ts';
import { resolve } from './files.ts';

const FIELD_OPTIONS = new Set(['text', 'subject', 'issuer', 'dates', 'startdate', 'enddate', 'serial']);

const hexBytes = (b: Bytes, sep = ':'): string => b.map((x) => x.toString(16).padStart(2, '0')).join(sep);

function wrapHex(b: Bytes, perLine: number, indent: string): string {
  const parts = b.map((x) => x.toString(16).padStart(2, '0'));
  const lines: string[] = [];
  for (let i = 0; i < parts.length; i += perLine) lines.push(`${indent}${parts.slice(i, i + perLine).join(':')}${i + perLine < parts.length ? ':' : ''}`);
  return lines.join('\n');
}

/** `-text`: the layout of X509_print_ex for the certificates `openssl req -x509` writes. */
export function certificateText(f: CertFields): string {
  const keyId = hexBytes(f.keyId).toUpperCase();
  return [
    'Certificate:', '    Data:', '        Version: 3 (0x2)', '        Serial Number:', `            ${hexBytes(f.serial)}`,
    '        Signature Algorithm: sha256WithRSAEncryption', `        Issuer: ${nameLine(f.issuer)}`, '        Validity',
    `            Not Before: ${gmtTime(f.notBeforeMs)}`, `            Not After : ${gmtTime(f.notAfterMs)}`,
    `        Subject: ${nameLine(f.subject)}`, '        Subject Public Key Info:', '            Public Key Algorithm: rsaEncryption',
    `                Public-Key: (${f.bits} bit)`, '                Modulus:', wrapHex([0, ...f.modulus], 15, '                    '),
    '                Exponent: 65537 (0x10001)', '        X509v3 extensions:', '            X509v3 Subject Key Identifier: ',
    `                ${keyId}`, '            X509v3 Authority Key Identifier: ', `                ${keyId}`,
    '            X509v3 Basic Constraints: critical', '                CA:TRUE', '    Signature Algorithm: sha256WithRSAEncryption',
    '    Signature Value:', wrapHex(f.signature, 18, '        '), '',
  ].join('\n');
}

function fieldLines(option: string, f: CertFields): string {
  switch (option) {
    case 'text': return certificateText(f);
    case 'subject': return `subject=${nameLine(f.subject)}\n`;
    case 'issuer': return `issuer=${nameLine(f.issuer)}\n`;
    case 'startdate': return `notBefore=${gmtTime(f.notBeforeMs)}\n`;
    case 'enddate': return `notAfter=${gmtTime(f.notAfterMs)}\n`;
    case 'dates': return `notBefore=${gmtTime(f.notBeforeMs)}\nnotAfter=${gmtTime(f.notAfterMs)}\n`;
    default: return `serial=${hexBytes(f.serial, '').toUpperCase()}\n`;
  }
}

function loadCertificate(ctx: CommandContext, path: string | undefined, rand: OpensslRandom): CertFields | undefined {
  const where = path ?? '<stdin>';
  let source = ctx.io.stdin;
  if (path !== undefined) {
    const abs = resolve(ctx, path);
    if (ctx.fs.stat(abs)?.type !== 'file') {
      const id = errorPrefix(rand);
      ctx.io.stderr.write(`Could not open file or uri for loading certificate from ${path}\n`
        + `${id}:error:16000069:STORE routines:ossl_store_get0_loader_int:unregistered scheme:../crypto/store/store_register.c:237:scheme=file\n`
        + `${id}:error:80000002:system library:file_open:No such file or directory:../providers/implementations/storemgmt/file_store.c:266:calling stat(${path})\n`
        + 'Unable to load certificate\n');
      return undefined;
    }
    source = ctx.fs.readFile(abs);
  }
  const der = pemDecode(source, 'CERTIFICATE');
  try {
    if (der) return parseCertificate(der);
  } catch {
    // An unreadable body is reported below, as OpenSSL's store loader reports it.
  }
  ctx.io.stderr.write(`Could not read certificate from ${where}\n`
    + `${errorPrefix(rand)}:error:1608010C:STORE routines:ossl_store_handle_load_result:unsupported:../crypto/store/store_result.c:149:\n`
    + 'Unable to load certificate\n');
  return undefined;
}

export function x509(ctx: CommandContext, args: readonly string[], rand: OpensslRandom): number {
  const fields: string[] = [];
  let input: string | undefined;
  let noout = false;
  for (let i = 0; i < args.length; i++) {
    const opt = args[i]!.replace(/^--?/, '');
    if (opt === 'noout') noout = true;
    else if (FIELD_OPTIONS.has(opt)) fields.push(opt);
    else if (opt === 'in') {
      if (i + 1 >= args.length) {
        ctx.io.stderr.write('x509: Option -in needs a value\nx509: Use -help for summary.\n');
        return 1;
      }
      input = args[++i];
    }
    // OpenSSL 3.0 takes any other single-dash word for a message digest name and goes on.
  }
  const cert = loadCertificate(ctx, input, rand);
  if (!cert) return 1;
  for (const f of fields) ctx.io.stdout.write(fieldLines(f, cert));
  if (!noout) ctx.io.stdout.write(pemEncode('CERTIFICATE', certificateDer(cert)));
  return 0;
}
