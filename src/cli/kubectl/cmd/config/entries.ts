// `kubectl config set-cluster | set-credentials | delete-cluster | delete-user`
// (pkg/cmd/config/create_cluster.go, create_authinfo.go, delete_*.go): edit cluster and user entries.
// Deviation from upstream: the --auth-provider* and --exec-* flags of set-credentials are accepted
// but not stored.

import { resolvePath } from '../../../fs/virtual-fs.ts';
import { KubectlError, UsageError, type KubectlCommand, type KubectlContext } from '../../command.ts';
import { flagBool, flagString, type ParsedArgs } from '../../flags.ts';
import { base64Encode } from '../../util/base64.ts';
import { CONFIG_DELETE_CLUSTER_HELP, CONFIG_DELETE_USER_HELP } from './help.ts';
import { CONFIG_SET_CLUSTER_HELP, CONFIG_SET_CREDENTIALS_HELP } from './help-set.ts';
import { loadConfig, saveConfig, storedPath } from './model.ts';
import { configCommand, configFileName, helpError, requireArgs } from './subcommand.ts';

export const ERR_EMBED_CA = 'you must specify a --certificate-authority to embed';
export const ERR_STAT = (flag: string, path: string): string => `could not stat ${flag} file ${path}: stat ${path}: no such file or directory`;
export const ERR_EMBED_CERT = 'you must specify a --client-certificate or --client-key to embed';
export const ERR_READ_DATA = (flag: string, path: string): string => `error reading ${flag} data from ${path}: open ${path}: no such file or directory`;
export const ERR_AUTH_METHODS = (methods: readonly string[]): string =>
  `you cannot specify more than one authentication method at the same time: ${methods.join(', ')}`;
export const ERR_USER_REQUIRED = 'user to delete is required';
export const ERR_CREDENTIALS_ARGS = (args: readonly string[]): string => `unexpected args: [${args.join(' ')}]`;
export const ERR_DELETE_MISSING = (what: 'cluster' | 'user', name: string, path: string): string => `cannot delete ${what} ${name}, not in ${path}`;

type Fields = Record<string, unknown>;

/** The file's content base64-encoded (kubeconfig []byte fields), or undefined when it is missing. */
function fileData(ctx: KubectlContext, path: string): string | undefined {
  const abs = resolvePath(ctx.cwd, path, ctx.home);
  return ctx.fs.stat(abs)?.type === 'file' ? base64Encode(ctx.fs.readFile(abs)) : undefined;
}

function modifyCluster(ctx: KubectlContext, parsed: ParsedArgs, cluster: Fields): void {
  const given = (flag: string): boolean => parsed.changed.has(flag);
  if (given('server')) {
    cluster.server = flagString(parsed, 'server');
    if (!given('tls-server-name')) delete cluster['tls-server-name'];
  }
  if (given('tls-server-name')) cluster['tls-server-name'] = flagString(parsed, 'tls-server-name');
  // Upstream quirk (v1.31): the flag's value is applied even when not given, so any
  // set-cluster turns insecure mode off unless it says otherwise. Insecure mode clears the CA.
  cluster['insecure-skip-tls-verify'] = flagBool(parsed, 'insecure-skip-tls-verify');
  if (cluster['insecure-skip-tls-verify']) for (const key of ['certificate-authority', 'certificate-authority-data']) delete cluster[key];
  if (given('certificate-authority')) {
    const path = flagString(parsed, 'certificate-authority');
    const data = flagBool(parsed, 'embed-certs') ? fileData(ctx, path) : undefined;
    for (const key of ['certificate-authority', 'certificate-authority-data', 'insecure-skip-tls-verify']) delete cluster[key];
    if (data !== undefined) cluster['certificate-authority-data'] = data;
    else if (path !== '') cluster['certificate-authority'] = storedPath(ctx, path);
  }
  if (given('proxy-url')) cluster['proxy-url'] = flagString(parsed, 'proxy-url');
}

export const SET_CLUSTER_COMMAND = configCommand('set-cluster', CONFIG_SET_CLUSTER_HELP, (ctx, parsed, help) => {
  const [name] = requireArgs(ctx, parsed, help, 1) as [string];
  if (flagBool(parsed, 'embed-certs')) {
    const path = flagString(parsed, 'certificate-authority');
    if (path === '') throw new KubectlError(ERR_EMBED_CA);
    if (fileData(ctx, path) === undefined) throw new KubectlError(ERR_STAT('certificate-authority', path));
  }
  const cfg = loadConfig(ctx);
  const existing = cfg.clusters.find((c) => c.name === name);
  const cluster: Fields = { ...existing?.cluster };
  modifyCluster(ctx, parsed, cluster);
  cfg.clusters = [...cfg.clusters.filter((c) => c.name !== name), { name, cluster }];
  saveConfig(ctx, cfg);
  ctx.io.stdout.write(`Cluster "${name}" set.\n`);
  return 0;
});

