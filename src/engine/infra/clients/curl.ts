// curl (7.81 on the workstation, 7.88 in Debian images, 8.11 in curlimages/curl): the request it
// sends, what it prints (body, -i/-I headers, -v trace, the progress meter on a non-terminal, -w)
// and its `curl: (N) …` failures with their timings. Mirrors src/tool_operate.c and lib/connect.c.

import { utf8ByteLength } from '../../base/utf8.ts';
import type { HttpRequest, HttpResponse } from '../images/http-types.ts';
import { couldNotConnect, parseCurlArgs, versionNumber, type CurlConfig } from './curl-options.ts';
import { Meter, writeOut } from './curl-meter.ts';
import { headerOf, lookupHost, parseUrl, statusLine, type ParsedUrl } from './http-common.ts';
import { RunLog, SYN_TIMEOUT_MS, type ClientEnv, type ClientRun } from './types.ts';

const DEFAULT_CONNECT_TIMEOUT_MS = 300_000;
const REDIRECT_LIMIT = 50;
/** A local transfer's duration, for the meter's speeds (sub-millisecond work on a virtual clock). */
const TRANSFER_MS = 2;
const CERT_HELP = 'More details here: https://curl.se/docs/sslcerts.html\n\n' +
  'curl failed to verify the legitimacy of the server and therefore could not\n' +
  'establish a secure connection to it. To learn more about this situation and\n' +
  'how to fix it, please visit the web page mentioned above.\n';

class Fail extends Error {
  constructor(readonly code: number, readonly text: string) {
    super(text);
  }
}

interface Run {
  readonly cfg: CurlConfig;
  readonly env: ClientEnv;
  readonly log: RunLog;
  readonly version: string;
  readonly meter: Meter;
  /** A `* ` line of the -v trace. */
  trace(line: string): void;
}

export function curl(argv: readonly string[], env: ClientEnv, version: string): ClientRun {
  const log = new RunLog();
  const cfg = parseCurlArgs(argv.slice(1), version, (p) => env.readText(p));
  if ('usage' in cfg) return log.err(cfg.usage).exit(cfg.code);
  const meterOn = !cfg.silent && !cfg.noMeter && (cfg.output !== undefined || !env.tty);
  const run: Run = { cfg, env, log, version, meter: new Meter(log, meterOn), trace: (line) => cfg.verbose && log.err(`* ${line}\n`) };
  try {
    for (const url of cfg.urls) transfer(run, url);
  } catch (e) {
    if (!(e instanceof Fail)) throw e;
    run.trace(versionNumber(version) >= 80_000 ? 'closing connection #0' : 'Closing connection 0');
    if (!cfg.silent || cfg.showError) log.err(`curl: (${e.code}) ${e.text}\n`);
    if (e.code === 60 && (!cfg.silent || cfg.showError)) log.err(CERT_HELP);
    if (cfg.writeOut !== undefined) log.out(writeOut(cfg.writeOut, { httpCode: 0, remoteIp: '', remotePort: 0, sizeDownload: 0, totalMs: log.atMs, url: cfg.urls[0]!, numRedirects: 0 }));
    return log.exit(e.code);
  }
  return log.exit(0);
}

function transfer(run: Run, rawUrl: string): void {
  const { cfg, log } = run;
  let url = target(run, rawUrl);
  for (let redirects = 0; ; redirects++) {
    const { res, ip } = exchange(run, url);
    const location = headerOf(res, 'Location');
    if (cfg.follow && location && res.status >= 300 && res.status < 400) {
      if (redirects + 1 > REDIRECT_LIMIT) fail(run, 47, `Maximum (${REDIRECT_LIMIT}) redirects followed`);
      if (cfg.include || cfg.head) log.out(headerBlock(res));
      run.trace(`Connection #0 to host ${url.host} left intact`);
      url = location.startsWith('/') ? { ...url, path: location } : target(run, location);
      continue;
    }
    if (cfg.fail && res.status >= 400) fail(run, 22, `The requested URL returned error: ${res.status}`);
    const body = cfg.head ? '' : res.body;
    deliver(run, res, body);
    const length = headerOf(res, 'Content-Length');
    run.meter.done({ ...(length === undefined ? {} : { totalBytes: Number(length) }), receivedBytes: utf8ByteLength(body), spentMs: TRANSFER_MS });
    run.trace(`Connection #0 to host ${url.host} left intact`);
    if (cfg.writeOut !== undefined) {
      const contentType = headerOf(res, 'Content-Type');
      log.out(writeOut(cfg.writeOut, {
        httpCode: res.status, remoteIp: ip, remotePort: url.port, sizeDownload: utf8ByteLength(body), totalMs: log.atMs + TRANSFER_MS,
        url: `${url.scheme}://${url.authority}${url.path}`, numRedirects: redirects, ...(contentType === undefined ? {} : { contentType }),
      }));
    }
    return;
  }
}

