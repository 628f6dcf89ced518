// busybox 1.36 wget: `Connecting to host:port (ip:port)`, `saving to 'file'`, the one-shot progress
// line, `-q`, `-O FILE|-`, `-P DIR`, `-T SEC` (the alarm that ends in `download timed out`), `-S`,
// `--spider`, `--header`, `--post-data`, redirects, and its exact failures. Mirrors networking/wget.c.

import { utf8ByteLength } from '../../base/utf8.ts';
import type { HttpRequest, HttpResponse } from '../images/http-types.ts';
import { BUSYBOX_BANNER } from '../sh/applets/common.ts';
import { headerOf, lookupHost, parseUrl, statusLine, type ParsedUrl } from './http-common.ts';
import { isOptionError, last, parseOptions, type OptionSpec, type ParsedOptions } from './options.ts';
import { RunLog, SYN_TIMEOUT_MS, type ClientEnv, type ClientRun } from './types.ts';

const SPEC: OptionSpec = {
  short: { c: false, q: false, S: false, O: true, o: true, P: true, Y: true, U: true, T: true, t: true },
  long: {
    continue: ['c', false], quiet: ['q', false], 'server-response': ['S', false], 'output-document': ['O', true],
    'output-file': ['o', true], 'directory-prefix': ['P', true], proxy: ['Y', true], 'user-agent': ['U', true],
    timeout: ['T', true], tries: ['t', true], header: ['header', true], 'post-data': ['post-data', true],
    spider: ['spider', false], 'no-check-certificate': ['insecure', false], 'post-file': ['post-file', true],
  },
};

const USAGE = `${BUSYBOX_BANNER}\n\nUsage: wget [-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]\n` +
  '\t[--post-data STR | --post-file FILE] [-Y on/off]\n\t[--no-check-certificate] [-P DIR] [-U AGENT] [-T SEC] URL...\n';
const DEFAULT_TIMEOUT_S = 900;
const REDIRECT_LIMIT = 16;
const BAR_WIDTH = 32;

class Die extends Error {}

interface Job {
  readonly log: RunLog;
  readonly env: ClientEnv;
  readonly p: ParsedOptions;
  readonly quiet: boolean;
  readonly timeoutMs: number;
}

export function wget(argv: readonly string[], env: ClientEnv): ClientRun {
  const log = new RunLog();
  const p = parseOptions(argv.slice(1), SPEC);
  if (isOptionError(p)) {
    const what = p.error === 'missing' ? `option requires an argument: ${p.option.replace(/^-+/, '')}` : p.option.startsWith('--') ? `unrecognized option: ${p.option.slice(2)}` : `unrecognized option: ${p.option}`;
    return log.err(`wget: ${what}\n${USAGE}`).exit(1);
  }
  if (p.operands.length === 0) return log.err(USAGE).exit(1);
  const timeoutS = Number(last(p, 'T') ?? DEFAULT_TIMEOUT_S);
  if (!Number.isInteger(timeoutS) || timeoutS < 0) return log.err(`wget: invalid number '${last(p, 'T')}'\n`).exit(1);
  const job: Job = { log, env, p, quiet: p.opts.has('q'), timeoutMs: timeoutS * 1000 };
  try {
    for (const url of p.operands) downloadOne(job, url);
  } catch (e) {
    if (e instanceof Die) return log.exit(1);
    throw e;
  }
  return log.exit(0);
}

function die(job: Job, msg: string): never {
  job.log.err(`wget: ${msg}\n`);
  throw new Die(msg);
}

function target(job: Job, url: string): ParsedUrl {
  const u = parseUrl(url);
  if ('error' in u) die(job, `not an http or ftp url: ${url}`);
  return u;
}

function downloadOne(job: Job, url: string): void {
  let t = target(job, url);
  const out = outputName(job, t);
  for (let hops = 0; ; hops++) {
    const res = fetchOnce(job, t);
    const status = statusLine(res);
    if (job.p.opts.has('S')) job.log.err(`  ${status}\n`);
    if (!isOk(res.status) && !isRedirect(res.status)) die(job, `server returned error: ${status}`);
    if (job.p.opts.has('S')) {
      for (const [k, v] of Object.entries(res.headers)) job.log.err(`  ${k}: ${v}\n`);
      job.log.err('  \n');
    }
    const location = headerOf(res, 'Location');
    if (isRedirect(res.status) && location) {
      if (hops + 1 >= REDIRECT_LIMIT) die(job, 'too many redirections');
      t = location.startsWith('/') ? { ...t, path: location } : target(job, location);
      continue;
    }
    if (job.p.opts.has('spider')) {
      if (!job.quiet) job.log.err('remote file exists\n');
      return;
    }
    save(job, out, res.body);
    return;
  }
}

