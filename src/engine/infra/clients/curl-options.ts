// curl's command line: the options kubelab's students use (-s -S -I -i -H -v -k -o -L -X -d -m
// --connect-timeout -w -f -A), read as curl's getparam does, and the version-dependent texts.

import { isOptionError, last, parseOptions, type OptionSpec } from './options.ts';

const SPEC: OptionSpec = {
  short: {
    s: false, S: false, I: false, i: false, v: false, k: false, L: false, f: false, 4: false, q: false,
    H: true, o: true, X: true, d: true, m: true, w: true, A: true, e: true, u: true,
  },
  long: {
    silent: ['s', false], 'show-error': ['S', false], head: ['I', false], include: ['i', false], verbose: ['v', false],
    insecure: ['k', false], location: ['L', false], fail: ['f', false], ipv4: ['4', false], header: ['H', true], output: ['o', true],
    request: ['X', true], data: ['d', true], 'data-raw': ['data-raw', true], 'data-binary': ['d', true], 'max-time': ['m', true],
    'connect-timeout': ['connect-timeout', true], 'write-out': ['w', true], 'user-agent': ['A', true], referer: ['e', true],
    user: ['u', true], http1: ['http1.1', false], 'http1.1': ['http1.1', false], 'no-progress-meter': ['no-progress-meter', false],
  },
};

export interface CurlConfig {
  readonly silent: boolean;
  readonly showError: boolean;
  readonly head: boolean;
  readonly include: boolean;
  readonly verbose: boolean;
  readonly insecure: boolean;
  readonly follow: boolean;
  readonly fail: boolean;
  readonly noMeter: boolean;
  readonly headers: readonly string[];
  readonly output?: string;
  readonly method?: string;
  /** `-d` values, `@file` already read. */
  readonly data: readonly string[];
  readonly maxTimeMs?: number;
  readonly connectTimeoutMs?: number;
  readonly writeOut?: string;
  readonly userAgent?: string;
  readonly urls: readonly string[];
}

export type CurlArgs = CurlConfig | { readonly usage: string; readonly code: number };

/** `7.81.0` → 70810: versions compare as numbers. */
export function versionNumber(version: string): number {
  const [a = 0, b = 0, c = 0] = version.split('.').map(Number);
  return a * 10_000 + b * 100 + c;
}

export function parseCurlArgs(args: readonly string[], version: string, readText: (path: string) => string | undefined): CurlArgs {
  const p = parseOptions(args, SPEC);
  const help = (msg: string): string => `curl: ${msg}\ncurl: try 'curl --help' or 'curl --manual' for more information\n`;
  if (isOptionError(p)) {
    const opt = p.option.startsWith('--') ? p.option : `-${p.option}`;
    return { usage: help(`option ${opt}: ${p.error === 'missing' ? 'requires parameter' : 'is unknown'}`), code: 2 };
  }
  if (p.operands.length === 0) return { usage: help(versionNumber(version) >= 80_200 ? '(2) no URL specified' : 'no URL specified!'), code: 2 };
  const seconds = (v: string | undefined): number | undefined => (v === undefined || Number.isNaN(Number(v)) ? undefined : Math.round(Number(v) * 1000));
  const data = [...(p.opts.get('d') ?? []).map((d) => (d.startsWith('@') ? (readText(d.slice(1)) ?? '').replace(/[\r\n]/g, '') : d)), ...(p.opts.get('data-raw') ?? [])];
  const output = last(p, 'o');
  const method = last(p, 'X');
  const maxTimeMs = seconds(last(p, 'm'));
  const connectTimeoutMs = seconds(last(p, 'connect-timeout'));
  const writeOut = last(p, 'w');
  const userAgent = last(p, 'A');
  return {
    silent: p.opts.has('s'), showError: p.opts.has('S'), head: p.opts.has('I'), include: p.opts.has('i'), verbose: p.opts.has('v'),
    insecure: p.opts.has('k'), follow: p.opts.has('L'), fail: p.opts.has('f'), noMeter: p.opts.has('no-progress-meter'),
    headers: p.opts.get('H') ?? [], data, urls: p.operands,
    ...(output === undefined ? {} : { output }), ...(method === undefined ? {} : { method }),
    ...(maxTimeMs === undefined ? {} : { maxTimeMs }), ...(connectTimeoutMs === undefined ? {} : { connectTimeoutMs }),
    ...(writeOut === undefined ? {} : { writeOut }), ...(userAgent === undefined ? {} : { userAgent }),
  };
}

/** What `curl_easy_strerror(CURLE_COULDNT_CONNECT)` says, or the errno text before 7.88. */
export function couldNotConnect(version: string, errnoText: string): string {
  const v = versionNumber(version);
  if (v < 78_800) return errnoText;
  return v < 80_900 ? "Couldn't connect to server" : 'Could not connect to server';
}