function fail(run: Run, code: number, text: string): never {
  if (code !== 6) run.trace(text);
  run.meter.done({ receivedBytes: 0, spentMs: run.log.atMs });
  throw new Fail(code, text);
}

function target(run: Run, raw: string): ParsedUrl {
  const u = parseUrl(raw);
  if (!('error' in u)) return u;
  if (u.error === 'port') fail(run, 3, 'URL rejected: Port number was not a decimal number between 0 and 65535');
  const v = versionNumber(run.version);
  fail(run, 1, `Protocol "${u.scheme}" not supported${v < 80_000 ? ' or disabled in libcurl' : ''}`);
}

/** Resolves, connects, sends the request and reads the answer, failing as curl does. */
function exchange(run: Run, url: ParsedUrl): { res: HttpResponse; ip: string } {
  const { cfg, env, log } = run;
  const modern = versionNumber(run.version) >= 80_000;
  run.meter.waitUntil(0, 0);
  const r = lookupHost(env, url.host);
  if (r.kind === 'timeout') {
    if (cfg.maxTimeMs !== undefined && cfg.maxTimeMs < r.waitedMs) {
      run.meter.waitUntil(log.atMs, cfg.maxTimeMs + 1);
      fail(run, 28, `Resolving timed out after ${cfg.maxTimeMs + 1} milliseconds`);
    }
    run.meter.waitUntil(log.atMs, log.atMs + r.waitedMs);
  }
  if (r.kind !== 'ok') {
    run.trace(`Could not resolve host: ${url.host}`);
    fail(run, 6, `Could not resolve host: ${url.host}`);
  }
  const ip = r.addresses[0]!;
  if (modern && !/^\d+\.\d+\.\d+\.\d+$/.test(url.host)) {
    run.trace(`Host ${url.host}:${url.port} was resolved.`);
    run.trace('IPv6: (none)');
    run.trace(`IPv4: ${r.addresses.join(', ')}`);
  }
  run.trace(`  Trying ${ip}:${url.port}...`);
  const result = env.net.http(ip, url.port, request(run, url), { tls: url.scheme === 'https' });
  if (result.kind !== 'response') connectFailure(run, url, ip, result.kind);
  run.trace(`Connected to ${url.host} (${ip}) port ${url.port}${modern ? '' : ' (#0)'}`);
  if (url.scheme === 'https' && !cfg.insecure) fail(run, 60, 'SSL certificate problem: self-signed certificate');
  traceExchange(run, url, result.response);
  return { res: result.response, ip };
}