/** Resolves, connects and exchanges one request; dies on the way as wget does. */
function fetchOnce(job: Job, t: ParsedUrl): HttpResponse {
  const { log, env } = job;
  const r = lookupHost(env, t.host);
  if (r.kind === 'timeout') log.wait(r.waitedMs);
  if (r.kind !== 'ok') die(job, `bad address '${t.authority}'`);
  const ip = r.addresses[0]!;
  if (!job.quiet) log.err(`Connecting to ${t.authority} (${ip}:${t.port})\n`);
  if (t.scheme === 'https' && !job.p.opts.has('insecure')) log.err('wget: note: TLS certificate validation not implemented\n');
  const result = env.net.http(ip, t.port, request(job, t), { tls: t.scheme === 'https' });
  if (result.kind === 'response') return result.response;
  if (result.kind === 'refused') die(job, `can't connect to remote host (${ip}): Connection refused`);
  if (result.kind === 'unreachable') {
    log.wait(3_000);
    die(job, `can't connect to remote host (${ip}): No route to host`);
  }
  if (job.timeoutMs > 0 && job.timeoutMs < SYN_TIMEOUT_MS) {
    log.wait(job.timeoutMs);
    die(job, 'download timed out');
  }
  log.wait(SYN_TIMEOUT_MS);
  die(job, `can't connect to remote host (${ip}): Connection timed out`);
}

function request(job: Job, t: ParsedUrl): HttpRequest {
  const extra = (job.p.opts.get('header') ?? []).map((h) => {
    const colon = h.indexOf(':');
    return [h.slice(0, colon < 0 ? undefined : colon), colon < 0 ? '' : h.slice(colon + 1).trim()] as const;
  });
  const has = (name: string): boolean => extra.some(([k]) => k === name);
  const body = last(job.p, 'post-data') ?? (job.p.opts.has('post-file') ? job.env.readText(last(job.p, 'post-file')!) ?? '' : undefined);
  const headers: Record<string, string> = {};
  if (!has('Host')) headers.Host = t.authority;
  if (!has('User-Agent')) headers['User-Agent'] = last(job.p, 'U') ?? 'Wget';
  headers.Connection = 'close';
  for (const [k, v] of extra) headers[k] = v;
  if (body !== undefined) {
    if (!has('Content-Type')) headers['Content-Type'] = 'application/x-www-form-urlencoded';
    headers['Content-Length'] = String(utf8ByteLength(body));
  }
  return { method: body === undefined ? 'GET' : 'POST', path: t.path, headers, ...(body === undefined ? {} : { body }) };
}

/** `-O FILE`, else the URL's last path component (index.html for a directory), under `-P DIR`. */
function outputName(job: Job, t: ParsedUrl): string {
  const given = last(job.p, 'O');
  if (given !== undefined) return given;
  const base = t.path.replace(/[?#].*$/, '').split('/').at(-1) || 'index.html';
  const dir = last(job.p, 'P');
  return dir ? `${dir.replace(/\/$/, '')}/${base}` : base;
}

function save(job: Job, out: string, body: string): void {
  const { log } = job;
  const toStdout = out === '-';
  if (!toStdout) {
    const failure = job.env.writeText(out, body, { exclusive: last(job.p, 'O') === undefined });
    if (failure) die(job, `can't open '${out}': ${failure}`);
  }
  if (!job.quiet) log.err(toStdout ? 'writing to stdout\n' : `saving to '${out}'\n`);
  if (toStdout) log.out(body);
  if (job.quiet) return;
  log.err(progressLine(out.split('/').at(-1)!, utf8ByteLength(body), job.env.tty));
  log.err(toStdout ? 'written to stdout\n' : `'${out}' saved\n`);
}

/** libbb's progress bar at its final update: name, 100%, the full bar, size, ETA. */
function progressLine(name: string, bytes: number, tty: boolean): string {
  const line = `${name.slice(0, 20).padEnd(20)} 100% |${'*'.repeat(BAR_WIDTH)}| ${size5(bytes)}  0:00:00 ETA`;
  return tty ? `\r${line}\n` : `${line}\n`;
}

/** smart_ulltoa5: five columns, scaled with k/M/G past 99999. */
function size5(n: number): string {
  let v = n;
  let i = 0;
  while (v > 99_999 && i < 4) {
    v = Math.floor(v / 1024);
    i++;
  }
  return i === 0 ? String(v).padStart(5) : `${String(v).padStart(4)}${' kMGT'[i]}`;
}

const isOk = (s: number): boolean => s >= 200 && s <= 204;
const isRedirect = (s: number): boolean => [300, 301, 302, 303, 307, 308].includes(s);
