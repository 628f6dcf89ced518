// `kubectl config set PROPERTY VALUE` and `kubectl config unset PROPERTY` (pkg/cmd/config/set.go,
// unset.go, navigation_step_parser.go): dotted paths such as `contexts.dev.namespace` or
// `users.admin.token` into the kubeconfig; entries named on the way are created.
// Deviation from upstream: only the documented string, bool and []byte fields are addressable.

import { KubectlError, type KubectlContext } from '../../command.ts';
import { flagBool, type ParsedArgs } from '../../flags.ts';
import type { Kubeconfig } from '../../kubeconfig.ts';
import { base64Decode, base64Encode } from '../../util/base64.ts';
import { CONFIG_SET_HELP, CONFIG_UNSET_HELP } from './help-set.ts';
import { DATA_FIELDS, loadConfig, saveConfig } from './model.ts';
import { configCommand, requireArgs } from './subcommand.ts';

export const ERR_PARSE_PATH = (part: string, before: readonly string[], type: string): string =>
  `unable to parse ${part} after [${before.join(' ')}] at ${type}`;
export const ERR_PARSE_BOOL = (value: string): string => `strconv.ParseBool: parsing "${value}": invalid syntax`;
export const ERR_BASE64 = (index: number): string => `error decoding input value: illegal base64 data at input byte ${index}`;

const Section = { clusters: 'api.Cluster', users: 'api.AuthInfo', contexts: 'api.Context' } as const;
type Section = keyof typeof Section;

const FIELDS: Readonly<Record<Section, readonly string[]>> = {
  clusters: ['server', 'tls-server-name', 'insecure-skip-tls-verify', 'certificate-authority', 'certificate-authority-data', 'proxy-url', 'disable-compression'],
  users: ['client-certificate', 'client-certificate-data', 'client-key', 'client-key-data', 'token', 'tokenFile', 'as', 'as-uid', 'username', 'password'],
  contexts: ['cluster', 'user', 'namespace'],
};
const BOOL_FIELDS = new Set(['insecure-skip-tls-verify', 'disable-compression', 'colors']);

interface Target {
  readonly section?: Section;
  readonly entry?: string;
  readonly field?: string;
}

/** Parses the dotted property name; throws kubectl's message for a step it cannot take. */
function parsePath(property: string, allowEntry: boolean): Target {
  const [first = '', entry, field, ...rest] = property.split('.');
  if (first === 'current-context' && entry === undefined) return {};
  if (first === 'preferences' && entry === 'colors' && field === undefined) return { field: 'colors' };
  if (!(first in Section)) throw new KubectlError(ERR_PARSE_PATH(first, [], 'api.Config'));
  const section = first as Section;
  if (entry === undefined || (field === undefined && !allowEntry)) throw new KubectlError(ERR_PARSE_PATH(property, [], 'api.Config'));
  if (field !== undefined && (!FIELDS[section].includes(field) || rest.length > 0)) {
    throw new KubectlError(ERR_PARSE_PATH([field, ...rest].join('.'), [first, entry], Section[section]));
  }
  return { section, entry, ...(field !== undefined ? { field } : {}) };
}

/** The stored form of a value: bools parsed, []byte fields base64 (decoded first unless --set-raw-bytes). */
function storedValue(field: string, value: string, rawBytes: boolean): unknown {
  if (BOOL_FIELDS.has(field)) {
    if (/^(1|t|T|true|TRUE|True)$/.test(value)) return true;
    if (/^(0|f|F|false|FALSE|False)$/.test(value)) return false;
    throw new KubectlError(ERR_PARSE_BOOL(value));
  }
  if (!DATA_FIELDS.includes(field)) return value;
  if (rawBytes) return base64Encode(value);
  if (base64Decode(value) === undefined) throw new KubectlError(ERR_BASE64(Math.max(0, value.search(/[^A-Za-z0-9+/=]/))));
  return value;
}

/** The fields of an entry; a missing entry is created when `create`, else undefined. */
function entryFields(cfg: Kubeconfig, section: Section, name: string, create: boolean): Record<string, unknown> | undefined {
  const list = cfg[section] as Array<{ name: string } & Record<string, unknown>>;
  const key = section === 'clusters' ? 'cluster' : section === 'users' ? 'user' : 'context';
  let entry = list.find((e) => e.name === name);
  if (!entry && create) {
    entry = { name, [key]: {} };
    list.push(entry);
  }
  return entry?.[key] as Record<string, unknown> | undefined;
}

function removeEntry(cfg: Kubeconfig, section: Section, name: string): void {
  const list = cfg[section] as Array<{ name: string }>;
  const index = list.findIndex((e) => e.name === name);
  if (index >= 0) list.splice(index, 1);
}

function runSet(ctx: KubectlContext, parsed: ParsedArgs, help: string): number {
  const [property, value] = requireArgs(ctx, parsed, help, 2) as [string, string];
  const target = parsePath(property, false);
  const cfg = loadConfig(ctx);
  if (target.section === undefined && target.field === undefined) cfg['current-context'] = value;
  else if (target.section === undefined) cfg.preferences.colors = storedValue('colors', value, false);
  else entryFields(cfg, target.section, target.entry!, true)![target.field!] = storedValue(target.field!, value, flagBool(parsed, 'set-raw-bytes'));
  saveConfig(ctx, cfg);
  ctx.io.stdout.write(`Property "${property}" set.\n`);
  return 0;
}

function runUnset(ctx: KubectlContext, parsed: ParsedArgs, help: string): number {
  const [property] = requireArgs(ctx, parsed, help, 1) as [string];
  const target = parsePath(property, true);
  const cfg = loadConfig(ctx);
  if (target.section === undefined && target.field === undefined) cfg['current-context'] = '';
  else if (target.section === undefined) delete cfg.preferences.colors;
  else if (target.field === undefined) removeEntry(cfg, target.section, target.entry!);
  else delete entryFields(cfg, target.section, target.entry!, false)?.[target.field];
  saveConfig(ctx, cfg);
  ctx.io.stdout.write(`Property "${property}" unset.\n`);
  return 0;
}

export const SET_COMMAND = configCommand('set', CONFIG_SET_HELP, runSet);
export const UNSET_COMMAND = configCommand('unset', CONFIG_UNSET_HELP, runUnset);
