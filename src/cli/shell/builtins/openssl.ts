// `openssl` on the student's workstation (OpenSSL 3.0, as Ubuntu 22.04 ships it): `req -x509 -nodes
// -newkey rsa:N -keyout K -out C [-days N] [-subj /CN=…]` for a self-signed pair, `x509` to read a
// certificate back, `rand [-base64|-hex] N`, `version`. Messages and progress output as OpenSSL 3.0.
// Deviation from upstream: a key without -nodes is written unencrypted (no pass phrase prompt).

import type { CommandContext, CommandSpec } from '../types.ts';
import { certificateDer, isKnownAttribute, nameDer, privateKeyDer, publicKeyInfo, SHA256_WITH_RSA, type DistinguishedName } from './openssl-cert.ts';
import { integer, nullNode, oid, pemEncode, seq, tlv, TAG, type Bytes } from './openssl-der.ts';
import { opensslRandom, type OpensslRandom } from './openssl-random.ts';
import { x509 } from './openssl-x509.ts';
import { resolve } from './files.ts';
import { encodeBase64 } from '../../../engine/index.ts';

export const OPENSSL_VERSION = 'OpenSSL 3.0.2 15 Mar 2022 (Library: OpenSSL 3.0.2 15 Mar 2022)';
const MS_PER_DAY = 86_400_000;
const DEFAULT_DAYS = 30;

const REQ_VALUED = new Set(['days', 'newkey', 'keyout', 'out', 'subj', 'key', 'config', 'set_serial']);
const REQ_FLAGS = new Set(['x509', 'nodes', 'noenc', 'new', 'batch', 'verbose', 'sha256', 'noout', 'text']);

/** The interactive DN questions, their short names and defaults (openssl.cnf's req_distinguished_name). */
const PROMPTS: ReadonlyArray<readonly [string, string, string]> = [
  ['C', 'Country Name (2 letter code)', 'AU'], ['ST', 'State or Province Name (full name)', 'Some-State'],
  ['L', 'Locality Name (eg, city)', ''], ['O', 'Organization Name (eg, company)', 'Internet Widgits Pty Ltd'],
  ['OU', 'Organizational Unit Name (eg, section)', ''], ['CN', 'Common Name (e.g. server FQDN or YOUR name)', ''],
  ['emailAddress', 'Email Address', ''],
];

const PROMPT_HEADER = `-----
You are about to be asked to enter information that will be incorporated
into your certificate request.
What you are about to enter is what is called a Distinguished Name or a DN.
There are quite a few fields but you can leave some blank
For some fields there will be a default value,
If you enter '.', the field will be left blank.
-----
`;

function usage(ctx: CommandContext, cmd: string, message: string): number {
  ctx.io.stderr.write(`${cmd}: ${message}\n${cmd}: Use -help for summary.\n`);
  return 1;
}

function parseSubject(subj: string): DistinguishedName | undefined {
  if (!subj.startsWith('/')) return undefined;
  const out: Array<readonly [string, string]> = [];
  for (const part of subj.slice(1).split(/(?<!\\)\//).filter((p) => p !== '')) {
    const eq = part.indexOf('=');
    if (eq <= 0) return undefined;
    out.push([part.slice(0, eq), part.slice(eq + 1).replace(/\\(.)/g, '$1')]);
  }
  return out;
}

/** One prime's search as BN_GENCB prints it: candidates `.`, Miller-Rabin rounds `+`, a prime `*`. */
function progressLine(rand: OpensslRandom): string {
  const candidates = (): string => Array.from({ length: 3 + rand.int(40) }, () => `${'.'.repeat(1 + rand.int(6))}+`).join('');
  const rounds = '+'.repeat(64);
  return `${candidates()}${rounds}*${candidates()}${rounds}*${candidates()}${rand.int(2) === 0 ? rounds : ''}\n`;
}

function askSubject(ctx: CommandContext): DistinguishedName {
  ctx.io.stderr.write(PROMPT_HEADER);
  const answers = ctx.io.stdin.split('\n');
  const out: Array<readonly [string, string]> = [];
  PROMPTS.forEach(([key, question, fallback], i) => {
    ctx.io.stderr.write(`${question} [${fallback}]:`);
    const answer = answers[i] ?? '';
    const value = answer === '' ? fallback : answer === '.' ? '' : answer;
    if (value !== '') out.push([key, value]);
  });
  return out;
}

interface ReqOptions {
  readonly flags: Set<string>;
  readonly values: Map<string, string>;
}

function parseReq(ctx: CommandContext, args: readonly string[]): ReqOptions | number {
  const flags = new Set<string>();
  const values = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const opt = args[i]!.replace(/^--?/, '');
    if (REQ_FLAGS.has(opt)) flags.add(opt);
    else if (REQ_VALUED.has(opt)) {
      if (i + 1 >= args.length) return usage(ctx, 'req', `Option -${opt} needs a value`);
      values.set(opt, args[++i]!);
    } else return usage(ctx, 'req', `Unknown option or message digest: ${opt}`);
  }
  return { flags, values };
}