function connectFailure(run: Run, url: ParsedUrl, ip: string, kind: 'refused' | 'timeout' | 'unreachable'): never {
  const { cfg, env, log } = run;
  const modern = versionNumber(run.version) >= 80_000;
  const from = modern ? ` from ${env.net.ip} port ${32_768 + (env.nowMs % 28_232)}` : '';
  const failed = (errno: string): string => `Failed to connect to ${url.host} port ${url.port} after ${log.atMs} ms: ${couldNotConnect(run.version, errno)}`;
  if (kind === 'refused') {
    run.trace(`connect to ${ip} port ${url.port}${from} failed: Connection refused`);
    fail(run, 7, failed('Connection refused'));
  }
  if (kind === 'unreachable') {
    run.meter.waitUntil(log.atMs, log.atMs + 3_000);
    run.trace(`connect to ${ip} port ${url.port}${from} failed: No route to host`);
    fail(run, 7, failed('No route to host'));
  }
  const limitMs = Math.min(cfg.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS, cfg.maxTimeMs ?? Infinity);
  if (limitMs < SYN_TIMEOUT_MS) {
    run.meter.waitUntil(log.atMs, limitMs + 1);
    fail(run, 28, `Connection timed out after ${limitMs + 1} milliseconds`);
  }
  run.meter.waitUntil(log.atMs, SYN_TIMEOUT_MS + 1);
  run.trace(`connect to ${ip} port ${url.port}${from} failed: Connection timed out`);
  fail(run, 28, failed('Connection timed out'));
}

function request(run: Run, url: ParsedUrl): HttpRequest {
  const { cfg } = run;
  const given = (name: string): boolean => cfg.headers.some((h) => h.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  const body = cfg.data.length > 0 ? cfg.data.join('&') : undefined;
  const headers: Record<string, string> = {};
  if (!given('Host')) headers.Host = url.authority;
  if (!given('User-Agent')) headers['User-Agent'] = cfg.userAgent ?? `curl/${run.version}`;
  if (!given('Accept')) headers.Accept = '*/*';
  for (const h of cfg.headers) {
    const colon = h.indexOf(':');
    if (colon < 0) continue;
    const value = h.slice(colon + 1).trim();
    if (value === '') delete headers[h.slice(0, colon)];
    else headers[h.slice(0, colon)] = value;
  }
  if (body !== undefined) {
    if (!given('Content-Length')) headers['Content-Length'] = String(utf8ByteLength(body));
    if (!given('Content-Type')) headers['Content-Type'] = 'application/x-www-form-urlencoded';
  }
  const method = cfg.method ?? (cfg.head ? 'HEAD' : body !== undefined ? 'POST' : 'GET');
  return { method, path: url.path, headers, ...(body === undefined ? {} : { body }) };
}

/** The -v lines of one exchange: the request sent, the answer's head, the data note. */
function traceExchange(run: Run, url: ParsedUrl, res: HttpResponse): void {
  const { cfg, log } = run;
  if (!cfg.verbose) return;
  const v = versionNumber(run.version);
  if (v >= 80_000) log.err('* using HTTP/1.x\n');
  const req = request(run, url);
  log.err(`> ${req.method} ${req.path} HTTP/1.1\r\n`);
  for (const [k, val] of Object.entries(req.headers)) log.err(`> ${k}: ${val}\r\n`);
  log.err('> \r\n');
  if (req.body !== undefined) log.err(`} [${utf8ByteLength(req.body)} bytes data]\n`);
  if (v >= 80_000) log.err('* Request completely sent off\n');
  if (v < 78_800) log.err('* Mark bundle as not supporting multiuse\n');
  log.err(`< ${statusLine(res)}\r\n`);
  for (const [k, val] of Object.entries(res.headers)) log.err(`< ${k}: ${val}\r\n`);
  log.err('< \r\n');
  const bytes = cfg.head ? 0 : utf8ByteLength(res.body);
  if (bytes > 0 && (!run.env.tty || cfg.output !== undefined)) log.err(`{ [${bytes} bytes data]\n`);
}

function headerBlock(res: HttpResponse): string {
  return `${statusLine(res)}\r\n${Object.entries(res.headers).map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n`;
}

/** The answer to stdout or `-o FILE`: headers with -i/-I, then the body. */
function deliver(run: Run, res: HttpResponse, body: string): void {
  const { cfg, env, log } = run;
  const text = (cfg.include || cfg.head ? headerBlock(res) : '') + body;
  if (cfg.output === undefined || cfg.output === '-') {
    log.out(text);
    return;
  }
  const failure = env.writeText(cfg.output, text);
  if (failure) {
    log.err(`Warning: Failed to open the file ${cfg.output}: ${failure}\n`);
    fail(run, 23, 'Failure writing output to destination');
  }
}
