// Whom kubectl's requests act as (client-go's rest config from the kubeconfig): the credentials of
// the context's user (or --user), overridden by --client-certificate / --token, and the impersonation
// asked with --as / --as-group / --as-uid. The API server authenticates and authorizes them.

import { decodeBase64, utf8Decode, type RequestIdentity } from '../../../../engine/index.ts';
import { resolvePath, type VirtualFs } from '../../../fs/virtual-fs.ts';
import { KubectlError } from '../../command.ts';
import { flagList, type ParsedArgs } from '../../flags.ts';
import type { Kubeconfig, NamedContext } from '../../kubeconfig.ts';

export interface IdentitySources {
  readonly kubeconfig: Kubeconfig;
  readonly context: NamedContext | undefined;
  readonly kubeconfigPath: string;
  readonly fs: VirtualFs;
  readonly cwd: string;
  readonly home: string;
}

const text = (v: unknown): string => (typeof v === 'string' ? v : '');
/** A global string flag; a command's own flag of that name (create rolebinding's `--user` list) shadows it. */
const globalFlag = (parsed: ParsedArgs, name: string): string => text(parsed.flags.get(name));

function readOptional(fs: VirtualFs, path: string): string | undefined {
  return fs.exists(path) && fs.stat(path)?.type !== 'dir' ? fs.readFile(path) : undefined;
}

function decodedData(data: string): string {
  try {
    return utf8Decode(decodeBase64(data));
  } catch {
    return '';
  }
}

/** clientcmd's invalid configuration, printed as `Error in configuration: …` (one problem) or a `* ` list. */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
  constructor(readonly problems: readonly string[]) {
    super(problems.length === 1 ? `Error in configuration: ${problems[0]!}` : `Error in configuration: ${problems.map((p) => `\n* ${p}`).join('')}`);
  }
}

/** The client certificate's PEM (undefined without one), after clientcmd's checks of the cert and key settings. */
function clientCertificate(src: IdentitySources, parsed: ParsedArgs, user: Record<string, unknown>, userName: string, configDir: string): string | undefined {
  const fromConfig = (path: string): string => resolvePath(configDir, path, src.home);
  const certFlag = globalFlag(parsed, 'client-certificate');
  const keyFlag = globalFlag(parsed, 'client-key');
  const certPath = certFlag || (text(user['client-certificate']) && fromConfig(text(user['client-certificate'])));
  const keyPath = keyFlag || (text(user['client-key']) && fromConfig(text(user['client-key'])));
  const certData = certFlag ? '' : text(user['client-certificate-data']);
  if (certPath === '' && certData === '') return undefined;
  const problems: string[] = [];
  if (keyPath === '' && text(user['client-key-data']) === '') problems.push(`client-key-data or client-key must be specified for ${userName} to use the clientCert authentication method.`);
  const read = (path: string): string | undefined => readOptional(src.fs, resolvePath(src.cwd, path, src.home));
  if (certPath !== '' && read(certPath) === undefined) problems.push(`unable to read client-cert ${certPath} for ${userName} due to open ${certPath}: no such file or directory`);
  if (keyPath !== '' && read(keyPath) === undefined) problems.push(`unable to read client-key ${keyPath} for ${userName} due to open ${keyPath}: no such file or directory`);
  if (problems.length > 0) throw new ConfigurationError(problems);
  return certPath !== '' ? read(certPath)! : decodedData(certData);
}

/** The identity kubectl's requests carry; throws kubectl's errors for an unknown --user or a lone --as-group. */
export function requestIdentity(src: IdentitySources, parsed: ParsedArgs): RequestIdentity {
  const userName = globalFlag(parsed, 'user') || src.context?.context.user || '';
  const entry = src.kubeconfig.users.find((u) => u.name === userName);
  if (globalFlag(parsed, 'user') !== '' && !entry) throw new KubectlError(`auth info "${userName}" does not exist`);
  const user = entry?.user ?? {};
  const configDir = src.kubeconfigPath.slice(0, src.kubeconfigPath.lastIndexOf('/')) || '/';
  const fromConfig = (path: string): string | undefined => readOptional(src.fs, resolvePath(configDir, path, src.home));

  const certificatePem = clientCertificate(src, parsed, user, userName, configDir);
  const tokenFlag = globalFlag(parsed, 'token');
  const token = tokenFlag !== '' ? tokenFlag
    : text(user.token) !== '' ? text(user.token)
      : text(user.tokenFile) !== '' ? fromConfig(text(user.tokenFile))?.trim() ?? '' : undefined;
  const basicAuth = globalFlag(parsed, 'username') !== '' || text(user.username) !== '';

  const as = globalFlag(parsed, 'as') || text(user.as);
  const groups = flagList(parsed, 'as-group');
  const uid = globalFlag(parsed, 'as-uid');
  if (as === '' && (groups.length > 0 || uid !== '')) {
    throw new KubectlError(`requesting uid, groups or user-extra for ${userName} without impersonating a user`);
  }
  return {
    credentials: { ...(certificatePem !== undefined ? { certificatePem } : {}), ...(token !== undefined ? { token } : {}), ...(basicAuth ? { basicAuth } : {}) },
    ...(as !== '' ? { impersonate: { user: as, groups, ...(uid !== '' ? { uid } : {}) } } : {}),
  };
}