function req(ctx: CommandContext, args: readonly string[], rand: OpensslRandom): number {
  const opts = parseReq(ctx, args);
  if (typeof opts === 'number') return opts;
  const days = Number(opts.values.get('days') ?? DEFAULT_DAYS);
  if (!Number.isInteger(days)) return usage(ctx, 'req', `Can't parse "${opts.values.get('days') ?? ''}" as a number`);
  const newkey = opts.values.get('newkey') ?? 'rsa:2048';
  const bits = /^rsa:(\d+)$/.exec(newkey);
  if (!bits) {
    ctx.io.stderr.write(`Cannot open parameter file ${newkey.replace(/^rsa:/, '')}\n`);
    return 1;
  }
  ctx.io.stderr.write(`${progressLine(rand)}${progressLine(rand)}-----\n`);
  const subj = opts.values.get('subj');
  let subject = subj === undefined ? undefined : parseSubject(subj);
  if (subj !== undefined && !subject) {
    ctx.io.stderr.write(`req: subject name is expected to be in the format /type0=value0/type1=value1/type2=... where characters may be escaped by \\. This name is not in that format: '${subj}'\n`);
    return 1;
  }
  for (const [k] of subject ?? []) if (!isKnownAttribute(k)) ctx.io.stderr.write(`req: Skipping unknown subject name attribute "${k}"\n`);
  const size = Math.max(64, Math.floor(Number(bits[1]) / 8));
  subject = (subject ?? askSubject(ctx)).filter(([k]) => isKnownAttribute(k));
  const modulus = [0x80 | rand.byte(), ...rand.bytes(size - 1)];
  const half = Math.floor(size / 2);
  const key = privateKeyDer(modulus, {
    d: rand.bytes(size), p: [0x80 | rand.byte(), ...rand.bytes(half - 1)], q: [0x80 | rand.byte(), ...rand.bytes(half - 1)],
    dp: rand.bytes(half), dq: rand.bytes(half), qinv: rand.bytes(half),
  });
  const body = opts.flags.has('x509') ? pemEncode('CERTIFICATE', certificateDer({
    serial: [rand.int(0x80), ...rand.bytes(19)], issuer: subject, subject, notBeforeMs: ctx.nowMs() - (ctx.nowMs() % 1000),
    notAfterMs: ctx.nowMs() - (ctx.nowMs() % 1000) + days * MS_PER_DAY, modulus, keyId: rand.bytes(20), signature: rand.bytes(size), bits: size * 8,
  })) : pemEncode('CERTIFICATE REQUEST', requestDer(subject, modulus, rand.bytes(size)));
  if (!writeOut(ctx, opts.values.get('keyout') ?? 'privkey.pem', pemEncode('PRIVATE KEY', key))) return 1;
  const out = opts.values.get('out');
  if (out === undefined) ctx.io.stdout.write(body);
  else if (!writeOut(ctx, out, body)) return 1;
  return 0;
}

/** PKCS#10 CertificationRequest with no attributes. */
function requestDer(subject: DistinguishedName, modulus: Bytes, signature: Bytes): number[] {
  const alg = seq(oid(SHA256_WITH_RSA), nullNode());
  return seq(seq(integer([0]), nameDer(subject), publicKeyInfo(modulus), tlv(0xa0, [])), alg, tlv(TAG.BIT_STRING, [0, ...signature]));
}

function writeOut(ctx: CommandContext, path: string, text: string): boolean {
  try {
    ctx.fs.writeFile(resolve(ctx, path), text);
    return true;
  } catch {
    ctx.io.stderr.write(`Can't open "${path}" for writing, No such file or directory\n`);
    return false;
  }
}

function rand(ctx: CommandContext, args: readonly string[], random: OpensslRandom): number {
  let format: 'raw' | 'base64' | 'hex' = 'raw';
  const operands: string[] = [];
  for (const a of args) {
    if (a === '-base64') format = 'base64';
    else if (a === '-hex') format = 'hex';
    else if (a.startsWith('-')) return usage(ctx, 'rand', `Unknown option: ${a}`);
    else operands.push(a);
  }
  if (operands.length === 0) return 0;
  const count = operands[0]!;
  if (!/^\d+$/.test(count) || operands.length > 1) return usage(ctx, 'rand', operands.length > 1 ? 'Extra arguments given.' : `Can't parse "${count}" as a number`);
  const bytes = random.bytes(Number(count));
  if (format === 'hex') ctx.io.stdout.write(`${bytes.map((b) => b.toString(16).padStart(2, '0')).join('')}\n`);
  else if (format === 'base64') ctx.io.stdout.write(bytes.length === 0 ? '' : `${(encodeBase64(bytes).match(/.{1,64}/g) ?? []).join('\n')}\n`);
  else ctx.io.stdout.write(String.fromCharCode(...bytes));
  return 0;
}

function openssl(ctx: CommandContext): number {
  const [, sub, ...args] = ctx.argv;
  const random = opensslRandom(ctx);
  switch (sub) {
    case 'req': return req(ctx, args, random);
    case 'x509': return x509(ctx, args, random);
    case 'rand': return rand(ctx, args, random);
    case 'version':
      ctx.io.stdout.write(`${OPENSSL_VERSION}\n`);
      return 0;
    case undefined:
      ctx.io.stdout.write('help:\n\nStandard commands\nrand              req               version           x509              \n');
      return 0;
    default:
      ctx.io.stderr.write(`Invalid command '${sub}'; type "help" for a list.\n`);
      return 1;
  }
}

export const OPENSSL: CommandSpec = { name: 'openssl', path: '/usr/bin/openssl', run: openssl };