function validateCredentials(ctx: KubectlContext, parsed: ParsedArgs): void {
  if (flagBool(parsed, 'embed-certs')) {
    const cert = flagString(parsed, 'client-certificate');
    const key = flagString(parsed, 'client-key');
    if (cert === '' && key === '') throw new KubectlError(ERR_EMBED_CERT);
    if (cert !== '' && fileData(ctx, cert) === undefined) throw new KubectlError(ERR_READ_DATA('client-certificate', cert));
    if (key !== '' && fileData(ctx, key) === undefined) throw new KubectlError(ERR_READ_DATA('client-key', key));
  }
  const methods: string[] = [];
  if (flagString(parsed, 'token') !== '') methods.push('--token');
  if (flagString(parsed, 'username') !== '' || flagString(parsed, 'password') !== '') methods.push('--username/--password');
  if (methods.length > 1) throw new KubectlError(ERR_AUTH_METHODS(methods));
}

function modifyUser(ctx: KubectlContext, parsed: ParsedArgs, user: Fields): void {
  for (const flag of ['client-certificate', 'client-key']) {
    if (!parsed.changed.has(flag)) continue;
    const path = flagString(parsed, flag);
    delete user[flag];
    delete user[`${flag}-data`];
    if (flagBool(parsed, 'embed-certs')) user[`${flag}-data`] = fileData(ctx, path) ?? '';
    else if (path !== '') user[flag] = storedPath(ctx, path);
  }
  for (const flag of ['token', 'username', 'password']) if (parsed.changed.has(flag)) user[flag] = flagString(parsed, flag);
  const setToken = parsed.changed.has('token') && user.token !== '';
  const setBasic = ['username', 'password'].some((f) => parsed.changed.has(f) && user[f] !== '');
  // Setting one kind of credentials clears the other.
  if (setToken && !setBasic) for (const key of ['username', 'password']) delete user[key];
  if (setBasic && !setToken) delete user.token;
}

export const SET_CREDENTIALS_COMMAND = configCommand('set-credentials', CONFIG_SET_CREDENTIALS_HELP, (ctx, parsed, help) => {
  if (parsed.args.length !== 1) helpError(ctx, help, ERR_CREDENTIALS_ARGS(parsed.args));
  const name = parsed.args[0]!;
  validateCredentials(ctx, parsed);
  const cfg = loadConfig(ctx);
  const user: Fields = { ...cfg.users.find((u) => u.name === name)?.user };
  modifyUser(ctx, parsed, user);
  cfg.users = [...cfg.users.filter((u) => u.name !== name), { name, user }];
  saveConfig(ctx, cfg);
  ctx.io.stdout.write(`User "${name}" set.\n`);
  return 0;
});

export const DELETE_CLUSTER_COMMAND = configCommand('delete-cluster', CONFIG_DELETE_CLUSTER_HELP, (ctx, parsed, help) => {
  if (parsed.args.length !== 1) {
    ctx.io.stdout.write(help);
    return 0;
  }
  const name = parsed.args[0]!;
  const cfg = loadConfig(ctx);
  if (!cfg.clusters.some((c) => c.name === name)) throw new KubectlError(ERR_DELETE_MISSING('cluster', name, configFileName(ctx, parsed)));
  cfg.clusters = cfg.clusters.filter((c) => c.name !== name);
  saveConfig(ctx, cfg);
  ctx.io.stdout.write(`deleted cluster ${name} from ${configFileName(ctx, parsed)}\n`);
  return 0;
});

export const DELETE_USER_COMMAND = configCommand('delete-user', CONFIG_DELETE_USER_HELP, (ctx, parsed) => {
  if (parsed.args.length !== 1) throw new UsageError(ERR_USER_REQUIRED);
  const name = parsed.args[0]!;
  const cfg = loadConfig(ctx);
  if (!cfg.users.some((u) => u.name === name)) throw new KubectlError(ERR_DELETE_MISSING('user', name, configFileName(ctx, parsed)));
  cfg.users = cfg.users.filter((u) => u.name !== name);
  saveConfig(ctx, cfg);
  ctx.io.stdout.write(`deleted user ${name} from ${configFileName(ctx, parsed)}\n`);
  return 0;
});

export const ENTRY_COMMANDS: readonly KubectlCommand[] = [DELETE_CLUSTER_COMMAND, DELETE_USER_COMMAND, SET_CLUSTER_COMMAND, SET_CREDENTIALS_COMMAND];
